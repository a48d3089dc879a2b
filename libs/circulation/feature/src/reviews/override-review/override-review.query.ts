import { OverridableBlockType } from '@era/circulation-domain';

export interface OverrideReviewFilter {
  staff?: string;
  blockType?: OverridableBlockType;
  desk?: string;
  /** ISO-8601 UTC, inclusive. */
  from?: string;
  /** ISO-8601 UTC; a date's end is exclusive (the start of the next local day), an instant inclusive. */
  to?: { instant: string; inclusive: boolean };
}

export class OverrideReviewQuery {
  constructor(
    readonly filter: OverrideReviewFilter,
    readonly limit: number,
    readonly cursor?: string,
    readonly minPosition?: number,
  ) {}
}
