import { Money } from '../money';

/**
 * FOLIO's six automated patron block conditions (mod-patron-blocks `Condition.java`), keyed as ERA stores them.
 * Each has limits per patron group; a limit is a count (or days) except the balance, which is money.
 */
export const BLOCK_CONDITIONS = [
  'maxNumberOfItemsChargedOut',
  'maxNumberOfLostItems',
  'maxNumberOfOverdueItems',
  'maxNumberOfOverdueRecalls',
  'recallOverdueByMaximumNumberOfDays',
  'maxOutstandingFeeFineBalance',
] as const;
export type BlockCondition = (typeof BLOCK_CONDITIONS)[number];

/** The names staff know from FOLIO's settings page. */
export const BLOCK_CONDITION_NAMES: Readonly<Record<BlockCondition, string>> = {
  maxNumberOfItemsChargedOut: 'Maximum number of items charged out',
  maxNumberOfLostItems: 'Maximum number of lost items',
  maxNumberOfOverdueItems: 'Maximum number of overdue items',
  maxNumberOfOverdueRecalls: 'Maximum number of overdue recalls',
  recallOverdueByMaximumNumberOfDays: 'Recall overdue by maximum number of days',
  maxOutstandingFeeFineBalance: 'Maximum outstanding fee/fine balance',
};

export const isBlockCondition = (value: unknown): value is BlockCondition =>
  typeof value === 'string' && (BLOCK_CONDITIONS as readonly string[]).includes(value);

/** The only condition whose limit is money; every other limit is a whole count (of items, or of days). */
export const isBalanceCondition = (condition: BlockCondition): condition is 'maxOutstandingFeeFineBalance' => condition === 'maxOutstandingFeeFineBalance';

/** A limit as set for one patron group: a count, or money for the balance condition. */
export type BlockLimitValue = number | Money;

/** The actions a block can refuse, as FOLIO's flags name them (blockBorrowing, blockRenewals, blockRequests). */
export const BLOCKED_ACTIONS = ['borrowing', 'renewals', 'requests'] as const;
export type BlockedAction = (typeof BLOCKED_ACTIONS)[number];

/** Which actions a block refuses. */
export interface BlockFlags {
  readonly blockBorrowing: boolean;
  readonly blockRenewals: boolean;
  readonly blockRequests: boolean;
}

export const FLAG_OF_ACTION: Readonly<Record<BlockedAction, keyof BlockFlags>> = {
  borrowing: 'blockBorrowing',
  renewals: 'blockRenewals',
  requests: 'blockRequests',
};

export const blocksAnything = (flags: BlockFlags): boolean => flags.blockBorrowing || flags.blockRenewals || flags.blockRequests;
