import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ActivationDto } from '../shared/activation.dto';
import { RESOURCE_ID, RESOURCE_ID_MESSAGE } from '../shared/validation';

/** Access switched on from effectiveFrom, for an access kind and an audience, and why. */
export class ActivateResourceDto extends ActivationDto {
  @ApiPropertyOptional({ example: 'sub-2026', description: 'Chosen activation id, so that a retry activates once; a UUID when absent' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(RESOURCE_ID, { message: `activationId ${RESOURCE_ID_MESSAGE}` })
  activationId?: string;
}
