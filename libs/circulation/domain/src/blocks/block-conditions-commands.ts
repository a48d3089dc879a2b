import { Command } from '@era/decider';
import { BlockLimitValue } from './block-conditions';

/** Set a condition's three flags and its message (what the patron and the desk see when it blocks). */
export type ConfigureBlockCondition = Command<
  'ConfigureBlockCondition',
  { condition: string; blockBorrowing: boolean; blockRenewals: boolean; blockRequests: boolean; message?: string }
>;

/** Set a patron group's limit for a condition: a count, or money (minor units and currency) for the balance. */
export type SetBlockLimit = Command<'SetBlockLimit', { patronGroup: string; condition: string; value: BlockLimitValue }>;

export type RemoveBlockLimit = Command<'RemoveBlockLimit', { patronGroup: string; condition: string }>;

export type BlockConditionsCommand = ConfigureBlockCondition | SetBlockLimit | RemoveBlockLimit;
