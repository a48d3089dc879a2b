import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData } from '@era/platform';
import { OrganisationDetailsDto } from '../register-organisation/register-organisation.dto';
import { NOT_BLANK, REGISTER_REASON_MAX } from '../register-shared/register-validation';

/** The whole new set of details: a website or notes left out are removed. */
export class ReviseOrganisationDetailsDto extends OrganisationDetailsDto {
  @ApiPropertyOptional({ example: 'also publishes journals', maxLength: REGISTER_REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @NoPersonalData()
  reason?: string;
}
