import { statSync } from 'node:fs';
import { addDays } from '@era/calendar';
import { DEACTIVATION_REASONS, DeactivationReason, EResourceEvent, eResourceStream, ResourceActivated } from '@era/e-resources-domain';
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

/** An activation as the generator knows it, to keep every planned event one the decider would accept. */
interface Activation {
  activationId: string;
  from: string;
  kind: ResourceActivated['accessKind'];
  trialEndsOn?: string;
  until?: string;
  retracted: boolean;
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

/** In force on `day`: not retracted, begun, and neither deactivated nor past its trial's last day. */
function inForceOn(activation: Activation, day: string): boolean {
  const trialOver = activation.trialEndsOn !== undefined && day > activation.trialEndsOn;
  return !activation.retracted && activation.from <= day && (activation.until === undefined || day < activation.until) && !trialOver;
}

/**
 * Writes an A-Z workload into a fresh SQLite event log, in the adapter's schema with real envelopes and hash chains
 * (as `generateLog` does): `resources` registrations between 2019 and about a year ago, then `activations` activation
 * events spread over the resources' lives up to an hour ago (activations of every access kind, trials with end dates,
 * deactivations, a few corrections and retractions). Every event is one a decider would accept: only an open
 * activation is deactivated, corrected or retracted, a deactivation falls after its start. recordedAt never goes backwards.
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
  const registrations = Array.from({ length: resources }, () => {
    const registration = sampleRegistration(rng, uuidOf(rng));
    const at = START + Math.floor(rng.next() * 0.85 * (end - START));
    planned.push({ at, streamId: eResourceStream(registration.resourceId), event: { type: 'EResourceRegistered', data: registration } });
    return { registration, at };
  });
  const linked = registrations.filter(({ registration }) => registration.accessUrl !== undefined);
  const budgets = shareOut(rng, activations, linked.length);
  let expectedListedToday = 0;
  linked.forEach(({ registration, at }, index) => {
    const known = planActivations(rng, registration.resourceId, at, end, budgets[index], planned);
    if (!registration.hidden && known.some((a) => inForceOn(a, today))) expectedListedToday += 1;
  });
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

/**
 * Exactly `budget` activation events of one resource between its registration and `end`, pushed onto `planned`.
 * Returns its activations as they finally stand, for the expected list.
 */
function planActivations(rng: Rng, resourceId: string, registeredAt: number, end: number, budget: number, planned: Planned[]): Activation[] {
  const streamId = eResourceStream(resourceId);
  const known: Activation[] = [];
  const open = () => known.filter((a) => !a.retracted && a.until === undefined);
  const step = (end - registeredAt) / (budget + 1);
  let at = registeredAt;
  const push = (event: EResourceEvent, reason?: string) => planned.push({ at, streamId, event, ...(reason ? { reason } : {}) });

  const activate = () => {
    const kind = rng.pick(KINDS, KIND_WEIGHTS);
    const from = addDays(dayOf(at), rng.int(-10, 20));
    const activation: Activation = { activationId: uuidOf(rng), from, kind, retracted: false };
    if (kind === 'trial') activation.trialEndsOn = addDays(from, rng.pick([30, 60, 90]) - 1);
    known.push(activation);
    const data = {
      resourceId,
      activationId: activation.activationId,
      effectiveFrom: from,
      accessKind: kind,
      audience: sampleAudience(rng),
      reason: rng.pick(ACTIVATION_REASONS),
    };
    push({ type: 'ResourceActivated', data: activation.trialEndsOn ? { ...data, trialEndsOn: activation.trialEndsOn } : data });
  };
  const deactivate = (activation: Activation) => {
    const trial = activation.kind === 'trial' && activation.trialEndsOn !== undefined;
    const reason: DeactivationReason = trial ? 'trial-ended' : rng.pick(DEACTIVATION_REASONS, REASON_WEIGHTS);
    const earliest = addDays(activation.from, 1);
    const proposed = trial && rng.next() < 0.7 ? addDays(activation.trialEndsOn as string, 1) : addDays(dayOf(at), rng.int(0, 30));
    activation.until = proposed > earliest ? proposed : earliest;
    const data = { resourceId, activationId: activation.activationId, effectiveOn: activation.until, reason };
    push({ type: 'ResourceDeactivated', data: reason === 'replaced' || reason === 'platform-migration' ? { ...data, replacedBy: uuidOf(rng) } : data });
  };
  const correct = (activation: Activation) => {
    activation.from = addDays(activation.from, -rng.int(1, 5));
    const data = {
      resourceId,
      activationId: activation.activationId,
      effectiveFrom: activation.from,
      accessKind: activation.kind,
      audience: sampleAudience(rng),
    };
    const reason = 'Start date was the invoice date, not the access date';
    push(
      { type: 'ResourceActivationCorrected', data: { ...data, ...(activation.trialEndsOn ? { trialEndsOn: activation.trialEndsOn } : {}), reason } },
      reason,
    );
  };
  const retract = (activation: Activation) => {
    activation.retracted = true;
    const reason = 'Activated on the wrong resource record';
    push({ type: 'ResourceActivationRetracted', data: { resourceId, activationId: activation.activationId, reason } }, reason);
  };
  const correctDeactivation = (activation: Activation) => {
    const moved = addDays(activation.until as string, rng.int(1, 14));
    activation.until = moved;
    const reason = 'Access ended later than recorded';
    push({ type: 'ResourceDeactivationCorrected', data: { resourceId, activationId: activation.activationId, effectiveOn: moved, reason } }, reason);
  };

  for (let k = 0; k < budget; k++) {
    at = Math.min(end, at + Math.max(1, Math.floor(step * (0.3 + 1.4 * rng.next()))));
    const inForce = open();
    const ended = known.filter((a) => !a.retracted && a.until !== undefined);
    const r = rng.next();
    if (inForce.length === 0) {
      if (r < 0.03 && ended.length > 0) correctDeactivation(rng.pick(ended));
      else activate();
    } else if (k === budget - 1) {
      // The last event decides whether the resource is on today's list: most are.
      if (r < 0.2) deactivate(inForce[0]);
      else if (r < 0.5 && inForce.length < 3) activate();
      else correct(rng.pick(inForce));
    } else if (r < 0.05) correct(rng.pick(inForce));
    else if (r < 0.08) retract(rng.pick(inForce));
    else if (r < 0.18 && inForce.length < 3) activate();
    else deactivate(inForce[0]);
  }
  return known;
}
