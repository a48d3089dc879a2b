import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** `?dryRun=true`: decide every step, record nothing, and report what would happen. */
export class ImportFolioLicencesQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: report what the import would record, recording nothing' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun must be true or false' })
  dryRun?: 'true' | 'false';
}
