import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOKENS } from '@era/api-testing';
import { PERSONAL_DATA, PersonalDataStore } from '@era/platform';
import { startCirculationApi } from '../../testing/circulation-api';
import { registerBorrower, registration } from '../../testing/borrower-fixtures';

describe('the erasure sweep at start (real SQLite)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'era-erasure-sweep-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('erases, when the service starts, the key of a borrower erased in the log whose key survived a crash', async () => {
    const before = await startCirculationApi({ DATA_DIR: dataDir });
    const body = registration();
    const { id } = await registerBorrower(before, body);
    // The crash: BorrowerErased appended, the process gone before the key store deleted the key.
    await before.events.append(`borrower-${id}`, [{ type: 'BorrowerErased', data: { borrowerId: id, reason: 'left' } }], {
      expectedRevision: 0,
      metadata: { actor: { id: 's-head', role: 'desk-head' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' },
    });
    expect(await before.app.get<PersonalDataStore>(PERSONAL_DATA).isErased(id)).toBe(false);
    await before.close();

    const after = await startCirculationApi({ DATA_DIR: dataDir });
    try {
      expect(await after.app.get<PersonalDataStore>(PERSONAL_DATA).isErased(id)).toBe(true);
      const found = await after.http().post('/circulation/borrower-lookups').set(after.as(TOKENS.desk)).send({ cardNumber: body.cardNumber });
      expect(found.status).toBe(404);
    } finally {
      await after.close();
    }
  });
});
