import { Clock, systemClock } from '@era/decider';
import { LICENCE_EVENT_TYPES, LicenceDetails, licenceDecider, LICENCE_STREAM_PREFIX } from '@era/licensing-domain';
import { DEFAULT_FOLIO_TERM_MAPPING, exportFolioLicences, FolioLicenceJson, FolioTermMapping } from '@era/licensing-folio';
import { AppConfig, CommandPath, OpenStores, ReadYourWrites, StaffDirectory } from '@era/platform';
import { ProjectionEngine } from '@era/projection-engine';
import { asFolded } from '@era/command-handling';
import { FolioImportLedgers } from './import-folio-licences/folio-import-ledgers';
import { ImportFolioLicencesHandler } from './import-folio-licences/import-folio-licences.handler';
import { LicensingContextSource } from './shared/licensing-context';
import { VocabularySeeder } from './shared/vocabulary-seeder';
import { LicenceListsSeeder } from './shared/licence-lists-seeder';

export interface FolioOutsideNest {
  /** The import, through the same classes the API's module wires (command path, vocabulary and lists seeders, licensing context). */
  importer: ImportFolioLicencesHandler;
  /** The licensing context as the API decides with it. */
  licensing: LicensingContextSource;
}

/**
 * The FOLIO import and export for a process without the API's module (the CLI): the classes the module wires, built
 * by hand over the stores. No projection runs here, so a write waits for none (the service's projector catches up).
 */
export function folioOutsideNest(
  stores: Pick<OpenStores, 'events' | 'reads'>,
  config: AppConfig,
  staff: StaffDirectory,
  clock: Clock = systemClock,
): FolioOutsideNest {
  const withoutProjections = { ...config, mode: 'api' as const };
  const freshness = new ReadYourWrites(withoutProjections, new ProjectionEngine(stores.events, stores.reads, []), stores.reads, stores.events);
  const commands = new CommandPath(stores.events, clock, freshness);
  const vocabulary = new VocabularySeeder(commands);
  const lists = new LicenceListsSeeder(commands);
  const licensing = new LicensingContextSource(vocabulary, lists, staff, commands);
  return { importer: new ImportFolioLicencesHandler(new FolioImportLedgers(commands, vocabulary, lists, licensing)), licensing };
}

const LICENCE_TYPES_FOLDED: ReadonlySet<string> = new Set(LICENCE_EVENT_TYPES);

/**
 * Every licence as FOLIO licence JSON, each folded from its stream in the log (the same fold as the licences read
 * model's documents, and never behind it), with the vocabulary and lists of the licensing context.
 */
export async function exportFolioLicencesFromLog(
  stores: Pick<OpenStores, 'events'>,
  licensing: LicensingContextSource,
  mapping: FolioTermMapping = DEFAULT_FOLIO_TERM_MAPPING,
): Promise<FolioLicenceJson[]> {
  const licences = new Map<string, ReturnType<typeof licenceDecider.evolve>>();
  for await (const event of stores.events.readAll()) {
    if (!event.streamId.startsWith(LICENCE_STREAM_PREFIX) || !LICENCE_TYPES_FOLDED.has(event.type)) continue;
    licences.set(event.streamId, licenceDecider.evolve(licences.get(event.streamId) ?? licenceDecider.initialState, asFolded(event)));
  }
  const details: LicenceDetails[] = [];
  for (const state of licences.values()) {
    if (!state.exists) continue;
    const { exists: _exists, ...licence } = state;
    details.push(licence);
  }
  const { vocabulary, lists } = await licensing.context();
  return exportFolioLicences(details, vocabulary, lists, mapping);
}
