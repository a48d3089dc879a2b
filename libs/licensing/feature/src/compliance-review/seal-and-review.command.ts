import { AppendMetadata } from '@era/event-store';

export class SealAndReviewCommand {
  constructor(
    readonly asOf: string,
    readonly licenceId: string | undefined,
    /** False: review without recording a seal. */
    readonly seal: boolean,
    /** Who asks, and the request's ids; the seal's reason names the review. */
    readonly metadata: AppendMetadata,
    /** The date whose terms are shown; asOf's own day when undefined. */
    readonly effectiveOn?: string,
  ) {}
}
