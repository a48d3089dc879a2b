import { statSync } from 'node:fs';
import { addDays } from '@era/calendar';
import {
  ActivationState,
  DEACTIVATION_REASONS,
  DeactivationReason,
  EResourceCommand,
  eResourceDecider,
  EResourceEvent,
  EResourceRegistered,
  EResourceRuleViolation,
  EResourceState,
  eResourceStream,
  initialEResource,
  periodOf,
  RegisteredEResource,
} from '@era/e-resources-domain';
import { EventData, NewEvent, prepareAppend } from '@era/event-store';
import { eventRowValues, INSERT_EVENT, SqliteEventStore, UPSERT_STREAM_HEAD } from '@era/event-store-sqlite';
import { KIND_WEIGHTS, KINDS, resourceMetadata, sampleAudience, sampleRegistration, uuidOf } from './a-z-samples';
import { Rng } from './desk-samples';
import { nowMs } from './timing';

export const ACTIVATION_EVENT_TYPES = [
  'ResourceActivated',
  'ResourceDeactivated',
  'ResourceActivationCorrected',
  'ResourceActivationRetracted',
  'ResourceDeactivationCorrected',
] as const;
type CountedType = 'EResourceRegistered' | (typeof ACTIVATION_EVENT_TYPES)[number];

export interface AzLog {
  file: string;
  events: number;
  resources: number;
  /** Activation events asked for; `counts` says how many the decider accepted. */
  activationsRequested: number;
  counts: Record<CountedType, number>;
  /** Resources on the public list today as the generator built them (shown, with an activation in force today). */
  expectedListedToday: number;
  /** The day that expectation is for (UTC). */
  today: string;
  firstRecordedAt: string;
  lastRecordedAt: string;
  seconds: number;
  fileBytes: number;
}

interface Planned {
  at: number;
  streamId: string;
  event: EResourceEvent;
  reason?: string;
}

const START = Date.UTC(2019, 0, 1);
const EVENTS_PER_TRANSACTION = 20_000;
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);
const ACTIVATION_REASONS = [
  'Subscription renewed for the year',
  'Trial requested by the School of Law',
  'Open access collection added',
  'Consortium deal signed',
];
const DEACTIVATION_WEIGHTS: Record<DeactivationReason, number> = {
  cancelled: 60,
  'trial-ended': 0,
  replaced: 15,
  'platform-migration': 15,
  'access-problem': 10,
};
const REASON_WEIGHTS = DEACTIVATION_REASONS.map((reason) => DEACTIVATION_WEIGHTS[reason]);

/** On the list on `day`: not retracted, begun, not yet ended (deactivated or past its trial's last day). */
function inForceOn(activation: ActivationState, day: string): boolean {
  const { from, until } = periodOf(activation);
  return activation.retracted === undefined && from <= day && (until === null || day < until);
}

/**
 * Writes an A-Z workload into a fresh SQLite event log, in the adapter's schema with real envelopes and hash chains
 * (as `generateLog` does): `resources` registrations between 2019 and about a year ago, then `activations` activation
 * events spread over the resources' lives up to an hour ago (activations of every access kind, trials with end dates,
 * deactivations, a few corrections and retractions). Every event is what `eResourceDecider` decided for a command at
 * its recording time (a command it refuses is replaced by another), so the log is one the API could have written.
 * recordedAt never goes backwards.
 */
