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
} as const satisfies Record<string, RefusalKind>;

export type HoldingsRule = keyof typeof KIND_OF_RULE;

export const HOLDINGS_RULES = Object.keys(KIND_OF_RULE) as readonly HoldingsRule[];

/** A holdings command the rules refuse. Nothing is appended when one is raised. */
export class HoldingsRuleViolation extends ruleViolationClass('HoldingsRuleViolation', KIND_OF_RULE) {}
