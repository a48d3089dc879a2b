import { randomUUID } from 'node:crypto';
import { TestApi, TOKENS } from '@era/api-testing';
import { EventStore } from '@era/event-store';
import { sealLedger } from '@era/ledger-integrity';
import { RAW_EVENT_STORE } from '@era/platform';

export const CORRECTION_REASON = 'Typed the signing date; the amendment takes effect on 1 February 2025 (clause 2)';
export const SIGNED_PDF = Buffer.from('%PDF-1.7\nJSTOR licence agreement, signed 2023-12-18\n%%EOF\n');

/** Instants taken between the scenario's writes: what had been recorded at each step. */
export interface KnownAt {
  beforeDraft: string;
  afterDraft: string;
  afterOriginal: string;
  afterAmendment: string;
  afterCorrection: string;
}

export interface IllElectronicScenario {
  licenceId: string;
  originalId: string;
  amendmentId: string;
  documentSha256: string;
  /** Global position of the original's confirmation: the last licence event before `known.afterOriginal`. */
  confirmedAt: number;
  known: KnownAt;
}

/**
 * The scenario, written through the HTTP API: an original licence (from 2024-01-01) prohibits ILL
 * electronic, with its signed PDF, confirmed by the librarian; an amendment a year later (typed as 2025-01-01)
 * permits it; a later correction moves the amendment to 2025-02-01. A desk inquiry in between is none of a
 * licence's business. The store's clock is the real one, so the "known at" instants are taken between writes.
 */
export async function recordIllElectronicScenario(api: TestApi): Promise<IllElectronicScenario> {
  const write = (path: string, body: object, token?: string) => postOrFail(api, path, body, token);
  const beforeDraft = await instantBetweenWrites();
  const licenceId: string = (await write('/licences', { name: 'JSTOR Arts & Sciences I', licensor: 'ITHAKA', type: 'local', resourceIds: ['jstor-as1'] })).id;
  const afterDraft = await instantBetweenWrites();
  const originalId: string = (
    await write(`/licences/${licenceId}/versions`, {
      kind: 'original',
      label: 'Signed agreement 2024',
      effectiveFrom: '2024-01-01',
      effectiveTo: null,
      terms: { 'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Electronic ILL is not allowed', internalNote: 'Clause 4.2' } },
      directedBy: 's-librarian',
    })
  ).versionId;
  const upload = await api
    .http()
    .post(`/licences/${licenceId}/versions/${originalId}/documents`)
    .query({ documentType: 'licence', fileName: 'jstor-2024.pdf' })
    .set(api.as(TOKENS.associate))
    .set('Content-Type', 'application/pdf')
    .send(SIGNED_PDF);
  if (upload.status !== 201) throw new Error(`upload: ${upload.status} ${JSON.stringify(upload.body)}`);
  const confirmedAt: number = (await write(`/licences/${licenceId}/versions/${originalId}/confirmations`, {}, TOKENS.librarian)).position;
  await recordUnrelated(api);
  const afterOriginal = await instantBetweenWrites();
  const amendmentId: string = (
    await write(`/licences/${licenceId}/versions`, {
      kind: 'amendment',
      label: 'Amendment 1',
      effectiveFrom: '2025-01-01',
      effectiveTo: null,
      terms: { 'ill-electronic': { value: 'permitted-explicit', publicNote: 'Secure electronic transmission to the borrowing library' } },
      directedBy: 's-librarian',
    })
  ).versionId;
  const afterAmendment = await instantBetweenWrites();
  await write(`/licences/${licenceId}/versions/${amendmentId}/corrections`, {
    effectiveFrom: '2025-02-01',
    reason: CORRECTION_REASON,
    directedBy: 's-librarian',
  });
  const afterCorrection = await instantBetweenWrites();
  return {
    licenceId,
    originalId,
    amendmentId,
    documentSha256: upload.body.sha256,
    confirmedAt,
    known: { beforeDraft, afterDraft, afterOriginal, afterAmendment, afterCorrection },
  };
}

/** A write that must succeed: its answer's body. */
export async function postOrFail(api: TestApi, path: string, body: object, token: string = TOKENS.associate) {
  const response = await api.http().post(path).set(api.as(token)).send(body);
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** An instant strictly between two writes: the store's clock is monotonic with millisecond resolution. */
export async function instantBetweenWrites(): Promise<string> {
  await pause(5);
  const instant = new Date().toISOString();
  await pause(5);
  return instant;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Another area's write between two licence writes (the log is shared): no part of any licence's review. */
async function recordUnrelated(api: TestApi): Promise<void> {
  await api.events.append(`other-area-${randomUUID()}`, [{ type: 'ProbeRecorded', data: { note: 'not a licence event' } }], {
    expectedRevision: 'no_stream',
    metadata: { actor: { id: 's-desk', role: 'desk' }, correlationId: randomUUID(), causationId: randomUUID(), source: 'api' },
  });
}

/** A ledger seal recorded by the librarian, as the ledger's own route records it (that route is not the licensing area's). */
export async function sealAsLibrarian(api: TestApi, reason?: string): Promise<void> {
  const metadata = {
    actor: { id: 's-librarian', role: 'librarian' },
    ...(reason ? { reason } : {}),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    source: 'api' as const,
  };
  await sealLedger(api.app.get<EventStore>(RAW_EVENT_STORE), metadata);
}
