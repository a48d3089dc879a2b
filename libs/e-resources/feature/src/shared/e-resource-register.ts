import { Inject, Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { eResourceStream, requireResourceId } from '@era/e-resources-domain';
import { EventStore } from '@era/event-store';
import { EVENT_STORE } from '@era/platform';

/**
 * Which ids name a registered resource, for other areas (a licence shows each resource it links as registered or
 * not). A resource's stream begins with its registration, so one event read per id tells.
 */
@Injectable()
export class EResourceRegister {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async registered(resourceIds: readonly string[]): Promise<ReadonlySet<string>> {
    const found = new Set<string>();
    for (const resourceId of resourceIds) if (await this.isRegistered(resourceId)) found.add(resourceId);
    return found;
  }

  private async isRegistered(resourceId: string): Promise<boolean> {
    try {
      requireResourceId(resourceId);
    } catch {
      return false;
    }
    for await (const _event of this.events.readStream(eResourceStream(canonicalId(resourceId)), { maxCount: 1 })) return true;
    return false;
  }
}
