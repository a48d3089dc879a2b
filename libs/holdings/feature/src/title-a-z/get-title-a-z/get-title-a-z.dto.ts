import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALENDAR_DATE, INSTANT_WITH_OFFSET } from '@era/calendar';
import { PageQueryDto, VisibleCharactersOnly } from '@era/platform';

export const TITLE_LETTERS = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'] as const;
export const PUBLICATION_TYPES = ['serial', 'monograph'] as const;

export class GetTitleAzQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TITLE_LETTERS, description: 'Only works filed under this letter (# for digits and others), as the database A-Z files' })
  @IsOptional()
  @IsIn(TITLE_LETTERS, { message: 'letter must be one of A to Z or #' })
  letter?: string;

  @ApiPropertyOptional({ description: 'Words of the title, all of them (each a word prefix; case and accents ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @VisibleCharactersOnly()
  q?: string;

  @ApiPropertyOptional({ example: '1234-5678', description: 'An ISSN (any form), an ISBN-10 or -13, or a DOI' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @VisibleCharactersOnly()
  identifier?: string;

  @ApiPropertyOptional({ enum: PUBLICATION_TYPES, description: 'serial (journals) or monograph (books)' })
  @IsOptional()
  @IsIn(PUBLICATION_TYPES, { message: 'type must be serial or monograph' })
  type?: 'serial' | 'monograph';

  @ApiPropertyOptional({ example: '2026-03-01', description: 'The day asked about; defaults to today in LIBRARY_TIMEZONE' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @Matches(CALENDAR_DATE, { message: 'activeOn must be a calendar date YYYY-MM-DD' })
  activeOn?: string;

  @ApiPropertyOptional({ example: '2026-03-01T17:00:00Z', description: 'Only what had been recorded by this instant counts; defaults to now' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(INSTANT_WITH_OFFSET, { message: 'knownAt must be an ISO-8601 instant with offset, e.g. 2026-03-01T17:00:00Z' })
  knownAt?: string;
}
