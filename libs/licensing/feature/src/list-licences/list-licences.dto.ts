import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { LICENCE_LIFECYCLES, LicenceLifecycle, LicenceStatus, LicenceType } from '@era/licensing-domain';
import { PageQueryDto } from '@era/platform';

/** Licences by status, lifecycle, type or licensor, in name order. */
export class ListLicencesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'active', description: 'A key of the licence-status list' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  status?: LicenceStatus;

  @ApiPropertyOptional({ enum: LICENCE_LIFECYCLES, description: 'What the status means, whatever it is called (active takes in FOLIO\'s legacy "Current")' })
  @IsOptional()
  @IsIn(LICENCE_LIFECYCLES)
  lifecycle?: LicenceLifecycle;

  @ApiPropertyOptional({ example: 'local', description: 'A key of the licence-type list' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
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
