/** What `GET /a-z/titles` asks: the day and the instant, the filters, a page. */
export interface GetTitleAzQuery {
  activeOn: string;
  knownAt: string;
  letter?: string;
  q?: string;
  /** An identifier key (`issn:…`, `isbn:…`, `doi:…`), already normalised. */
  identifier?: string;
  type?: 'serial' | 'monograph';
  limit: number;
  cursor?: string;
  minPosition?: number;
}
