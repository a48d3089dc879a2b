import { Clock, systemClock } from '@era/decider';
import { DocumentStore } from '@era/document-store';
import { AppConfig, CommandPath, OpenStores, ReadYourWrites } from '@era/platform';
import { ProjectionEngine } from '@era/projection-engine';
import { createTitleListImporter, TitleListImporter } from './title-list-importer';

/**
 * The title-list importer for a process without the API's module (the CLI, the bench): the command path built by
 * hand over the stores, as `folioOutsideNest` does. No projection runs here, so a write waits for none.
 */
export function titleListImporterOutsideNest(
  stores: Pick<OpenStores, 'events' | 'reads'>,
  documents: DocumentStore,
  config: AppConfig,
  clock: Clock = systemClock,
): TitleListImporter {
  const withoutProjections = { ...config, mode: 'api' as const };
  const freshness = new ReadYourWrites(withoutProjections, new ProjectionEngine(stores.events, stores.reads, []), stores.reads, stores.events);
  const commands = new CommandPath(stores.events, clock, freshness);
  return createTitleListImporter({ commands, documents, timeZone: config.timeZone, maxBytes: config.documents.titleListMaxBytes });
}
