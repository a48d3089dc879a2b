import { Decider, Folded } from '@era/decider';
import {
  decideOverrides,
  OVERRIDE_PERMISSION_OF_BLOCK,
  OverrideEvent,
  OverridePermission,
  OverridePolicy,
  OverrideRequest,
  RefusalInForce,
  TriggeringFact,
} from './blocks';
import { overrideGrantOf } from './borrower-standing';
import {
  CheckOutItem,
  evolveItem,
  ItemCommand,
  ItemEvent,
  itemDecider,
  ItemState,
  LoansContext,
  LoansRule,
  LoansRuleViolation,
  OverridableBlock,
  RenewLoan,
} from './loans';

/** One block in force as the desk is told it when a check-out or renewal is refused: what, why, and who may lift it. */
export interface BlockToOverride {
  readonly blockType: OverridableBlock;
  readonly message: string;
  readonly permission: OverridePermission;
}

/** The overrides staff asked for with a check-out or renewal, and who asked (their role, under the override policy). */
export interface DeskOverrides {
  /** The requests as sent; borrower, item, loan and desk are filled in from the command. */
  readonly requests: readonly Omit<OverrideRequest, 'borrowerId' | 'itemId' | 'loanId' | 'desk' | 'loanDate'>[];
  readonly role: string;
  readonly policy: OverridePolicy;
  /** The desk the override is made at (a renewal's command names none). */
  readonly desk: string;
}

/** What a desk decision on an item needs: the loans' context, the patron-block refusal of the action, and the overrides asked. */
export interface ItemDeskContext extends LoansContext {
  /** The borrower's patron blocks refusing this action (patronBlockInForce of the blocks evaluation), with the blocks that triggered it. */
  readonly patronBlock?: RefusalInForce;
  readonly overriding?: DeskOverrides;
}

export type ItemDeskEvent = ItemEvent | OverrideEvent;

type OverridableCommand = CheckOutItem | RenewLoan;

interface RefusalDetail {
  readonly rule: LoansRule;
  readonly block: OverridableBlock;
  readonly message: string;
}

const liftable = (error: unknown): readonly RefusalDetail[] | undefined =>
  error instanceof LoansRuleViolation ? (error.extensions?.blocks as readonly RefusalDetail[] | undefined) : undefined;

/**
 * The item's rules for this command now, with nothing overridden: the refusals an override may lift, or what they
 * decide when none refuses. Any other refusal (unknown item, item out, …) stands as it is, before any override is weighed.
 */
function withoutOverrides(
  command: OverridableCommand,
  state: ItemState,
  context: ItemDeskContext,
): { refusals: readonly RefusalDetail[]; events?: readonly ItemEvent[] } {
  try {
    return { refusals: [], events: itemDecider.decide(command, state, { ...context, overrides: [] }) };
  } catch (error) {
    const refusals = liftable(error);
    if (refusals === undefined) throw error;
    return { refusals };
  }
}

/** The facts that made each kind of refusal refuse, recorded with its override for the review. */
function factsOf(block: OverridableBlock, command: OverridableCommand, state: ItemState, context: ItemDeskContext): Record<string, TriggeringFact> {
  switch (block) {
    case 'itemLimitBlock':
      return { itemLimit: context.borrower?.itemLimit ?? null, itemsOut: context.borrower?.openLoans ?? 0 };
    case 'itemNotLoanableBlock':
      return { itemType: state.item?.itemType ?? null, loanable: false };
    case 'renewalBlock':
      return { renewalsSoFar: state.loan?.renewalCount ?? 0, loanPolicyId: state.loan?.loanPolicyId ?? null };
    case 'patronBlock':
      return { borrowerId: command.data.borrowerId };
  }
}

/** The refusals in force as an override decision takes them: one per kind, patron blocks with the blocks evaluated. */
function inForce(details: readonly RefusalDetail[], command: OverridableCommand, state: ItemState, context: ItemDeskContext): RefusalInForce[] {
  const kinds = [...new Set(details.map((detail) => detail.block))];
  return kinds.map((block): RefusalInForce => {
    if (block === 'patronBlock' && context.patronBlock !== undefined) return context.patronBlock;
    const message = details
      .filter((detail) => detail.block === block)
      .map((detail) => detail.message)
      .join('; ');
    return { blockType: block, message, facts: factsOf(block, command, state, context) };
  });
}

function refuseListing(details: readonly RefusalDetail[], still: readonly RefusalDetail[]): never {
  const blocks: BlockToOverride[] = details.map(({ block, message }) => ({ blockType: block, message, permission: OVERRIDE_PERMISSION_OF_BLOCK[block] }));
  const [first] = still.length > 0 ? still : details;
  throw new LoansRuleViolation(first.rule, first.message, { blocks });
}

function decideOverridable(command: OverridableCommand, state: ItemState, context: ItemDeskContext): ItemDeskEvent[] {
  const { refusals: details, events: unblocked } = withoutOverrides(command, state, context);
  // Nothing refuses and nothing is asked, or the same check-out sent again: decided as the item's rules decide it.
  if (unblocked !== undefined && (unblocked.length === 0 || context.overriding === undefined || context.overriding.requests.length === 0))
    return [...unblocked];
  const overriding = context.overriding;
  if (overriding === undefined || overriding.requests.length === 0) return refuseListing(details, details);
  const { requests } = overriding;
  const loanId = command.type === 'CheckOutItem' ? command.data.loanId : state.loan?.loanId;
  const granted = decideOverrides(
    requests.map((request) => ({
      ...request,
      borrowerId: command.data.borrowerId,
      itemId: command.data.barcode,
      ...(loanId !== undefined && { loanId }),
      desk: overriding.desk,
    })),
    inForce(details, command, state, context),
    overriding.role,
    overriding.policy,
    context.now,
  );
  let events: readonly ItemEvent[];
  try {
    events = itemDecider.decide(command, state, { ...context, overrides: granted.map(overrideGrantOf) });
  } catch (error) {
    const still = liftable(error);
    if (still === undefined) throw error;
    return refuseListing(details, still);
  }
  if (events.length === 0) return []; // the same check-out sent again: nothing granted twice
  return [...granted.map((data): OverrideEvent => ({ type: 'OverrideGranted', data })), ...events];
}

function decide(command: ItemCommand, state: ItemState, context: ItemDeskContext): ItemDeskEvent[] {
  if (command.type === 'CheckOutItem' || command.type === 'RenewLoan') return decideOverridable(command, state, context);
  return [...itemDecider.decide(command, state, context)];
}

const evolve = (state: ItemState, event: Folded<ItemDeskEvent>): ItemState => (event.type === 'OverrideGranted' ? state : evolveItem(state, event));

/**
 * The item's decisions at the desk: the item decider, and for a check-out or renewal every refusal in force found
 * first (blocks, item limit, non-loanable item, renewal limit), then the overrides staff asked for decided under the
 * override policy (403 naming the missing permission, 422 without comment or due date) and the check-out or renewal
 * decided with the grants. The OverrideGranted events go into the same append as the loan they permit, so neither is
 * ever recorded without the other. Refused without overrides: 422 listing every block with the permission that lifts it.
 */
export const itemDeskDecider: Decider<ItemCommand, ItemState, ItemDeskEvent, ItemDeskContext> = { initialState: itemDecider.initialState, decide, evolve };
