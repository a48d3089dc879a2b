import { randomUUID } from 'node:crypto';
import { borrowerDecider, borrowerStreamId, RegisterBorrower } from '@era/circulation-domain';
import { SealedValue } from '@era/personal-data';
import { CommandPath } from '@era/platform';
import { TestApi } from '@era/api-testing';

const pad = (seed: string, length: number) => seed.padEnd(length, 'A').slice(0, length);

/** A value of the sealed shape under the borrower's key (nothing here opens it, so no real cipher is needed). */
const sealedTestValue = (borrowerId: string, seed: string): SealedValue => ({
  version: 1,
  algorithm: 'A256GCM',
  keyId: borrowerId,
  iv: pad(`iv${seed}`, 16),
  cipherText: `ct${seed}xyz`,
  tag: pad(`tag${seed}`, 22),
});

/**
 * A graduate borrower registered through the command path, for suites that need one before the borrowers' routes
 * exist in the same build: sealed test values stand in for the personal data and card number.
 */
export async function registeredBorrower(api: TestApi, borrowerId: string = randomUUID()): Promise<string> {
  const command: RegisterBorrower = {
    type: 'RegisterBorrower',
    data: {
      borrowerId,
      patronGroup: 'graduate',
      personalData: sealedTestValue(borrowerId, 'person'),
      card: { number: sealedTestValue(borrowerId, 'card'), digest: pad(`card${borrowerId.replace(/-/g, '')}`, 43) },
    },
  };
  await api.app.get(CommandPath).handle(borrowerStreamId(borrowerId), borrowerDecider, command, {
    metadata: { actor: { id: 'test-desk', role: 'desk' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' },
    context: () => ({ barcodeInUse: false, owes: null, itemsOut: 0 }),
  });
  return borrowerId;
}
