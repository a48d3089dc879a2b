import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { REASON_MAX } from '@era/e-resources-domain';
import { NoPersonalData } from '@era/platform';
import { NOT_BLANK } from '../access-shared/validation';

export class RemoveIpRangeDto {
  @ApiProperty({ example: 'address block returned to the ISP', maxLength: REASON_MAX })
  @IsString()
  @MaxLength(REASON_MAX)
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @NoPersonalData()
  reason!: string;
}
