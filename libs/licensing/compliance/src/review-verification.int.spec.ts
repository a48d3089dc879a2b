import { AppendMetadata, EventStore, RecordedEvent } from '@era/event-store';
import { sealLedger } from '@era/ledger-integrity';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { verifyReviewedStreams } from './review-verification';

const metadata: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };
const licenceIds = Array.from({ length: 9 }, (_, n) => `00000000-0000-4000-8000-00000000000${n}`);

/** The store as someone who edited one stored event would leave it: the content changed, the stored hash not. */
function withEventEdited(store: EventStore, streamId: string, revision: number): EventStore {
  const edit = (event: RecordedEvent): RecordedEvent =>
    event.streamId === streamId && event.streamRevision === revision ? { ...event, data: { ...event.data, name: 'Forged' } } : event;
  return {
    ...store,
    positionsAreContiguous: store.positionsAreContiguous,
    headPosition: () => store.headPosition(),
    readStream: (id, options) => mapped(store.readStream(id, options), edit),
    readAll: (options) => mapped(store.readAll(options), edit),
    streamHeads: store.streamHeads?.bind(store),
  };
}

async function* mapped(events: AsyncIterable<RecordedEvent>, map: (event: RecordedEvent) => RecordedEvent) {
  for await (const event of events) yield map(event);
}

describe('verifying the streams of a review', () => {
  let store: SqliteEventStore;
  let sealedAt = '';

  beforeAll(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    await store.append(VOCABULARY_STREAM, [{ type: 'LicenceTermVocabularySeeded', data: { seed: 's', terms: [] } }], {
      expectedRevision: 'no_stream',
      metadata,
    });
    for (const licenceId of licenceIds) {
      await store.append(licenceStream(licenceId), [{ type: 'LicenceDrafted', data: { licenceId, name: `Licence ${licenceId}` } }], {
        expectedRevision: 'no_stream',
        metadata,
      });
    }
    await store.append('desk-inquiry-1', [{ type: 'InquiryRecorded', data: {} }], { expectedRevision: 'no_stream', metadata });
    await sealLedger(store, metadata);
    sealedAt = new Date().toISOString();
  });
  afterAll(() => store.close());

  const reviewed = [...licenceIds.map(licenceStream), VOCABULARY_STREAM];

  it('checks exactly the reviewed streams and the seal stream', async () => {
    const verification = await verifyReviewedStreams(store, reviewed, sealedAt);
    expect(verification).toMatchObject({ ok: true, eventsCheckedUpToAsOf: 9 + 1 + 1, problems: [] });
    expect(verification.streams).toEqual(['ledger-seals', ...licenceIds.map(licenceStream), VOCABULARY_STREAM]);
    expect(verification.seals).toEqual([expect.objectContaining({ sealedThroughPosition: 11, position: 12, ok: true })]);
  });

  it('lists only the seals recorded by asOf', async () => {
    expect((await verifyReviewedStreams(store, reviewed, '2000-01-01T00:00:00.000Z')).seals).toEqual([]);
  });

  it('reports an edited event once, with the seal that no longer holds', async () => {
    const edited = withEventEdited(store, licenceStream(licenceIds[7]), 0);
    const verification = await verifyReviewedStreams(edited, reviewed, sealedAt);
    expect(verification.ok).toBe(false);
    expect(verification.problems.map((problem) => [problem.kind, problem.streamId, problem.streamRevision])).toEqual([
      ['hash-mismatch', licenceStream(licenceIds[7]), 0],
      ['sealed-event-changed', licenceStream(licenceIds[7]), 0],
    ]);
    expect(verification.seals.map((seal) => seal.ok)).toEqual([false]);
  });

  it('does not speak for streams outside the review', async () => {
    const edited = withEventEdited(store, licenceStream(licenceIds[7]), 0);
    const verification = await verifyReviewedStreams(edited, [licenceStream(licenceIds[1]), VOCABULARY_STREAM], sealedAt);
    expect(verification).toMatchObject({ ok: true, eventsCheckedUpToAsOf: 3, problems: [] });
    expect(verification.seals.map((seal) => seal.ok)).toEqual([true]);
  });
});
