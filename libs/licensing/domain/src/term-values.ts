/** The kinds of value a licence term takes (FOLIO licence terms / ERMI). */
export const TERM_VALUE_TYPES = ['permission', 'yes-no-other', 'integer', 'text', 'date', 'duration'] as const;
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

/** permission / yes-no-other / text / date (YYYY-MM-DD) / duration (ISO-8601, e.g. P90D) are strings; integer is a number. */
export type TermValueContent = string | number;

/** One term's value in one licence version, with the notes that travel with it. */
export interface TermValue {
  value: TermValueContent;
  /** For staff only: never shown to patrons or student assistants. */
  internalNote?: string;
  /** What the desk may tell a patron. */
  publicNote?: string;
}

/** Term values of one version, by term key. */
export type TermValues = Readonly<Record<string, TermValue>>;

export const MAX_TEXT_VALUE_LENGTH = 4000;
export const MAX_NOTE_LENGTH = 4000;
