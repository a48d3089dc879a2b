import { randomUUID } from 'node:crypto';
import { handleCommand } from '@era/command-handling';
import { Actor, AppendMetadata } from '@era/event-store';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import {
  PROJECTION_DECISIONS_STREAM,
  ProjectionDecisionCommand,
  ProjectionDecisionContext,
  projectionDecisionDecider,
  ProjectionDecisionRuleViolation,
} from '@era/projection-decisions';
import { readProjectionHealth } from '@era/projection-engine';
import { OpenStores } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';

export interface SkipOptions {
  name: string;
  /** The position of the event to skip, as the operator read it from `era projections status`: a confirmation. */
  position: string;
  reason?: string;
}

type DecisionStores = Pick<OpenStores, 'rawEvents' | 'reads'>;

/**
 * `era projections skip`: lets a projection stopped on a poison event move past it. The decision is an event in
 * `projection-decisions` (who, when, why); the process running the projection honours it within a second or so,
 * and so does every rebuild of the same version. The rules are projectionDecisionDecider's.
 */
export function projectionsSkip(stores: DecisionStores, options: SkipOptions, io: CliIo, actor: Actor): Promise<number> {
  return guarded(io, async () => {
    const reason = options.reason?.trim() ?? '';
    // Digits only, and few enough to be exact; anything else is no position, which the decider refuses.
    const position = /^\d{1,15}$/.test(options.position) ? Number(options.position) : Number.NaN;
    const outcome = await decide(stores, actor, { type: 'SkipProjectionEvent', data: { projection: options.name, position, reason } }, reason);
    const [skipped] = outcome.events;
    if (skipped?.type !== 'ProjectionEventSkipped') {
      io.out(`already recorded: ${options.name} skips the event at position ${position}`);
    } else {
      io.out(`recorded: ${options.name} skips the ${skipped.data.eventType} event at position ${position} (decision at position ${outcome.position})`);
    }
    return ExitCode.ok;
  });
}

/** `era projections retry`: asks a projection stopped on a poison event to try it again (say, after a fix is deployed). */
export function projectionsRetry(stores: DecisionStores, options: { name: string }, io: CliIo, actor: Actor): Promise<number> {
  return guarded(io, async () => {
    const outcome = await decide(stores, actor, { type: 'RetryProjection', data: { projection: options.name } });
    const [retry] = outcome.events;
    io.out(`recorded: ${options.name} retries the event at position ${retry?.data.position} (decision at position ${outcome.position})`);
    return ExitCode.ok;
  });
}

/** The shared command path, with the projections this build runs and the named one's health as the decider's context. */
async function decide(stores: DecisionStores, actor: Actor, command: ProjectionDecisionCommand, reason?: string) {
  const context = async (): Promise<ProjectionDecisionContext> => ({
    now: new Date(),
    actor,
    projections: ALL_PROJECTIONS.map(({ name, version }) => ({ name, version })),
    health: await readProjectionHealth(stores.reads, command.data.projection),
  });
  try {
    return await handleCommand(stores.rawEvents, PROJECTION_DECISIONS_STREAM, projectionDecisionDecider, command, {
      metadata: metadataOf(actor, reason),
      context,
    });
  } catch (error) {
    // The rules name the fields as a command does (`reason`, `position`); here they are options.
    throw error instanceof ProjectionDecisionRuleViolation ? new CliError(error.message.replace(/^(reason|position) /, '--$1 ')) : error;
  }
}

function metadataOf(actor: Actor, reason?: string): AppendMetadata {
  const id = randomUUID();
  return { actor, ...(reason ? { reason } : {}), correlationId: id, causationId: id, source: 'cli' };
}