export async function generateAzLog(file: string, resources: number, activations: number, onProgress?: (written: number) => void): Promise<AzLog> {
  const started = nowMs();
  const end = Date.now() - 3_600_000;
  const today = dayOf(Date.now());
  const rng = new Rng(20261203);
  const counts: Record<CountedType, number> = {
    EResourceRegistered: 0,
    ResourceActivated: 0,
    ResourceDeactivated: 0,
    ResourceActivationCorrected: 0,
    ResourceActivationRetracted: 0,
    ResourceDeactivationCorrected: 0,
  };

  const planned: Planned[] = [];
  const registrations = Array.from({ length: resources }, () => ({
    registration: sampleRegistration(rng, uuidOf(rng)),
    at: START + Math.floor(rng.next() * 0.85 * (end - START)),
  }));
  const budgets = shareOut(rng, activations, registrations.filter(({ registration }) => registration.accessUrl !== undefined).length);
  let linked = 0;
  let expectedListedToday = 0;
  for (const { registration, at } of registrations) {
    const budget = registration.accessUrl === undefined ? 0 : budgets[linked++];
    const resource = planResource(rng, registration, at, end, budget, planned);
    if (!resource.hidden && resource.activations.some((a) => inForceOn(a, today))) expectedListedToday += 1;
  }
  planned.sort((a, b) => a.at - b.at);

  const store = new SqliteEventStore({ file });
  const db = store.database;
  db.pragma('cache_size = -131072');
  const insert = db.prepare(INSERT_EVENT);
  const upsertHead = db.prepare(UPSERT_STREAM_HEAD);
  const heads = new Map<string, { revision: number; hash: string }>();
  let written = 0;
  let lastAt = 0;
  db.exec('BEGIN');
  try {
    for (const { at, streamId, event, reason } of planned) {
      // Two events of one resource planned for the same millisecond keep their order; the clock never goes back.
      lastAt = Math.max(lastAt + 1, at);
      const head = heads.get(streamId) ?? { revision: -1, hash: undefined };
      const [prepared] = prepareAppend(streamId, [event as NewEvent<EventData>], resourceMetadata(rng, reason), head, new Date(lastAt));
      insert.run(...eventRowValues(prepared));
      upsertHead.run(streamId, prepared.streamRevision, prepared.hash);
      heads.set(streamId, { revision: prepared.streamRevision, hash: prepared.hash });
      counts[event.type as CountedType] += 1;
      if (++written % EVENTS_PER_TRANSACTION === 0) {
        db.exec('COMMIT');
        onProgress?.(written);
        db.exec('BEGIN');
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
  if (written % EVENTS_PER_TRANSACTION !== 0) onProgress?.(written);
  await store.close();
  return {
    file,
    events: written,
    resources,
    activationsRequested: activations,
    counts,
    expectedListedToday,
    today,
    firstRecordedAt: new Date(planned[0]?.at ?? 0).toISOString(),
    lastRecordedAt: new Date(lastAt).toISOString(),
    seconds: (nowMs() - started) / 1000,
    fileBytes: statSync(file).size,
  };
}

/** `total` split over `count` resources unevenly (a few events for most, dozens for some), adding up exactly. */
function shareOut(rng: Rng, total: number, count: number): number[] {
  if (count === 0) return [];
  const average = total / count;
  const budgets = Array.from({ length: count }, () => Math.max(1, Math.round(average * (0.2 + 1.6 * rng.next()))));
  let sum = budgets.reduce((a, b) => a + b, 0);
  while (sum !== total) {
    const i = rng.int(0, count - 1);
    if (sum < total) {
      budgets[i] += 1;
      sum += 1;
    } else if (budgets[i] > 0) {
      budgets[i] -= 1;
      sum -= 1;
    }
  }
  return budgets;
}

/** A resource's stream as it is planned: the decider's state and what it decided, with when. */
class PlannedStream {
  state: EResourceState = initialEResource;

  constructor(
    private readonly streamId: string,
    private readonly planned: Planned[],
  ) {}

  /** Whether the decider accepted the command at `at` (and its events are planned), or refused it. */
  tryCommand(command: EResourceCommand, at: number, reason?: string): boolean {
    let events: readonly EResourceEvent[];
    try {
      events = eResourceDecider.decide(command, this.state, { now: new Date(at) });
    } catch (error) {
      if (error instanceof EResourceRuleViolation) return false;
      throw error;
    }
    for (const event of events) {
      this.state = eResourceDecider.evolve(this.state, event);
      this.planned.push({ at, streamId: this.streamId, event, ...(reason ? { reason } : {}) });
    }
    return events.length > 0;
  }
}

/**
 * The registration, then `budget` activation commands between it and `end`, each decided at its time: mostly an
 * activation followed later by its deactivation, some activations side by side, a few corrections and retractions;
 * the last one leaves most resources with access. A refused command is replaced by the next candidate; one that
 * no candidate can follow is left out (the log then holds fewer activation events than asked; the counts say so).
 */
function planResource(rng: Rng, registration: EResourceRegistered, registeredAt: number, end: number, budget: number, planned: Planned[]): RegisteredEResource {
  const stream = new PlannedStream(eResourceStream(registration.resourceId), planned);
  const { resourceId } = registration;
  if (!stream.tryCommand({ type: 'RegisterEResource', data: registration }, registeredAt)) throw new Error(`registration of ${resourceId} refused`);
  const resource = () => stream.state as RegisteredEResource;
  const step = (end - registeredAt) / (budget + 1);
  let at = registeredAt;

  const activate = () => {
    const accessKind = rng.pick(KINDS, KIND_WEIGHTS);
    const effectiveFrom = addDays(dayOf(at), rng.int(-10, 20));
    const data = { resourceId, activationId: uuidOf(rng), effectiveFrom, accessKind, audience: sampleAudience(rng), reason: rng.pick(ACTIVATION_REASONS) };
    const trialEndsOn = accessKind === 'trial' ? { trialEndsOn: addDays(effectiveFrom, rng.pick([30, 60, 90]) - 1) } : {};
    return stream.tryCommand({ type: 'ActivateResource', data: { ...data, ...trialEndsOn } }, at);
  };
  const deactivate = (activation: ActivationState) => {
    const trial = activation.trialEndsOn !== undefined;
    const reason: DeactivationReason = trial ? 'trial-ended' : rng.pick(DEACTIVATION_REASONS, REASON_WEIGHTS);
    let effectiveOn = addDays(dayOf(at), rng.int(0, 30));
    if (activation.trialEndsOn !== undefined && effectiveOn > activation.trialEndsOn) effectiveOn = activation.trialEndsOn;
    if (effectiveOn < activation.effectiveFrom) effectiveOn = activation.effectiveFrom;
    const replacedBy = reason === 'replaced' || reason === 'platform-migration' ? { replacedBy: uuidOf(rng) } : {};
    return stream.tryCommand(
      { type: 'DeactivateResource', data: { resourceId, activationId: activation.activationId, effectiveOn, reason, ...replacedBy } },
      at,
    );
  };
  const correct = (activation: ActivationState) => {
    const reason = 'Start date was the invoice date, not the access date';
    const { activationId, accessKind, trialEndsOn } = activation;
    const data = {
      resourceId,
      activationId,
      effectiveFrom: addDays(activation.effectiveFrom, -rng.int(1, 5)),
      accessKind,
      audience: sampleAudience(rng),
      reason,
    };
    return stream.tryCommand({ type: 'CorrectActivation', data: { ...data, ...(trialEndsOn !== undefined && { trialEndsOn }) } }, at, reason);
  };
  const retract = (activation: ActivationState) => {
    const reason = 'Activated on the wrong resource record';
    return stream.tryCommand({ type: 'RetractActivation', data: { resourceId, activationId: activation.activationId, reason } }, at, reason);
  };
  const correctDeactivation = (activation: ActivationState) => {
    const reason = 'Access ended later than recorded';
    const effectiveOn = addDays(activation.deactivation?.effectiveOn ?? dayOf(at), rng.int(1, 14));
    return stream.tryCommand({ type: 'CorrectDeactivation', data: { resourceId, activationId: activation.activationId, effectiveOn, reason } }, at, reason);
  };

  for (let k = 0; k < budget; k++) {
    at = Math.min(end, at + Math.max(1, Math.floor(step * (0.3 + 1.4 * rng.next()))));
    const day = dayOf(at);
    const live = resource().activations.filter((a) => a.retracted === undefined);
    // In force or still to come, and not a trial past its last day: what can be deactivated, corrected or retracted.
    const open = live.filter((a) => a.deactivation === undefined && (a.trialEndsOn === undefined || a.trialEndsOn >= day));
    const ended = live.filter((a) => a.deactivation !== undefined);
    const r = rng.next();
    const first: (() => boolean)[] = [];
    if (open.length === 0) first.push(r < 0.03 && ended.length > 0 ? () => correctDeactivation(rng.pick(ended)) : activate);
    else if (k === budget - 1) first.push(r < 0.2 ? () => deactivate(open[0]) : r < 0.5 ? activate : () => correct(rng.pick(open)));
    else if (r < 0.05) first.push(() => correct(rng.pick(open)));
    else if (r < 0.08) first.push(() => retract(rng.pick(open)));
    else if (r < 0.18) first.push(activate);
    else first.push(() => deactivate(open[0]));
    const fallbacks = [activate, activate, activate, ...open.map((a) => () => deactivate(a)), ...open.map((a) => () => correct(a))];
    for (const candidate of [...first, ...fallbacks]) if (candidate()) break;
  }
  return resource();
}
