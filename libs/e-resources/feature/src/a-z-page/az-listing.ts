/*
 * The public A-Z answer, as the A-Z query (`GET /a-z`, branch wt-a-z) gives it. Declared here until that branch
 * lands with the same names; at merge, keep one declaration (the query's) and import it here.
 */

/** One resource on the public list: public fields only, its link already proxied when the resource goes through the proxy. */
export interface AzEntry {
  id: string;
  name: string;
  /** 'A'..'Z', or '#' for a name filed under a digit. */
  letter: string;
  description?: string;
  link?: string;
  accessNotes?: string;
  resourceType: { key: string; label: string };
  subjects: { key: string; label: string }[];
  vendor?: { id: string; name: string };
  isNew: boolean;
  isTrial: boolean;
  trialEndsOn?: string;
  /** The public notes of its licence's key permitted uses (ILL, course reserves, text and data mining). */
  permittedUses: { key: string; label: string; note: string }[];
}

/** One page of the list, with the letter index and facet counts for the filters in force. */
export interface AzListing {
  activeOn: string;
  knownAt: string;
  letter?: string;
  letters: { letter: string; count: number }[];
  entries: AzEntry[];
  facets: { subjects: { key: string; label: string; count: number }[]; types: { key: string; label: string; count: number }[] };
  filters: { subject?: string; type?: string; vendor?: string; new?: boolean; trial?: boolean; q?: string };
  nextCursor?: string;
}
