import { ValueResult, ok, quote, refused, repaired } from './result';

/** Lower-cased, with spaces, hyphens and underscores dropped: "Full text", "full-text" and "FULLTEXT" meet. */
function key(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) if (c !== ' ' && c !== '-' && c !== '_') out += c;
  return out;
}

function vocabulary<T extends string>(column: string, allowed: readonly T[], variants: Record<string, T>): (raw: string) => ValueResult<T> {
  return (raw) => {
    const trimmed = raw.trim();
    if (trimmed === '') return {};
    const found = trimmed.length <= 60 ? variants[key(trimmed)] : undefined;
    if (found === undefined) return refused(`${column}.unknown`, `${quote(trimmed)} is not a ${column.replace('-', ' ')}: use one of ${allowed.join(', ')}`);
    return found === trimmed ? ok(found) : repaired(found, trimmed, `known variant of "${found}"`);
  };
}

export type CoverageDepth = 'fulltext' | 'selected articles' | 'abstracts';
export type PublicationType = 'serial' | 'monograph';
export type AccessType = 'F' | 'P';

export const normaliseCoverageDepth = vocabulary<CoverageDepth>('coverage-depth', ['fulltext', 'selected articles', 'abstracts'], {
  fulltext: 'fulltext', ft: 'fulltext', volltext: 'fulltext', texteintégral: 'fulltext', texteintegral: 'fulltext', fulltextonline: 'fulltext',
  selectedarticles: 'selected articles', selected: 'selected articles', selectedarticle: 'selected articles', selectedfulltext: 'selected articles',
  abstracts: 'abstracts', abstract: 'abstracts', abstractsonly: 'abstracts', abstractonly: 'abstracts', abstracting: 'abstracts',
}); // prettier-ignore

export const normalisePublicationType = vocabulary<PublicationType>('publication-type', ['serial', 'monograph'], {
  serial: 'serial', serials: 'serial', journal: 'serial', journals: 'serial', ejournal: 'serial', periodical: 'serial', series: 'serial', bookseries: 'serial', zeitschrift: 'serial',
  monograph: 'monograph', monographs: 'monograph', book: 'monograph', books: 'monograph', ebook: 'monograph', ebooks: 'monograph', monographie: 'monograph', buch: 'monograph',
}); // prettier-ignore

export const normaliseAccessType = vocabulary<AccessType>('access-type', ['F', 'P'], {
  f: 'F', free: 'F', freeaccess: 'F', oa: 'F', openaccess: 'F', open: 'F', gratis: 'F',
  p: 'P', paid: 'P', fee: 'P', feebased: 'P', subscription: 'P', subscribed: 'P', licensed: 'P', licenced: 'P', restricted: 'P',
}); // prettier-ignore
