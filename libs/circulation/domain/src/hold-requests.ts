import { Command, Decider, Folded } from '@era/decider';
import { decideOverrides, OverrideEvent, OverridePolicy, OverrideRequest, RefusalInForce } from './blocks';
import { overrideGrantOf } from './borrower-standing';
import { BorrowerStanding, HoldCancelled, HoldCommand, HoldEvent, HoldsContext, holdsDecider, HoldsState, LoansRuleViolation, PlaceHold } from './loans';

/** A hold as the desk asks for it: with the overrides staff send for the blocks that would refuse it. */
export type RequestHold = Command<'RequestHold', PlaceHold['data'] & { overrides: readonly Omit<OverrideRequest, 'borrowerId'>[] }>;

export type HoldRequestCommand = RequestHold | HoldCommand;
export type HoldRequestEvent = HoldEvent | OverrideEvent;

/** A title's holds decisions, and who asks: an override is the asking staff member's role's to grant (or not). */
export interface HoldRequestContext extends Omit<HoldsContext, 'overrides'> {
  /** Whether the library has an item of the title (a hold is on a title it can fill); absent, it is not asked. */
  readonly titleKnown?: boolean;
  readonly role: string;
  readonly overridePolicy: OverridePolicy;
  /**
   * The patron-block refusal of a request as the blocks slice evaluated it (`patronBlockInForce(evaluation, 'requests')`,
   * with the blocks that trigger it); absent, it is read from the borrower's blocks with the request flag.
   */
  readonly requestRefusal?: RefusalInForce;
}

/** A title's queue, and the holds cancelled on it (so that a cancellation sent again is known for the retry it is). */
export interface HoldRequestState extends HoldsState {
  readonly cancelled: Readonly<Record<string, HoldCancelled>>;
}

/** The refusal a hold meets from the borrower's blocks, in the shape an override decision takes. */
export function requestRefusalOf(borrower: BorrowerStanding | undefined): RefusalInForce | undefined {
  const blocks = (borrower?.blocks ?? []).filter((block) => block.requests);
  if (blocks.length === 0) return undefined;
  return { blockType: 'requestPatronBlock', message: blocks.map((block) => block.message).join('; ') };
}

function decide(command: HoldRequestCommand, state: HoldRequestState, context: HoldRequestContext): readonly HoldRequestEvent[] {
  if (command.type === 'CancelHold') {
    const { holdId, reason } = command.data;
    // The same cancellation sent again (a retry after a lost answer) decides nothing; another reason is a conflict.
    if (Object.hasOwn(state.cancelled, holdId) && state.cancelled[holdId].reason === reason.trim()) return [];
  }
  if (command.type !== 'RequestHold') return holdsDecider.decide(command, state, context);
  const { overrides: requests, ...hold } = command.data;
  const place: PlaceHold = { type: 'PlaceHold', data: hold };
  if (context.titleKnown === false) throw new LoansRuleViolation('title-not-found', `The library has no item of title ${hold.titleId}`);
  // A retry of a hold already placed decides nothing, and grants nothing again.
  if (state.open.some((open) => open.holdId === hold.holdId.trim())) return holdsDecider.decide(place, state, context);
  const refusal = context.requestRefusal ?? requestRefusalOf(context.borrower);
  const granted =
    requests.length === 0
      ? []
      : decideOverrides(
          requests.map((request) => ({ ...request, borrowerId: hold.borrowerId })),
          refusal ? [refusal] : [],
          context.role,
          context.overridePolicy,
          context.now,
        );
  const placed = holdsDecider.decide(place, state, { ...context, overrides: granted.map(overrideGrantOf) });
  return [...granted.map((data): HoldRequestEvent => ({ type: 'OverrideGranted', data })), ...placed];
}

function evolve(state: HoldRequestState, event: Folded<HoldRequestEvent>): HoldRequestState {
  if (event.type === 'OverrideGranted') return state;
  const cancelled = event.type === 'HoldCancelled' ? { ...state.cancelled, [event.data.holdId]: event.data } : state.cancelled;
  return { ...holdsDecider.evolve(state, event), cancelled };
}

/**
 * A title's holds stream as the desk writes it: a hold refused by a patron block (the request flag) is placed only
 * through a `requestPatronBlock` override, which the blocks' rules grant (permission of the role, a comment) and which
 * is appended in the same batch as the HoldPlaced it permits, before it. A cancellation sent again with its reason is a
 * retry. Every other hold command is the holds decider's.
 */
export const holdRequestDecider: Decider<HoldRequestCommand, HoldRequestState, HoldRequestEvent, HoldRequestContext> = {
  initialState: { ...holdsDecider.initialState, cancelled: {} },
  decide,
  evolve,
};
