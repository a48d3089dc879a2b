import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { LedgerSealReceipt } from '@era/ledger-integrity';
import { AllowRoles, apiWriteMetadata, CurrentStaff, LICENCE_DIRECTORS, StaffMember } from '@era/platform';
import { SealLedgerCommand } from './seal-ledger.command';
import { LedgerSealReceiptView, SealLedgerDto } from './seal-ledger.dto';

@ApiTags('ledger')
@ApiBearerAuth()
@Controller('ledger/seals')
export class SealLedgerController {
  constructor(private readonly commands: CommandBus) {}

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
    const receipt = await this.commands.execute<SealLedgerCommand, LedgerSealReceipt>(
      new SealLedgerCommand(apiWriteMetadata(staff, headers, body?.reason?.trim())),
    );
    response.setHeader('X-Event-Position', String(receipt.position));
    return receipt;
  }
}
