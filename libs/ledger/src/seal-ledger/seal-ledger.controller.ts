import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, StaffMember } from '@era/platform';
import { LedgerSealReceiptView, SealLedgerDto } from './seal-ledger.dto';
import { SealLedgerHandler } from './seal-ledger.handler';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('ledger/seals')
export class SealLedgerController {
  constructor(private readonly handler: SealLedgerHandler) {}

  @Post()
  @HttpCode(201)
  @AllowRoles(...LICENCE_DIRECTORS)
  @ApiCreatedResponse({ type: LedgerSealReceiptView, description: 'The seal recorded; keep its digest outside the system' })
  async seal(
    @Body() body: SealLedgerDto,
    @CurrentStaff() staff: StaffMember,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): unknown },
  ): Promise<LedgerSealReceiptView> {
    const receipt = await this.handler.execute({ type: 'SealLedger', data: { reason: body?.reason } }, apiWriteMetadata(staff, headers));
    response.setHeader('X-Event-Position', String(receipt.position));
    return receipt;
  }
}
