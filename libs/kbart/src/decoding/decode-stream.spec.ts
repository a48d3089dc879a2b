import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import { decodeKbart } from './decode-stream';
import type { KbartEncoding } from './encodings';

const bytesOf = (text: string, encoding: KbartEncoding, addBom = false): Uint8Array => Uint8Array.from(iconv.encode(text, encoding, { addBOM: addBom }));

async function* inChunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function* inChunks(bytes: Uint8Array, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    yield bytes.slice(at, at + size);
    at += size;
  }
}

async function readAll(text: AsyncIterable<string>): Promise<string> {
  let all = '';
  for await (const chunk of text) all += chunk;
  return all;
}

const KBART_ROW = 'publication_title\tprint_identifier\nCafé Économie – “Revue”\t1234-567X\nStraße, Ærø, naïve, año\t\n';
const LATIN_ONLY = 'publication_title\nRevue d’économie régionale et urbaine\nSão Paulo, Zürich, año\n'.replace('’', "'");

describe('decoding a KBART file streamed in odd chunks', () => {
  it.each<[KbartEncoding, string, number]>([
    ['utf-8', KBART_ROW, 1],
    ['utf-8', KBART_ROW, 3],
    ['utf-8', KBART_ROW, 7],
    ['utf-16le', KBART_ROW, 1],
    ['utf-16le', KBART_ROW, 3],
    ['utf-16be', KBART_ROW, 7],
    ['utf-16be', KBART_ROW, 3],
    ['windows-1252', KBART_ROW.replace('ß', 'ss'), 1],
    ['windows-1252', KBART_ROW, 7],
    ['iso-8859-1', LATIN_ONLY, 3],
    ['macintosh', KBART_ROW, 1],
    ['macintosh', KBART_ROW, 7],
  ])('given text written in %s, when read back with that encoding in %#-th chunking (%i bytes), then the same text comes out', async (encoding, text, size) => {
    const decoded = await decodeKbart(inChunksOf(bytesOf(text, encoding), size), { encoding });
    expect(await readAll(decoded.text)).toBe(text);
    expect(decoded.stats().replacements).toBe(0);
  });

  it.each<[KbartEncoding]>([['utf-8'], ['utf-16le'], ['utf-16be']])(
    'given a %s file with a byte-order mark, when read in 1-byte chunks, then the encoding comes from the mark and the mark is not in the text',
    async (encoding) => {
      const decoded = await decodeKbart(inChunksOf(bytesOf(KBART_ROW, encoding, true), 1));
      expect(decoded.detected).toEqual({ encoding, bom: true, source: 'bom' });
      expect(await readAll(decoded.text)).toBe(KBART_ROW);
    },
  );

  it.each<[string, Uint8Array]>([
    ['UTF-8', Uint8Array.of(0xef, 0xbb, 0xbf)],
    ['UTF-16 LE', Uint8Array.of(0xff, 0xfe)],
    ['UTF-16 BE', Uint8Array.of(0xfe, 0xff)],
  ])('given a file of only a %s byte-order mark, when decoded, then the text is empty', async (_, bytes) => {
    const decoded = await decodeKbart(bytes);
    expect(decoded.detected.bom).toBe(true);
    expect(await readAll(decoded.text)).toBe('');
  });

  it('given an empty file, when decoded, then it is UTF-8 without a mark and the text is empty', async () => {
    const decoded = await decodeKbart(inChunksOf(new Uint8Array(0), 1));
    expect(decoded.detected).toEqual({ encoding: 'utf-8', bom: false, source: 'valid-utf8' });
    expect(await readAll(decoded.text)).toBe('');
    expect(decoded.stats()).toEqual({ bytes: 0, replacements: 0 });
  });

  it('given plain UTF-8 without a mark, when decoded, then it is detected as valid UTF-8', async () => {
    const decoded = await decodeKbart(bytesOf(KBART_ROW, 'utf-8'));
    expect(decoded.detected).toEqual({ encoding: 'utf-8', bom: false, source: 'valid-utf8' });
    expect(await readAll(decoded.text)).toBe(KBART_ROW);
  });

  it('given a Latin-1 "é" and a Mac Roman "é", when detected, then each file is read in its own encoding', async () => {
    const text = 'publication_title\nRevue française d’économie\nÉtudes de géographie\n'.replace('’', "'");
    const latin = await decodeKbart(bytesOf(text, 'iso-8859-1'));
    const mac = await decodeKbart(bytesOf(text, 'macintosh'));
    expect(latin.detected).toMatchObject({ source: 'guessed', bom: false });
    expect(['iso-8859-1', 'windows-1252']).toContain(latin.detected.encoding);
    expect(mac.detected).toMatchObject({ encoding: 'macintosh', source: 'guessed', bom: false });
    expect(await readAll(latin.text)).toBe(text);
    expect(await readAll(mac.text)).toBe(text);
  });

  it('given Windows-1252 curly quotes and dashes, when detected, then Windows-1252 rather than ISO-8859-1', async () => {
    const text = 'publication_title\n“Cahiers d’études” – série\n';
    const decoded = await decodeKbart(bytesOf(text, 'windows-1252'));
    expect(decoded.detected).toMatchObject({ encoding: 'windows-1252', source: 'guessed' });
    expect(await readAll(decoded.text)).toBe(text);
  });

  it('given bytes that are not valid UTF-8 past the first kilobytes of ASCII, when detected, then a single-byte guess with a confidence', async () => {
    const text = `${'publication_title\tx\n'.repeat(200)}São Pedro\n`;
    const decoded = await decodeKbart(inChunksOf(bytesOf(text, 'iso-8859-1'), 7));
    expect(decoded.detected.source).toBe('guessed');
    expect(decoded.detected.confidence).toBeGreaterThan(0);
    expect(decoded.detected.confidence).toBeLessThanOrEqual(1);
    expect(await readAll(decoded.text)).toBe(text);
  });

  it('given an override, when the bytes say otherwise (even a byte-order mark), then the override wins', async () => {
    const bytes = bytesOf('Café', 'utf-8', true);
    const decoded = await decodeKbart(bytes, { encoding: 'windows-1252' });
    expect(decoded.detected).toEqual({ encoding: 'windows-1252', bom: true, source: 'override' });
    expect(await readAll(decoded.text)).toBe('ï»¿CafÃ©');
  });

  it('given UTF-8 that turns invalid after the detection sample, when decoded, then the bad bytes are counted as replacements', async () => {
    const bytes = Uint8Array.from([...bytesOf('x\n'.repeat(40), 'utf-8'), 0xff, 0x41, 0xc3]);
    const decoded = await decodeKbart(inChunksOf(bytes, 3), { sampleBytes: 16 });
    expect(decoded.detected.encoding).toBe('utf-8');
    expect(await readAll(decoded.text)).toBe(`${'x\n'.repeat(40)}\uFFFDA\uFFFD`);
    expect(decoded.stats()).toEqual({ bytes: bytes.length, replacements: 2 });
  });

  it('given a UTF-16 file with an odd last byte, when decoded, then the stray byte is one replacement', async () => {
    const bytes = Uint8Array.from([...bytesOf('ab', 'utf-16le', true), 0x41]);
    const decoded = await decodeKbart(inChunksOf(bytes, 1));
    expect(await readAll(decoded.text)).toBe('ab\uFFFD');
    expect(decoded.stats().replacements).toBe(1);
  });

  it('given a large file, when decoded, then text comes out before the source has been read to its end', async () => {
    let served = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        served++;
        yield bytesOf('Zürich\n'.repeat(1000), 'utf-8');
      }
    }
    const decoded = await decodeKbart(endless());
    for await (const chunk of decoded.text) {
      expect(chunk.startsWith('Zürich')).toBe(true);
      break;
    }
    expect(served).toBeLessThan(20);
  });
});

