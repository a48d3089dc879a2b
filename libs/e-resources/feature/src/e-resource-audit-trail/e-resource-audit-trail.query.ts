export class EResourceAuditTrailQuery {
  constructor(
    readonly filter: {
      resourceId?: string;
      actorId?: string;
      field?: string;
      /** ISO-8601 UTC, inclusive. */
      from?: string;
      /** ISO-8601 UTC; a date's end is exclusive (the start of the next local day), an instant inclusive. */
      to?: { instant: string; inclusive: boolean };
    },
    readonly limit: number,
    readonly cursor?: string,
    readonly minPosition?: number,
  ) {}
}
