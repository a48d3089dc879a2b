import { randomUUID } from 'node:crypto';
import { CREDENTIAL_REFUSAL, isRoleAmong, looksLikeCredential } from '@era/decider';
import { Actor, AppendMetadata } from '@era/event-store';
import { readProjectionHealth, recordProjectionDecision } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';
import { projectionNamed } from './known-projections';

export interface SkipOptions {
  name: string;
  /** The position of the event to skip, as the operator read it from `era projections status`: a confirmation. */
  position: string;
  reason?: string;
}

const MAX_REASON = 500;

/**
 * `era projections skip`: lets a projection stopped on a poison event move past it. The decision is an event in
 * `projection-decisions` (who, when, why); the process running the projection honours it within a second or so,
 * and so does every rebuild of the same version.
 */
export function projectionsSkip(stores: Pick<OpenStores, 'rawEvents' | 'reads'>, options: SkipOptions, io: CliIo, actor: Actor): Promise<number> {
  return guarded(io, async () => {
    const definition = projectionNamed(options.name);
    const reason = options.reason?.trim() ?? '';
    if (!reason) throw new CliError('--reason is required: say why the event may be skipped (it is recorded with the decision)');
    if (reason.length > MAX_REASON) throw new CliError(`--reason must be at most ${MAX_REASON} characters`);
    if (looksLikeCredential(reason)) throw new CliError(`--reason ${CREDENTIAL_REFUSAL}`);
    const position = Number(options.position);
    if (!/^\d{1,15}$/.test(options.position) || position <= 0) throw new CliError('--position must be the global position of the poisoned event');
    const poison = await poisonOf(stores, definition.name);
    if (poison.position !== position) {
      throw new CliError(`${definition.name} is stopped at position ${poison.position}, not ${position}: nothing skipped`);
    }
    assertOperator(actor);
    const recordedAt = await recordProjectionDecision(
      stores.rawEvents,
      { type: 'ProjectionEventSkipped', data: { projection: definition.name, version: definition.version, position, eventType: poison.eventType } },
      metadataOf(actor, reason),
    );
    io.out(`recorded: ${definition.name} skips the ${poison.eventType} event at position ${position} (decision at position ${recordedAt})`);
    return ExitCode.ok;
  });
}

/** `era projections retry`: asks a projection stopped on a poison event to try it again (say, after a fix is deployed). */
export function projectionsRetry(stores: Pick<OpenStores, 'rawEvents' | 'reads'>, options: { name: string }, io: CliIo, actor: Actor): Promise<number> {
  return guarded(io, async () => {
    const definition = projectionNamed(options.name);
    const poison = await poisonOf(stores, definition.name);
    assertOperator(actor);
    const recordedAt = await recordProjectionDecision(
      stores.rawEvents,
      { type: 'ProjectionRetryRequested', data: { projection: definition.name, version: definition.version, position: poison.position } },
      metadataOf(actor),
    );
    io.out(`recorded: ${definition.name} retries the event at position ${poison.position} (decision at position ${recordedAt})`);
    return ExitCode.ok;
  });
}

async function poisonOf(stores: Pick<OpenStores, 'reads'>, projection: string) {
  const health = await readProjectionHealth(stores.reads, projection);
  if (health?.state !== 'poisoned' || !health.poison) {
    throw new CliError(`${projection} is not stopped on an event (state: ${health?.state ?? 'never run'}); nothing to decide`);
  }
  return health.poison;
}

/** Moving a read model past an event changes what every reader sees: an administrator's decision. */
function assertOperator(actor: Actor): void {
  if (!isRoleAmong(actor.role, ['admin'])) throw new CliError(`deciding on a stopped projection is for an administrator; ${actor.id} is ${actor.role}`);
}

function metadataOf(actor: Actor, reason?: string): AppendMetadata {
  const id = randomUUID();
  return { actor, ...(reason ? { reason } : {}), correlationId: id, causationId: id, source: 'cli' };
}
