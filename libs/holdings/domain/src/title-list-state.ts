import { Folded } from '@era/decider';
import { PackageTitle } from './package-title';
import { packageTitlesOf } from './title-table';
import { CalendarDate, TitleListEvent } from './title-list-events';

/** A package's title list as its stream says it stands: the current version and every title in it, by key. */
export interface TitleListState {
  /** 0 before the first import. */
  readonly version: number;
  readonly effectiveFrom?: CalendarDate;
  /** Owned by the fold: a list of 500,000 titles is not copied per event (see evolveTitleList). */
  readonly titles: ReadonlyMap<string, PackageTitle>;
  /** SHA-256 of the file the current version (or its latest "found unchanged" check) was read from. */
  readonly latestFile?: string;
}

const NO_TITLES: ReadonlyMap<string, PackageTitle> = new Map();

export const initialTitleList: TitleListState = { version: 0, titles: NO_TITLES };

/** The map a fold may write to: never the shared empty one of the initial state. */
function ownTitles(state: TitleListState): Map<string, PackageTitle> {
  return state.titles === NO_TITLES ? new Map() : (state.titles as Map<string, PackageTitle>);
}

/**
 * Folds one event. The title map is written in place (a fold starts from `initialTitleList`, whose empty map is
 * replaced before the first write, so no two folds share one): copying it per event would make reading a long
 * stream quadratic.
 */
export function evolveTitleList(state: TitleListState, event: Folded<TitleListEvent>): TitleListState {
  switch (event.type) {
    case 'TitleListImported':
      return { version: event.data.version, effectiveFrom: event.data.effectiveFrom, titles: ownTitles(state), latestFile: event.data.file.sha256 };
    case 'TitleListFoundUnchanged':
      return { ...state, latestFile: event.data.file.sha256 };
    case 'PackageTitlesAdded':
    case 'PackageTitlesRevised': {
      const titles = ownTitles(state);
      for (const title of packageTitlesOf(event.data.titles)) titles.set(title.key, title);
      return titles === state.titles ? state : { ...state, titles };
    }
    case 'PackageTitlesRemoved': {
      const titles = ownTitles(state);
      for (const title of event.data.titles) titles.delete(title.key);
      return titles === state.titles ? state : { ...state, titles };
    }
  }
}
