import { DomainEvent } from '@era/decider';
import { BlockCondition, BlockFlags, BlockLimitValue } from './block-conditions';

/** The one stream that holds the automated conditions and their limits per patron group. */
export const BLOCK_CONDITIONS_STREAM = 'circulation-block-conditions';

/** A condition's flags and message as configured (FOLIO: PUT /patron-block-conditions/{id}); an empty message with no flag set. */
export interface PatronBlockConditionConfigured extends BlockFlags {
  readonly condition: BlockCondition;
  readonly message: string;
}

/** A patron group's limit for a condition (FOLIO patron-block-limit {patronGroupId, conditionId, value}). */
export interface PatronBlockLimitSet {
  readonly patronGroup: string;
  readonly condition: BlockCondition;
  readonly value: BlockLimitValue;
}

/** A patron group's limit for a condition taken away: the condition no longer blocks that group. */
export interface PatronBlockLimitRemoved {
  readonly patronGroup: string;
  readonly condition: BlockCondition;
}

export type BlockConditionsEvent =
  | DomainEvent<'PatronBlockConditionConfigured', PatronBlockConditionConfigured>
  | DomainEvent<'PatronBlockLimitSet', PatronBlockLimitSet>
  | DomainEvent<'PatronBlockLimitRemoved', PatronBlockLimitRemoved>;
