import { Folded } from '@era/decider';
import { ImportSummary, ReceivedTitleList, StoredFile, TitleListChanges, TitleListEvent, titleListStream } from '@era/holdings-domain';
import { StreamLoader } from './package-of';

/** One version of a package's list as GET /e-resources/{id}/title-lists shows it. */
export interface TitleListVersionEntry {
  version: number;
  effectiveFrom: string;
  recordedAt?: string;
  recordedBy?: string;
  file: ReceivedTitleList;
  report: StoredFile;
  summary: ImportSummary;
  changes: TitleListChanges;
  strict: boolean;
  reason?: string;
}

/** A file checked against the list and found to hold the same titles. */
export interface TitleListCheckEntry {
  version: number;
  recordedAt?: string;
  recordedBy?: string;
  file: ReceivedTitleList;
  report: StoredFile;
  summary: ImportSummary;
  reason?: string;
}

export interface TitleListHistory {
  versions: TitleListVersionEntry[];
  unchangedChecks: TitleListCheckEntry[];
}

/** The list's versions and checks, without its titles (the title events are passed over). Appends to the state it is given. */
function evolveHistory(state: TitleListHistory, event: Folded<TitleListEvent>): TitleListHistory {
  const recorded = { ...(event.metadata && { recordedAt: event.metadata.recordedAt, recordedBy: event.metadata.actor.id }) };
  if (event.type === 'TitleListImported') {
    const { version, effectiveFrom, file, report, summary, changes, strict, reason } = event.data;
    state.versions.push({ version, effectiveFrom, ...recorded, file, report, summary, changes, strict, ...(reason !== undefined && { reason }) });
  } else if (event.type === 'TitleListFoundUnchanged') {
    const { version, file, report, summary, reason } = event.data;
    state.unchangedChecks.push({ version, ...recorded, file, report, summary, ...(reason !== undefined && { reason }) });
  }
  return state;
}

/** Every version of a package's title list and every "found unchanged" check, oldest first. */
export async function titleListHistoryOf(loader: StreamLoader, resourceId: string): Promise<TitleListHistory> {
  const fold = { initialState: { versions: [], unchangedChecks: [] } as TitleListHistory, evolve: evolveHistory };
  return (await loader.load(titleListStream(resourceId), fold)).state;
}
