import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, CIRCULATION_MANAGERS, WholeLogQueue } from '@era/platform';
import { ErasureSweep, ErasureSweepReport } from './erasure-sweep';

@ApiTags('circulation')
@ApiBearerAuth()
@Controller('circulation/erasure-sweeps')
export class ErasureSweepController {
  constructor(
    private readonly sweep: ErasureSweep,
    private readonly wholeLog: WholeLogQueue,
  ) {}

  /**
   * Erases the key of every borrower the log says erased whose key is still there (the service also does this at start).
   * It reads the whole log's erasures, so it waits its turn in the whole-log queue (429 when full).
   */
  @Post()
  @HttpCode(200)
  @AllowRoles(...CIRCULATION_MANAGERS)
  @ApiOkResponse({ description: '{checked, erased}: erased borrowers found in the log, and keys erased now' })
  run(): Promise<ErasureSweepReport> {
    return this.wholeLog.run(() => this.sweep.sweep());
  }
}
