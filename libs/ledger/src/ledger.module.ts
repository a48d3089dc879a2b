import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

/** Ledger seals: the head hash of every stream, recorded on request, checked by verify. */
@Module({
  imports: [CqrsModule],
  controllers: [],
  providers: [],
})
export class LedgerModule {}
