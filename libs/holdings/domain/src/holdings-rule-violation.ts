import { RefusalKind, ruleViolationClass } from '@era/decider';

const KIND_OF_RULE = {
  /** Strict import of a file with rejected rows: the whole file is refused. */
  'rows-rejected': 'unprocessable',
  /** A file whose rows make no title at all. */
  'empty-title-list': 'unprocessable',
  'too-many-titles': 'unprocessable',
  /** Two titles of one command with the same key (the grouping makes keys unique; another caller might not). */
  'duplicate-title-keys': 'invalid',
  'invalid-effective-from': 'unprocessable',
  /** A new version may not take effect before the version it follows. */
  'effective-from-before-current-version': 'unprocessable',
  /** A header without the title or any identifier column: no row could become a title. */
  'header-not-importable': 'unprocessable',
  /** No header line at all (an empty file, or nothing but blank lines). */
  'no-header': 'unprocessable',
  'file-too-large': 'unprocessable',
  'package-not-found': 'not-found',
  /** An e-resource that is not an e-journal package or an e-book collection has no title list. */
  'not-a-package': 'unprocessable',
  /** One import per package at a time. */
  'import-running': 'conflict',
  'title-list-version-not-found': 'not-found',
  'title-list-job-not-found': 'not-found',
  /** An encoding the reader does not know (see KBART_ENCODINGS). */
  'unknown-encoding': 'invalid',
  'invalid-resource-id': 'invalid',
  'invalid-calendar-date': 'invalid',
  'reason-required': 'invalid',
  'reason-too-long': 'invalid',
  /** A selection that names no title at all. */
  'no-titles-selected': 'invalid',
  /** Identifiers or keys that name no title of the package (listed, up to 20). */
  'unknown-titles': 'unprocessable',
  /** Identifiers that name more than one title of the package. */
  'ambiguous-titles': 'unprocessable',
  /** Lines of an uploaded list that cannot be read as an identifier (too long, a KBART row without one). */
  'unreadable-identifier-list': 'unprocessable',
  'identifier-list-too-long': 'unprocessable',
  'overlapping-activation': 'unprocessable',
  'no-whole-package-activation': 'unprocessable',
  'deactivation-before-activation': 'unprocessable',
  'titles-not-active': 'unprocessable',
} as const satisfies Record<string, RefusalKind>;

export type HoldingsRule = keyof typeof KIND_OF_RULE;

export const HOLDINGS_RULES = Object.keys(KIND_OF_RULE) as readonly HoldingsRule[];

/** A holdings command the rules refuse. Nothing is appended when one is raised. */
export class HoldingsRuleViolation extends ruleViolationClass('HoldingsRuleViolation', KIND_OF_RULE) {}

/** At most this many offending identifiers or keys are named in a refusal (the count says how many there were). */
export const MAX_NAMED_IN_REFUSAL = 20;

/** A refusal naming what it is about: the first MAX_NAMED_IN_REFUSAL of them in the message and in `extensions`. */
export function refusalNaming(rule: HoldingsRule, what: string, names: readonly string[], field = 'titles'): HoldingsRuleViolation {
  const shown = names.slice(0, MAX_NAMED_IN_REFUSAL);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  return new HoldingsRuleViolation(rule, `${names.length} ${what}: ${shown.join(', ')}${more}; nothing was recorded`, {
    [field]: shown,
    count: names.length,
  });
}
