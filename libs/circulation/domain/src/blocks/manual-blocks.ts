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

function text(value: unknown, what: string, required: boolean): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (trimmed.length > MAX_MANUAL_BLOCK_TEXT_LENGTH)
    throw new BlocksRuleViolation('text-too-long', `${what} has at most ${MAX_MANUAL_BLOCK_TEXT_LENGTH} characters`);
  if (required && !trimmed) throw new BlocksRuleViolation('field-required', `${what} is required`);
  return trimmed || undefined;
}

function placementOf({ data }: PlaceManualBlock, today: string): ManualBlockPlaced {
  const blockId = text(data.blockId, 'a manual block id', true) as string;
  const borrowerId = text(data.borrowerId, 'the borrower', true) as string;
  const description = text(data.description, 'a manual block description', true) as string;
  const flags = { blockBorrowing: data.blockBorrowing === true, blockRenewals: data.blockRenewals === true, blockRequests: data.blockRequests === true };
  if (!blocksAnything(flags))
    throw new BlocksRuleViolation('manual-block-flag-required', 'a manual block blocks borrowing, renewals or requests (at least one)');
  const expirationDate = data.expirationDate === undefined || data.expirationDate === null ? undefined : data.expirationDate;
  if (expirationDate !== undefined) {
    if (!isCalendarDate(expirationDate)) {
      throw new BlocksRuleViolation('invalid-calendar-date', `an expiration date is a real calendar date YYYY-MM-DD, got ${JSON.stringify(expirationDate)}`);
    }
    if (expirationDate < today) throw new BlocksRuleViolation('expiration-date-past', `the expiration date ${expirationDate} is before today (${today})`);
  }
  const patronMessage = text(data.patronMessage, 'a patron message', false);
  const staffInformation = text(data.staffInformation, 'staff information', false);
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
      const placed = placementOf(command, today);
      const stored = Object.hasOwn(state.blocks, placed.blockId) ? state.blocks[placed.blockId] : undefined;
      if (stored !== undefined) {
        if (samePlacement(stored, placed)) return [];
        throw new BlocksRuleViolation('manual-block-already-placed', `manual block ${placed.blockId} is already placed with other details`);
      }
      return [{ type: 'ManualBlockPlaced', data: placed }];
    }
    case 'RemoveManualBlock': {
      const blockId = canonicalId(text(command.data.blockId, 'a manual block id', true) as string);
      const reason = text(command.data.reason, 'a reason for removing a manual block', true) as string;
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
      const stored = state.blocks[event.data.blockId];
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
