export class ListInquiriesQuery {
  constructor(
    /** UTC milliseconds, inclusive. */
    readonly from: number,
    /** UTC milliseconds, exclusive. */
    readonly to: number,
    readonly limit: number,
    readonly location?: string,
    readonly status?: 'recorded' | 'voided',
    readonly cursor?: string,
    readonly minPosition?: number,
  ) {}
}
