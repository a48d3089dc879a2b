import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { RESOURCE_ID, RESOURCE_ID_MAX } from '@era/decider';
import { MAX_BEST_BETS } from '@era/e-resources-domain';
import { NoPersonalData } from '@era/platform';
import { NOT_BLANK, REGISTER_REASON_MAX } from '../register-shared/register-validation';

/** The subject's best bets as they are to stand: the whole ordered list (first shown first); empty clears them. */
export class ChooseSubjectBestBetsDto {
  @ApiProperty({ type: [String], example: ['jstor-as1', 'ebsco:asp'], maxItems: MAX_BEST_BETS })
  @IsArray()
  @ArrayMaxSize(MAX_BEST_BETS, { message: `a subject has at most ${MAX_BEST_BETS} best bets` })
  @IsString({ each: true })
  @MaxLength(RESOURCE_ID_MAX, { each: true })
  @Matches(RESOURCE_ID, { each: true, message: 'each resource id must be 1 to 120 letters, digits or ._:/- without spaces' })
  resourceIds!: string[];

  @ApiPropertyOptional({ example: 'new interdisciplinary collection', maxLength: REGISTER_REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @NoPersonalData()
  reason?: string;
}
