import { AccessDeniedError, MaxAppendSizeExceededError, NotLeaderError, UnavailableError } from '@eventstore/db-client';
import { AppendMetadata, AppendTooLargeError, ConcurrencyConflictError, StoreUnavailableError } from '@era/event-store';
import { FakeEsdbClient } from './esdb-client.fake';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const metadata: AppendMetadata = { actor: { id: 'staff-1', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };
const STREAM = 'desk-inquiry-1';

function notLeader(): NotLeaderError {
  const serviceError = {
    code: 9,
    message: 'Leader info available',
    metadata: { getMap: () => ({ 'leader-endpoint-host': 'node-2', 'leader-endpoint-port': '2113' }) },
  };
  return new NotLeaderError(serviceError as never);
}

const unavailable = () => new UnavailableError(undefined, 'No connection established');

function storeOn(client: FakeEsdbClient) {
  return new EventStoreDbEventStore(client.asClient());
}

async function givenOneEvent(client: FakeEsdbClient): Promise<void> {
  await storeOn(client).append(STREAM, [{ type: 'InquiryRecorded', data: { minutes: 5 } }], { expectedRevision: 'no_stream', metadata });
}

const appendVoid = (store: EventStoreDbEventStore) =>
  store.append(
    STREAM,
    [
      { type: 'InquiryVoided', data: { reason: 'typo' } },
      { type: 'InquiryNoted', data: {} },
    ],
    { expectedRevision: 0, metadata },
  );

describe('EventStoreDB append across a leader change', () => {
  it('given NotLeader before the write, then the same batch is sent once more, with the same ids and expected revision', async () => {
    const client = new FakeEsdbClient();
    await givenOneEvent(client);
    client.failNextAppends({ error: notLeader(), when: 'before-write' });

    const result = await appendVoid(storeOn(client));

    const [, first, retry] = client.appendCalls;
    expect(retry).toEqual(first);
    expect(client.appendCalls).toHaveLength(3);
    expect(client.streams.get(STREAM)!.map((e) => e.type)).toEqual(['InquiryRecorded', 'InquiryVoided', 'InquiryNoted']);
    expect(result.nextExpectedRevision).toBe(2);
    expect(result.events.map((e) => e.eventId)).toEqual(first.ids);
  });

  it('given UNAVAILABLE after the write landed, then the retry is recognised as a repeat and nothing is stored twice', async () => {
    const client = new FakeEsdbClient();
    await givenOneEvent(client);
    client.failNextAppends({ error: unavailable(), when: 'after-write' });

    const result = await appendVoid(storeOn(client));

    expect(client.streams.get(STREAM)).toHaveLength(3);
    expect(result.position).toBe(Number(client.streams.get(STREAM)![2].position!.commit));
  });

  it('given the write landed and the server no longer recognises the repeat, then reading back confirms our events', async () => {
    const client = new FakeEsdbClient(false);
    await givenOneEvent(client);
    client.failNextAppends({ error: unavailable(), when: 'after-write' });

    const result = await appendVoid(storeOn(client));

    expect(client.streams.get(STREAM)).toHaveLength(3);
    expect(result.events.map((e) => e.eventId)).toEqual(client.appendCalls[1].ids);
  });

  it('given another writer took the revision during the election, then the retry is a conflict and appends nothing', async () => {
    const client = new FakeEsdbClient();
    await givenOneEvent(client);
    const other = storeOn(client);
    client.failNextAppends({
      error: notLeader(),
      when: 'before-write',
      meanwhile: () => other.append(STREAM, [{ type: 'InquiryAmended', data: {} }], { expectedRevision: 0, metadata }),
    });

    await expect(appendVoid(storeOn(client))).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(client.streams.get(STREAM)!.map((e) => e.type)).toEqual(['InquiryRecorded', 'InquiryAmended']);
  });

  it('given the retry meets a leader change too, then the store is unavailable (503), nothing stored, no third try', async () => {
    const client = new FakeEsdbClient();
    await givenOneEvent(client);
    client.failNextAppends({ error: notLeader(), when: 'before-write' }, { error: unavailable(), when: 'before-write' });

    const attempt = appendVoid(storeOn(client));

    await expect(attempt).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(attempt).rejects.toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect(client.appendCalls).toHaveLength(3);
    expect(client.streams.get(STREAM)).toHaveLength(1);
  });

  it('given a batch over the server limit, then it is refused as too large, without a retry', async () => {
    const client = new FakeEsdbClient();
    client.failNextAppends({ error: MaxAppendSizeExceededError.fromMaxAppendSize(1_048_576), when: 'before-write' });

    const attempt = storeOn(client).append(STREAM, [{ type: 'InquiryRecorded', data: {} }], { expectedRevision: 'any', metadata });

    await expect(attempt).rejects.toBeInstanceOf(AppendTooLargeError);
    await expect(attempt).rejects.toMatchObject({ maxBytes: 1_048_576 });
    expect(client.appendCalls).toHaveLength(1);
  });

  it('given any other server error, then it is not retried', async () => {
    const client = new FakeEsdbClient();
    client.failNextAppends({ error: new AccessDeniedError(), when: 'before-write' });

    await expect(storeOn(client).append(STREAM, [{ type: 'InquiryRecorded', data: {} }], { expectedRevision: 'any', metadata })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(client.appendCalls).toHaveLength(1);
  });
});
