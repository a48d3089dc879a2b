import { Decider, Folded, isRoleAmong } from '@era/decider';
import { CREDENTIAL_REFUSAL, looksLikeCredential } from '@era/screening';
import { ProjectionDecisionCommand, SkipProjectionEvent } from './commands';
import { ProjectionDecision, ProjectionEventSkipped } from './events';
import { KnownProjection, ProjectionDecisionContext } from './projection-decision-context';
import { ProjectionDecisionRuleViolation } from './projection-decision-rule-violation';

/** The skips recorded, one key per projection version and position: a repeated skip records nothing new. */
export interface ProjectionDecisionsState {
  skipped: ReadonlySet<string>;
}

export const MAX_SKIP_REASON = 500;

function decide(command: ProjectionDecisionCommand, state: ProjectionDecisionsState, context: ProjectionDecisionContext): ProjectionDecision[] {
  requireAdministrator(context.actor);
  const projection = knownProjection(command.data.projection, context.projections);
  switch (command.type) {
    case 'SkipProjectionEvent': {
      const position = skipPosition(command);
      const poison = poisonOf(projection, context);
      if (poison.position !== position) {
        throw new ProjectionDecisionRuleViolation(
          'stopped-elsewhere',
          `${projection.name} is stopped at position ${poison.position}, not ${position}: nothing skipped`,
        );
      }
      const skip: ProjectionEventSkipped = {
        type: 'ProjectionEventSkipped',
        data: { projection: projection.name, version: projection.version, position, eventType: poison.eventType },
      };
      return state.skipped.has(skipKey(skip.data)) ? [] : [skip];
    }
    case 'RetryProjection': {
      const poison = poisonOf(projection, context);
      return [{ type: 'ProjectionRetryRequested', data: { projection: projection.name, version: projection.version, position: poison.position } }];
    }
  }
}

function evolve(state: ProjectionDecisionsState, event: Folded<ProjectionDecision>): ProjectionDecisionsState {
  if (event.type !== 'ProjectionEventSkipped') return state;
  return { skipped: new Set([...state.skipped, skipKey(event.data)]) };
}

/**
 * The operator decisions on projections (the one `projection-decisions` stream): only an administrator decides, only
 * on a known projection stopped on an event, and a skip names that very event and says why.
 */
export const projectionDecisionDecider: Decider<ProjectionDecisionCommand, ProjectionDecisionsState, ProjectionDecision, ProjectionDecisionContext> = {
  initialState: { skipped: new Set() },
  decide,
  evolve,
};

/** Moving a read model past an event changes what every reader sees: an administrator's decision. */
function requireAdministrator(actor: ProjectionDecisionContext['actor']): void {
  if (!isRoleAmong(actor.role, ['admin'])) {
    throw new ProjectionDecisionRuleViolation('administrator-only', `deciding on a stopped projection is for an administrator; ${actor.id} is ${actor.role}`);
  }
}

function knownProjection(name: string, projections: readonly KnownProjection[]): KnownProjection {
  const projection = projections.find((known) => known.name === name);
  if (!projection) {
    const known = projections.map((known) => known.name).join(', ') || '(none)';
    throw new ProjectionDecisionRuleViolation('unknown-projection', `unknown projection "${name}"; known projections: ${known}`);
  }
  return projection;
}

/**
 * The position of the event to skip, once the reason passes: the reason is recorded with the decision (in its
 * metadata), so it must say something, briefly, and hold no secret.
 */
function skipPosition({ data }: SkipProjectionEvent): number {
  const reason = data.reason.trim();
  if (!reason)
    throw new ProjectionDecisionRuleViolation('reason-required', 'reason is required: say why the event may be skipped (it is recorded with the decision)');
  if (reason.length > MAX_SKIP_REASON) throw new ProjectionDecisionRuleViolation('reason-too-long', `reason must be at most ${MAX_SKIP_REASON} characters`);
  if (looksLikeCredential(reason)) throw new ProjectionDecisionRuleViolation('reason-has-credential', `reason ${CREDENTIAL_REFUSAL}`);
  if (!Number.isSafeInteger(data.position) || data.position <= 0) {
    throw new ProjectionDecisionRuleViolation('position-invalid', 'position must be the global position of the poisoned event');
  }
  return data.position;
}

function poisonOf(projection: KnownProjection, { health }: ProjectionDecisionContext): { position: number; eventType: string } {
  if (health?.state !== 'poisoned' || !health.poison) {
    throw new ProjectionDecisionRuleViolation(
      'projection-not-stopped',
      `${projection.name} is not stopped on an event (state: ${health?.state ?? 'never run'}); nothing to decide`,
    );
  }
  return health.poison;
}

function skipKey({ projection, version, position }: ProjectionEventSkipped['data']): string {
  return `${projection}@${version}#${position}`;
}
