import { DecisionContext, Decider } from '@era/decider';
import {
  ActivatePackageTitles,
  ActivateWholePackage,
  DeactivatePackageTitles,
  DeactivateWholePackage,
  TitleActivationCommand,
  TitleSelection,
} from './commands';
import { HoldingsRuleViolation, refusalNaming } from './holdings-rule-violation';
import { MAX_KEYS_PER_EVENT } from './limits';
import { TitleReference } from './package-title';
import { TitleActivationEvent, UploadedSelection } from './title-activation-events';
import { evolveTitleActivations, inForceOn, initialTitleActivations, isOpen, isTitleActiveOn, TitleActivationState } from './title-activation-state';
import { requireActivationReason, requireDay, requirePackageId } from './title-activation-input';
import { CalendarDate } from './title-list-events';
import { TitleListState } from './title-list-state';

/** A title of the package's current list by its key (undefined: the list does not hold it). */
export type TitleLookup = (key: string) => TitleReference | undefined;

/** What a title activation needs besides the command and the stream: the package's current titles, read by the handler. */
export interface TitleActivationContext extends DecisionContext {
  readonly timeZone?: string;
  readonly titles: TitleLookup;
}

function decideActivateWholePackage({ data }: ActivateWholePackage, state: TitleActivationState): TitleActivationEvent[] {
  const resourceId = requirePackageId(data.resourceId);
  const effectiveFrom = requireDay(data.effectiveFrom, 'effectiveFrom');
  const reason = requireActivationReason(data.reason);
  const same = state.wholePackage.find((period) => isOpen(period) && period.from === effectiveFrom && period.reason === reason);
  if (same) return [];
  // The new activation is open-ended: any earlier one that has not ended by effectiveFrom overlaps it.
  const overlapping = state.wholePackage.find(
    (period) => (period.until === undefined || period.until > effectiveFrom) && (period.until ?? '9999-12-31') > period.from,
  );
  if (overlapping) {
    const until = overlapping.until === undefined ? 'open-ended' : `until ${overlapping.until}`;
    throw new HoldingsRuleViolation(
      'overlapping-activation',
      `the whole package is already activated from ${overlapping.from} (${until}); deactivate it before activating it again from ${effectiveFrom}`,
    );
  }
  return [{ type: 'WholePackageActivated', data: { resourceId, effectiveFrom, reason } }];
}

function decideDeactivateWholePackage({ data }: DeactivateWholePackage, state: TitleActivationState): TitleActivationEvent[] {
  const resourceId = requirePackageId(data.resourceId);
  const effectiveOn = requireDay(data.effectiveOn, 'effectiveOn');
  const reason = requireActivationReason(data.reason);
  const open = state.wholePackage.find(isOpen);
  if (open === undefined) {
    const last = state.wholePackage.at(-1);
    if (last?.until === effectiveOn && last.endReason === reason) return [];
    throw new HoldingsRuleViolation('no-whole-package-activation', 'no whole-package activation is in force to deactivate');
  }
  if (effectiveOn < open.from) {
    throw new HoldingsRuleViolation(
      'deactivation-before-activation',
      `effectiveOn ${effectiveOn} is before the whole-package activation takes effect (${open.from})`,
    );
  }
  return [{ type: 'WholePackageDeactivated', data: { resourceId, effectiveOn, reason } }];
}

/** The selection's keys, each once, sorted (so that the events' parts are the same for the same selection); unknown ones refused. */
function selectedTitles(selection: TitleSelection, titles: TitleLookup): TitleReference[] {
  const keys = [...new Set(selection.keys)].sort();
  if (keys.length === 0) throw new HoldingsRuleViolation('no-titles-selected', 'the selection names no title');
  const unknown = keys.filter((key) => titles(key) === undefined);
  if (unknown.length > 0) throw refusalNaming('unknown-titles', 'titles are not in the package’s current title list', unknown, 'unknown');
  return keys.map((key) => titles(key) as TitleReference);
}

/** Several events of at most MAX_KEYS_PER_EVENT titles each, each naming its part of the uploaded list. */
function inParts<E extends TitleActivationEvent>(
  titles: readonly TitleReference[],
  selection: TitleSelection,
  event: (part: TitleReference[], upload?: UploadedSelection) => E,
): E[] {
  const parts = Math.ceil(titles.length / MAX_KEYS_PER_EVENT);
  return Array.from({ length: parts }, (_, index) => {
    const part = titles.slice(index * MAX_KEYS_PER_EVENT, (index + 1) * MAX_KEYS_PER_EVENT);
    return event(part, selection.upload && { list: selection.upload.list, part: index + 1, parts });
  });
}

