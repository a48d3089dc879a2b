import { prepareAppend, prepareAppendInTurns } from './append-preparation';
import { canonicalEventBytes, GENESIS_HASH, hashEvent } from './hashing';

const metadata = { actor: { id: 's-1', role: 'desk' }, correlationId: 'c', causationId: 'k', source: 'api' as const };

describe('event hashing', () => {
  const [first, second] = prepareAppend(
    'desk-inquiry-1',
    [
      { eventId: 'a', type: 'InquiryRecorded', data: { minutes: 3, location: 'main' } },
      { eventId: 'b', type: 'InquiryVoided', data: { reason: 'typo' } },
    ],
    metadata,
    { revision: -1, hash: undefined },
    new Date('2026-01-01T00:00:00Z'),
  );

  it('chains each event to the one before it, from the genesis hash', () => {
    expect(first.previousHash).toBe(GENESIS_HASH);
    expect(second.previousHash).toBe(first.hash);
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order or number formatting of the stored JSON', () => {
    const reordered = { ...first, data: { location: 'main', minutes: 3.0 } };
    expect(hashEvent(reordered)).toBe(first.hash);
  });

  it('changes when any hashed field changes', () => {
    expect(hashEvent({ ...first, data: { minutes: 4, location: 'main' } })).not.toBe(first.hash);
    expect(hashEvent({ ...first, streamRevision: 1 })).not.toBe(first.hash);
    expect(hashEvent({ ...first, metadata: { ...first.metadata, actor: { id: 's-2', role: 'desk' } } })).not.toBe(first.hash);
    expect(hashEvent({ ...first, previousHash: second.hash })).not.toBe(first.hash);
  });

  it('serialises canonically (RFC 8785): sorted keys, no whitespace', () => {
    expect(canonicalEventBytes(first)).toMatch(/^\{"data":\{"location":"main","minutes":3\},"eventId":"a",/);
  });
});

describe('the hash an append gives', () => {
  const titles = [
    { key: '10', values: { b: 'é"', a: 1.5, '2': null } },
    { key: 'x', coverage: [] },
  ];
  it.each([
    ['JSON data', { titles }],
    ['data with members JSON drops', { titles, gone: undefined, list: [undefined] }],
    ['data with a date and a negative zero', { titles, day: new Date(0), zero: -0 }],
    ['data with a key objects inherit', { titles, constructor: 'c' }],
    ['data of many pieces to hash', { titles: Array.from({ length: 2000 }, (_, index) => ({ key: `k${index}`, values: { title: `Łódź ${index}` } })) }],
  ])('%s: is the hash verification computes from the stored event, and its data is what is read back', (_case, data) => {
    const [event] = prepareAppend('package-1', [{ type: 'PackageTitlesAdded', data }], metadata, { revision: -1, hash: undefined });
    const read = { ...event, data: JSON.parse(JSON.stringify(event.data)), metadata: JSON.parse(JSON.stringify(event.metadata)) };
    expect(hashEvent(read)).toBe(event.hash);
    expect(event.data).toStrictEqual(read.data);
  });
});

describe('the stored text an append gives', () => {
  const inOrder = {
    resourceId: 'p',
    titles: [{ coverage: [{ a: '1', b: '2' }], key: 'k', values: { publication_title: 'Ł "q"', title_id: '7' } }],
    version: 2,
  };
  const outOfOrder = { version: 2, titles: [{ values: { title_id: '7', publication_title: 'Ł' }, key: 'k' }], resourceId: 'p' };
  it.each([
    ['data whose keys are all in canonical order (stored as its canonical text)', inOrder],
    ['data whose keys are not', outOfOrder],
    ['data that is not exact JSON data', { ...inOrder, day: new Date(0) }],
  ])('%s: the row text reads back as the data, and verification computes the same hash from it', async (_case, data) => {
    const { prepared, stored } = await prepareAppendInTurns(
      'package-1',
      [{ type: 'PackageTitlesAdded', data }],
      metadata,
      { revision: -1, hash: undefined },
      new Date(0),
      (_event, dataJson) => dataJson,
    );
    expect(JSON.parse(stored[0])).toStrictEqual(JSON.parse(JSON.stringify(data)));
    expect(hashEvent({ ...prepared[0], data: JSON.parse(stored[0]) })).toBe(prepared[0].hash);
  });
});
