import { DomainEvent } from '@era/decider';
import { PatronBlock } from './evaluate-blocks';
import { OverridableBlockType, OverridePermission } from './override-policy';

/** A fact that triggered a block, flat so that the override review can list and export it. */
export type TriggeringFact = string | number | boolean | null;

/** A refusal in force at the moment of an override: what refused, what it said, and the facts that made it refuse. */
export interface RefusalInForce {
  readonly blockType: OverridableBlockType;
  /** What the rule said when it refused (shown to staff, recorded with the override). */
  readonly message: string;
  /** For patron-block types: the blocks that refused the action, automated (condition, limit, actual) or manual. */
  readonly patronBlocks?: readonly PatronBlock[];
  /** For the other types: the loans slice's facts (say itemLimit, itemsOfTypeOut, loanType, renewalLimit, renewalsSoFar). */
  readonly facts?: Readonly<Record<string, TriggeringFact>>;
}

/**
 * Staff overrode a block: which block, under which permission, by which role, why, with which due date where the
 * rule required one, and what the rule would otherwise have refused at that moment. Who it was is the event's
 * metadata (the authenticated staff member). The loans slice appends it beside the check-out, renewal or hold it permits.
 */
export interface OverrideGranted extends RefusalInForce {
  readonly overrideId: string;
  readonly permission: OverridePermission;
  readonly role: string;
  /** The staff member's comment (FOLIO overrideBlocks.*.comment), trimmed and never blank. */
  readonly reason: string;
  /** ISO instant: the due date staff set, for itemNotLoanableBlock and renewalDueDateRequiredBlock only. */
  readonly dueDate?: string;
  /** ISO instant of the decision. */
  readonly grantedAt: string;
  readonly borrowerId?: string;
  readonly itemId?: string;
  readonly loanId?: string;
  /** The service desk (location) where the override was made. */
  readonly desk?: string;
}

export type OverrideEvent = DomainEvent<'OverrideGranted', OverrideGranted>;
