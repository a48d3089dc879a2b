import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { ResourceIdsDto } from '../shared/resource-ids.dto';
import { IsOmittable, NOT_BLANK, REASON_MAX } from '../shared/validation';

/** E-resources that this licence no longer governs (or never did: linked by mistake). */
export class UnlinkResourcesDto extends ResourceIdsDto {
  @ApiPropertyOptional({ example: 'Title moved to another package', maxLength: REASON_MAX })
  @IsOmittable()
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be blank when given' })
  @MaxLength(REASON_MAX)
  reason?: string;
}
