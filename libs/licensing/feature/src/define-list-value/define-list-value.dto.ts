import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { AMENDMENT_EFFECTS, AmendmentEffect, LICENCE_LIFECYCLES, LicenceLifecycle, TERM_KEY } from '@era/licensing-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { IsOmittable, LABEL_MAX, NOT_BLANK, NOTE_MAX } from '../shared/validation';

/** A new value of a licence list. Its key is stable forever; its label may be relabelled later. */
export class DefineListValueDto {
  @ApiProperty({ example: 'actual', description: 'kebab-case, 2 to 60 characters' })
  @IsString()
  @MaxLength(60)
  @Matches(TERM_KEY, { message: 'key must be kebab-case of 2 to 60 characters, e.g. vendor-terms-and-conditions' })
  key!: string;

  @ApiProperty({ example: 'Actual', maxLength: LABEL_MAX })
  @IsString()
  @MaxLength(LABEL_MAX)
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @VisibleCharactersOnly()
  label!: string;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOmittable()
  @IsString()
  @MaxLength(NOTE_MAX)
  @NoPersonalData()
  description?: string;

  @ApiPropertyOptional({ enum: LICENCE_LIFECYCLES, description: 'licence-status values only (required there): what the status means for the licence' })
  @IsOmittable()
  @IsIn(LICENCE_LIFECYCLES)
  lifecycle?: LicenceLifecycle;

  @ApiPropertyOptional({ enum: AMENDMENT_EFFECTS, description: 'amendment-status values only (required there)' })
  @IsOmittable()
  @IsIn(AMENDMENT_EFFECTS)
  amendmentEffect?: AmendmentEffect;
}
