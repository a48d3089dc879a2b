import { BlockEvaluation, OverrideGranted, PatronBlock } from './blocks';
import { BlockInForce, OverrideGrant, OverridableBlock } from './loans';

const keyOf = (block: PatronBlock) => (block.source === 'automated' ? block.condition : `manual:${block.blockId}`);

/**
 * The blocks slice's evaluation as the loans slice's decisions take it: one entry per block in force, with the
 * actions it refuses (a block refusing borrowing but not renewals, as FOLIO's items-out rule at its limit, says so).
 */
export function blocksInForce(evaluation: BlockEvaluation): BlockInForce[] {
  const byKey = new Map<string, { block: PatronBlock; borrowing: boolean; renewals: boolean; requests: boolean }>();
  for (const action of ['borrowing', 'renewals', 'requests'] as const) {
    for (const block of evaluation[action]) {
      const entry = byKey.get(keyOf(block)) ?? { block, borrowing: false, renewals: false, requests: false };
      byKey.set(keyOf(block), { ...entry, [action]: true });
    }
  }
  return [...byKey.values()].map(({ block, borrowing, renewals, requests }) => ({
    type: block.source === 'automated' ? block.condition : 'manual',
    message: block.message,
    borrowing,
    renewals,
    requests,
  }));
}

/** The loans' block a grant lifts: a renewal due date and a hold's patron block are lifted as their loans-side kin. */
const LIFTS: Readonly<Record<OverrideGranted['blockType'], OverridableBlock>> = {
  patronBlock: 'patronBlock',
  requestPatronBlock: 'patronBlock',
  itemLimitBlock: 'itemLimitBlock',
  itemNotLoanableBlock: 'itemNotLoanableBlock',
  renewalBlock: 'renewalBlock',
  renewalDueDateRequiredBlock: 'renewalBlock',
};

/** An override the blocks slice granted (permission, reason and due date checked there), handed to a loan decision. */
export const overrideGrantOf = (granted: OverrideGranted): OverrideGrant => ({
  overrideId: granted.overrideId,
  block: LIFTS[granted.blockType],
  reason: granted.reason,
  ...(granted.dueDate !== undefined && { dueDate: granted.dueDate }),
});
