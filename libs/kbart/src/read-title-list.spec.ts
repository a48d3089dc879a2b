import iconv from 'iconv-lite';
import { readTitleList } from './read-title-list';

async function* inChunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function allRows(reading: Awaited<ReturnType<typeof readTitleList>>) {
  const rows = [];
  for await (const row of reading.rows) rows.push(row);
  return rows;
}

describe('reading a vendor title list from its bytes', () => {
  it('given a Latin-1 file with CR-only line ends and a quoted tab, when read in 5-byte chunks, then the accents, lines and fields come out whole', async () => {
    const text = 'publication_title\tprint_identifier\tonline_identifier\rRevista de Economía\t1234-5679\t\r"Études\tcritiques"\t0000-0019\t\r';
    const reading = await readTitleList(inChunks(iconv.encode(text, 'latin1'), 5));
    const rows = await allRows(reading);
    expect(reading.encoding.source).toBe('guessed');
    expect(rows.map((row) => [row.line, row.fields.publication_title, row.fields.print_identifier])).toEqual([
      [2, 'Revista de Economía', '1234-5679'],
      [3, 'Études\tcritiques', '0000-0019'],
    ]);
    expect(reading.decoding().replacements).toBe(0);
  });

  it('given a UTF-16 LE file with its byte-order mark, when read, then the header matches without the mark', async () => {
    const reading = await readTitleList(iconv.encode('Publication_Title\ttitle_id\nŻurnal\tz-1\n', 'utf-16le', { addBOM: true }));
    expect(reading.encoding).toMatchObject({ encoding: 'utf-16le', bom: true, source: 'bom' });
    expect((await allRows(reading)).map((row) => row.fields.title_id)).toEqual(['z-1']);
  });

  it('given bytes the caller says are Mac Roman, when read with that override, then it is read so', async () => {
    const reading = await readTitleList(iconv.encode('publication_title\ttitle_id\nCaf\u00e9\tc-1\n', 'macintosh'), { encoding: 'macintosh' });
    expect(reading.encoding.source).toBe('override');
    expect((await allRows(reading))[0].fields.publication_title).toBe('Café');
  });
});
