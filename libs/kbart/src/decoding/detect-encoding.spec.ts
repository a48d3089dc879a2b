import { DETECTION_SAMPLE_BYTES, detectEncoding } from './detect-encoding';
import { isValidUtf8 } from './utf8';

describe('telling whether bytes are UTF-8', () => {
  it.each<[string, number[], boolean]>([
    ['ASCII', [0x41, 0x09, 0x0a], true],
    ['a two-byte é', [0xc3, 0xa9], true],
    ['a four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], true],
    ['an overlong slash', [0xc0, 0xaf], false],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], false],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], false],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
    ['a lone continuation byte', [0x80], false],
    ['Latin-1 é between letters', [0x63, 0x61, 0x66, 0xe9, 0x73], false],
    ['a sequence cut at the end', [0x41, 0xe2, 0x80], false],
  ])('given %s, then valid is %s', (_, bytes, valid) => {
    expect(isValidUtf8(Uint8Array.from(bytes))).toBe(valid);
  });

  it('given a sample cut from a longer file in the middle of a character, when checked as truncated, then it is still UTF-8', () => {
    expect(isValidUtf8(Uint8Array.of(0x41, 0xe2, 0x80), true)).toBe(true);
    expect(isValidUtf8(Uint8Array.of(0x41, 0xe2, 0x41), true)).toBe(false);
  });
});

describe('detecting the encoding of a sample', () => {
  it.each<[string, number[], object]>([
    ['a UTF-8 byte-order mark', [0xef, 0xbb, 0xbf, 0x41], { encoding: 'utf-8', bom: true, source: 'bom' }],
    ['a UTF-16 LE byte-order mark', [0xff, 0xfe, 0x41, 0x00], { encoding: 'utf-16le', bom: true, source: 'bom' }],
    ['a UTF-16 BE byte-order mark', [0xfe, 0xff, 0x00, 0x41], { encoding: 'utf-16be', bom: true, source: 'bom' }],
    ['plain ASCII', [0x41, 0x0a], { encoding: 'utf-8', bom: false, source: 'valid-utf8' }],
    ['UTF-16 LE without a mark', [0x41, 0x00, 0x0a, 0x00, 0xe9, 0x00], { encoding: 'utf-16le', bom: false, source: 'guessed', confidence: 1 }],
    ['UTF-16 BE without a mark', [0x00, 0x41, 0x00, 0x0a, 0x00, 0x42], { encoding: 'utf-16be', bom: false, source: 'guessed', confidence: 1 }],
    ['ASCII with a few NUL bytes', [0x41, 0x00, 0x00, 0x42, 0x43, 0x44], { encoding: 'utf-8', source: 'valid-utf8' }],
    ['half a UTF-8 mark', [0xef, 0xbb], { source: 'guessed', bom: false }],
  ])('given %s, then %j', (_, bytes, expected) => {
    expect(detectEncoding(Uint8Array.from(bytes))).toMatchObject(expected);
  });

  it('given a sample longer than the detection limit whose limit cuts a character, when detected, then only the limit is read and it is still UTF-8', () => {
    const sample = new Uint8Array(DETECTION_SAMPLE_BYTES + 10).fill(0x41);
    sample.set([0xc3, 0xa9], DETECTION_SAMPLE_BYTES - 1);
    sample[DETECTION_SAMPLE_BYTES + 5] = 0xff;
    expect(detectEncoding(sample)).toEqual({ encoding: 'utf-8', bom: false, source: 'valid-utf8' });
  });

  it('given a Mac Roman sample, when detected, then the guess names Mac Roman with a confidence above one half', () => {
    // "Société générale\nÉtudes" in Mac Roman: é is 0x8E, É 0x83.
    const bytes = Uint8Array.from(
      [...'Soci', 0x8e, ...'t', 0x8e, ...' g', 0x8e, ...'n', 0x8e, ...'rale\n', 0x83, ...'tudes'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))),
    );
    const detected = detectEncoding(bytes);
    expect(detected).toMatchObject({ encoding: 'macintosh', source: 'guessed' });
    expect(detected.confidence).toBeGreaterThan(0.5);
  });
});
