import { ImportedFrom } from '@era/decider';
import {
  AmendmentEffect,
  LicenceCommand,
  LicenceLifecycle,
  LicenceList,
  LicenceListCommand,
  LicenceListsState,
  LicenceState,
  TermDefinition,
  VocabularyCommand,
  VocabularyState,
} from '@era/licensing-domain';

/**
 * The contract between FOLIO's licence JSON and the ledger, both ways. Pure: the import's wiring (CLI, HTTP) reads the
 * file, asks for a plan per record, and sends each step through the same command path as the API; the export's
 * wiring folds the licences and asks for their FOLIO form.
 */

/** Which stream a step's command goes to. */
export type FolioImportStep =
  | { stream: 'vocabulary'; command: VocabularyCommand; imported: ImportedFrom }
  | { stream: 'lists'; command: LicenceListCommand; imported: ImportedFrom }
  | { stream: 'licence'; licenceId: string; command: LicenceCommand; imported: ImportedFrom };

/** What happened to one value of the source record: every value is reported, none is dropped silently. */
export type FolioReportOutcome = 'mapped' | 'defined' | 'unchanged' | 'corrected' | 'refused';

export interface FolioReportLine {
  /** The FOLIO licence's id and name. */
  sourceId: string;
  licenceName: string;
  /** Where in the source record, e.g. `customProperties.remoteAccess[0]`, `amendments[1].docs[0]`, `orgs[2]`. */
  path: string;
  outcome: FolioReportOutcome;
  /** In words: what it became (term key and value), or why it was refused. */
  detail: string;
}

export interface FolioLicencePlan {
  sourceId: string;
  licenceId: string;
  licenceName: string;
  /** In order; empty when the ledger already holds the record as it is (a re-import). */
  steps: FolioImportStep[];
  report: FolioReportLine[];
}

/**
 * What the ledger holds now, so that a plan records only what is new or changed: the licence's stream folded, and the
 * vocabulary and lists as decisions see them (their defaults while the log holds none).
 */
export interface LedgerNow {
  licence: LicenceState;
  vocabulary: VocabularyState;
  lists: LicenceListsState;
}

/** A term the import defines when the vocabulary lacks it: a term definition less its key. */
export type FolioTermDefinition = Omit<TermDefinition, 'key'>;

/**
 * One FOLIO term name mapped to a term key, with value translations where FOLIO's pick list differs from the term's.
 * Every value a mapping produces must map back to exactly one FOLIO value (the export inverts it): two FOLIO values
 * never share a term value, and two FOLIO names never share a term key.
 */
export interface FolioTermMappingEntry {
  folioName: string;
  termKey: string;
  /** FOLIO refdata value (FOLIO's normalised form, e.g. `other_(see_notes)`) → the term's value (remoteAccess yes → prohibited-explicit). */
  values?: Readonly<Record<string, string>>;
  /** Defined by the import when the vocabulary lacks `termKey` (FOLIO terms with no default here). */
  define?: FolioTermDefinition;
  /**
   * FOLIO values `values` does not translate: kept as FOLIO has them under this term, which the import defines (so
   * walkInAccess "Other (see notes)" is neither guessed into a permission nor lost). Without it, such a value is refused.
   */
  otherwise?: { termKey: string; define: FolioTermDefinition };
}

export interface FolioTermMapping {
  terms: readonly FolioTermMappingEntry[];
  /**
   * FOLIO refdata value → list key, by list, where the key is not FOLIO's value in kebab-case (FOLIO's document type
   * `license` is our `licence`). Every other FOLIO value becomes its kebab-case key (`in_negotiation` → in-negotiation).
   */
  listKeys?: Readonly<Partial<Record<LicenceList, Readonly<Record<string, string>>>>>;
  /** FOLIO licence status value → the lifecycle of the status the import defines for it (legacy `current` → active). */
  statusLifecycles?: Readonly<Record<string, LicenceLifecycle>>;
  /** FOLIO amendment status value → what the status means for the amendment rule, for statuses the import defines. */
  amendmentStatusEffects?: Readonly<Record<string, AmendmentEffect>>;
}

/** The FOLIO licence record as FOLIO's /licenses/licenses API returns it; checked and read by the planner. */
export type FolioLicenceJson = Readonly<Record<string, unknown>>;
