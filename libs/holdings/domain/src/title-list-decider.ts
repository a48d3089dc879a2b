import { isCalendarDate, LocalCalendar } from '@era/calendar';
import { canonicalId, DecisionContext, Decider } from '@era/decider';
import { RecordTitleList } from './commands';
import { HoldingsRuleViolation } from './holdings-rule-violation';
import { MAX_TITLES_PER_EVENT, MAX_TITLES_PER_PACKAGE } from './limits';
import { PackageTitle, TitleReference } from './package-title';
import { titleTableOf } from './title-table';
import { sameTitle } from './title-comparison';
import { TitleListEvent } from './title-list-events';
import { evolveTitleList, initialTitleList, TitleListState } from './title-list-state';

/** What recording a title list needs besides the time: the library's time zone (the default effective date is today there). */
export interface TitleListContext extends DecisionContext {
  readonly timeZone: string;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += MAX_TITLES_PER_EVENT) out.push(items.slice(at, at + MAX_TITLES_PER_EVENT));
  return out;
}

function effectiveDate(command: RecordTitleList, state: TitleListState, context: TitleListContext): string {
  const given = command.data.effectiveFrom?.trim();
  if (given !== undefined && given !== '' && !isCalendarDate(given)) {
    throw new HoldingsRuleViolation('invalid-effective-from', `effectiveFrom "${String(given).slice(0, 40)}" is not a date (YYYY-MM-DD)`);
  }
  const effectiveFrom = given || new LocalCalendar(context.timeZone).today(context.now.getTime());
  if (state.effectiveFrom !== undefined && effectiveFrom < state.effectiveFrom) {
    throw new HoldingsRuleViolation(
      'effective-from-before-current-version',
      `effectiveFrom ${effectiveFrom} is before ${state.effectiveFrom}, when version ${state.version} took effect; a new version takes effect on or after it`,
    );
  }
  return effectiveFrom;
}

/** What differs between the current list and the titles read: each list sorted by key, so the events are the same for the same inputs. */
function differences(titles: readonly PackageTitle[], state: TitleListState) {
  const added: PackageTitle[] = [];
  const revised: PackageTitle[] = [];
  const keys = new Set<string>();
  for (const title of titles) {
    if (keys.has(title.key))
      throw new HoldingsRuleViolation('duplicate-title-keys', `two titles have the key ${title.key}; each title's rows must be grouped into one`);
    keys.add(title.key);
    const current = state.titles.get(title.key);
    if (!current) added.push(title);
    else if (!sameTitle(current, title)) revised.push(title);
  }
  const removed: TitleReference[] = [];
  for (const [key, title] of state.titles) if (!keys.has(key)) removed.push({ key, publication_title: title.values.publication_title });
  return { added: added.sort(byKey), removed: removed.sort(byKey), revised: revised.sort(byKey) };
}

function decideTitleList(command: RecordTitleList, state: TitleListState, context: TitleListContext): TitleListEvent[] {
  const { titles, file, report, summary, strict, reason } = command.data;
  const resourceId = canonicalId(command.data.resourceId);
  if (strict && summary.rejected > 0) {
    throw new HoldingsRuleViolation(
      'rows-rejected',
      `${summary.rejected} of ${summary.rows} rows were rejected and the import is strict: nothing recorded; the row report lists each one`,
      { rejected: summary.rejected, report },
    );
  }
  if (titles.length === 0) throw new HoldingsRuleViolation('empty-title-list', 'the file holds no importable title: nothing recorded; the row report says why');
  if (titles.length > MAX_TITLES_PER_PACKAGE) {
    throw new HoldingsRuleViolation('too-many-titles', `the file holds ${titles.length} titles; a package's list may hold at most ${MAX_TITLES_PER_PACKAGE}`);
  }
  const effectiveFrom = effectiveDate(command, state, context);
  const { added, removed, revised } = differences(titles, state);
  const common = { resourceId, file, report, summary, strict, ...(reason !== undefined && reason.trim() !== '' && { reason: reason.trim() }) };
  if (added.length + removed.length + revised.length === 0) {
    return [{ type: 'TitleListFoundUnchanged', data: { ...common, version: state.version } }];
  }
  const version = state.version + 1;
  return [
    {
      type: 'TitleListImported',
      data: { ...common, version, effectiveFrom, changes: { added: added.length, removed: removed.length, revised: revised.length } },
    },
    ...chunks(added).map((part): TitleListEvent => ({ type: 'PackageTitlesAdded', data: { resourceId, titles: titleTableOf(part), version } })),
    ...chunks(removed).map((part): TitleListEvent => ({ type: 'PackageTitlesRemoved', data: { resourceId, titles: part, version } })),
    ...chunks(revised).map((part): TitleListEvent => ({ type: 'PackageTitlesRevised', data: { resourceId, titles: titleTableOf(part), version } })),
  ];
}

/**
 * A package's title list: each import is compared with the current version, and decides a new version with its
 * differences (TitleListImported first, then the titles added, removed and revised, in chunks of MAX_TITLES_PER_EVENT,
 * by key), or a record that the file was found unchanged, or a refusal.
 */
export const titleListDecider: Decider<RecordTitleList, TitleListState, TitleListEvent, TitleListContext> = {
  initialState: initialTitleList,
  decide: decideTitleList,
  evolve: evolveTitleList,
};
