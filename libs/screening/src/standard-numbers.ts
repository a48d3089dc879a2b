/**
 * Book and serial numbers are bibliographic, not personal, and carry a check digit, so they are recognised by it
 * rather than by a label ("ISBN 555-123-4567" is still a phone number). Groups are the digit groups as written
 * ("978-0-306-40615-7" is five); a final "X" stands for ten where the standard allows it.
 */
const value = (character: string): number => (character === 'X' || character === 'x' ? 10 : character.charCodeAt(0) - 0x30);

function weightedSum(characters: string, weightOf: (index: number) => number): number {
  let sum = 0;
  for (let i = 0; i < characters.length; i++) sum += weightOf(i) * value(characters[i]);
  return sum;
}

export function isIsbn13(characters: string): boolean {
  return characters.length === 13 && /^97[89]\d{10}$/.test(characters) && weightedSum(characters, (i) => (i % 2 === 0 ? 1 : 3)) % 10 === 0;
}

export function isIsbn10(characters: string): boolean {
  return characters.length === 10 && /^\d{9}[\dXx]$/.test(characters) && weightedSum(characters, (i) => 10 - i) % 11 === 0;
}

export function isIssn(characters: string): boolean {
  return characters.length === 8 && /^\d{7}[\dXx]$/.test(characters) && weightedSum(characters, (i) => 8 - i) % 11 === 0;
}

/**
 * An ISBN or ISSN with a valid check digit, written as one run or grouped the standard way: an ISBN's last group is
 * its check digit alone ("0-306-40615-2"; a phone's "555-123-4567" never is), an ISSN is two groups of four.
 */
export function isStandardNumber(groups: readonly string[]): boolean {
  const characters = groups.join('');
  const last = groups[groups.length - 1] ?? '';
  const isbnShape = groups.length === 1 || last.length === 1;
  const issnShape = groups.length === 1 || (groups.length === 2 && groups[0].length === 4 && last.length === 4);
  return (isbnShape && (isIsbn13(characters) || isIsbn10(characters))) || (issnShape && isIssn(characters));
}

/** Luhn's check, which every payment card number passes (and only one in ten other numbers). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digits.charCodeAt(digits.length - 1 - i) - 0x30;
    if (digit < 0 || digit > 9) return false;
    const weighted = i % 2 === 1 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return sum % 10 === 0;
}
