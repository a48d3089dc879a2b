import { Decider, Folded } from '@era/decider';
import { isCurrency, isMinorUnits, Money, money } from '../money';
import { BLOCK_CONDITIONS, BlockCondition, BlockFlags, BlockLimitValue, blocksAnything, isBalanceCondition, isBlockCondition } from './block-conditions';
import { BlockConditionsCommand } from './block-conditions-commands';
import { BlockConditionsEvent, PatronBlockConditionConfigured } from './block-conditions-events';
import { BlocksRuleViolation } from './blocks-rule-violation';

export const MAX_BLOCK_MESSAGE_LENGTH = 1000;
export const MAX_PATRON_GROUP_LENGTH = 100;

export type BlockConditionSettings = BlockFlags & { readonly message: string };

/** A patron group's limits; a condition without a limit never blocks that group. */
export type BlockLimits = Readonly<Partial<Record<BlockCondition, BlockLimitValue>>>;

export interface BlockConditionsState {
  readonly conditions: Readonly<Record<BlockCondition, BlockConditionSettings>>;
  readonly limits: Readonly<Record<string, BlockLimits>>;
}

/** As FOLIO seeds them: every condition present, no flag set, no message, no limit. */
export const initialBlockConditions: BlockConditionsState = {
  conditions: Object.fromEntries(
    BLOCK_CONDITIONS.map((condition) => [condition, { blockBorrowing: false, blockRenewals: false, blockRequests: false, message: '' }]),
  ) as Record<BlockCondition, BlockConditionSettings>,
  limits: {},
};

/** The limits for a borrower's patron group (none when the group has none). */
export const limitsFor = (state: BlockConditionsState, patronGroup: string): BlockLimits =>
  Object.hasOwn(state.limits, patronGroup) ? state.limits[patronGroup] : {};

function requireCondition(condition: unknown): BlockCondition {
  if (!isBlockCondition(condition)) {
    throw new BlocksRuleViolation('unknown-block-condition', `${JSON.stringify(condition)} is no block condition (conditions: ${BLOCK_CONDITIONS.join(', ')})`);
  }
  return condition;
}

function requirePatronGroup(patronGroup: unknown): string {
  const trimmed = typeof patronGroup === 'string' ? patronGroup.trim() : '';
  if (!trimmed) throw new BlocksRuleViolation('invalid-patron-group', 'a block limit needs a patron group');
  if (trimmed.length > MAX_PATRON_GROUP_LENGTH)
    throw new BlocksRuleViolation('invalid-patron-group', `a patron group has at most ${MAX_PATRON_GROUP_LENGTH} characters`);
  return trimmed;
}

function requireLimit(condition: BlockCondition, value: unknown): BlockLimitValue {
  if (isBalanceCondition(condition)) {
    const limit = value as Partial<Money> | null;
    if (typeof limit !== 'object' || limit === null || !isMinorUnits(limit.minor) || limit.minor < 0 || !isCurrency(limit.currency)) {
      throw new BlocksRuleViolation('invalid-block-limit', 'the balance limit is money: whole, non-negative minor units and an ISO 4217 currency');
    }
    return money(limit.minor, limit.currency);
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new BlocksRuleViolation('invalid-block-limit', `the limit of "${condition}" is a whole number of zero or more`);
  }
  return value;
}

/** FOLIO's rule (PatronBlockConditionsAPI): a flag needs a message to show, and a message needs a flag to show it. */
function configurationOf({ data }: Extract<BlockConditionsCommand, { type: 'ConfigureBlockCondition' }>): PatronBlockConditionConfigured {
  const condition = requireCondition(data.condition);
  const flags: BlockFlags = {
    blockBorrowing: data.blockBorrowing === true,
    blockRenewals: data.blockRenewals === true,
    blockRequests: data.blockRequests === true,
  };
  const message = typeof data.message === 'string' ? data.message.trim() : '';
  if (message.length > MAX_BLOCK_MESSAGE_LENGTH)
    throw new BlocksRuleViolation('text-too-long', `a block message has at most ${MAX_BLOCK_MESSAGE_LENGTH} characters`);
  if (blocksAnything(flags) && !message)
    throw new BlocksRuleViolation('block-message-required', 'a condition that blocks borrowing, renewals or requests needs a message');
  if (!blocksAnything(flags) && message)
    throw new BlocksRuleViolation('block-message-without-flag', 'a message needs the condition to block borrowing, renewals or requests');
  return { condition, ...flags, message };
}

const sameLimit = (a: BlockLimitValue | undefined, b: BlockLimitValue): boolean => JSON.stringify(a) === JSON.stringify(b);

function decide(command: BlockConditionsCommand, state: BlockConditionsState): BlockConditionsEvent[] {
  switch (command.type) {
    case 'ConfigureBlockCondition': {
      const configured = configurationOf(command);
      const current = state.conditions[configured.condition];
      const unchanged = (['blockBorrowing', 'blockRenewals', 'blockRequests', 'message'] as const).every((key) => current[key] === configured[key]);
      return unchanged ? [] : [{ type: 'PatronBlockConditionConfigured', data: configured }];
    }
    case 'SetBlockLimit': {
      const patronGroup = requirePatronGroup(command.data.patronGroup);
      const condition = requireCondition(command.data.condition);
      const value = requireLimit(condition, command.data.value);
      if (sameLimit(limitsFor(state, patronGroup)[condition], value)) return [];
      return [{ type: 'PatronBlockLimitSet', data: { patronGroup, condition, value } }];
    }
    case 'RemoveBlockLimit': {
      const patronGroup = requirePatronGroup(command.data.patronGroup);
      const condition = requireCondition(command.data.condition);
      if (limitsFor(state, patronGroup)[condition] === undefined) {
        throw new BlocksRuleViolation('block-limit-not-found', `patron group "${patronGroup}" has no limit for "${condition}"`);
      }
      return [{ type: 'PatronBlockLimitRemoved', data: { patronGroup, condition } }];
    }
  }
}

export function evolveBlockConditions(state: BlockConditionsState, event: Folded<BlockConditionsEvent>): BlockConditionsState {
  switch (event.type) {
    case 'PatronBlockConditionConfigured': {
      const { condition, blockBorrowing, blockRenewals, blockRequests, message } = event.data;
      return { ...state, conditions: { ...state.conditions, [condition]: { blockBorrowing, blockRenewals, blockRequests, message } } };
    }
    case 'PatronBlockLimitSet': {
      const { patronGroup, condition, value } = event.data;
      return { ...state, limits: { ...state.limits, [patronGroup]: { ...limitsFor(state, patronGroup), [condition]: value } } };
    }
    case 'PatronBlockLimitRemoved': {
      const { patronGroup, condition } = event.data;
      const { [condition]: _removed, ...rest } = limitsFor(state, patronGroup);
      return { ...state, limits: { ...state.limits, [patronGroup]: rest } };
    }
  }
}

/**
 * The automated block configuration (stream `circulation-block-conditions`): the six conditions' flags and messages,
 * and each patron group's limits. Setting what is already set decides nothing.
 */
export const blockConditionsDecider: Decider<BlockConditionsCommand, BlockConditionsState, BlockConditionsEvent> = {
  initialState: initialBlockConditions,
  decide,
  evolve: evolveBlockConditions,
};
