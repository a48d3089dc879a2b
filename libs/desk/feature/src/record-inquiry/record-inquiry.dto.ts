import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { INSTANT_WITH_OFFSET } from '@era/calendar';
import { NoPersonalData } from '@era/platform';
import { Channel, CHANNELS, MAX_INQUIRY_MINUTES, QUESTION_TYPES, QuestionType, READ_LEVELS, ReadLevel } from '@era/desk-domain';
import { LOCATION } from '../shared/validation';

/** One desk inquiry. Never put a patron's name, card number or contact details in any field. */
export class RecordInquiryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request does not count twice' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'main-desk', description: 'Service point or space' })
  @IsString()
  @Matches(LOCATION, { message: "location must be a service point name of 1 to 80 letters, digits, spaces or ._/&'-" })
  location!: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: Channel;

  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES)
  questionType!: QuestionType;

  @ApiProperty({ enum: READ_LEVELS, description: 'READ scale level, 1 (directional) to 6 (in-depth research)' })
  @IsInt()
  @IsIn(READ_LEVELS, { message: 'readLevel must be a READ scale level from 1 to 6' })
  readLevel!: ReadLevel;

  @ApiProperty({ minimum: 0, maximum: MAX_INQUIRY_MINUTES })
  @IsInt()
  @Min(0)
  @Max(MAX_INQUIRY_MINUTES)
  durationMinutes!: number;

  @ApiPropertyOptional({ example: '2026-03-02T14:10:00+01:00', description: 'When it happened; defaults to now' })
  @IsOptional()
  @IsString()
  @IsISO8601({ strict: true }, { message: 'occurredAt must be a real calendar date-time' })
  @Matches(INSTANT_WITH_OFFSET, { message: 'occurredAt must be an ISO-8601 date-time with an offset, e.g. 2026-03-02T14:10:00+01:00' })
  occurredAt?: string;

  @ApiPropertyOptional({ description: 'Where the patron was referred, e.g. a subject librarian' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NoPersonalData()
  referral?: string;

  @ApiPropertyOptional({ description: 'Free note for statistics; no patron identity' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoPersonalData()
  note?: string;
}
