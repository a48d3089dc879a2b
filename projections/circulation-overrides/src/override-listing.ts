import { Money, OverrideGranted, PatronBlock, TriggeringFact } from '@era/circulation-domain';

export const CIRCULATION_OVERRIDES = 'circulation-overrides';
export const OVERRIDE_LIST = 'overrides';

/**
 * One override as the review lists it: who (staff id and role), when, where, which block under which permission,
 * why, the due date set, and what the rule would have refused at that moment, as recorded and flattened for CSV.
 */
export type OverrideListing = {
  id: string;
  overrideId: string;
  grantedAt: string;
  staffId: string;
  /** The role the decision was made under (the decider's; the same as the actor's role when written through the API). */
  role: string;
  /** Empty when the override was made without a desk. */
  desk: string;
  blockType: string;
  permission: string;
  reason: string;
  /** What the rule said when it refused. */
  message: string;
  dueDate?: string;
  borrowerId?: string;
  itemId?: string;
  loanId?: string;
  facts: Readonly<Record<string, TriggeringFact>>;
  patronBlocks: readonly PatronBlock[];
  /** `key=value; …` in key order, for a spreadsheet cell. */
  factsText: string;
  /** `condition limit=… actual=…: message; …` or `manual <id>: message`, for a spreadsheet cell. */
  patronBlocksText: string;
  /** Global position of the event: ties in time are listed in log order. */
  position: number;
};

const valueText = (value: number | Money) => (typeof value === 'number' ? String(value) : `${value.minor} ${value.currency}`);

export function factsText(facts: Readonly<Record<string, TriggeringFact>> | undefined): string {
  return Object.keys(facts ?? {})
    .sort()
    .map((key) => `${key}=${String(facts?.[key])}`)
    .join('; ');
}

export function patronBlocksText(blocks: readonly PatronBlock[] | undefined): string {
  return (blocks ?? [])
    .map((block) =>
      block.source === 'automated'
        ? `${block.condition} limit=${valueText(block.limit)} actual=${valueText(block.actual)}: ${block.message}`
        : `manual ${block.blockId}${block.expirationDate ? ` until ${block.expirationDate}` : ''}: ${block.message}`,
    )
    .join('; ');
}

/** The listing of one OverrideGranted; who is the event's actor (the authenticated staff member). */
export function overrideListingOf(data: OverrideGranted, actor: { id: string; role: string }, position: number): OverrideListing {
  return {
    id: data.overrideId,
    overrideId: data.overrideId,
    grantedAt: data.grantedAt,
    staffId: actor.id,
    role: data.role,
    desk: data.desk ?? '',
    blockType: data.blockType,
    permission: data.permission,
    reason: data.reason,
    message: data.message,
    ...(data.dueDate !== undefined && { dueDate: data.dueDate }),
    ...(data.borrowerId !== undefined && { borrowerId: data.borrowerId }),
    ...(data.itemId !== undefined && { itemId: data.itemId }),
    ...(data.loanId !== undefined && { loanId: data.loanId }),
    facts: data.facts ?? {},
    patronBlocks: data.patronBlocks ?? [],
    factsText: factsText(data.facts),
    patronBlocksText: patronBlocksText(data.patronBlocks),
    position,
  };
}
