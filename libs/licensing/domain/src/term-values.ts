/**
 * The kinds of value a licence term takes (FOLIO licence terms / ERMI). `choice` picks one of the options its term
 * definition lists (FOLIO's own pick lists that are neither the permission scale nor yes/no/other).
 */
export const TERM_VALUE_TYPES = ['permission', 'yes-no-other', 'integer', 'decimal', 'boolean', 'text', 'url', 'date', 'duration', 'choice'] as const;
export type TermValueType = (typeof TERM_VALUE_TYPES)[number];

/** The permission scale, in the order a librarian reads it. */
export const PERMISSION_SCALE = [
  'permitted-explicit',
  'permitted-explicit-under-conditions',
  'permitted-interpreted',
  'prohibited-explicit',
  'prohibited-interpreted',
  'silent',
  'not-applicable',
] as const;
export type Permission = (typeof PERMISSION_SCALE)[number];

export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = {
  'permitted-explicit': 'Permitted (explicit)',
  'permitted-explicit-under-conditions': 'Permitted (explicit) under conditions',
  'permitted-interpreted': 'Permitted (interpreted)',
  'prohibited-explicit': 'Prohibited (explicit)',
  'prohibited-interpreted': 'Prohibited (interpreted)',
  silent: 'Silent/unmentioned',
  'not-applicable': 'Not applicable',
};

export const YES_NO_OTHER = ['yes', 'no', 'other'] as const;
export type YesNoOther = (typeof YES_NO_OTHER)[number];

/**
 * permission / yes-no-other / text / url / date (YYYY-MM-DD) / duration (ISO-8601, e.g. P90D) / choice (an option's
 * value) are strings; integer and decimal are numbers; boolean is true or false.
 */
export type TermValueContent = string | number | boolean;

/** One term's value in one licence version, with the notes that travel with it. */
export interface TermValue {
  /** Absent only when a note carries the meaning (FOLIO's empty value explained in its note). */
  value?: TermValueContent;
  /**
   * FOLIO's "internal": the whole value (content and both notes) is for licence staff only. It never reaches the
   * student role, the desk's public answers, the public A-Z or any public field; staff views show it marked.
   */
  internal?: boolean;
  /** For staff only: never shown to patrons or student assistants. */
  internalNote?: string;
  /** What the desk may tell a patron (unless the value is internal). */
  publicNote?: string;
}

/** A term's entry in a version: one value, or (for a term whose definition allows several) an array of them, in order. */
export type TermEntry = TermValue | readonly TermValue[];

/** Term values of one version, by term key. */
export type TermValues = Readonly<Record<string, TermEntry>>;

/** Every value of an entry, in order: one for a single-valued term. */
export const valuesOf = (entry: TermEntry): readonly TermValue[] => (Array.isArray(entry) ? entry : [entry as TermValue]);

export const MAX_TEXT_VALUE_LENGTH = 4000;
export const MAX_NOTE_LENGTH = 4000;
