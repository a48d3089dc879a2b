import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

/** Licence writes: drafting, status, resources, versions, corrections, confirmations, documents, signatures, vocabulary. */
@Module({
  imports: [CqrsModule],
  controllers: [],
  providers: [],
})
export class LicensingWriteModule {}
