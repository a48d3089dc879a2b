import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { CALENDAR_DATE } from '@era/calendar';
import { NOTE_MAX, SENDING_METHODS, SendingMethod } from '@era/e-resources-domain';
import { NoPersonalData } from '@era/platform';
import { ORGANISATION_ID, ORGANISATION_ID_MESSAGE } from '../access-shared/validation';

/** Which version of the list went to which vendor, when and how. */
export class RecordIpRangeSendingDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Client-chosen id, so that a retried request records once' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @ApiProperty({ example: 'org-ebsco', description: 'The vendor: an organisation of the register, by id' })
  @IsString()
  @MaxLength(120)
  @Matches(ORGANISATION_ID, { message: ORGANISATION_ID_MESSAGE })
  organisationId!: string;

  @ApiProperty({ example: 3, description: 'The version of the list sent (GET /ip-ranges answers the current one)' })
  @IsInt()
  @Min(1)
  version!: number;

  @ApiProperty({ example: '2026-03-04' })
  @IsString()
  @MaxLength(10)
  @Matches(CALENDAR_DATE, { message: 'sentOn must be a date as YYYY-MM-DD' })
  sentOn!: string;

  @ApiProperty({ enum: SENDING_METHODS })
  @IsIn(SENDING_METHODS)
  method!: SendingMethod;

  @ApiPropertyOptional({ example: 'sent to the support desk, ticket 4411', maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX)
  @NoPersonalData()
  note?: string;
}
