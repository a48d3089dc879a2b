/**
 * A title list read in a worker thread (what the built service, CLI and bench do) gives exactly what reading it in
 * the importer's own thread gives, for every kind of file a vendor sends; and the worker path keeps the importer's
 * promises: an upload that breaks off is heard as that error, and a reading closed early leaves the rest of the
 * bytes to the importer. The worker runs the compiled reading-worker in dist/, so this suite builds first.
 */
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readRecordsInThread, TitleListReader, titleListReaderInWorkers } from '@era/holdings';
import { DecodeOptions, titleListReadingOf } from '@era/kbart';
import { ensureBuilt, ROOT } from './support';

jest.setTimeout(60_000);

const WORKER = join(ROOT, 'dist', 'libs', 'holdings', 'feature', 'src', 'import-title-list', 'reading', 'reading-worker.js');
let inWorker: TitleListReader;

beforeAll(async () => {
  await ensureBuilt();
  inWorker = titleListReaderInWorkers(WORKER);
});

/** The bytes in chunks of irregular sizes (a multi-byte character or a CRLF may be split between two). */
async function* chunked(bytes: Uint8Array, sizes = [1, 7, 4096, 65536, 3]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length];
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

async function readWith(reader: TitleListReader, bytes: Uint8Array, options: DecodeOptions = {}) {
  const opened = await reader(chunked(bytes), options);
  try {
    const reading = await titleListReadingOf(opened.records);
    const rows = [];
    for await (const batch of reading.rowBatches) rows.push(...batch);
    return { encoding: reading.encoding, header: reading.header, rows, decoding: reading.decoding() };
  } finally {
    await opened.close();
  }
}

const HEADER = ['publication_title', 'print_identifier', 'online_identifier', 'date_first_issue_online', 'embargo_info', 'title_id', 'vendor_note'];
const row = (n: number) => [
  `Journal of Ärztliche “Praxis” ${n}`,
  '0028-0836',
  `1476-4687`,
  `${1990 + (n % 30)}-01`,
  n % 7 === 0 ? 'R1Y' : '',
  `j${n}`,
  `note ${n}`,
];
const text = (rows: string[][], end = '\n') => [HEADER, ...rows].map((cells) => cells.join('\t')).join(end) + end;
const manyRows = Array.from({ length: 20_000 }, (_, n) => row(n));

describe('a title list read in a worker thread', () => {
  it.each([
    ['UTF-8, LF, 20,000 rows in irregular chunks', Buffer.from(text(manyRows), 'utf8')],
    ['UTF-8 with a BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(manyRows.slice(0, 300), '\r\n'), 'utf8')])],
    ['UTF-16 LE with a BOM', iconv.encode(text(manyRows.slice(0, 300)), 'utf-16le', { addBOM: true })],
    ['Windows-1252 with CR line ends', iconv.encode(text(manyRows.slice(0, 300), '\r'), 'windows-1252')],
    [
      'quoted cells holding tabs and line breaks',
      Buffer.from(`${HEADER.join('\t')}\n"A\tquoted\ntitle"\t0028-0836\t\t\t\tq1\n"unclosed "x\t\t\t\t\tq2\n`, 'utf8'),
    ],
    ['blank lines before the header and a short row', Buffer.from(`\n\n \t \n${HEADER.join('\t')}\nShort\t0028-0836\n`, 'utf8')],
    ['a line longer than the cap', Buffer.from(`${HEADER.join('\t')}\nLong\t0028-0836\t\t\t\tl1\t${'x'.repeat(150_000)}\nNext\t0028-0836\t\t\t\tl2\n`, 'utf8')],
    [
      'a quote never closed (the parse stops, the rest reported)',
      Buffer.from(`${HEADER.join('\t')}\nA\t\t\t\t\ta1\n"runaway\n${'x\n'.repeat(600_000)}`, 'utf8'),
    ],
    ['an undecodable byte in UTF-8', Buffer.concat([Buffer.from(text(manyRows.slice(0, 10)), 'utf8'), Buffer.from([0xff, 0x0a])])],
    ['no header at all', Buffer.from('\n\n\n', 'utf8')],
    ['nothing', Buffer.alloc(0)],
  ])('given %s, then the worker reads exactly what the importer’s own thread reads', async (_case, bytes) => {
    const [here, there] = [await readWith(readRecordsInThread, bytes), await readWith(inWorker, bytes)];
    expect(there).toEqual(here);
  });

  it('given an encoding named by the client, then the worker decodes with it', async () => {
    const bytes = iconv.encode(text(manyRows.slice(0, 5)), 'macintosh');
    const there = await readWith(inWorker, bytes, { encoding: 'macintosh' });
    expect(there.encoding.encoding).toBe('macintosh');
    expect(there.rows[0].fields.publication_title).toBe('Journal of Ärztliche “Praxis” 0');
  });

  it('given an upload that breaks off, then the one pulling the rows hears that very error', async () => {
    const broken = new Error('the client went away');
    async function* breaksOff(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(text(manyRows.slice(0, 2000)), 'utf8');
      throw broken;
    }
    let close: () => Promise<void> = async () => undefined;
    // Heard where the importer awaits the reading: when it starts, or while the rows are pulled (whichever comes first).
    const reading = (async () => {
      const opened = await inWorker(breaksOff(), {});
      close = opened.close;
      for await (const batch of (await titleListReadingOf(opened.records)).rowBatches) void batch;
    })();
    await expect(reading).rejects.toBe(broken);
    await close();
  });

  it('given a reading closed after the header, then the rest of the bytes are left to the importer', async () => {
    // 200 chunks of 50 rows (about 3 KB each): the encoding is detected on the first 64 KiB, about 25 of them.
    const chunks = Array.from({ length: 200 }, (_, n) =>
      Buffer.from(n === 0 ? text(manyRows.slice(0, 50)) : text(manyRows.slice(n * 50, n * 50 + 50)).slice(HEADER.join('\t').length + 1), 'utf8'),
    );
    const source = (async function* () {
      yield* chunks;
    })()[Symbol.asyncIterator]();
    const opened = await inWorker({ [Symbol.asyncIterator]: () => source }, {});
    const reading = await titleListReadingOf(opened.records);
    expect(reading.header?.columns.publication_title).toBeDefined();
    await opened.close();
    let left = 0;
    for (let next = await source.next(); !next.done; next = await source.next()) left += 1;
    // Only a few chunks are ever sent ahead of the worker: the rest is still the importer's to read.
    expect(left).toBeGreaterThan(100);
  });
});
