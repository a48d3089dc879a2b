import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  END_DATE_SEMANTICS,
  EndDateSemantics,
  MAX_TERM_KEY_LENGTH,
  TERM_KEY,
  TermEntry,
  VERSION_DESCRIPTION_MAX,
  VERSION_KINDS,
  VersionKind,
} from '@era/licensing-domain';
import { NoPersonalData } from '@era/platform';
import { IsTermValues } from '../shared/term-values.validation';
import { IsCalendarDate, IsOmittable, LABEL_MAX, NOT_BLANK, REASON_MAX, STAFF_ID } from '../shared/validation';

/**
 * A data-entry mistake in a version, fixed: it changes what we know, not what the licence said (that is an
 * amendment). Only the fields given change; the reason is mandatory and kept forever.
 */
export class CorrectVersionDto {
  @ApiProperty({ example: 'Typed the signing date; the amendment takes effect on 1 February (clause 2)', maxLength: REASON_MAX })
  @IsString({ message: 'reason is required: say what was wrong' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank: say what was wrong' })
  @MaxLength(REASON_MAX)
  reason!: string;

  @ApiPropertyOptional({
    enum: VERSION_KINDS,
    description: 'The kind decides precedence; a licence keeps at most one original (correct the other one first, else 422 original-already-recorded)',
  })
  @IsOmittable()
  @IsIn(VERSION_KINDS)
  kind?: VersionKind;

  @ApiPropertyOptional({ maxLength: LABEL_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @MaxLength(LABEL_MAX)
  label?: string;

  @ApiPropertyOptional({ example: '2025-02-01', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true, description: 'Inclusive; null makes the end open' })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string | null;

  @ApiPropertyOptional({
    enum: END_DATE_SEMANTICS,
    description:
      'explicit: effectiveTo is the stated end (required); open-ended: no end (effectiveTo must be absent); implicit: an end implied, effectiveTo optional. Default: explicit with an end, open-ended without',
  })
  @IsOptional()
  @IsIn(END_DATE_SEMANTICS)
  endDateSemantics?: EndDateSemantics;

  @ApiPropertyOptional({
    example: 'current',
    nullable: true,
    description: 'Amendments only: a key of the amendment-status list (its effect decides whether the amendment counts)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TERM_KEY_LENGTH)
  @Matches(TERM_KEY, { message: 'status must be a key of the amendment-status list (kebab-case), e.g. current' })
  status?: string | null;

  @ApiPropertyOptional({ maxLength: VERSION_DESCRIPTION_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(VERSION_DESCRIPTION_MAX)
  @NoPersonalData()
  description?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', nullable: true },
    example: { 'ill-electronic': { value: 'permitted-explicit' }, 'walk-in-access': null },
    description:
      'Term values by term key, as in recording a version (a value object, or a list for a term that takes several): a value replaces the one recorded, null removes a value entered by mistake',
  })
  @IsOmittable()
  @IsTermValues({ allowRemoval: true })
  terms?: Record<string, TermEntry | null>;

  @ApiPropertyOptional({ example: 's-librarian', description: 'Staff id of the librarian on whose direction this is corrected' })
  @IsOmittable()
  @IsString()
  @Matches(STAFF_ID, { message: 'directedBy must be a staff id, e.g. s-librarian' })
  directedBy?: string;
}
