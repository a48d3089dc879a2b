import { Module } from '@nestjs/common';
import { GetVerificationController } from './get-verification/get-verification.controller';
import { GetVerificationHandler } from './get-verification/get-verification.handler';
import { ListSealsController } from './list-seals/list-seals.controller';
import { ListSealsHandler } from './list-seals/list-seals.handler';
import { SealLedgerController } from './seal-ledger/seal-ledger.controller';
import { SealLedgerHandler } from './seal-ledger/seal-ledger.handler';

/** Ledger seals: the head hash of every stream, recorded on request, checked by verify. */
@Module({
  controllers: [SealLedgerController, ListSealsController, GetVerificationController],
  providers: [SealLedgerHandler, ListSealsHandler, GetVerificationHandler],
})
export class LedgerModule {}
