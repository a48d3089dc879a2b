export class GetComplianceReviewQuery {
  constructor(
    /** As given: a calendar date or an instant with offset. */
    readonly asOf: string,
    /** One licence, or all when undefined. */
    readonly licenceId?: string,
    /** The date whose terms are shown; asOf's own day when undefined. */
    readonly effectiveOn?: string,
  ) {}
}
