import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { ProjectionEngine, ProjectionHealth, readProjectionHealth } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { APP_CONFIG, EVENT_STORE, READ_STORE } from '../stores/tokens';
import { positionBeyondHead } from './position-beyond-head';
import { AppConfig } from '../config/app-config';
import { ProjectionUnavailableError } from './projection-unavailable';

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
   * beyond the head of the log is refused at once (409): waiting could not bring it. A projection that is not live
   * (retrying, poisoned) will not get there by waiting either: ProjectionUnavailableError (503) at once.
   */
  async atLeast(projection: string, position: number | undefined): Promise<boolean> {
    if (position === undefined || position <= 0) return true;
    const headPosition = await this.events.headPosition();
    if (position > headPosition) throw positionBeyondHead(position, headPosition);
    await this.refuseUnlessLive(projection, position);
    if (this.projectionsInProcess) return this.engine.waitFor(position, this.config.readYourWritesTimeoutMs);
    const deadline = Date.now() + this.config.readYourWritesTimeoutMs;
    for (;;) {
      const checkpoint = await this.reads.readCheckpoint(projection);
      if ((checkpoint?.position ?? 0) >= position) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  private async refuseUnlessLive(projection: string, position: number): Promise<void> {
    const health: ProjectionHealth | undefined = this.projectionsInProcess
      ? this.engine.projectionHealth(projection)
      : await readProjectionHealth(this.reads, projection).catch(() => undefined);
    if (health?.state !== 'retrying' && health?.state !== 'poisoned') return;
    const checkpoint = await this.reads.readCheckpoint(projection);
    if ((checkpoint?.position ?? 0) < position) throw new ProjectionUnavailableError(projection, health.state);
  }
}
