import { isCalendarDate, LocalCalendar } from '@era/calendar';
import { Decider } from '@era/decider';
import { dueDateFor, overduePeriod } from './due-dates';
import { CheckInItem, CheckOutItem, ItemCommand, PlaceOnReserve, RecallLoan, RegisterItem, ReleaseFromHoldShelf, RenewLoan } from './item-commands';
import { ItemEvent, ItemRegistered } from './item-events';
import { evolveItem, initialItemState, ItemState, OpenLoan } from './item-state';
import { LoanPolicy, loanPolicyProblems } from './loan-policy';
import { LoansContext } from './loans-context';
import { LoansRuleViolation } from './loans-rule-violation';
import { applyOverrides, Refusal } from './overrides';
import { calendarProblems } from './opening-calendar';
import { requiredText } from './required-text';
import { routeItem } from './routing';

function decide(command: ItemCommand, state: ItemState, context: LoansContext): ItemEvent[] {
  if (command.type === 'RegisterItem') return decideRegister(command, state);
  const item = state.item;
  if (!item) throw new LoansRuleViolation('item-not-found', `No item has barcode ${command.data.barcode}`);
  const { barcode } = item;
  switch (command.type) {
    case 'CheckOutItem':
      return decideCheckOut(command, state, item, context);
    case 'CheckInItem':
      return decideCheckIn(command, state, item, context);
    case 'RenewLoan':
      return decideRenewal(command, state, context);
    case 'RecallLoan':
      return decideRecall(command, state, item, context);
    case 'ClaimReturned': {
      const loan = openLoan(state);
      if (state.status === 'claimed returned') throw new LoansRuleViolation('loan-already-claimed-returned', `Item ${barcode} is already claimed returned`);
      const comment = requiredText(command.data.comment, 'comment-required', 'A claim of return needs a comment');
      return [
        {
          type: 'LoanClaimedReturned',
          data: { barcode, loanId: loan.loanId, borrowerId: loan.borrowerId, claimedAt: context.now.toISOString(), comment, action: 'claimedReturned' },
        },
      ];
    }
    case 'DeclareLost': {
      const loan = openLoan(state);
      if (state.status === 'declared lost') throw new LoansRuleViolation('loan-already-declared-lost', `Item ${barcode} is already declared lost`);
      const comment = command.data.comment?.trim();
      return [
        {
          type: 'LoanDeclaredLost',
          data: {
            barcode,
            loanId: loan.loanId,
            borrowerId: loan.borrowerId,
            declaredAt: context.now.toISOString(),
            ...(comment && { comment }),
            action: 'declaredLost',
          },
        },
      ];
    }
    case 'DeclareMissing': {
      if (state.status !== 'claimed returned' || !state.loan)
        throw new LoansRuleViolation('item-not-claimed-returned', `Item ${barcode} is not claimed returned`);
      const comment = requiredText(command.data.comment, 'comment-required', 'Comment is a required field');
      return [{ type: 'ItemMarkedMissing', data: { barcode, loanId: state.loan.loanId, borrowerId: state.loan.borrowerId, comment, action: 'markedMissing' } }];
    }
    case 'PlaceOnReserve':
      return decidePlaceOnReserve(command, state, barcode);
    case 'ReleaseFromHoldShelf':
      return decideRelease(command, state, item, context);
    case 'TakeOffReserve':
      if (!state.reserve) throw new LoansRuleViolation('item-not-on-reserve', `Item ${barcode} is not on reserve`);
      return [{ type: 'ItemTakenOffReserve', data: { barcode, courseId: state.reserve.courseId } }];
  }
}

/**
 * One item's stream, which also holds its open loan: an item has at most one open loan, so checking it out twice is
 * refused by the same stream's version, with no cross-stream check. A loan's history is read by its loanId.
 */
export const itemDecider: Decider<ItemCommand, ItemState, ItemEvent, LoansContext> = { initialState: initialItemState, decide, evolve: evolveItem };

function decideRegister({ data }: RegisterItem, state: ItemState): ItemEvent[] {
  const registered: ItemRegistered = {
    barcode: requiredText(data.barcode, 'field-required', 'An item needs a barcode'),
    title: requiredText(data.title, 'field-required', 'An item needs a title'),
    titleId: requiredText(data.titleId, 'field-required', 'An item needs the id of its title'),
    owningLocation: requiredText(data.owningLocation, 'field-required', 'An item needs an owning location'),
    itemType: data.itemType,
    loanable: data.loanable,
  };
  if (!state.item) return [{ type: 'ItemRegistered', data: registered }];
  if (JSON.stringify(state.item) === JSON.stringify(registered)) return [];
  throw new LoansRuleViolation('item-already-registered', `Item ${registered.barcode} is already registered with other details`);
}

