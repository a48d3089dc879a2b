import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { asFolded } from '@era/command-handling';
import { BorrowerEvent } from '@era/circulation-domain';
import { EventStore } from '@era/event-store';
import { EVENT_STORE, PERSONAL_DATA, PersonalDataStore } from '@era/platform';

export interface ErasureSweepReport {
  /** Borrowers the log says are erased. */
  checked: number;
  /** Of those, the ones whose key was still in the key store and is now erased. */
  erased: number;
}

/**
 * Mends a crash between an erasure's event and its key's deletion: every borrower the log says erased whose key still
 * exists has it erased now. Runs when the application starts, and on demand.
 */
@Injectable()
export class ErasureSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger('ErasureSweep');

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(PERSONAL_DATA) private readonly personalData: PersonalDataStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { checked, erased } = await this.sweep();
    if (erased > 0) this.logger.warn(`erasure sweep: ${erased} of ${checked} erased borrowers still had a key; erased now`);
  }

  async sweep(): Promise<ErasureSweepReport> {
    const borrowers = new Set<string>();
    for await (const recorded of this.events.readAll({ filter: { eventTypes: ['BorrowerErased'] } })) {
      const event = asFolded<BorrowerEvent>(recorded);
      if (event.type === 'BorrowerErased') borrowers.add(event.data.borrowerId);
    }
    let erased = 0;
    for (const borrowerId of borrowers) {
      if (await this.personalData.isErased(borrowerId)) continue;
      await this.personalData.erase(borrowerId);
      erased++;
    }
    return { checked: borrowers.size, erased };
  }
}
