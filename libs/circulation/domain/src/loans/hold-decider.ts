import { isCalendarDate, LocalCalendar } from '@era/calendar';
import { Decider, Folded } from '@era/decider';
import { HoldCommand, PlaceHold } from './hold-commands';
import { HoldEvent, HoldPlaced } from './hold-events';
import { HoldsContext, QueuedHold } from './loans-context';
import { LoansRuleViolation } from './loans-rule-violation';
import { openDaysAfter } from './opening-calendar';
import { applyOverrides, Refusal } from './overrides';
import { requiredText } from './required-text';

export interface OpenHold {
  readonly holdId: string;
  readonly borrowerId: string;
  readonly pickupLocation: string;
  readonly placed: HoldPlaced;
  /** Set once filled: the item waiting on the hold shelf and until when. */
  readonly awaiting?: { readonly barcode: string; readonly pickupBy: string };
}

/** A title's holds queue: open holds in the order placed, and the ids of those closed (picked up, cancelled, expired). */
export interface HoldsState {
  readonly open: readonly OpenHold[];
  readonly closed: readonly string[];
}

/** The holds an item checked in may fill, first in line first: open and not yet waiting on the shelf. */
export function holdQueue(state: HoldsState): QueuedHold[] {
  return state.open.filter((hold) => !hold.awaiting).map(({ holdId, borrowerId, pickupLocation }) => ({ holdId, borrowerId, pickupLocation }));
}

function decide(command: HoldCommand, state: HoldsState, context: HoldsContext): HoldEvent[] {
  const { titleId } = command.data;
  switch (command.type) {
    case 'PlaceHold':
      return decidePlace(command, state, context);
    case 'CancelHold': {
      const hold = openHold(state, command.data.holdId);
      const reason = requiredText(command.data.reason, 'reason-required', 'Cancelling a hold needs a reason');
      return [
        {
          type: 'HoldCancelled',
          data: { titleId, holdId: hold.holdId, borrowerId: hold.borrowerId, reason, ...(hold.awaiting && { barcode: hold.awaiting.barcode }) },
        },
      ];
    }
    case 'FillHold': {
      const hold = openHold(state, command.data.holdId);
      if (hold.awaiting) {
        if (hold.awaiting.barcode === command.data.barcode) return [];
        throw new LoansRuleViolation('hold-not-first-in-queue', `Hold ${hold.holdId} is already filled by item ${hold.awaiting.barcode}`);
      }
      if (holdQueue(state)[0]?.holdId !== hold.holdId)
        throw new LoansRuleViolation('hold-not-first-in-queue', `Hold ${hold.holdId} is not first in line for title ${titleId}`);
      const today = new LocalCalendar(context.library.timeZone).dayOf(context.now.getTime());
      const pickupBy = openDaysAfter(context.library.opening, today, context.holdShelfOpenDays);
      const { holdId, borrowerId, pickupLocation } = hold;
      return [
        {
          type: 'HoldFilled',
          data: { titleId, holdId, borrowerId, barcode: command.data.barcode, pickupLocation, filledAt: context.now.toISOString(), pickupBy },
        },
      ];
    }
    case 'PickUpHold': {
      const hold = openHold(state, command.data.holdId);
      if (!hold.awaiting) throw new LoansRuleViolation('hold-not-awaiting-pickup', `Hold ${hold.holdId} has no item waiting on the hold shelf`);
      return [
        {
          type: 'HoldPickedUp',
          data: { titleId, holdId: hold.holdId, borrowerId: hold.borrowerId, barcode: hold.awaiting.barcode, loanId: command.data.loanId },
        },
      ];
    }
    case 'ExpireHolds':
      if (!isCalendarDate(command.data.today))
        throw new LoansRuleViolation('invalid-calendar-date', `${command.data.today} is not a calendar date (YYYY-MM-DD)`);
      return state.open.flatMap((hold): HoldEvent[] =>
        hold.awaiting && hold.awaiting.pickupBy < command.data.today
          ? [
              {
                type: 'HoldExpired',
                data: { titleId, holdId: hold.holdId, borrowerId: hold.borrowerId, barcode: hold.awaiting.barcode, pickupBy: hold.awaiting.pickupBy },
              },
            ]
          : [],
      );
  }
}

function evolve(state: HoldsState, event: Folded<HoldEvent>): HoldsState {
  switch (event.type) {
    case 'HoldPlaced': {
      const { holdId, borrowerId, pickupLocation } = event.data;
      return { ...state, open: [...state.open, { holdId, borrowerId, pickupLocation, placed: event.data }] };
    }
    case 'HoldFilled': {
      const { barcode, pickupBy } = event.data;
      return { ...state, open: state.open.map((hold) => (hold.holdId === event.data.holdId ? { ...hold, awaiting: { barcode, pickupBy } } : hold)) };
    }
    case 'HoldCancelled':
    case 'HoldPickedUp':
    case 'HoldExpired':
      return { open: state.open.filter((hold) => hold.holdId !== event.data.holdId), closed: [...state.closed, event.data.holdId] };
    default:
      // The stream also holds what was appended beside a hold (an OverrideGranted): not part of the queue.
      return state;
  }
}

/** One title's stream of holds: its queue in order is the order of HoldPlaced in the stream. */
export const holdsDecider: Decider<HoldCommand, HoldsState, HoldEvent, HoldsContext> = { initialState: { open: [], closed: [] }, decide, evolve };

function decidePlace({ data }: PlaceHold, state: HoldsState, context: HoldsContext): HoldEvent[] {
  const holdId = requiredText(data.holdId, 'field-required', 'A hold needs an id');
  const pickupLocation = requiredText(data.pickupLocation, 'field-required', 'A hold needs a pickup location');
  const same = state.open.find((hold) => hold.holdId === holdId);
  if (same) {
    if (same.borrowerId === data.borrowerId && same.pickupLocation === pickupLocation) return [];
    throw new LoansRuleViolation('hold-id-already-used', `Hold ${holdId} was placed with other details`);
  }
  if (state.closed.includes(holdId)) throw new LoansRuleViolation('hold-id-already-used', `Hold ${holdId} is closed`);
  if (state.open.some((hold) => hold.borrowerId === data.borrowerId)) {
    throw new LoansRuleViolation('hold-already-placed', `The borrower already has a hold on title ${data.titleId}`);
  }
  const borrower = context.borrower?.borrowerId === data.borrowerId ? context.borrower : undefined;
  const refusals: Refusal[] = (borrower?.blocks ?? [])
    .filter((block) => block.requests)
    .map((block) => ({ rule: 'borrower-blocked', block: 'patronBlock', message: block.message }));
  const overrides = applyOverrides(refusals, context.overrides);
  return [
    {
      type: 'HoldPlaced',
      data: { titleId: data.titleId, holdId, borrowerId: data.borrowerId, pickupLocation, placedAt: context.now.toISOString(), overrides },
    },
  ];
}

function openHold(state: HoldsState, holdId: string): OpenHold {
  const hold = state.open.find((candidate) => candidate.holdId === holdId);
  if (hold) return hold;
  if (state.closed.includes(holdId)) throw new LoansRuleViolation('hold-already-closed', `Hold ${holdId} is closed`);
  throw new LoansRuleViolation('hold-not-found', `No hold ${holdId} on this title`);
}
