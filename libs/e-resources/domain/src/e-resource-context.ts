import { DecisionContext } from '@era/decider';

/** What an e-resource decision needs besides the command and the resource: the time, and the library's time zone for "today". */
export type EResourceContext = DecisionContext & {
  /** IANA zone (LIBRARY_TIMEZONE) in which a trial's end date is compared with today; UTC when absent. */
  readonly timeZone?: string;
  /**
   * The keys a resource's type and subjects may be chosen from now (deprecated terms excluded). Absent: not checked
   * (unit tests of other rules).
   */
  readonly vocabulary?: ResourceVocabularyKeys;
  /** Which of the platform and vendor ids the command names are in the register. Absent: not checked. */
  readonly register?: RegisteredReferences;
};

export interface RegisteredReferences {
  readonly platforms: ReadonlySet<string>;
  readonly organisations: ReadonlySet<string>;
}

export interface ResourceVocabularyKeys {
  readonly resourceTypes: ReadonlySet<string>;
  readonly subjects: ReadonlySet<string>;
}
