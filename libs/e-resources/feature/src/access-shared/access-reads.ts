import { Inject, Injectable } from '@nestjs/common';
import { E_RESOURCE_ACCESS } from '@era/projection-e-resource-access';
import { liveView, ProjectionView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { READ_STORE, ReadYourWrites } from '@era/platform';

/** The access read models (IP ranges, sendings, vendors, vendor accounts), once they reflect a client's position. */
@Injectable()
export class AccessReads {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async view(minPosition?: number): Promise<{ view: ProjectionView; fresh: boolean }> {
    const fresh = await this.freshness.atLeast(E_RESOURCE_ACCESS, minPosition);
    return { view: await liveView(this.reads, E_RESOURCE_ACCESS), fresh };
  }
}

/** Documents carry the engine's bookkeeping (_position): answers show what staff see. */
export function withoutBookkeeping<T extends object>(document: T & { _position?: number }): T {
  const { _position, ...shown } = document;
  return shown as T;
}
