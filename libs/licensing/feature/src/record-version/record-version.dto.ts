import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { MAX_VALUES_PER_TERM, TermEntry, VERSION_KINDS, VersionKind } from '@era/licensing-domain';
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

  @ApiProperty({ example: '2024-01-01', format: 'date' })
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiPropertyOptional({ example: '2026-12-31', format: 'date', nullable: true, description: 'Inclusive; null or absent: open end' })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string | null;

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
