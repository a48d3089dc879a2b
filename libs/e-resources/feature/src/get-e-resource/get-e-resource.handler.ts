import { Inject, Injectable, Optional } from '@nestjs/common';
import { loadState } from '@era/command-handling';
import { canonicalId } from '@era/decider';
import { ActivationState, CalendarDate, eResourceDecider, eResourceStream, periodOf, requireResourceId } from '@era/e-resources-domain';
import { EventStore } from '@era/event-store';
import { DomainRefusal, EVENT_STORE } from '@era/platform';
import { LICENCES_OF_RESOURCE, LicencesOfResource } from '../shared/licences-of-resource';
import { ActivationStatus, EResourceView } from './e-resource-view';

const notFound = (id: string) => new DomainRefusal(404, 'resource-not-found', `no e-resource ${JSON.stringify(id)} is registered`);

function isResourceId(id: string): boolean {
  try {
    requireResourceId(id);
    return true;
  } catch {
    return false;
  }
}

export function activationStatus(activation: ActivationState, today: CalendarDate): ActivationStatus {
  if (activation.retracted) return 'retracted';
  const { from, until } = periodOf(activation);
  if (today < from) return 'scheduled';
  return until === null || today < until ? 'in-force' : 'ended';
}

/** A resource as it stands, folded from its own stream (current the moment its write is answered). */
@Injectable()
export class GetEResourceHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Optional() @Inject(LICENCES_OF_RESOURCE) private readonly licences?: LicencesOfResource,
  ) {}

  async execute(resourceId: string, today: CalendarDate): Promise<EResourceView> {
    const id = canonicalId(resourceId);
    if (!isResourceId(id)) throw notFound(id);
    const { state, revision } = await loadState(this.events, eResourceStream(id), eResourceDecider);
    if (!state.exists) throw notFound(id);
    const { exists: _exists, resourceId: _id, registration: _registration, activations, ...record } = state;
    const views = activations.map((activation) => ({ ...activation, status: activationStatus(activation, today) }));
    const licences = this.licences ? await this.licences.licencesOf(id) : undefined;
    return {
      id,
      ...record,
      active: views.some((activation) => activation.status === 'in-force'),
      activations: views,
      ...(licences !== undefined && { licences }),
      revision,
      today,
    };
  }
}
