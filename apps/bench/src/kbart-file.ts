import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { isbn10CheckCharacter, isbn13CheckDigit, issnCheckCharacter, KBART_COLUMNS, KbartColumn } from '@era/kbart';
import { nowMs } from './timing';

/** What the generator wrote: data rows, bytes, and how many of each kind, for the report. */
export interface KbartFile {
  file: string;
  rows: number;
  bytes: number;
  seconds: number;
  serialRows: number;
  monographRows: number;
  /** Rows with a dirty value the importer repairs or reports (lower-case x, bad check digit, odd dates, prose embargo, ISBN-10). */
  dirtyRows: number;
  /** Rows the importer rejects (no identifier) or counts as duplicates. */
  badRows: number;
  /** Serial titles written as two or three coverage ranges. */
  multiRangeTitles: number;
}

/** mulberry32: the same seed, the same file, on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'Journal',
  'Review',
  'Studies',
  'Annals',
  'Economía',
  'Zeitschrift',
  'Revue',
  'Acta',
  'Łódź',
  'Quarterly',
  'Letters',
  'Œuvres',
  'Bulletin',
  'Archives',
];
const FIELDS = [
  'Applied Physics',
  'Medieval History',
  'Économie politique',
  'Marine Biology',
  'Ärztliche Praxis',
  'Linguistics',
  'Urban Studies',
  'Music Theory',
  'Public Health',
];
const ARTICLES = ['', '', '', 'The ', 'Les ', 'Die ', 'Los '];
const PUBLISHERS = ['Example Press', 'Elsevier-like B.V.', 'Presses universitaires', 'Verlag Beispiel', 'University "Quoted" Press'];

const issn = (n: number) => {
  const digits = String(n % 10_000_000).padStart(7, '0');
  return `${digits.slice(0, 4)}-${digits.slice(4)}${issnCheckCharacter(digits)}`;
};
const isbn13 = (n: number) => {
  const first12 = `978${String(n % 1_000_000_000).padStart(9, '0')}`;
  return `${first12}${isbn13CheckDigit(first12)}`;
};
const isbn10 = (n: number) => {
  const first9 = String(n % 1_000_000_000).padStart(9, '0');
  return `${first9}${isbn10CheckCharacter(first9)}`;
};

/** A wrong check character for an ISSN (the vendor's typo). */
const badCheck = (value: string) => `${value.slice(0, -1)}${value.endsWith('0') ? '1' : '0'}`;

type Row = Partial<Record<KbartColumn, string>>;

/**
 * A vendor's title list of `rows` data rows, as vendors send them: 60% serial rows, about one serial title in ten
 * in two or three coverage ranges, the rest monographs; about 10% of rows with a value to repair or report (ISSN with a lower-case
 * x or a wrong check digit, DD/MM/YYYY dates, embargo written as prose, ISBN-10), 0.5% without any identifier, 1%
 * repeated. Tab-separated UTF-8 with the 25 Phase II columns, CRLF line ends. Deterministic: the same size, the same bytes.
 */
export async function generateKbartFile(file: string, rows: number, seed = 12): Promise<KbartFile> {
  const started = nowMs();
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const out = createWriteStream(file);
  const counts = { serialRows: 0, monographRows: 0, dirtyRows: 0, badRows: 0, multiRangeTitles: 0 };
  let buffer = `${KBART_COLUMNS.join('\t')}\r\n`;
  let written = 0;
  let title = 0;
  let previous: string | undefined;
  const write = async (line: string) => {
    buffer += line;
    written += 1;
    previous = line;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  };
  const line = (row: Row) => `${KBART_COLUMNS.map((column) => row[column] ?? '').join('\t')}\r\n`;
  while (written < rows) {
    title += 1;
    const name = `${pick(ARTICLES)}${pick(WORDS)} of ${pick(FIELDS)} ${title}`;
    if (previous !== undefined && next() < 0.01) {
      await write(previous);
      counts.badRows += 1;
      continue;
    }
    if (next() < 0.005) {
      await write(line({ publication_title: name, publication_type: 'serial', date_first_issue_online: '2001' }));
      counts.badRows += 1;
      continue;
    }
    const dirty = next() < 0.1;
    const kind = Math.floor(next() * 5);
    if (next() < 0.6) {
      let online = issn(2_000_000 + title * 7);
      let print = issn(3_000_000 + title * 11);
      let first = String(1950 + Math.floor(next() * 60));
      let embargo = next() < 0.2 ? pick(['P1Y', 'R5Y', 'P6M', 'R10Y;P1Y']) : '';
      if (dirty) {
        counts.dirtyRows += 1;
        if (kind === 0) online = online.toLowerCase().replace('X', 'x');
        if (kind === 1) print = badCheck(print);
        if (kind === 2) first = `15/0${1 + Math.floor(next() * 9)}/${first}`;
        if (kind === 3) embargo = '1 year embargo';
        if (kind === 4) online = online.replace('-', '');
      }
      const base: Row = {
        publication_title: name,
        print_identifier: print,
        online_identifier: online,
        title_url: `https://journals.example.org/${title}`,
        title_id: `j${title}`,
        embargo_info: embargo,
        coverage_depth: 'fulltext',
        publisher_name: pick(PUBLISHERS),
        publication_type: 'serial',
        access_type: next() < 0.9 ? 'P' : 'F',
      };
      const ranges = next() < 0.1 ? 2 + Math.floor(next() * 2) : 1;
      if (ranges > 1) counts.multiRangeTitles += 1;
      let from = Number(first.slice(-4));
      for (let range = 0; range < ranges && written < rows; range++) {
        const to = range === ranges - 1 ? undefined : from + 3 + Math.floor(next() * 10);
        await write(
          line({
            ...base,
            date_first_issue_online: range === 0 ? first : String(from),
            num_first_vol_online: String(from - 1940),
            date_last_issue_online: to === undefined ? '' : String(to),
            num_last_vol_online: to === undefined ? '' : String(to - 1940),
          }),
        );
        counts.serialRows += 1;
        from = (to ?? from) + 2;
      }
    } else {
      let online = isbn13(100_000_000 + title * 13);
      let published = String(1990 + Math.floor(next() * 35));
      if (dirty) {
        counts.dirtyRows += 1;
        if (kind <= 1) online = isbn10(200_000_000 + title * 13);
        if (kind === 2) published = `3/4/${published.slice(2)}`;
        if (kind >= 3) online = `978-${online.slice(3, 4)}-${online.slice(4, 9)}-${online.slice(9, 12)}-${online.slice(12)}`;
      }
      await write(
        line({
          publication_title: name,
          print_identifier: isbn13(500_000_000 + title * 17),
          online_identifier: online,
          title_url: `https://books.example.org/${title}`,
          first_author: pick(['Doe', 'Müller', 'Łukasiewicz', 'García']),
          title_id: `b${title}`,
          coverage_depth: 'fulltext',
          publisher_name: pick(PUBLISHERS),
          publication_type: 'monograph',
          date_monograph_published_online: published,
          monograph_edition: next() < 0.2 ? '2' : '',
          access_type: 'P',
        }),
      );
      counts.monographRows += 1;
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return { file, rows: written, bytes: (await stat(file)).size, seconds: (nowMs() - started) / 1000, ...counts };
}
