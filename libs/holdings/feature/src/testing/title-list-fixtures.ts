// Vendors' title lists written for the tests, each reproducing quirks of real files (see ../shared/data/kbart/SOURCES.md):
// a byte-order mark, Windows-1252 bytes, CR-only line ends, renamed headers, an invalid ISSN check digit.

const STANDARD_HEADER = [
  'publication_title',
  'print_identifier',
  'online_identifier',
  'date_first_issue_online',
  'date_last_issue_online',
  'title_id',
  'embargo_info',
  'coverage_depth',
  'publisher_name',
  'publication_type',
];
/** The same columns as a vendor renamed them: synonyms, upper case and spaces. */
const RENAMED_HEADER = [
  'Journal Title',
  'pISSN',
  'eISSN',
  'date_first_issue_online',
  'date_last_issue_online',
  'Title ID',
  'Embargo',
  'coverage_depth',
  'Publisher',
  'publication_type',
];

type Row = readonly string[];

/** Four journals of the spring edition; Études has an accented title, Nature two coverage ranges, the last row a wrong ISSN check digit. */
export const SPRING_ROWS: readonly Row[] = [
  ['Nature', '0028-0836', '1476-4687', '1869', '1990', 'nat', '', 'fulltext', 'Nature Research', 'serial'],
  ['Nature', '0028-0836', '1476-4687', '1997', '', 'nat', '', 'fulltext', 'Nature Research', 'serial'],
  ['Science', '0036-8075', '1095-9203', '1880', '', 'sci', 'R1Y', 'fulltext', 'AAAS', 'serial'],
  ['Études de physique', '0031-918X', '', '1950', '2000', 'etu', '', 'fulltext', 'Éditions Exemple', 'serial'],
  ['Journal of Molecular Biology', '0022-2836', '', '1959', '', 'jmb', '', 'fulltext', 'Elsevier', 'serial'],
  ['Broken Check Digit Quarterly', '1234-5670', '', '2001', '', '', '', 'fulltext', 'Nobody', 'serial'],
];

/** The summer edition: Science removed, a new journal added, Journal of Molecular Biology's coverage revised. */
export const SUMMER_ROWS: readonly Row[] = [
  SPRING_ROWS[0],
  SPRING_ROWS[1],
  SPRING_ROWS[3],
  ['Journal of Molecular Biology', '0022-2836', '', '1959', '2020', 'jmb', '', 'fulltext', 'Elsevier', 'serial'],
  ['Test Journal', '', '1234-5679', '2010', '', 'tj', '', 'fulltext', 'Testing Press', 'serial'],
  SPRING_ROWS[5],
];

const lines = (header: Row, rows: readonly Row[]) => [header, ...rows].map((fields) => fields.join('\t'));

/** UTF-8 with a byte-order mark, CRLF line ends, the standard header. */
export function utf8WithBom(rows: readonly Row[]): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines(STANDARD_HEADER, rows).join('\r\n') + '\r\n', 'utf8')]);
}

/** Windows-1252 (é is one byte, 0xE9), CR-only line ends (classic Mac), the vendor's renamed header. */
export function latin1WithCrAndRenamedHeader(rows: readonly Row[]): Buffer {
  return Buffer.from(lines(RENAMED_HEADER, rows).join('\r'), 'latin1');
}

/** Bytes that are no KBART file at all. */
export const GARBAGE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));

/** A header with a title and nothing to identify a title by. */
export const NO_IDENTIFIER_COLUMNS = Buffer.from('publication_title\tpublisher_name\nNature\tNature Research\n', 'utf8');
