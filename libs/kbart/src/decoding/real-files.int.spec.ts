// The vendors' files live outside the repository (../shared/data/kbart, see its SOURCES.md); this spec only reads them.
// eslint-disable-next-line no-restricted-imports -- a spec reading the shared vendors' files, never the library itself
import { existsSync, readFileSync } from 'node:fs';
// eslint-disable-next-line no-restricted-imports -- as above
import { join } from 'node:path';
import { decodeKbart } from './decode-stream';
import type { KbartEncoding } from './encodings';

// Beside the repository (../shared), or beside the folder of worktrees (../../shared); KBART_DATA names another.
const ROOT = join(__dirname, '../../../..');
const CANDIDATES = process.env.KBART_DATA ? [process.env.KBART_DATA] : [join(ROOT, '../shared/data/kbart'), join(ROOT, '../../shared/data/kbart')];
const FOLDER = CANDIDATES.find((folder) => existsSync(join(folder, 'SOURCES.md'))) ?? CANDIDATES[0];
const present = existsSync(join(FOLDER, 'SOURCES.md'));
if (!present) console.log(`KBART real files: skipped, no SOURCES.md in ${CANDIDATES.join(' or ')} (set KBART_DATA to the folder holding it)`);

// What SOURCES.md says of each file's encoding; ASCII files are valid UTF-8, and "ISO-8859-1 / Windows-1252" allows either.
const EXPECTED: readonly [string, readonly KbartEncoding[], 'bom' | 'valid-utf8' | 'guessed'][] = [
  ['cairn-alljournals-2026.txt', ['utf-8'], 'valid-utf8'],
  ['elsevier-sciencedirect-agbio-ebooks-2016.txt', ['utf-8'], 'bom'],
  ['annualreviews-sciences34-2011.txt', ['utf-8'], 'valid-utf8'],
  ['cabi-ebooks-2017.txt', ['iso-8859-1', 'windows-1252'], 'guessed'],
  ['heinonline-journals-2016.txt', ['utf-8'], 'valid-utf8'],
  ['ubleipzig-finc-holdings-prefix.txt', ['utf-8'], 'valid-utf8'],
  ['jstor-allebooks-2025.txt', ['utf-8'], 'valid-utf8'],
  ['iet-books-2021.txt', ['utf-8'], 'valid-utf8'],
  ['gokb-fixture-serials-errors.txt', ['utf-8'], 'valid-utf8'],
];

async function* inChunksOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

(present ? describe : describe.skip)('the vendors’ real KBART files', () => {
  const seen: string[] = [];
  afterAll(() => console.log(`KBART real files, as detected:\n${seen.join('\n')}`));

  it.each(EXPECTED)(
    'given %s, when decoded in 4 KiB chunks, then its encoding is the one SOURCES.md names and nothing is undecodable',
    async (file, encodings, source) => {
      const bytes = Uint8Array.from(readFileSync(join(FOLDER, file)));
      const decoded = await decodeKbart(inChunksOf(bytes, 4096));
      let text = '';
      for await (const chunk of decoded.text) text += chunk;
      seen.push(`${file}: ${JSON.stringify(decoded.detected)}, ${decoded.stats().bytes} bytes, ${decoded.stats().replacements} replacements`);
      expect(encodings).toContain(decoded.detected.encoding);
      expect(decoded.detected.source).toBe(source);
      expect(decoded.stats()).toEqual({ bytes: bytes.length, replacements: 0 });
      expect(text.startsWith('\uFEFF')).toBe(false);
    },
  );

  it('given the Latin-1 file, when decoded, then "São Pedro" reads as written', async () => {
    const decoded = await decodeKbart(Uint8Array.from(readFileSync(join(FOLDER, 'cabi-ebooks-2017.txt'))));
    let text = '';
    for await (const chunk of decoded.text) text += chunk;
    expect(text).toContain('São Pedro');
  });
});
