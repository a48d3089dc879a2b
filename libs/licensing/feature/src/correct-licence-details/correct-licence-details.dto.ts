import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { LICENCE_TYPES, LicenceType } from '@era/licensing-domain';
import { IsOmittable, NAME_MAX, NOT_BLANK, REASON_MAX } from '../shared/validation';

/** A data-entry mistake in the licence's own details, fixed: only the fields given change. */
export class CorrectLicenceDetailsDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ maxLength: NAME_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'licensor must not be blank' })
  @MaxLength(NAME_MAX)
  licensor?: string;

  @ApiPropertyOptional({ enum: LICENCE_TYPES })
  @IsOmittable()
  @IsIn(LICENCE_TYPES)
  type?: LicenceType;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the consortium (when the licence is no longer consortial)' })
  @IsOptional()
  @IsString()
  @Matches(NOT_BLANK, { message: 'consortium must not be blank; send null to remove it' })
  @MaxLength(NAME_MAX)
  consortium?: string | null;

  @ApiProperty({ example: 'Licensor name misspelt', maxLength: REASON_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @MaxLength(REASON_MAX)
  reason!: string;
}
