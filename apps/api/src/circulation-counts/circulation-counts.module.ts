import { Global, Module } from '@nestjs/common';
import { CIRCULATION_COUNTS } from '@era/desk';
import { CirculationStatisticsCounts } from './circulation-statistics-counts.adapter';

/** The desk statistics show circulation counts through a port the application fills from the circulation projection. */
@Global()
@Module({
  providers: [{ provide: CIRCULATION_COUNTS, useClass: CirculationStatisticsCounts }],
  exports: [CIRCULATION_COUNTS],
})
export class CirculationCountsModule {}
