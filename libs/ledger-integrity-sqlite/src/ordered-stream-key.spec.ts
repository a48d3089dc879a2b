import fc from 'fast-check';
import { keyOfStreamId, streamIdOfKey } from './ordered-stream-key';

// Any UTF-16 code units, lone surrogates included, weighted towards the ranges' edges.
const codeUnit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x00, 0x7f, 0x80, 0xff, 0x3fff, 0x4000, 0xd83d, 0xde00, 0xe000, 0xffff));
const anyId = fc.array(codeUnit, { maxLength: 12 }).map((units) => String.fromCharCode(...units));
const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0);

describe('the spill key of a stream id', () => {
  it('given any two ids, when their keys are compared as bytes, then they order as the ids do in UTF-16 code units', () => {
    fc.assert(
      fc.property(anyId, anyId, (a, b) => {
        expect(sign(Buffer.compare(keyOfStreamId(a), keyOfStreamId(b)))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('given any id, when its key is decoded, then it is the id again', () => {
    fc.assert(
      fc.property(anyId, (id) => expect(streamIdOfKey(keyOfStreamId(id))).toBe(id)),
      { numRuns: 2000 },
    );
  });

  it('takes one byte per character of an ASCII id', () => {
    expect(keyOfStreamId('desk-inquiry-0190a1b2')).toEqual(Buffer.from('desk-inquiry-0190a1b2'));
  });
});