function decideCheckOut({ data }: CheckOutItem, state: ItemState, item: ItemRegistered, context: LoansContext): ItemEvent[] {
  const { barcode } = item;
  // The same loan sent again (a retry after a lost answer) decides nothing.
  if (state.loan?.loanId === data.loanId && state.loan.borrowerId === data.borrowerId) return [];
  if (state.loan) throw new LoansRuleViolation('item-already-checked-out', `Item ${barcode} is already checked out`);
  if (state.status === 'awaiting pickup' && state.forHold?.borrowerId !== data.borrowerId) {
    throw new LoansRuleViolation('item-on-hold-for-another-borrower', `Item ${barcode} is on the hold shelf for another borrower`);
  }
  if (state.status === 'in transit' || state.status === 'missing') throw new LoansRuleViolation('item-not-available', `Item ${barcode} is ${state.status}`);
  const borrower = standingOf(context, data.borrowerId);
  const refusals: Refusal[] = [];
  if (!item.loanable) refusals.push({ rule: 'item-not-loanable', block: 'itemNotLoanableBlock', message: `Item ${barcode} is not loanable` });
  for (const block of borrower.blocks.filter((b) => b.borrowing)) refusals.push({ rule: 'borrower-blocked', block: 'patronBlock', message: block.message });
  if (borrower.itemLimit !== undefined && borrower.openLoans >= borrower.itemLimit) {
    refusals.push({
      rule: 'item-limit-reached',
      block: 'itemLimitBlock',
      message: `The borrower has ${borrower.openLoans} items out, the limit is ${borrower.itemLimit}`,
    });
  }
  const overrides = applyOverrides(refusals, context.overrides);
  const reserve = reserveInTerm(state, context);
  const policy = reserve?.shortLoanPolicy ?? context.loanPolicy;
  const dueDate = item.loanable ? dueDateUnder(policy, context) : overriddenDueDate(context);
  return [
    {
      type: 'ItemCheckedOut',
      data: {
        barcode,
        loanId: requiredText(data.loanId, 'field-required', 'A loan needs an id'),
        borrowerId: data.borrowerId,
        desk: data.desk,
        loanDate: context.now.toISOString(),
        dueDate,
        loanPolicyId: policy.id,
        action: overrides.length > 0 ? 'checkedOutThroughOverride' : 'checkedout',
        overrides,
        ...(state.status === 'awaiting pickup' && state.forHold && { holdId: state.forHold.holdId }),
        ...(reserve && { courseId: reserve.courseId }),
      },
    },
  ];
}

function decideCheckIn({ data }: CheckInItem, state: ItemState, item: ItemRegistered, context: LoansContext): ItemEvent[] {
  const { barcode } = item;
  // Already on the hold shelf it waits for: checking it in again changes nothing.
  if (state.status === 'awaiting pickup' && state.forHold?.pickupLocation === data.desk) return [];
  const desk = requiredText(data.desk, 'field-required', 'A check-in needs the desk it happens at');
  const loan = state.loan;
  // A lost item found and returned is charged its overdue fine as a late return is (its lost fees are cancelled).
  const overdue =
    loan && (state.status === 'checked out' || state.status === 'declared lost') ? overduePeriod(loan.dueDate, context.now, context.library) : undefined;
  const events: ItemEvent[] = [
    {
      type: 'ItemCheckedIn',
      data: {
        barcode,
        desk,
        returnDate: context.now.toISOString(),
        ...(loan && { loanId: loan.loanId, borrowerId: loan.borrowerId }),
        action: 'checkedin',
        previousStatus: state.status,
        ...(overdue && { overdue }),
      },
    },
  ];
  // A hold already filled by this item keeps it (taken off the shelf to another desk, it goes back); else the queue's first.
  const filled = state.forHold?.borrowerId !== undefined ? { ...state.forHold, borrowerId: state.forHold.borrowerId } : undefined;
  events.push(...routeItem(item, desk, filled ?? context.holdQueue?.[0]));
  return events;
}

/**
 * A hold ended (cancelled, expired) while its item waited on the shelf or travelled to it: the item serves the next
 * in line or goes home. A hold the item no longer serves releases nothing (the item has moved on).
 */
