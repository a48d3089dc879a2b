import { PackageTitle } from '@era/holdings-domain';

const ISSN = /^\d{4}-\d{3}[\dX]$/;
const ISBN13 = /^97[89]\d{10}$/;

/** A DOI as KBART lists carry one (`10.<registrant>/<suffix>`), compared without case. */
export const isDoi = (value: string) => value.startsWith('10.') && value.includes('/') && value.length <= 300;

/**
 * The identifiers that match a title across packages, as keys: `issn:1234-567X`, `isbn:978…` (ISBN-13), `doi:10.…`
 * (lower case). The values are normalised on import (an ISSN as NNNN-NNNC, an ISBN as its ISBN-13); title_id is left
 * out (vendors' ids collide across packages) unless it is a DOI.
 */
export function identifiersOf(title: Pick<PackageTitle, 'values' | 'key'>): string[] {
  const keys = new Set<string>();
  for (const raw of [title.values.print_identifier, title.values.online_identifier, title.values.title_id]) {
    const value = raw?.trim();
    if (!value) continue;
    if (ISSN.test(value)) keys.add(`issn:${value}`);
    else if (ISBN13.test(value)) keys.add(`isbn:${value}`);
    else if (isDoi(value)) keys.add(`doi:${value.toLowerCase()}`);
  }
  if (title.key.startsWith('doi:')) keys.add(title.key);
  return [...keys].sort();
}
