/**
 * Test fixtures for the circulation suites (imported by specs only): what other slices' routes will do, appended
 * straight through the domain's deciders with sealed-looking test values (the deciders check the shape only), so
 * that a slice's suite needs no other slice's routes.
 */
import { randomUUID } from 'node:crypto';
import { TestApi } from '@era/api-testing';
import { handleCommand } from '@era/command-handling';
import {
  BLOCK_CONDITIONS_STREAM,
  BlockCondition,
  blockConditionsDecider,
  BlockLimitValue,
  borrowerDecider,
  borrowerStreamId,
  holdsDecider,
  manualBlocksDecider,
  manualBlocksStreamId,
  PatronGroup,
  titleHoldsStreamId,
} from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';

const metadata: AppendMetadata = { actor: { id: 's-desk-head', role: 'desk-head' }, correlationId: 'fixture', causationId: 'fixture', source: 'api' };

const base64url = (seed: string, length: number) => Buffer.from(seed).toString('base64url').padEnd(length, 'A').slice(0, length);

const sealedFor = (keyId: string, seed: string) => ({
  version: 1 as const,
  algorithm: 'A256GCM' as const,
  keyId,
  iv: base64url(`iv${seed}`, 16),
  cipherText: base64url(`ct${seed}`, 24),
  tag: base64url(`tag${seed}`, 22),
});

/** A borrower registered with test values (no real personal data): their id. */
export async function registerTestBorrower(api: TestApi, options: { patronGroup?: PatronGroup; expiresOn?: string } = {}): Promise<string> {
  const borrowerId = randomUUID();
  const external = options.patronGroup === 'external-borrower';
  await handleCommand(
    api.events,
    borrowerStreamId(borrowerId),
    borrowerDecider,
    {
      type: 'RegisterBorrower',
      data: {
        borrowerId,
        patronGroup: options.patronGroup ?? 'undergraduate',
        personalData: sealedFor(borrowerId, 'person'),
        card: { number: sealedFor(borrowerId, 'card'), digest: base64url(`card${borrowerId}`, 43) },
        ...(options.expiresOn !== undefined && { expiresOn: options.expiresOn }),
        ...(external && { identityDocumentType: 'passport' }),
      },
    },
    { metadata, context: () => ({ now: new Date(), barcodeInUse: false, owes: null, itemsOut: 0 }) },
  );
  return borrowerId;
}

/** A block condition switched on for every action, with a limit for a patron group. */
export async function blockAt(api: TestApi, condition: BlockCondition, patronGroup: PatronGroup, value: BlockLimitValue, message: string): Promise<void> {
  const decide = (command: Parameters<typeof blockConditionsDecider.decide>[0]) =>
    handleCommand(api.events, BLOCK_CONDITIONS_STREAM, blockConditionsDecider, command, { metadata, context: () => ({ now: new Date() }) });
  await decide({ type: 'ConfigureBlockCondition', data: { condition, blockBorrowing: true, blockRenewals: true, blockRequests: true, message } });
  await decide({ type: 'SetBlockLimit', data: { patronGroup, condition, value } });
}

/** A manual block on a borrower refusing borrowing and renewals. */
export async function placeManualBlock(api: TestApi, borrowerId: string, description: string): Promise<void> {
  await handleCommand(
    api.events,
    manualBlocksStreamId(borrowerId),
    manualBlocksDecider,
    {
      type: 'PlaceManualBlock',
      data: { blockId: randomUUID(), borrowerId, description, blockBorrowing: true, blockRenewals: true, blockRequests: false },
    },
    { metadata, context: () => ({ now: new Date(), today: new Date().toISOString().slice(0, 10) }) },
  );
}

/** A hold placed on a title for a borrower, to be picked up at a desk: its id. */
export async function placeTestHold(api: TestApi, titleId: string, borrowerId: string, pickupLocation: string): Promise<string> {
  const holdId = randomUUID();
  await handleCommand(
    api.events,
    titleHoldsStreamId(titleId),
    holdsDecider,
    { type: 'PlaceHold', data: { titleId, holdId, borrowerId, pickupLocation } },
    { metadata, context: () => ({ now: new Date(), library: { timeZone: 'UTC', opening: { closedWeekdays: [], closures: [] } }, holdShelfOpenDays: 7 }) },
  );
  return holdId;
}

/** A borrower erased (their key would be shredded by the borrowers slice; here only the event matters). */
export async function eraseTestBorrower(api: TestApi, borrowerId: string): Promise<void> {
  await handleCommand(
    api.events,
    borrowerStreamId(borrowerId),
    borrowerDecider,
    { type: 'EraseBorrower', data: { borrowerId, reason: 'asked to be forgotten' } },
    { metadata, context: () => ({ now: new Date(), barcodeInUse: false, owes: null, itemsOut: 0 }) },
  );
}
