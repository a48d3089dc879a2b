import { ValueResult, allDigits, ok, quote, refused, repaired } from './result';

export interface DateOptions {
  /** Two-digit years up to this number are 20YY, above it 19YY (default 39: `39` is 2039, `40` is 1940). */
  readonly twoDigitYearPivot?: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janv: 1, janvier: 1,
  feb: 2, february: 2, februar: 2, fev: 2, fevrier: 2, 'févr': 2, 'février': 2,
  mar: 3, march: 3, 'märz': 3, maerz: 3, mars: 3,
  apr: 4, april: 4, avr: 4, avril: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6, juin: 6,
  jul: 7, july: 7, juli: 7, juil: 7, juillet: 7,
  aug: 8, august: 8, aout: 8, 'août': 8,
  sep: 9, sept: 9, september: 9, septembre: 9,
  oct: 10, october: 10, okt: 10, oktober: 10, octobre: 10,
  nov: 11, november: 11, novembre: 11,
  dec: 12, december: 12, dez: 12, dezember: 12, decembre: 12, 'déc': 12, 'décembre': 12,
}; // prettier-ignore

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Checks the parts and writes `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when no such day exists. */
function write(year: number, month?: number, day?: number): string | undefined {
  if (year < 1000 || year > 2999) return undefined;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

type Token = { readonly text: string; readonly digits: boolean };

function tokens(s: string): { list: Token[]; seps: string } {
  const list: Token[] = [];
  let seps = '';
  let cur = '';
  const flush = (): void => {
    if (cur !== '') list.push({ text: cur, digits: allDigits(cur) });
    cur = '';
  };
  for (const c of s) {
    if (c === '/' || c === '.' || c === '-' || c === ' ' || c === ',') {
      flush();
      if (c !== ' ' && c !== ',') seps += c;
    } else cur += c;
  }
  flush();
  return { list, seps };
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_MIN = 10000; // 1927-05-18: smaller numbers are more likely years, volumes or typing slips
const EXCEL_MAX = 73050; // 2099-12-31

const impossible = (raw: string): ValueResult => refused('date.impossible', `${quote(raw)} is not a day that exists`);

/**
 * A KBART date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Other forms are repaired where they can be read only one way
 * (`DD/MM/YYYY` when the day is above 12, `DD.MM.YYYY`, `YYYY/MM/DD`, month names, Excel serial numbers, two-digit years);
 * `03/04/2019` is reported as ambiguous rather than guessed.
 */
export function normaliseDate(raw: string, options: DateOptions = {}): ValueResult {
  const trimmed = raw.trim();
  if (trimmed === '') return {};
  if (trimmed.length > 40) return refused('date.unrecognised', `${quote(trimmed)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  const pivot = options.twoDigitYearPivot ?? 39;
  let s = trimmed;
  let why = '';
  // A time of day after an ISO date (spreadsheet exports): the day is kept, the time dropped.
  if (s.length > 10 && allDigits(s.slice(0, 4)) && s[4] === '-' && (s[10] === 'T' || s[10] === ' ')) {
    s = s.slice(0, 10);
    why = 'time of day dropped';
  }
  const { list, seps } = tokens(s.toLowerCase());
  const done = (value: string | undefined, reason: string): ValueResult => {
    if (value === undefined) return impossible(trimmed);
    if (value === trimmed) return ok(value);
    return repaired(value, trimmed, why || reason);
  };
  const num = (t: Token): number => Number(t.text);
  const words = list.filter((t) => !t.digits);
  if (words.length === 0) {
    const n = list.map(num);
    const lens = list.map((t) => t.text.length);
    if (list.length === 1) {
      if (lens[0] === 4) return done(write(n[0]), 'year');
      if (lens[0] === 8 && seps === '') return done(write(Math.floor(n[0] / 10000), Math.floor(n[0] / 100) % 100, n[0] % 100), 'written as YYYY-MM-DD');
      if (lens[0] === 5 || lens[0] === 6) {
        if (lens[0] === 6 && n[0] >= 100001 && n[0] <= 299912 && n[0] % 100 >= 1 && n[0] % 100 <= 12) {
          return refused('date.ambiguous', `${quote(trimmed)} could be YYYYMM or an Excel serial number; write it as YYYY-MM-DD`);
        }
        if (n[0] >= EXCEL_MIN && n[0] <= EXCEL_MAX) {
          const d = new Date(EXCEL_EPOCH + n[0] * 86400000);
          return repaired(write(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as string, trimmed, 'Excel serial number read as a day');
        }
      }
      return refused('date.unrecognised', `${quote(trimmed)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    if (list.length === 2 && lens[0] === 4 && lens[1] <= 2) return done(write(n[0], n[1]), 'written as YYYY-MM');
    if (list.length === 2 && lens[1] === 4 && lens[0] <= 2) return done(write(n[1], n[0]), 'written as YYYY-MM');
    if (list.length === 3 && lens[0] === 4 && lens[1] <= 2 && lens[2] <= 2) return done(write(n[0], n[1], n[2]), 'written as YYYY-MM-DD');
    if (list.length === 3 && lens[0] <= 2 && lens[1] <= 2 && (lens[2] === 4 || lens[2] === 2)) {
      let year = n[2];
      let reason = '';
      if (lens[2] === 2) {
        year = n[2] <= pivot ? 2000 + n[2] : 1900 + n[2];
        reason = `two-digit year ${list[2].text} read as ${year}; `;
      }
      const [a, b] = [n[0], n[1]];
      // A dot is the day-first convention (DD.MM.YYYY); a slash or hyphen is read only when one part cannot be a month.
      if (seps.startsWith('.')) return done(write(year, b, a), `${reason}read as DD.MM.YYYY`);
      if (a === b) return done(write(year, a, b), `${reason}day and month are the same`);
      if (a > 12 && b <= 12) return done(write(year, b, a), `${reason}read as DD/MM/YYYY (${a} cannot be a month)`);
      if (b > 12 && a <= 12) return done(write(year, a, b), `${reason}read as MM/DD/YYYY (${b} cannot be a month)`);
      if (a > 12 && b > 12) return impossible(trimmed);
      return refused('date.ambiguous', `${quote(trimmed)} could be day/month or month/day; write it as YYYY-MM-DD`);
    }
    return refused('date.unrecognised', `${quote(trimmed)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  // Month names: one month word, a four-digit year, at most one day number, in any order.
  if (words.length === 1 && list.length <= 3) {
    const month = MONTHS[words[0].text];
    const numbers = list.filter((t) => t.digits);
    const year = numbers.find((t) => t.text.length === 4);
    const day = numbers.find((t) => t.text.length <= 2);
    if (month !== undefined && year && numbers.length === (day ? 2 : 1)) {
      return done(write(num(year), month, day ? num(day) : undefined), 'month name read');
    }
  }
  return refused('date.unrecognised', `${quote(trimmed)} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
}