function decideRelease({ data }: ReleaseFromHoldShelf, state: ItemState, item: ItemRegistered, context: LoansContext): ItemEvent[] {
  if (state.forHold?.holdId !== data.holdId) return [];
  const released: ItemEvent = { type: 'ItemReleasedFromHoldShelf', data: { barcode: item.barcode, holdId: data.holdId } };
  if (state.status !== 'awaiting pickup') return [released];
  const next = context.holdQueue?.find((hold) => hold.holdId !== data.holdId);
  return [released, ...routeItem(item, state.location ?? item.owningLocation, next)];
}

function decideRenewal({ data }: RenewLoan, state: ItemState, context: LoansContext): ItemEvent[] {
  const loan = openLoan(state);
  const barcode = data.barcode;
  if (loan.borrowerId !== data.borrowerId) throw new LoansRuleViolation('loan-not-found', `Item ${barcode} is not on loan to this borrower`);
  if (state.status !== 'checked out') throw new LoansRuleViolation('loan-not-renewable', `Item ${barcode} is ${state.status}: it cannot be renewed`);
  // FOLIO: a recalled loan is not renewable (someone else is waiting for it); no override lifts it.
  if (loan.recall !== undefined) throw new LoansRuleViolation('loan-recalled', `Item ${barcode} is recalled: it cannot be renewed`);
  if (context.holdQueue?.some((hold) => hold.borrowerId !== loan.borrowerId)) {
    throw new LoansRuleViolation('item-requested-by-another-borrower', `Another borrower has a hold on the title of item ${barcode}`);
  }
  const policy = renewalPolicy(state, loan, context);
  const refusals: Refusal[] = [];
  if (loan.renewalCount >= policy.renewalLimit) {
    refusals.push({
      rule: 'renewal-limit-reached',
      block: 'renewalBlock',
      message: `Loan has reached its maximum number of renewals (${policy.renewalLimit})`,
    });
  }
  const borrower = context.borrower?.borrowerId === loan.borrowerId ? context.borrower : undefined;
  for (const block of borrower?.blocks.filter((b) => b.renewals) ?? [])
    refusals.push({ rule: 'borrower-blocked', block: 'patronBlock', message: block.message });
  const overrides = applyOverrides(refusals, context.overrides);
  const dueDate = dueDateUnder(policy, context);
  if (Date.parse(dueDate) <= Date.parse(loan.dueDate)) {
    throw new LoansRuleViolation('renewal-would-not-extend-due-date', `Renewing item ${barcode} now would not move its due date past ${loan.dueDate}`);
  }
  return [
    {
      type: 'LoanRenewed',
      data: {
        barcode,
        loanId: loan.loanId,
        borrowerId: loan.borrowerId,
        renewedAt: context.now.toISOString(),
        dueDate,
        renewalCount: loan.renewalCount + 1,
        action: overrides.length > 0 ? 'renewedThroughOverride' : 'renewed',
        overrides,
      },
    },
  ];
}

/**
 * A recall (FOLIO recallrequested): the loan falls due after the policy's recall return interval from now, but not
 * before the minimum guaranteed loan period from the loan date is over, and never later than it was due already (an
 * overdue loan stays overdue, and is now an overdue recall). Refused for an item not out, a loan recalled already, and
 * a loan whose policy allows no recalls. The same recall sent again (same hold) decides nothing.
 */
function decideRecall({ data }: RecallLoan, state: ItemState, item: ItemRegistered, context: LoansContext): ItemEvent[] {
  const { barcode } = item;
  const loan = state.loan;
  if (!loan || state.status !== 'checked out')
    throw new LoansRuleViolation('item-not-checked-out', `Item ${barcode} is ${state.status}: there is no loan to recall`);
  if (loan.recall !== undefined) {
    if (data.holdId !== undefined && loan.recall.holdId === data.holdId) return [];
    throw new LoansRuleViolation('loan-already-recalled', `The loan of item ${barcode} was recalled at ${loan.recall.recalledAt}`);
  }
  const reason = requiredText(data.reason, 'reason-required', 'A recall needs a reason');
  const policy = loanPolicyOf(state, loan, context);
  const recalls = policy.recalls;
  if (recalls === undefined) throw new LoansRuleViolation('loan-not-recallable', `Item ${barcode} is lent under policy ${policy.id}, which allows no recalls`);
  policyChecked(policy);
  const under = (loanPeriod: LoanPolicy['loanPeriod'], from: Date) =>
    Date.parse(dueDateFor({ ...policy, loanPeriod, dueDateLimits: undefined }, from, context.library));
  const recallDue = under(recalls.returnInterval, context.now);
  const guaranteed = under(recalls.minimumGuaranteedLoanPeriod, new Date(loan.loanDate));
  const dueDate = new Date(Math.min(Date.parse(loan.dueDate), Math.max(recallDue, guaranteed))).toISOString();
  return [
    {
      type: 'LoanRecalled',
      data: {
        barcode,
        loanId: loan.loanId,
        borrowerId: loan.borrowerId,
        recalledAt: context.now.toISOString(),
        previousDueDate: loan.dueDate,
        dueDate,
        reason,
        ...(data.holdId !== undefined && { holdId: data.holdId }),
        action: 'recallrequested',
      },
    },
  ];
}

