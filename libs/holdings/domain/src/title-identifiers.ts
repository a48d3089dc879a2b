import { normaliseIsbn, normaliseIssn } from '@era/kbart';
import { HoldingsRuleViolation, MAX_NAMED_IN_REFUSAL, refusalNaming } from './holdings-rule-violation';
import { PackageTitle } from './package-title';

/** Longer than any identifier a person or a vendor writes: refused before any normaliser looks at it. */
export const MAX_IDENTIFIER_LENGTH = 300;

/**
 * A title named by a client: what to show when it cannot be resolved, and the lookups that may find it, best first
 * (`issn:1234-5679`, `isbn:978…`, `id:…`, `doi:…`, or a title key as given).
 */
export interface NamedTitle {
  readonly label: string;
  readonly lookups: readonly string[];
}

export interface AmbiguousName {
  readonly identifier: string;
  readonly keys: readonly string[];
}

export interface TitleResolution {
  /** Each key once, in the order first named. */
  readonly keys: readonly string[];
  readonly unknown: readonly string[];
  readonly ambiguous: readonly AmbiguousName[];
}

const KEY_KINDS = ['id', 'issn', 'isbn', 'doi'] as const;

const isDoi = (value: string) => value.startsWith('10.') && value.includes('/');
const DOI_RESOLVERS = ['https://doi.org/', 'http://doi.org/', 'https://dx.doi.org/', 'http://dx.doi.org/', 'doi:'];

function withoutDoiResolver(value: string): string {
  const lower = value.toLowerCase();
  const resolver = DOI_RESOLVERS.find((prefix) => lower.startsWith(prefix));
  return resolver === undefined ? value : value.slice(resolver.length);
}

/** Lookups for a value of a known kind (the part after `issn:` of a key, an identifier column of a KBART row). */
const issnLookup = (value: string) => {
  const issn = normaliseIssn(value).value;
  return issn === undefined ? [] : [`issn:${issn}`];
};
const isbnLookup = (value: string) => {
  const isbn = normaliseIsbn(value).value;
  return isbn === undefined ? [] : [`isbn:${isbn.isbn13}`];
};

/**
 * What one identifier a client sent may name: a title key (`id:…`, `issn:…`, `isbn:…`, `doi:…`, the form the
 * package's titles are keyed by), an ISSN or ISBN in any form vendors write, a DOI (bare or as a doi.org link), or
 * else the vendor's title_id.
 */
export function namedTitleOf(identifier: string): NamedTitle {
  const label = identifier.trim();
  if (label === '' || label.length > MAX_IDENTIFIER_LENGTH) return { label: label.slice(0, MAX_IDENTIFIER_LENGTH), lookups: [] };
  const kind = KEY_KINDS.find((known) => label.slice(0, known.length).toLowerCase() === known && /^[:\s]/.test(label.slice(known.length, known.length + 1)));
  if (kind !== undefined) {
    // `issn:1234-5679` (a key), and also `ISSN 1234-5679` as people write it.
    const rest = label.slice(kind.length + 1).trim();
    const normalised =
      kind === 'issn' ? issnLookup(rest) : kind === 'isbn' ? isbnLookup(rest) : kind === 'doi' ? [`doi:${rest.toLowerCase()}`] : [`id:${rest}`];
    return { label, lookups: [...new Set([label, ...normalised])] };
  }
  const doi = withoutDoiResolver(label);
  if (isDoi(doi)) return { label, lookups: [`doi:${doi.toLowerCase()}`, `id:${label}`] };
  return { label, lookups: [...issnLookup(label), ...isbnLookup(label), `id:${label}`] };
}

/** The ways a package's title may be named: its key, its ISSNs and ISBNs, its title_id, its DOI. */
function lookupsOfTitle(title: PackageTitle): string[] {
  const values = title.values;
  const lookups = [title.key];
  for (const value of [values.print_identifier, values.online_identifier]) {
    if (value === undefined || value === '') continue;
    lookups.push(...(value.length === 9 ? [`issn:${value}`] : [`isbn:${value}`]));
  }
  if (values.title_id) {
    lookups.push(`id:${values.title_id}`);
    if (isDoi(values.title_id)) lookups.push(`doi:${values.title_id.toLowerCase()}`);
  }
  return lookups;
}

/** Every way of naming the package's titles, to the keys of the titles so named (a print ISSN two titles share names both). */
export class PackageTitleIndex {
  private readonly keysByLookup = new Map<string, string[]>();

  constructor(titles: Iterable<PackageTitle>) {
    for (const title of titles) {
      for (const lookup of new Set(lookupsOfTitle(title))) {
        const keys = this.keysByLookup.get(lookup);
        if (keys === undefined) this.keysByLookup.set(lookup, [title.key]);
        else keys.push(title.key);
      }
    }
  }

  /** The first lookup that finds anything decides: one title (resolved), several (ambiguous), none at all (unknown). */
  find(named: NamedTitle): readonly string[] {
    for (const lookup of named.lookups) {
      const keys = this.keysByLookup.get(lookup);
      if (keys !== undefined) return keys;
    }
    return [];
  }
}

/** The keys a client's identifiers name in the package, and those that name no title or more than one. */
export function resolveTitles(named: Iterable<NamedTitle>, index: PackageTitleIndex): TitleResolution {
  const keys = new Set<string>();
  const unknown: string[] = [];
  const ambiguous: AmbiguousName[] = [];
  for (const name of named) {
    const found = index.find(name);
    if (found.length === 1) keys.add(found[0]);
    else if (found.length === 0) unknown.push(name.label);
    else ambiguous.push({ identifier: name.label, keys: [...found] });
  }
  return { keys: [...keys], unknown, ambiguous };
}

/** The keys, or a refusal naming the identifiers that name no title (first) or several. */
export function requireResolved(resolution: TitleResolution): readonly string[] {
  if (resolution.unknown.length > 0) {
    throw refusalNaming('unknown-titles', 'identifiers name no title of the package’s current title list', resolution.unknown, 'unknown');
  }
  if (resolution.ambiguous.length > 0) {
    const shown = resolution.ambiguous.slice(0, MAX_NAMED_IN_REFUSAL);
    const described = shown.map((name) => `${name.identifier} (${name.keys.join(', ')})`).join('; ');
    throw new HoldingsRuleViolation(
      'ambiguous-titles',
      `${resolution.ambiguous.length} identifiers name more than one title of the package: ${described}; name each by its title key; nothing was recorded`,
      { ambiguous: shown, count: resolution.ambiguous.length },
    );
  }
  return resolution.keys;
}
