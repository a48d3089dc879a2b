export class LicenceAuditTrailQuery {
  constructor(
    readonly filter: {
      licenceId?: string;
      /** Staff id of whoever recorded the change. */
      actor?: string;
      termKey?: string;
      /** ISO-8601 UTC, inclusive. */
      from?: string;
      /** ISO-8601 UTC; a date's end is exclusive (the start of the next local day), an instant inclusive. */
      to?: { instant: string; inclusive: boolean };
    },
    readonly limit: number,
    readonly cursor?: string,
    readonly minPosition?: number,
    /** Answer 404 when the licence named in the filter does not exist (the per-licence route). */
    readonly requireLicence = false,
  ) {}
}
