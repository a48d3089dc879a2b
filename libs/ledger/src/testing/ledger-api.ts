import { randomUUID } from 'node:crypto';
import { startTestApi, TestApi } from '@era/api-testing';
import { LedgerModule } from '../ledger.module';

/** The ledger API alone: sealing and verification need no read model. */
export const startLedgerApi = (env: Record<string, string> = {}) => startTestApi({ features: [LedgerModule], projections: [], upcasters: [] }, env);

/**
 * Something recorded before any seal, as an area would record it (the ledger seals every stream whatever its area):
 * one event in a stream of its own. Answers the stream's id.
 */
export async function recordSomething(api: TestApi): Promise<string> {
  const streamId = `ledger-probe-${randomUUID()}`;
  await api.events.append(streamId, [{ type: 'ProbeRecorded', data: { note: 'recorded before the seal' } }], {
    expectedRevision: 'no_stream',
    metadata: { actor: { id: 's-desk', role: 'desk' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' },
  });
  return streamId;
}
