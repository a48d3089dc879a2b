import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { NoPersonalData } from '@era/platform';
import { PlatformDetailsDto } from '../register-platform/register-platform.dto';
import { NOT_BLANK, REGISTER_REASON_MAX } from '../register-shared/register-validation';

/** The whole new set of details: an admin console URL or notes left out are removed. */
export class RevisePlatformDetailsDto extends PlatformDetailsDto {
  @ApiPropertyOptional({ example: 'OpenAthens added', maxLength: REGISTER_REASON_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(REGISTER_REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @NoPersonalData()
  reason?: string;
}
