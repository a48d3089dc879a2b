import { isAsciiAlnumCode, isLetter, isLetterOrDigit } from './characters';
import { normaliseForScreening } from './normalise';
import { findInNumberRuns, NumberAtom, NumberRunJudge } from './number-runs';
import { isTooLongToScreen } from './screening-limit';
import { isStandardNumber, passesLuhn } from './standard-numbers';

/** What a text was refused for; each reads as "… looks like a <kind>". */
export type PersonalDataKind = 'email address' | 'phone number' | 'card number' | 'long number';
export type PersonalDataFinding = PersonalDataKind | 'text too long to screen';

/** Library cards, barcodes, phone and card numbers all have at least eight digits; counts, years and prices fewer. */
const MIN_PERSONAL_DIGITS = 8;

/**
 * Patron identity that free text could carry into an immutable event: an email address (with or without a dot in
 * the domain, "＠" included) or a card, phone or barcode number however it is grouped ("(555) 123-4567",
 * "+44 20 7946 0958", "4111.1111.1111.1111", digits with zero-width characters between them or in another script).
 * Dates, times, ISBNs, ISSNs, DOIs, call numbers, page ranges, prices and years pass.
 *
 * A text longer than MAX_SCREENED_LENGTH is not read at all and is refused; the rest costs time linear in its length.
 */
export function findPersonalData(text: string): PersonalDataFinding | undefined {
  if (isTooLongToScreen(text)) return 'text too long to screen';
  return scanForPersonalData(normaliseForScreening(text));
}

/** The scan alone, on normalised text and without the length cap: for the benchmark, which shows it is linear. */
export function scanForPersonalData(normalised: string): PersonalDataKind | undefined {
  return findEmailAddress(normalised) ?? findInNumberRuns(normalised, new PartsJudge());
}

const LOCAL_PART_PUNCTUATION = new Set(['.', '_', '%', '+', '-', "'"]);

/** A letter, digit or address punctuation right before "@", and a domain with a letter right after it. */
function findEmailAddress(text: string): PersonalDataKind | undefined {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const before = text[at - 1];
    if (before === undefined || !(isLetterOrDigit(before) || LOCAL_PART_PUNCTUATION.has(before))) continue;
    if (domainHasLetter(text, at + 1)) return 'email address';
  }
  return undefined;
}

/** Reads the domain after "@" only until its first letter (or its end), so "@" runs cost one step each. */
function domainHasLetter(text: string, start: number): boolean {
  for (let index = start; index < text.length; index++) {
    const character = text[index];
    if (isLetter(character)) return true;
    if (!(isAsciiAlnumCode(character.charCodeAt(0)) || character === '.' || character === '-')) return false;
  }
  return false;
}

const isDash = (joiner: string) => joiner.length === 1 && /\p{Pd}/u.test(joiner);
const dashOrDot = (joiner: string) => joiner === '.' || isDash(joiner);

function isCalendarDate(year: string, month: string, day: string): boolean {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/** "2026-03-02", "02.03.2026", "20260302": a date, in ISO order or day first, with one kind of separator. */
function isDate({ groups, joiners }: NumberAtom): boolean {
  if (groups.length === 1) return groups[0].length === 8 && isCalendarDate(groups[0].slice(0, 4), groups[0].slice(4, 6), groups[0].slice(6));
  if (groups.length !== 3 || joiners[0] !== joiners[1] || !dashOrDot(joiners[0])) return false;
  const [a, b, c] = groups;
  if (a.length === 4 && b.length === 2 && c.length === 2) return isCalendarDate(a, b, c);
  return a.length === 2 && b.length === 2 && c.length === 4 && (isCalendarDate(c, b, a) || isCalendarDate(c, a, b));
}

/** Dates and standard numbers are harmless wherever they stand; they split a run into the parts around them. */
const isHarmlessAtom = (atom: NumberAtom) => isDate(atom) || isStandardNumber(atom.groups);
/** "1203-1245": a page (or year) range, only when it stands alone ("(555) 555-1234" is a phone number). */
const isRange = ({ groups, joiners }: NumberAtom) =>
  groups.length === 2 && isDash(joiners[0]) && groups[0].length <= 5 && Number(groups[0]) < Number(groups[1]);
/** "12.50", "025.0402854", "2.14": a price, a Dewey class or a room. */
const isDecimal = ({ groups, joiners }: NumberAtom) => groups.length === 2 && joiners[0] === '.';
const isYear = ({ groups }: NumberAtom) => groups.length === 1 && groups[0].length === 4 && groups[0] >= '1000' && groups[0] <= '2999';

/** Longer than any card number or standard number: only a list of prices or years could still be harmless. */
const MAX_MEANINGFUL_DIGITS = 19;

/**
 * Judges a run part by part, atom by atom: dates and standard numbers split a run into parts; a part of eight or more
 * digits is personal unless it is a lone range, all prices or all years, or an ISBN or ISSN with spaces. Holds at
 * most MAX_MEANINGFUL_DIGITS digits of a part, and gives up on a part as soon as it cannot turn out harmless.
 */
class PartsJudge implements NumberRunJudge<PersonalDataKind> {
  private groups: string[] = [];
  private digits = '';
  private atoms = 0;
  private first: NumberAtom | undefined;
  private allDecimal = true;
  private allYear = true;

  atom(atom: NumberAtom, phoneLike: boolean): PersonalDataKind | undefined {
    const atomDigits = atom.groups.length === 1 ? atom.groups[0] : atom.groups.join('');
    // Dates and standard numbers have eight digits or more, so a shorter atom is never one.
    if (atomDigits.length >= MIN_PERSONAL_DIGITS && isHarmlessAtom(atom)) return this.end(phoneLike);
    this.atoms++;
    this.first ??= atom;
    this.allDecimal &&= isDecimal(atom);
    this.allYear &&= isYear(atom);
    if (this.digits.length <= MAX_MEANINGFUL_DIGITS) {
      this.groups.push(...atom.groups);
      this.digits += atomDigits;
    }
    const mayYetBeHarmless = this.allDecimal || this.allYear || (this.atoms === 1 && isRange(atom));
    return this.digits.length > MAX_MEANINGFUL_DIGITS && !mayYetBeHarmless ? kindOf(this.digits, phoneLike) : undefined;
  }

  end(phoneLike: boolean): PersonalDataKind | undefined {
    const found = this.isHarmless() ? undefined : kindOf(this.digits, phoneLike);
    this.groups = [];
    this.digits = '';
    this.atoms = 0;
    this.first = undefined;
    this.allDecimal = this.allYear = true;
    return found;
  }

  private isHarmless(): boolean {
    return (
      this.digits.length < MIN_PERSONAL_DIGITS ||
      (this.atoms === 1 && this.first !== undefined && isRange(this.first)) ||
      this.allDecimal ||
      this.allYear ||
      isStandardNumber(this.groups)
    );
  }
}

function kindOf(digits: string, phoneLike: boolean): PersonalDataKind {
  if (phoneLike) return 'phone number';
  if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return 'card number';
  return digits.length >= 10 && digits.length <= 12 ? 'phone number' : 'long number';
}
