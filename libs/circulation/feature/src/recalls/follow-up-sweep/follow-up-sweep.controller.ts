import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CIRCULATION_MANAGERS, CurrentStaff, StaffMember } from '@era/platform';
import { FollowUpSweepDto } from './follow-up-sweep.dto';
import { FollowUpSweeper, SweepResult } from './follow-up-sweeper';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/follow-ups')
export class FollowUpSweepController {
  constructor(private readonly sweeper: FollowUpSweeper) {}

  @Post('sweep')
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ description: 'Items re-settled since the last sweep, the checkpoint now, and whether any are left for another sweep' })
  async sweep(@Body() { maxBatches }: FollowUpSweepDto, @CurrentStaff() staff: StaffMember, @Headers() headers: Record<string, string>): Promise<SweepResult> {
    return this.sweeper.sweep(apiWriteMetadata(staff, headers), maxBatches);
  }
}
