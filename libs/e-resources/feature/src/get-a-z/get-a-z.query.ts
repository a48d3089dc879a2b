import { AzFilters } from '../a-z/a-z-listing';

export class GetAzQuery {
  constructor(
    /** YYYY-MM-DD */
    readonly activeOn: string,
    readonly filters: AzFilters,
    readonly limit: number,
    /** ISO-8601 UTC instant; as recorded now when absent */
    readonly knownAt?: string,
    readonly letter?: string,
    readonly cursor?: string,
    readonly minPosition?: number,
  ) {}
}
