import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { KBART_ENCODINGS } from '@era/kbart';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { OptionalFileNameField } from '../shared/holdings-fields';
import { TitleListImportOutcome, TitleListImportProgress } from './title-list-import';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
export const REASON_MAX = 500;

/** The query of an import: the body is the vendor's file itself, so what goes with it travels in the URL. */
export class ImportTitleListQueryDto {
  @ApiPropertyOptional({ enum: KBART_ENCODINGS, description: 'Read the file in this encoding instead of the one detected' })
  @IsOptional()
  @IsIn(KBART_ENCODINGS)
  encoding?: string;

  @ApiPropertyOptional({ description: 'true: refuse the whole file when any row is rejected', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'strict must be true or false' })
  strict?: boolean;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'When the new version takes effect (default: today in the library calendar)' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @Matches(DATE_SHAPE, { message: 'effectiveFrom must be a date, YYYY-MM-DD' })
  effectiveFrom?: string;

  @ApiPropertyOptional({ maxLength: REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  @VisibleCharactersOnly()
  @NoPersonalData()
  reason?: string;

  @OptionalFileNameField('Springer_Global_AllTitles_2026-01-01.txt')
  fileName?: string;
}

export class TitleListJobAccepted {
  @ApiProperty()
  jobId!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] })
  status!: 'running' | 'done' | 'failed';
  @ApiProperty({ example: '/title-list-jobs/0b6c…' })
  location!: string;
}

/** A job as GET /title-list-jobs/{jobId} shows it. */
export class TitleListJobView {
  @ApiProperty()
  jobId!: string;
  @ApiProperty()
  resourceId!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'] })
  status!: 'running' | 'done' | 'failed';
  @ApiProperty({ description: 'phase, bytesRead, totalBytes?, rows, rowsPerSecond, secondsLeft?' })
  progress!: TitleListImportProgress;
  @ApiPropertyOptional({ description: 'When done: imported, unchanged or refused, with the summary and the changes' })
  outcome?: TitleListImportOutcome;
  @ApiPropertyOptional({ description: 'The row report (JSON; ?format=csv for CSV), once done' })
  reportUrl?: string;
  @ApiPropertyOptional({ description: 'When failed: why, without internals' })
  problem?: { code: string; message: string };
}
