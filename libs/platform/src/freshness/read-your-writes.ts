import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { ProjectionEngine } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { APP_CONFIG, EVENT_STORE, READ_STORE } from '../stores/tokens';
import { positionBeyondHead } from './position-beyond-head';
import { AppConfig } from '../config/app-config';

/**
 * Read-your-writes. Where projections run in this process (the embedded default), a write answers only once they
 * reflect it, so any query issued after the response sees it. Where they run in a separate projector, a client
 * passes the position it got back (X-Min-Position) and the query waits, up to a bound, for the projector to get there.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly engine: ProjectionEngine,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  get projectionsInProcess(): boolean {
    return this.config.mode !== 'api';
  }

  /** After a write: true when in-process projections reflect `position`. */
  async afterWrite(position: number): Promise<boolean> {
    if (!this.projectionsInProcess) return false;
    return this.engine.waitFor(position, this.config.readYourWritesTimeoutMs);
  }

  /**
   * Before a read: wait until the projection reflects `position`; false if it did not within the bound. A position
   * beyond the head of the log is refused at once (409): waiting could not bring it.
   */
  async atLeast(projection: string, position: number | undefined): Promise<boolean> {
    if (position === undefined || position <= 0) return true;
    const headPosition = await this.events.headPosition();
    if (position > headPosition) throw positionBeyondHead(position, headPosition);
    if (this.projectionsInProcess) return this.engine.waitFor(position, this.config.readYourWritesTimeoutMs);
    const deadline = Date.now() + this.config.readYourWritesTimeoutMs;
    for (;;) {
      const checkpoint = await this.reads.readCheckpoint(projection);
      if ((checkpoint?.position ?? 0) >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
