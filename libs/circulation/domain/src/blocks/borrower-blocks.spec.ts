import { blockConditionsDecider, BlockConditionsState, initialBlockConditions } from './block-conditions-decider';
import { BlockConditionsEvent } from './block-conditions-events';
import { evaluateBorrowerBlocks } from './borrower-blocks';
import { ManualBlockEvent } from './manual-block-events';
import { initialManualBlocks, manualBlocksDecider } from './manual-blocks';

const NOW = new Date('2026-03-05T12:00:00Z');
const configuration: BlockConditionsState = (
  [
    {
      type: 'PatronBlockConditionConfigured',
      data: { condition: 'maxNumberOfItemsChargedOut', blockBorrowing: true, blockRenewals: false, blockRequests: false, message: 'Item limit reached' },
    },
    { type: 'PatronBlockLimitSet', data: { patronGroup: 'undergraduate', condition: 'maxNumberOfItemsChargedOut', value: 1 } },
  ] satisfies BlockConditionsEvent[]
).reduce(blockConditionsDecider.evolve, initialBlockConditions);
const manual = (
  [
    {
      type: 'ManualBlockPlaced',
      data: { blockId: 'mb-1', borrowerId: 'b-1', description: 'Unpaid damage', blockBorrowing: false, blockRenewals: false, blockRequests: true },
    },
  ] satisfies ManualBlockEvent[]
).reduce(manualBlocksDecider.evolve, initialManualBlocks);
const oneLoanOut = {
  openLoans: [{ loanId: 'l-1', dueDate: '2026-03-19T12:00:00Z', recall: false, itemLost: false, itemClaimedReturned: false }],
  openFeesFines: [],
  now: NOW,
  today: '2026-03-05',
};

describe("a borrower's blocks from the folded streams", () => {
  it("given the undergraduate item limit reached and a manual request block, then borrowing and requests are blocked, by the group's limit only", () => {
    const undergraduate = evaluateBorrowerBlocks(configuration, 'undergraduate', manual, oneLoanOut);
    expect(undergraduate.borrowing).toEqual([
      { source: 'automated', condition: 'maxNumberOfItemsChargedOut', limit: 1, actual: 1, message: 'Item limit reached' },
    ]);
    expect(undergraduate.renewals).toEqual([]);
    expect(undergraduate.requests).toEqual([{ source: 'manual', blockId: 'mb-1', description: 'Unpaid damage', message: 'Unpaid damage' }]);
    expect(evaluateBorrowerBlocks(configuration, 'faculty', manual, oneLoanOut).borrowing).toEqual([]);
  });
});
