import { isAsciiAlnumCode, isDigitCode, isSpaceCode } from './characters';

/** Digit groups joined without a space: "123-4567", "2026-03-02", "555.123.4567". */
export interface NumberAtom {
  groups: string[];
  /** What joins each group to the next (one fewer than groups). */
  joiners: string[];
}

/**
 * Told each atom of a run of digit groups as it is read ("(555) 123-4567" is two atoms, joined by a space), so a
 * run is judged without being held whole. `phoneLike`: written as an international or bracketed number so far.
 */
export interface NumberRunJudge<T> {
  atom(atom: NumberAtom, phoneLike: boolean): T | undefined;
  end(phoneLike: boolean): T | undefined;
}

/** At most this many joining characters between two digit groups: ") " or " - " join, a sentence does not. */
const MAX_JOINER = 3;
const DASH = /\p{Pd}/u;

function isJoinerAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return isSpaceCode(code) || code === 0x2d || code === 0x2e || code === 0x28 || code === 0x29 || (code > 0x7f && DASH.test(text[index]));
}

const isCheckXAt = (text: string, index: number) => (text[index] === 'X' || text[index] === 'x') && !isAsciiAlnumCode(text.charCodeAt(index + 1));

/** "10.1000/182", "doi:10.1038/nphys1170": a DOI's prefix is "10." and a registrant code of four or more digits. */
function isDoiAt(text: string, start: number): boolean {
  if (!text.startsWith('10.', start) || isDigitCode(text.charCodeAt(start - 1))) return false;
  let end = start + 3;
  while (isDigitCode(text.charCodeAt(end))) end++;
  return end - start - 3 >= 4 && text[end] === '/';
}

/** Where the whitespace-delimited word holding `index` ends (a DOI's suffix runs to the next space). */
function endOfWord(text: string, index: number): number {
  let end = index;
  while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
  return end;
}

const hasSpace = (joiner: string) => isSpaceCode(joiner.charCodeAt(0)) || isSpaceCode(joiner.charCodeAt(1)) || isSpaceCode(joiner.charCodeAt(2));

/** Reads the run of digit groups starting at `start` (a digit), atom by atom; returns a finding or where it ends. */
function judgeRun<T>(text: string, start: number, judge: NumberRunJudge<T>): { found?: T; end: number } {
  let phoneLike = text[start - 1] === '+' || text[start - 1] === '(';
  let atom: NumberAtom = { groups: [], joiners: [] };
  let index = start;
  for (;;) {
    let end = index;
    while (isDigitCode(text.charCodeAt(end))) end++;
    const checkX = isCheckXAt(text, end);
    atom.groups.push(text.slice(index, checkX ? end + 1 : end));
    index = checkX ? end + 1 : end;
    if (checkX) break;
    let next = index;
    while (next < text.length && next - index <= MAX_JOINER && isJoinerAt(text, next)) next++;
    if (next === index || next - index > MAX_JOINER) break;
    const joiner = text.slice(index, next);
    const joinsDigits = isDigitCode(text.charCodeAt(next)) && !isDoiAt(text, next);
    const joinsCheckX = joiner.length === 1 && !hasSpace(joiner) && isCheckXAt(text, next);
    if (!joinsDigits && !joinsCheckX) break;
    if (joiner.includes('(') || joiner.includes(')')) phoneLike = true;
    if (hasSpace(joiner)) {
      const found = judge.atom(atom, phoneLike);
      if (found !== undefined) return { found, end: next };
      atom = { groups: [], joiners: [] };
    } else {
      atom.joiners.push(joiner);
    }
    index = next;
    if (joinsCheckX) {
      atom.groups.push(text[next]);
      index = next + 1;
      break;
    }
  }
  return { found: judge.atom(atom, phoneLike) ?? judge.end(phoneLike), end: index };
}

/**
 * Every run of digits in the text, in one pass (each character is read a bounded number of times), stopping as soon
 * as the judge (told where each run ends) finds one to report. DOIs are skipped whole: their suffixes hold long digit runs
 * that are not personal.
 */
export function findInNumberRuns<T>(text: string, judge: NumberRunJudge<T>): T | undefined {
  let index = 0;
  while (index < text.length) {
    if (!isDigitCode(text.charCodeAt(index))) {
      index++;
    } else if (isDoiAt(text, index)) {
      index = endOfWord(text, index);
    } else {
      const { found, end } = judgeRun(text, index, judge);
      if (found !== undefined) return found;
      index = end;
    }
  }
  return undefined;
}