const ENCODINGS: readonly KbartEncoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'macintosh'];
const representable = (text: string, encoding: KbartEncoding) => iconv.decode(iconv.encode(text, encoding), encoding) === text;

describe('decoding, for any text', () => {
  it('given any text, any encoding that can represent it and any chunking, when decoded with that encoding, then the same text comes out', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.constantFrom(...ENCODINGS),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (text, encoding, sizes, addBom) => {
          fc.pre(representable(text, encoding) && !text.startsWith('\uFEFF'));
          const withBom = addBom && encoding.startsWith('utf');
          const decoded = await decodeKbart(inChunks(bytesOf(text, encoding, withBom), sizes), { encoding });
          expect(await readAll(decoded.text)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('given any bytes in any chunking, when detected and decoded, then nothing throws and the counts add up', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), async (bytes, sizes) => {
        const decoded = await decodeKbart(inChunks(bytes, sizes));
        const text = await readAll(decoded.text);
        expect(decoded.stats().bytes).toBe(bytes.length);
        expect(decoded.stats().replacements).toBe([...text].filter((c) => c === '\uFFFD').length);
      }),
      { numRuns: 200 },
    );
  });

  it('given any Latin-1 text whose accented letters sit inside words, when detected without an override, then it decodes to the same text', async () => {
    const word = fc.stringMatching(/^[a-z]{1,6}[àáâãäåçèéêëìíîïñòóôõöùúûüý][a-z]{0,6}$/);
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 9 }), async (words, size) => {
        const text = `title\n${words.join(' ')}\n`;
        const decoded = await decodeKbart(inChunksOf(bytesOf(text, 'windows-1252'), size));
        expect(await readAll(decoded.text)).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});