function decideActivateTitles({ data }: ActivatePackageTitles, state: TitleActivationState, context: TitleActivationContext): TitleActivationEvent[] {
  const resourceId = requirePackageId(data.resourceId);
  const effectiveFrom = requireDay(data.effectiveFrom, 'effectiveFrom');
  const reason = requireActivationReason(data.reason);
  // A title already active by its own activation from effectiveFrom or earlier gains nothing (a retry among them).
  const alreadyActive = (key: string) => state.titles.get(key)?.own.some((period) => isOpen(period) && period.from <= effectiveFrom) ?? false;
  const titles = selectedTitles(data.selection, context.titles).filter((title) => !alreadyActive(title.key));
  return inParts(titles, data.selection, (part, upload) => ({
    type: 'PackageTitlesActivated',
    data: { resourceId, effectiveFrom, reason, titles: part, ...(upload && { upload }) },
  }));
}

function decideDeactivateTitles({ data }: DeactivatePackageTitles, state: TitleActivationState, context: TitleActivationContext): TitleActivationEvent[] {
  const resourceId = requirePackageId(data.resourceId);
  const effectiveOn = requireDay(data.effectiveOn, 'effectiveOn');
  const reason = requireActivationReason(data.reason);
  const titles = selectedTitles(data.selection, context.titles).filter((title) => !alreadyDeactivated(state, title.key, effectiveOn, reason));
  const beforeActivation = titles.filter(({ key }) => !isTitleActiveOn(state, key, effectiveOn) && startsAfter(state, key, effectiveOn));
  if (beforeActivation.length > 0) {
    throw refusalNaming('deactivation-before-activation', `titles are activated only from after ${effectiveOn}`, keysOf(beforeActivation));
  }
  const inactive = titles.filter(({ key }) => !isTitleActiveOn(state, key, effectiveOn));
  if (inactive.length > 0) throw refusalNaming('titles-not-active', `titles are not active on ${effectiveOn}`, keysOf(inactive));
  return inParts(titles, data.selection, (part, upload) => ({
    type: 'PackageTitlesDeactivated',
    data: { resourceId, effectiveOn, reason, titles: part, ...(upload && { upload }) },
  }));
}

const keysOf = (titles: readonly TitleReference[]) => titles.map((title) => title.key);

/** The same deactivation recorded already (a retry): its own activation ended, or its exclusion begun, that day for that reason. */
function alreadyDeactivated(state: TitleActivationState, key: string, effectiveOn: CalendarDate, reason: string): boolean {
  const title = state.titles.get(key);
  if (title === undefined || isTitleActiveOn(state, key, effectiveOn)) return false;
  return (
    title.own.some((period) => period.until === effectiveOn && period.endReason === reason) ||
    title.exclusions.some((period) => period.from === effectiveOn && period.reason === reason && inForceOn(period, effectiveOn))
  );
}

const startsAfter = (state: TitleActivationState, key: string, day: CalendarDate) =>
  state.titles.get(key)?.own.some((period) => isOpen(period) && period.from > day) ?? false;

function decide(command: TitleActivationCommand, state: TitleActivationState, context: TitleActivationContext): readonly TitleActivationEvent[] {
  switch (command.type) {
    case 'ActivateWholePackage':
      return decideActivateWholePackage(command, state);
    case 'DeactivateWholePackage':
      return decideDeactivateWholePackage(command, state);
    case 'ActivatePackageTitles':
      return decideActivateTitles(command, state, context);
    case 'DeactivatePackageTitles':
      return decideDeactivateTitles(command, state, context);
  }
}

/**
 * Which titles of one package the library has activated, and when: the whole package, or titles one by one, with
 * deactivations of either. One stream per package (`titleActivationStream`).
 */
export const titleActivationDecider: Decider<TitleActivationCommand, TitleActivationState, TitleActivationEvent, TitleActivationContext> = {
  initialState: initialTitleActivations,
  decide,
  evolve: evolveTitleActivations,
};

/** The lookup a decision needs, over the package's list as folded from its stream. */
export function titleLookupOf(list: TitleListState): TitleLookup {
  return (key) => {
    const title = list.titles.get(key);
    return title && { key: title.key, publication_title: title.values.publication_title };
  };
}
