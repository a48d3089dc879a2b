import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LICENCE_STATUSES, LICENCE_TYPES, LicenceStatus, LicenceType } from '@era/licensing-domain';
import { PageQueryDto } from '@era/platform';

/** Licences by status, type or licensor, in name order. */
export class ListLicencesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LICENCE_STATUSES })
  @IsOptional()
  @IsIn(LICENCE_STATUSES)
  status?: LicenceStatus;

  @ApiPropertyOptional({ enum: LICENCE_TYPES })
  @IsOptional()
  @IsIn(LICENCE_TYPES)
  type?: LicenceType;

  @ApiPropertyOptional({ example: 'ITHAKA', description: 'The licensor exactly as recorded' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  licensor?: string;

  @ApiPropertyOptional({
    enum: ['folio'],
    description: 'folio: every licence as FOLIO licence JSON (an array, as its /licenses/licenses answers), internal values marked',
  })
  @IsOptional()
  @IsIn(['folio'], { message: 'format must be folio (or left out)' })
  format?: 'folio';
}
