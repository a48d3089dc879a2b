import { Inject, Injectable } from '@nestjs/common';
import { CIRCULATION_FEE_FINES } from '@era/projection-circulation-fee-fines';
import { liveView, ProjectionView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { READ_STORE, ReadYourWrites } from '@era/platform';

/** The fee/fine read models, once they reflect the position the client asked for (X-Min-Position). */
@Injectable()
export class FeeFinesView {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async at(minPosition: number | undefined): Promise<{ view: ProjectionView; fresh: boolean }> {
    const fresh = await this.freshness.atLeast(CIRCULATION_FEE_FINES, minPosition);
    return { view: await liveView(this.reads, CIRCULATION_FEE_FINES), fresh };
  }
}
