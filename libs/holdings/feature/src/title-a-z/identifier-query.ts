import { isDoi } from '@era/projection-title-a-z';
import { normaliseIsbn, normaliseIssn } from '@era/kbart';
import { DomainRefusal } from '@era/platform';

const DOI_PREFIXES = ['https://doi.org/', 'http://doi.org/', 'https://dx.doi.org/', 'http://dx.doi.org/', 'doi:'];

/**
 * The identifier a reader typed, as the projection keys it: an ISSN in any form (`12345678`, `1234-567x`) →
 * `issn:1234-567X`; an ISBN-10 or -13 → `isbn:<ISBN-13>`; a DOI (also as a doi.org link) → `doi:<lower case>`.
 * Anything else is refused (400), with the reason the normaliser gives.
 */
export function identifierKeyOf(raw: string): string {
  const typed = raw.trim();
  const lower = typed.toLowerCase();
  const prefix = DOI_PREFIXES.find((p) => lower.startsWith(p));
  const doi = prefix !== undefined ? typed.slice(prefix.length) : typed;
  if (isDoi(doi)) return `doi:${doi.toLowerCase()}`;
  const issn = normaliseIssn(typed);
  if (issn.value !== undefined) return `issn:${issn.value}`;
  const isbn = normaliseIsbn(typed);
  if (isbn.value !== undefined) return `isbn:${isbn.value.isbn13}`;
  const reason = isbn.problem && !isbn.problem.code.endsWith('is-issn') ? isbn.problem.message : (issn.problem?.message ?? 'not an identifier');
  throw new DomainRefusal(400, 'invalid-identifier', `identifier must be an ISSN, an ISBN or a DOI: ${reason}`);
}
