import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import {
  END_DATE_SEMANTICS,
  EndDateSemantics,
  MAX_TERM_KEY_LENGTH,
  TERM_KEY,
  MAX_VALUES_PER_TERM,
  TermEntry,
  VERSION_DESCRIPTION_MAX,
  VERSION_KINDS,
  VersionKind,
} from '@era/licensing-domain';
import { NoPersonalData } from '@era/platform';
import { IsTermValues, TERM_VALUE_SCHEMA } from '../shared/term-values.validation';
import { IsCalendarDate, IsOmittable, LABEL_MAX, NOT_BLANK, STAFF_ID } from '../shared/validation';

/** The original agreement, an amendment or a renewal, with the term values it states. */
export class RecordVersionDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request does not record twice' })
  @IsOptional()
  @IsUUID()
  versionId?: string;

  @ApiProperty({ enum: VERSION_KINDS })
  @IsIn(VERSION_KINDS)
  kind!: VersionKind;

  @ApiProperty({ example: 'Signed agreement 2024', maxLength: LABEL_MAX })
  @IsString()
  @Matches(NOT_BLANK, { message: 'label must not be blank' })
  @MaxLength(LABEL_MAX)
  label!: string;

  @ApiPropertyOptional({
    example: '2024-01-01',
    format: 'date',
    nullable: true,
    description: 'null or absent: the agreement states no start (answers then say the effective date is unknown)',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string | null;

  @ApiPropertyOptional({ example: '2026-12-31', format: 'date', nullable: true, description: 'Inclusive; null or absent: open end' })
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
    nullable: false,
    description: 'Amendments only: a key of the amendment-status list (its effect decides whether the amendment counts)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_TERM_KEY_LENGTH)
  @Matches(TERM_KEY, { message: 'status must be a key of the amendment-status list (kebab-case), e.g. current' })
  status?: string;

  @ApiPropertyOptional({ maxLength: VERSION_DESCRIPTION_MAX, nullable: false })
  @IsOptional()
  @IsString()
  @MaxLength(VERSION_DESCRIPTION_MAX)
  @NoPersonalData()
  description?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [TERM_VALUE_SCHEMA, { type: 'array', items: TERM_VALUE_SCHEMA, maxItems: MAX_VALUES_PER_TERM }] },
    example: { 'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed', internal: false } },
    description:
      'Term values by term key; each key must be a term of the vocabulary and each value fit its type. A term that takes several values ' +
      'takes a list of value objects. `internal`: the value and its notes are for licence staff only. A value may be left out when a note says what the licence says.',
  })
  @IsTermValues({ allowRemoval: false })
  terms!: Record<string, TermEntry>;

  @ApiPropertyOptional({ example: 's-librarian', description: 'Staff id of the librarian on whose direction this is entered' })
  @IsOmittable()
  @IsString()
  @Matches(STAFF_ID, { message: 'directedBy must be a staff id, e.g. s-librarian' })
  directedBy?: string;
}
