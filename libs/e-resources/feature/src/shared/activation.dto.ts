import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ACCESS_KINDS, AccessKind, AUDIENCE_KINDS, AudienceKind } from '@era/e-resources-domain';
import { NoPersonalData, VisibleCharactersOnly } from '@era/platform';
import { ReasonDto } from './reason.dto';
import { GROUP_MAX, IsCalendarDate, NOT_BLANK } from './validation';

/** An activation as sent; the same fields correct one. */
export class ActivationDto extends ReasonDto {
  @ApiProperty({ example: '2026-01-01', description: 'The first day of access (may be in the future: it takes effect by itself)' })
  @IsString()
  @MaxLength(10)
  @IsCalendarDate()
  effectiveFrom!: string;

  @ApiProperty({ enum: ACCESS_KINDS })
  @IsIn(ACCESS_KINDS)
  accessKind!: AccessKind;

  @ApiPropertyOptional({ example: '2026-04-30', description: 'The last day of a trial (included); required for a trial, refused for any other kind' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  @IsCalendarDate()
  trialEndsOn?: string;

  @ApiProperty({ enum: AUDIENCE_KINDS, description: 'Who may use it; user-group needs audienceGroup' })
  @IsIn(AUDIENCE_KINDS)
  audience!: AudienceKind;

  @ApiPropertyOptional({ example: 'medical-school', maxLength: GROUP_MAX, description: 'The user group, with audience user-group' })
  @IsOptional()
  @IsString()
  @MaxLength(GROUP_MAX)
  @Matches(NOT_BLANK, { message: 'audienceGroup must not be blank' })
  @VisibleCharactersOnly()
  @NoPersonalData()
  audienceGroup?: string;
}
