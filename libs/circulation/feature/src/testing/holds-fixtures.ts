import { randomUUID } from 'node:crypto';
import { TestApi } from '@era/api-testing';
import {
  borrowerStreamId,
  CirculationEvent,
  DEFAULT_CIRCULATION_POLICIES,
  DEFAULT_OVERRIDE_POLICY,
  holdQueue,
  holdRequestDecider,
  itemDeskDecider,
  ItemRegistered,
  itemStreamId,
  LibraryCalendar,
  manualBlocksStreamId,
  titleHoldsStreamId,
} from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CommandPath, ReadYourWrites } from '@era/platform';

/**
 * Givens for the holds and loan-history suites, written as the other slices would write them (borrowers registered,
 * items registered, checked in and out, manual blocks), straight to the log until those slices' routes are merged.
 */
export const desk: AppendMetadata = { actor: { id: 's-desk', role: 'desk' }, correlationId: 'fixture', causationId: 'fixture', source: 'api' };
const LIBRARY: LibraryCalendar = { timeZone: 'UTC', opening: { closedWeekdays: [], closures: [] } };

const sealed = (seed: string, keyId: string) => ({
  version: 1,
  algorithm: 'A256GCM',
  keyId,
  iv: `iv${seed}`.padEnd(16, 'A'),
  cipherText: `ct${seed}xyz`,
  tag: `tag${seed}`.padEnd(22, 'A'),
});

export function holdsFixtures(api: TestApi) {
  const commands = api.app.get(CommandPath);
  const freshness = api.app.get(ReadYourWrites);
  const append = async (streamId: string, events: CirculationEvent[]) => {
    const { position } = await api.events.append(streamId, events, { expectedRevision: 'any', metadata: desk });
    await freshness.afterWrite(position);
    return position;
  };
  const itemContext = (queue = holdQueue(holdRequestDecider.initialState)) => ({
    library: LIBRARY,
    loanPolicy: DEFAULT_CIRCULATION_POLICIES.loanPolicies.undergraduate.book,
    holdQueue: queue,
  });

  return {
    append,
    async borrower(options: { expiresOn?: string } = {}): Promise<string> {
      const borrowerId = randomUUID();
      const card = { number: sealed('card', borrowerId), digest: `card${borrowerId}`.padEnd(43, 'A').slice(0, 43) };
      await append(borrowerStreamId(borrowerId), [
        {
          type: 'BorrowerRegistered',
          data: { borrowerId, patronGroup: 'graduate', personalData: sealed('person', borrowerId), card, ...options },
        } as CirculationEvent,
      ]);
      return borrowerId;
    },
    async blockRequests(borrowerId: string, description = 'Card misused'): Promise<void> {
      await append(manualBlocksStreamId(borrowerId), [
        {
          type: 'ManualBlockPlaced',
          data: { blockId: randomUUID(), borrowerId, description, blockBorrowing: false, blockRenewals: false, blockRequests: true },
        },
      ]);
    },
    async item(details: Partial<ItemRegistered> = {}): Promise<ItemRegistered> {
      const item: ItemRegistered = {
        barcode: `39${Math.floor(Math.random() * 1e12)}`,
        title: 'Dune',
        titleId: randomUUID(),
        owningLocation: 'main-desk',
        itemType: 'book',
        loanable: true,
        ...details,
      };
      await append(itemStreamId(item.barcode), [{ type: 'ItemRegistered', data: item }]);
      return item;
    },
    /** The loans slice's check-in: the item goes to the first hold in line, which is filled when it waits on this desk's shelf. */
    async checkIn(item: ItemRegistered, deskName: string): Promise<void> {
      const { state } = await commands.load(titleHoldsStreamId(item.titleId), holdRequestDecider);
      const checkedIn = await commands.handle(
        itemStreamId(item.barcode),
        itemDeskDecider,
        { type: 'CheckInItem', data: { barcode: item.barcode, desk: deskName } },
        { metadata: desk, context: () => itemContext(holdQueue(state)) },
      );
      for (const event of checkedIn.events) {
        if (event.type !== 'ItemAwaitingPickup') continue;
        await commands.handle(
          titleHoldsStreamId(item.titleId),
          holdRequestDecider,
          { type: 'FillHold', data: { titleId: item.titleId, holdId: event.data.holdId, barcode: item.barcode } },
          {
            metadata: desk,
            context: () => ({ library: LIBRARY, holdShelfOpenDays: 3, role: 'desk', overridePolicy: DEFAULT_OVERRIDE_POLICY }),
          },
        );
      }
    },
    async itemState(barcode: string) {
      return (await commands.load(itemStreamId(barcode), itemDeskDecider)).state;
    },
  };
}
