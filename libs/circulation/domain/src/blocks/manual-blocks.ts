import { canonicalId, Command, DecisionContext, Decider, Folded } from '@era/decider';
import { isCalendarDate } from '@era/calendar';
import { blocksAnything } from './block-conditions';
import { BlocksRuleViolation } from './blocks-rule-violation';
import { ManualBlockEvent, ManualBlockPlaced } from './manual-block-events';

export const MAX_MANUAL_BLOCK_TEXT_LENGTH = 1000;

export type PlaceManualBlock = Command<
  'PlaceManualBlock',
  {
    blockId: string;
    borrowerId: string;
    description: string;
    blockBorrowing: boolean;
    blockRenewals: boolean;
    blockRequests: boolean;
    expirationDate?: string;
    patronMessage?: string;
    staffInformation?: string;
  }
>;
export type RemoveManualBlock = Command<'RemoveManualBlock', { blockId: string; reason: string }>;
export type ManualBlockCommand = PlaceManualBlock | RemoveManualBlock;

/** Manual-block decisions need today's date in the library's zone (an expiry date already past is refused). */
export interface ManualBlocksContext extends DecisionContext {
  /** YYYY-MM-DD, the library's local date now. */
  readonly today: string;
}

export interface ManualBlock extends ManualBlockPlaced {
  /** Present once removed: why. */
  readonly removedBecause?: string;
}

export interface ManualBlocksState {
  readonly blocks: Readonly<Record<string, ManualBlock>>;
}

export const initialManualBlocks: ManualBlocksState = { blocks: {} };

/** Whether a manual block refuses anything on that day: placed, not removed, and not past its expiration date. */
export const isManualBlockInForce = (block: ManualBlock, today: string): boolean =>
  block.removedBecause === undefined && (block.expirationDate === undefined || today <= block.expirationDate);

/** The borrower's manual blocks in force on a day, in the order placed. */
export const manualBlocksInForce = (state: ManualBlocksState, today: string): readonly ManualBlock[] =>
  Object.values(state.blocks).filter((block) => isManualBlockInForce(block, today));

function optionalText(value: unknown, what: string): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > MAX_MANUAL_BLOCK_TEXT_LENGTH)
    throw new BlocksRuleViolation('text-too-long', `${what} has at most ${MAX_MANUAL_BLOCK_TEXT_LENGTH} characters`);
  return trimmed || undefined;
}

function requiredText(value: unknown, what: string): string {
  const trimmed = optionalText(value, what);
  if (trimmed === undefined) throw new BlocksRuleViolation('field-required', `${what} is required`);
  return trimmed;
}

function placementOf({ data }: PlaceManualBlock): ManualBlockPlaced {
  const blockId = requiredText(data.blockId, 'a manual block id');
  const borrowerId = requiredText(data.borrowerId, 'the borrower');
  const description = requiredText(data.description, 'a manual block description');
  const flags = { blockBorrowing: data.blockBorrowing === true, blockRenewals: data.blockRenewals === true, blockRequests: data.blockRequests === true };
  if (!blocksAnything(flags))
    throw new BlocksRuleViolation('manual-block-flag-required', 'a manual block blocks borrowing, renewals or requests (at least one)');
  const expirationDate = data.expirationDate === undefined || data.expirationDate === null ? undefined : data.expirationDate;
  if (expirationDate !== undefined) {
    if (!isCalendarDate(expirationDate)) {
      throw new BlocksRuleViolation('invalid-calendar-date', `an expiration date is a real calendar date YYYY-MM-DD, got ${JSON.stringify(expirationDate)}`);
    }
  }
  const patronMessage = optionalText(data.patronMessage, 'a patron message');
  const staffInformation = optionalText(data.staffInformation, 'staff information');
  return {
    blockId: canonicalId(blockId),
    borrowerId: canonicalId(borrowerId),
    description,
    ...flags,
    ...(expirationDate !== undefined && { expirationDate }),
    ...(patronMessage !== undefined && { patronMessage }),
    ...(staffInformation !== undefined && { staffInformation }),
  };
}

const samePlacement = (stored: ManualBlock, placed: ManualBlockPlaced): boolean => {
  const { removedBecause: _removed, ...details } = stored;
  return JSON.stringify(Object.entries(details).sort()) === JSON.stringify(Object.entries(placed).sort());
};

function decide(command: ManualBlockCommand, state: ManualBlocksState, { today }: ManualBlocksContext): ManualBlockEvent[] {
  switch (command.type) {
    case 'PlaceManualBlock': {
      const placed = placementOf(command);
      const stored = Object.hasOwn(state.blocks, placed.blockId) ? state.blocks[placed.blockId] : undefined;
      if (stored !== undefined) {
        // A retry decides nothing, even on a later day when its expiration date has passed.
        if (samePlacement(stored, placed)) return [];
        throw new BlocksRuleViolation('manual-block-already-placed', `manual block ${placed.blockId} is already placed with other details`);
      }
      if (placed.expirationDate !== undefined && placed.expirationDate < today) {
        throw new BlocksRuleViolation('expiration-date-past', `the expiration date ${placed.expirationDate} is before today (${today})`);
      }
      return [{ type: 'ManualBlockPlaced', data: placed }];
    }
    case 'RemoveManualBlock': {
      const blockId = canonicalId(requiredText(command.data.blockId, 'a manual block id'));
      const reason = requiredText(command.data.reason, 'a reason for removing a manual block');
      const stored = Object.hasOwn(state.blocks, blockId) ? state.blocks[blockId] : undefined;
      if (stored === undefined) throw new BlocksRuleViolation('manual-block-not-found', `no manual block ${blockId} was placed on this borrower`);
      if (stored.removedBecause !== undefined) throw new BlocksRuleViolation('manual-block-already-removed', `manual block ${blockId} is already removed`);
      return [{ type: 'ManualBlockRemoved', data: { blockId, reason } }];
    }
  }
}

export function evolveManualBlocks(state: ManualBlocksState, event: Folded<ManualBlockEvent>): ManualBlocksState {
  switch (event.type) {
    case 'ManualBlockPlaced': {
      return { blocks: { ...state.blocks, [event.data.blockId]: { ...event.data } } };
    }
    case 'ManualBlockRemoved': {
      const stored = Object.hasOwn(state.blocks, event.data.blockId) ? state.blocks[event.data.blockId] : undefined;
      return stored === undefined ? state : { blocks: { ...state.blocks, [stored.blockId]: { ...stored, removedBecause: event.data.reason } } };
    }
  }
}

/**
 * One borrower's manual blocks (stream `patron-manual-blocks-<borrowerId>`), apart from the borrower's own stream so
 * that placing a block never contends with registration or card events. An expired block stays recorded but no
 * longer applies (nothing needs to be appended on the day it lapses); removing one, expired or not, needs a reason.
 */
export const manualBlocksDecider: Decider<ManualBlockCommand, ManualBlocksState, ManualBlockEvent, ManualBlocksContext> = {
  initialState: initialManualBlocks,
  decide,
  evolve: evolveManualBlocks,
};
