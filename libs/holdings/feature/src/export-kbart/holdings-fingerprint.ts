import { Inject, Injectable } from '@nestjs/common';
import { TITLE_A_Z_PROJECTION } from '@era/projection-title-a-z';
import { ReadStore } from '@era/read-store';
import { READ_STORE, ReadYourWrites } from '@era/platform';

/**
 * Names the state the active holdings are read from: the title A-Z read model's generation and position. The same
 * fingerprint and day, the same export; a cheap ETag without reading a title.
 */
@Injectable()
export class HoldingsFingerprint {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async of(minPosition?: number): Promise<string> {
    await this.freshness.atLeast(TITLE_A_Z_PROJECTION, minPosition);
    const checkpoint = await this.reads.readCheckpoint(TITLE_A_Z_PROJECTION);
    return JSON.stringify([checkpoint?.generation ?? null, checkpoint?.position ?? 0]);
  }
}
