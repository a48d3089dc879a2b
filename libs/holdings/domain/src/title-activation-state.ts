import { Folded } from '@era/decider';
import { TitleActivationEvent } from './title-activation-events';
import { CalendarDate } from './title-list-events';

/** Days in force: from `from`, up to but not including `until` (absent: open-ended). Empty when until ≤ from. */
export interface ActivationPeriod {
  from: CalendarDate;
  until?: CalendarDate;
  reason: string;
  /** The reason of the deactivation that set `until`. */
  endReason?: string;
}

/** One title's own activations, and the days it is excluded from a whole-package activation. */
export interface TitleActivations {
  readonly own: ActivationPeriod[];
  readonly exclusions: ActivationPeriod[];
}

/** A package's activations as its stream says: enough to decide (the read side keeps its own bitemporal versions). */
export interface TitleActivationState {
  readonly wholePackage: readonly ActivationPeriod[];
  /** Owned by the fold, written in place (see evolveTitleActivations): a selection of 100,000 titles is not copied per event. */
  readonly titles: ReadonlyMap<string, TitleActivations>;
}

const NO_TITLES: ReadonlyMap<string, TitleActivations> = new Map();

export const initialTitleActivations: TitleActivationState = { wholePackage: [], titles: NO_TITLES };

export const inForceOn = (period: ActivationPeriod, day: CalendarDate) => period.from <= day && (period.until === undefined || day < period.until);
export const isOpen = (period: ActivationPeriod) => period.until === undefined;
/** In force on `day` or on any later day. */
const reachesPast = (period: ActivationPeriod, day: CalendarDate) => period.until === undefined || period.until > day;

/** Whether the title (if the list holds it) is active on `day`: its own activation, or the whole package's without an exclusion. */
export function isTitleActiveOn(state: TitleActivationState, key: string, day: CalendarDate): boolean {
  const title = state.titles.get(key);
  if (title?.own.some((period) => inForceOn(period, day))) return true;
  return state.wholePackage.some((period) => inForceOn(period, day)) && !title?.exclusions.some((period) => inForceOn(period, day));
}

function ownTitles(state: TitleActivationState): Map<string, TitleActivations> {
  return state.titles === NO_TITLES ? new Map() : (state.titles as Map<string, TitleActivations>);
}

function titleIn(titles: Map<string, TitleActivations>, key: string): TitleActivations {
  let title = titles.get(key);
  if (title === undefined) titles.set(key, (title = { own: [], exclusions: [] }));
  return title;
}

function end(period: ActivationPeriod, day: CalendarDate, reason: string): void {
  period.until = day;
  period.endReason = reason;
}

/**
 * Folds one event. Periods and the title map are written in place: a fold starts from `initialTitleActivations`,
 * whose empty map is replaced before the first write, and its periods are created by the fold itself.
 */
export function evolveTitleActivations(state: TitleActivationState, event: Folded<TitleActivationEvent>): TitleActivationState {
  switch (event.type) {
    case 'WholePackageActivated':
      return { ...state, wholePackage: [...state.wholePackage, { from: event.data.effectiveFrom, reason: event.data.reason }] };
    case 'WholePackageDeactivated': {
      const { effectiveOn, reason } = event.data;
      const wholePackage = state.wholePackage.map((period) => (isOpen(period) ? { ...period, until: effectiveOn, endReason: reason } : period));
      // Every title-level activation ends with it, and so does every exclusion: a later whole-package activation is of every title.
      for (const title of state.titles.values()) {
        for (const period of [...title.own, ...title.exclusions]) if (isOpen(period)) end(period, effectiveOn, reason);
      }
      return { ...state, wholePackage };
    }
    case 'PackageTitlesActivated': {
      const titles = ownTitles(state);
      const { effectiveFrom, reason } = event.data;
      for (const { key } of event.data.titles) {
        const title = titleIn(titles, key);
        for (const exclusion of title.exclusions) if (isOpen(exclusion)) end(exclusion, effectiveFrom, reason);
        title.own.push({ from: effectiveFrom, reason });
      }
      return titles === state.titles ? state : { ...state, titles };
    }
    case 'PackageTitlesDeactivated': {
      const titles = ownTitles(state);
      const { effectiveOn, reason } = event.data;
      const underWholePackage = state.wholePackage.some((period) => reachesPast(period, effectiveOn));
      for (const { key } of event.data.titles) {
        const title = titleIn(titles, key);
        for (const period of title.own) if (reachesPast(period, effectiveOn)) end(period, effectiveOn, reason);
        if (underWholePackage && !title.exclusions.some((period) => inForceOn(period, effectiveOn))) title.exclusions.push({ from: effectiveOn, reason });
      }
      return titles === state.titles ? state : { ...state, titles };
    }
  }
}
