import { canonicalId } from '@era/decider';
import { parseInstant } from '@era/calendar';
import { BlockedAction } from './block-conditions';
import { BlocksRuleViolation } from './blocks-rule-violation';
import { BlockEvaluation } from './evaluate-blocks';
import { RefusalInForce, OverrideGranted } from './override-events';
import {
  DUE_DATE_REQUIRED,
  holdsPermission,
  isOverridableBlockType,
  OVERRIDE_PERMISSION_OF_BLOCK,
  OverridableBlockType,
  OverridePermission,
  OverridePolicy,
  RENEWAL_OVERRIDES,
} from './override-policy';

export const MAX_OVERRIDE_REASON_LENGTH = 1000;

/** What staff sent to override one block (FOLIO `overrideBlocks.<type>`: comment, and dueDate where required). */
export interface OverrideRequest {
  /** The override's own id (the caller makes one), so that the loan records which grant lifted which refusal. */
  readonly overrideId: string;
  readonly blockType: string;
  readonly comment?: string;
  /** ISO instant with an offset; required for itemNotLoanableBlock and renewalDueDateRequiredBlock, ignored otherwise. */
  readonly dueDate?: string;
  /** The loan's date (ISO instant): the due date must be after it. Absent: now. */
  readonly loanDate?: string;
  readonly borrowerId?: string;
  readonly itemId?: string;
  readonly loanId?: string;
  readonly desk?: string;
}

function requireOverrideId(overrideId: unknown): string {
  const trimmed = typeof overrideId === 'string' ? overrideId.trim() : '';
  if (!trimmed) throw new BlocksRuleViolation('field-required', 'an override needs its id');
  return canonicalId(trimmed);
}

function requireBlockType(blockType: unknown): OverridableBlockType {
  if (!isOverridableBlockType(blockType)) {
    throw new BlocksRuleViolation('unknown-block-type', `${JSON.stringify(blockType)} is no block that may be overridden`);
  }
  return blockType;
}

function requirePermissions(blockTypes: readonly OverridableBlockType[], role: string, policy: OverridePolicy): void {
  const needed = [...new Set(blockTypes.map((type) => OVERRIDE_PERMISSION_OF_BLOCK[type]))];
  const missing: OverridePermission[] = needed.filter((permission) => !holdsPermission(policy, role, permission));
  if (missing.length > 0) {
    throw new BlocksRuleViolation(
      'insufficient-override-permissions',
      `Insufficient override permissions: role "${role}" lacks ${missing.join(', ')} (to override ${blockTypes.join(', ')})`,
      { missingPermissions: missing },
    );
  }
}

function requireReason(blockType: OverridableBlockType, comment: unknown): string {
  const reason = typeof comment === 'string' ? comment.trim() : '';
  if (!reason) {
    if (RENEWAL_OVERRIDES.includes(blockType))
      throw new BlocksRuleViolation('override-renewal-comment-required', 'Override renewal request must have a comment');
    throw new BlocksRuleViolation('override-comment-required', 'Override should be performed with the comment specified');
  }
  if (reason.length > MAX_OVERRIDE_REASON_LENGTH) {
    throw new BlocksRuleViolation('text-too-long', `an override comment has at most ${MAX_OVERRIDE_REASON_LENGTH} characters`);
  }
  return reason;
}

function requireDueDate(blockType: OverridableBlockType, request: OverrideRequest, now: Date): string | undefined {
  if (!DUE_DATE_REQUIRED.includes(blockType)) return undefined;
  if (request.dueDate === undefined || request.dueDate === null || request.dueDate === '') {
    throw new BlocksRuleViolation('override-due-date-required', `Override of ${blockType} must have a due date`);
  }
  const due = parseInstant(request.dueDate);
  if (Number.isNaN(due))
    throw new BlocksRuleViolation('invalid-override-due-date', `a due date is an ISO instant with an offset, got ${JSON.stringify(request.dueDate)}`);
  const loanDate = request.loanDate === undefined ? now.getTime() : parseInstant(request.loanDate);
  if (Number.isNaN(loanDate))
    throw new BlocksRuleViolation('invalid-override-due-date', `a loan date is an ISO instant with an offset, got ${JSON.stringify(request.loanDate)}`);
  if (due <= loanDate) throw new BlocksRuleViolation('invalid-override-due-date', 'Due date should be later than loan date');
  return new Date(due).toISOString();
}

function requireInForce(blockType: OverridableBlockType, refusalsInForce: readonly RefusalInForce[]): RefusalInForce {
  const refusal = refusalsInForce.find((inForce) => inForce.blockType === blockType);
  if (refusal === undefined) throw new BlocksRuleViolation('block-not-in-force', `no ${blockType} refuses this now: there is nothing to override`);
  return refusal;
}

const optional = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, string>));

/**
 * Whether a role may override one block in force now, and if so the OverrideGranted to append beside the action it
 * permits. Refused (nothing to append) for an unknown block type (400), a role without the block's permission (403,
 * naming it), a blank comment (422, FOLIO's wording), a missing due date where the rule needs one or one not after
 * the loan date (422), and a block that does not refuse this action now (422).
 */
export function decideOverride(
  request: OverrideRequest,
  refusalsInForce: readonly RefusalInForce[],
  role: string,
  policy: OverridePolicy,
  now: Date,
): OverrideGranted {
  const blockType = requireBlockType(request.blockType);
  requirePermissions([blockType], role, policy);
  const reason = requireReason(blockType, request.comment);
  const dueDate = requireDueDate(blockType, request, now);
  const refusal = requireInForce(blockType, refusalsInForce);
  return {
    overrideId: requireOverrideId(request.overrideId),
    blockType,
    permission: OVERRIDE_PERMISSION_OF_BLOCK[blockType],
    role,
    reason,
    ...optional('dueDate', dueDate),
    grantedAt: now.toISOString(),
    message: refusal.message,
    ...(refusal.patronBlocks !== undefined && { patronBlocks: refusal.patronBlocks }),
    ...(refusal.facts !== undefined && { facts: refusal.facts }),
    ...optional('borrowerId', request.borrowerId),
    ...optional('itemId', request.itemId),
    ...optional('loanId', request.loanId),
    ...optional('desk', request.desk),
  };
}

/** Several overrides sent together (FOLIO's overrideBlocks object): every missing permission is named at once, then each is decided. */
export function decideOverrides(
  requests: readonly OverrideRequest[],
  refusalsInForce: readonly RefusalInForce[],
  role: string,
  policy: OverridePolicy,
  now: Date,
): OverrideGranted[] {
  requirePermissions(
    requests.map((request) => requireBlockType(request.blockType)),
    role,
    policy,
  );
  return requests.map((request) => decideOverride(request, refusalsInForce, role, policy, now));
}

const PATRON_BLOCK_TYPE_OF_ACTION: Readonly<Record<BlockedAction, OverridableBlockType>> = {
  borrowing: 'patronBlock',
  renewals: 'patronBlock',
  requests: 'requestPatronBlock',
};

/**
 * The patron-block refusal of an action, if any, in the shape decideOverride takes: check-outs and renewals are
 * overridden as `patronBlock` (as in FOLIO), holds and requests as `requestPatronBlock`.
 */
export function patronBlockInForce(evaluation: BlockEvaluation, action: BlockedAction): RefusalInForce | undefined {
  const blocks = evaluation[action];
  if (blocks.length === 0) return undefined;
  return { blockType: PATRON_BLOCK_TYPE_OF_ACTION[action], message: blocks.map((block) => block.message).join('; '), patronBlocks: blocks };
}
