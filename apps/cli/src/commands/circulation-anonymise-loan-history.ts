import { randomUUID } from 'node:crypto';
import { anonymiseLoanHistoryOutsideNest } from '@era/circulation';
import { CIRCULATION_MANAGERS, Clock, isRoleAmong, systemClock } from '@era/decider';
import { Actor } from '@era/event-store';
import { AppConfig, OpenStores } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';

export interface AnonymiseLoanHistoryOptions {
  /** Print the result (retentionDays, cutOff, anonymised, more, position) as JSON. */
  json?: boolean;
}

/**
 * `era circulation anonymise-loan-history`: the loan-history retention policy (LOAN_HISTORY_RETENTION_DAYS), for a
 * scheduler to run nightly; the same use case as POST /circulation/loan-history/anonymisations, recorded as the
 * staff member of ERA_STAFF_TOKEN (a circulation manager). It reads the loan history as the service's projector left it.
 */
export function anonymiseLoanHistoryCli(
  stores: Pick<OpenStores, 'events' | 'reads'>,
  config: AppConfig,
  options: AnonymiseLoanHistoryOptions,
  io: CliIo,
  actor: Actor,
  clock: Clock = systemClock,
): Promise<number> {
  return guarded(io, async () => {
    if (!isRoleAmong(actor.role, CIRCULATION_MANAGERS)) {
      throw new CliError(
        `only a circulation manager (${CIRCULATION_MANAGERS.join(', ')}) may apply the retention policy; ERA_STAFF_TOKEN is a ${actor.role}'s`,
      );
    }
    const metadata = { actor, correlationId: randomUUID(), causationId: randomUUID(), source: 'cli' as const };
    const result = await anonymiseLoanHistoryOutsideNest(stores, config, metadata, clock);
    if (options.json) {
      io.out(JSON.stringify(result, null, 2));
    } else {
      io.out(`anonymised ${result.anonymised} closed loans returned before ${result.cutOff} (retention ${result.retentionDays} days)`);
      if (result.more) io.err('more loans are eligible than one run takes: run it again');
    }
    return ExitCode.ok;
  });
}
