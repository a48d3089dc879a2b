import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { SWEEP_MAX_BATCHES } from './follow-up-sweeper';

/** A sweep of the follow-ups lost to a crash, asked by a manager. */
export class FollowUpSweepDto {
  @ApiPropertyOptional({ minimum: 1, maximum: SWEEP_MAX_BATCHES, description: `Batches of items to re-settle at most (default ${SWEEP_MAX_BATCHES})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(SWEEP_MAX_BATCHES)
  maxBatches?: number;
}