/** The policy the open loan was made under: its course's short-loan policy, or the one the context was given for it. */
function loanPolicyOf(state: ItemState, loan: OpenLoan, context: LoansContext): LoanPolicy {
  return state.reserve !== undefined && state.reserve.shortLoanPolicy.id === loan.loanPolicyId ? state.reserve.shortLoanPolicy : context.loanPolicy;
}

function decidePlaceOnReserve({ data }: PlaceOnReserve, state: ItemState, barcode: string): ItemEvent[] {
  const courseId = requiredText(data.courseId, 'field-required', 'A reserve needs its course');
  const placed = { barcode, courseId, termStart: data.termStart, termEnd: data.termEnd, shortLoanPolicy: data.shortLoanPolicy };
  if (state.reserve) {
    if (JSON.stringify(state.reserve) === JSON.stringify(placed)) return [];
    throw new LoansRuleViolation('item-already-on-reserve', `Item ${barcode} is already on reserve for course ${state.reserve.courseId}`);
  }
  if (!isCalendarDate(data.termStart) || !isCalendarDate(data.termEnd) || data.termStart > data.termEnd) {
    throw new LoansRuleViolation('invalid-course-term', `A course term runs from a date to a later or equal date (${data.termStart}..${data.termEnd})`);
  }
  policyChecked(data.shortLoanPolicy);
  return [{ type: 'ItemPlacedOnReserve', data: placed }];
}

/** The course reserve that applies today: placed on reserve, and today within its term (local dates). */
function reserveInTerm(state: ItemState, context: LoansContext) {
  const reserve = state.reserve;
  if (!reserve) return undefined;
  const today = new LocalCalendar(context.library.timeZone).dayOf(context.now.getTime());
  return reserve.termStart <= today && today <= reserve.termEnd ? reserve : undefined;
}

/** A loan made under a course's short-loan policy renews under it while that reserve is in term. */
function renewalPolicy(state: ItemState, loan: OpenLoan, context: LoansContext): LoanPolicy {
  const reserve = reserveInTerm(state, context);
  return loan.courseId !== undefined && reserve?.courseId === loan.courseId ? reserve.shortLoanPolicy : context.loanPolicy;
}

function dueDateUnder(policy: LoanPolicy, context: LoansContext): string {
  policyChecked(policy);
  const problems = calendarProblems(context.library.opening);
  if (problems.length > 0) throw new LoansRuleViolation('invalid-opening-calendar', `The opening calendar cannot be used: ${problems.join('; ')}`);
  return dueDateFor(policy, context.now, context.library);
}

function policyChecked(policy: LoanPolicy): void {
  const problems = loanPolicyProblems(policy);
  if (problems.length > 0) throw new LoansRuleViolation('invalid-loan-policy', `Loan policy ${policy.id} cannot be applied: ${problems.join('; ')}`);
}

/** FOLIO: an override of a non-loanable item sets the due date, which must fall after the loan date. */
function overriddenDueDate(context: LoansContext): string {
  const dueDate = context.overrides?.find((grant) => grant.block === 'itemNotLoanableBlock')?.dueDate;
  const due = dueDate === undefined ? NaN : Date.parse(dueDate);
  if (!(due > context.now.getTime()))
    throw new LoansRuleViolation('override-due-date-required', 'Overriding a non-loanable item needs a due date later than now');
  return new Date(due).toISOString();
}

function standingOf(context: LoansContext, borrowerId: string) {
  const borrower = context.borrower;
  // The handler reads the borrower the command names; another one here is a wiring fault, not bad input.
  if (!borrower || borrower.borrowerId !== borrowerId) throw new Error(`The decision context does not describe borrower ${borrowerId}`);
  return borrower;
}

function openLoan(state: ItemState): OpenLoan {
  if (!state.loan) throw new LoansRuleViolation('loan-not-found', `Item ${state.item?.barcode ?? ''} has no open loan`);
  return state.loan;
}
