import { Inject, Injectable } from '@nestjs/common';
import { liveView, ProjectionView } from '@era/projection-engine';
import { TITLE_A_Z_PROJECTION } from '@era/projection-title-a-z';
import { ReadStore } from '@era/read-store';
import { READ_STORE, ReadYourWrites } from '@era/platform';

/** The live title A-Z read model, once it reflects the asked-for position. */
@Injectable()
export class TitleAzReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async view(minPosition?: number): Promise<ProjectionView> {
    await this.freshness.atLeast(TITLE_A_Z_PROJECTION, minPosition);
    return liveView(this.reads, TITLE_A_Z_PROJECTION);
  }
}
