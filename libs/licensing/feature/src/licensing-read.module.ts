import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';

/** Licence reads: list, detail, bitemporal terms, audit trail, permitted uses per e-resource, the vocabulary. */
@Module({
  imports: [CqrsModule],
  controllers: [],
  providers: [],
})
export class LicensingReadModule {}
