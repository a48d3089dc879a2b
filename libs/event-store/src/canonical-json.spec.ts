import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { canonicalJsonData, exactCanonicalJson, exactCanonicalJsonAndOrder } from './canonical-json';

/** What the hash chain has always hashed: the package's canonical form of the stored JSON, read back. */
const reference = (value: unknown) => canonicalize(JSON.parse(JSON.stringify(value)));
const asRead = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('canonical JSON of JSON data', () => {
  it.each([
    [
      'sorted keys, integer-like keys as strings',
      { b: 1, a: 2, '10': 3, '9': 4, '': 5, é: 6, e: 7, '\ud83d\ude00': 8, '\uffff': 9, nested: { '2': 'x', '10': 'y', a: 'z' } },
    ],
    ['numbers as JSON writes them', { zero: -0, big: 1e21, small: 1e-7, sum: 0.1 + 0.2, negative: -12.5 }],
    ['strings with escapes', { text: 'é\u2028"\\\n\t\u0001', nested: [['a', { z: 'y', y: 'z' }]] }],
    ['keys some objects lack', { list: [{ a: 1 }, { b: 2 }, { b: null, a: true }, [], {}], b: false }],
    ['a key objects inherit', JSON.parse('{"__proto__":{"a":1},"constructor":"c","z":{"y":1}}') as unknown],
    [
      'a title list chunk',
      {
        titles: [
          { key: 'issn:1234-5678', values: { publication_title: 'Journal', print_identifier: '1234-5678' }, coverage: [{ date_first_issue_online: '2001' }] },
        ],
      },
    ],
  ])('%s: byte for byte what the chain has always hashed', (_case, value) => {
    expect(canonicalJsonData(asRead(value))).toBe(reference(value));
  });

  it('writes values that are not JSON data as the package does', () => {
    const value = { day: new Date(0), gone: undefined, list: [undefined, null] };
    expect(canonicalJsonData(value)).toBe(canonicalize(value));
    expect(() => canonicalJsonData({ count: NaN })).toThrow();
  });

  it.each([
    ['an undefined member', { a: undefined }],
    ['a hole', [1, , 2]],
    ['a negative zero', { zero: -0 }],
    ['a date', { day: new Date(0) }],
    ['a hidden member', Object.defineProperty({ a: 1 }, 'b', { value: 2, enumerable: false })],
    ['an infinite number', [Infinity]],
  ])('takes a value with %s for something other than exact JSON data', (_case, value) => {
    expect(exactCanonicalJson(value)).toBeUndefined();
  });

  it('sorts the keys of objects of the same shape each by their own order', () => {
    const value = [{ b: 1, a: 2 }, { b: 3, a: 4 }, { a: 5, b: 6 }, { 'a\u0000b': 7 }, { a: 8, b: 9 }];
    expect(exactCanonicalJson(value)).toBe(canonicalize(value));
    expect(exactCanonicalJson(value)).toContain('{"a":2,"b":1},{"a":4,"b":3},{"a":5,"b":6}');
  });

  it('writes any JSON value as the package does', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => exactCanonicalJson(asRead(value)) === reference(value)));
  });

  it('writes flat objects whose keys are already in order as the package does (a title list’s bulk)', () => {
    const plain = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
    const inOrder = fc
      .dictionary(fc.string(), plain)
      .map((entries) => Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
    fc.assert(
      fc.property(fc.array(inOrder, { maxLength: 4 }), (objects) => {
        const hasNegativeZero = objects.some((object) => Object.values(object).some((value) => Object.is(value, -0)));
        return hasNegativeZero ? exactCanonicalJson(objects) === undefined : exactCanonicalJson(objects) === canonicalize(objects);
      }),
    );
  });

  it('answers the canonical JSON with whether JSON.stringify writes the same, for any JSON value in any key order', () => {
    const sortedDeep = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sortedDeep)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([k, v]) => [k, sortedDeep(v)]),
            )
          : value;
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (json, sort) => {
        const value = asRead(sort ? sortedDeep(json) : json);
        const answer = exactCanonicalJsonAndOrder(value);
        if (answer === undefined) return false;
        return answer.text === reference(value) && (!answer.asStringified || answer.text === JSON.stringify(value));
      }),
    );
  });

  it('takes integer-like keys, which Object.keys puts first, for keys out of canonical order', () => {
    const value = asRead({ '9': 'a', '10': 'b' });
    expect(exactCanonicalJsonAndOrder(value)).toEqual({ text: '{"10":"b","9":"a"}', asStringified: false });
  });
});
