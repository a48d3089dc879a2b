/** One resource on the public A-Z list: only what the public may see. */
export interface AzEntry {
  id: string;
  name: string;
  /** 'A'..'Z' or '#' */
  letter: string;
  description?: string;
  /** Proxied when the resource is proxied (and a proxy prefix is configured). */
  link?: string;
  accessNotes?: string;
  resourceType: { key: string; label: string };
  subjects: { key: string; label: string }[];
  vendor?: { id: string; name: string };
  isNew: boolean;
  isTrial: boolean;
  trialEndsOn?: string;
  permittedUses: { key: string; label: string; note: string }[];
}

/** The public A-Z list on `activeOn` as recorded by `knownAt`, filtered, in filing order, one page of it. */
export interface AzListing {
  activeOn: string;
  knownAt: string;
  letter?: string;
  /** Counts over the filtered list, the letter filter aside. */
  letters: { letter: string; count: number }[];
  entries: AzEntry[];
  /** Each facet counted over the filtered list, its own filter and the letter filter aside. */
  facets: { subjects: { key: string; label: string; count: number }[]; types: { key: string; label: string; count: number }[] };
  filters: { subject?: string; type?: string; vendor?: string; new?: boolean; trial?: boolean; q?: string };
  nextCursor?: string;
}

export type AzFilters = AzListing['filters'];
