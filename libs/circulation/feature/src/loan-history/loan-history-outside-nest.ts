import { Clock, systemClock } from '@era/decider';
import { AppendMetadata } from '@era/event-store';
import { AppConfig, CommandPath, OpenStores, ReadYourWrites } from '@era/platform';
import { ProjectionEngine } from '@era/projection-engine';
import { anonymiseLoanHistory, LoanHistoryAnonymisation } from './anonymise-loan-history/anonymise-loan-history';

/**
 * The retention policy for a process without the API's module (the CLI, run by a scheduler): the same use case over
 * the stores. No projection runs here, so a write waits for none; the loan history read model is the service's.
 */
export function anonymiseLoanHistoryOutsideNest(
  stores: Pick<OpenStores, 'events' | 'reads'>,
  config: AppConfig,
  metadata: AppendMetadata,
  clock: Clock = systemClock,
): Promise<LoanHistoryAnonymisation> {
  const withoutProjections = { ...config, mode: 'api' as const };
  const freshness = new ReadYourWrites(withoutProjections, new ProjectionEngine(stores.events, stores.reads, []), stores.reads, stores.events);
  return anonymiseLoanHistory(new CommandPath(stores.events, clock, freshness), stores.reads, config.loanHistory.retentionDays, metadata);
}
