/**
 * Verify the stored log (and its seals), optionally only the streams starting with one of the prefixes, and check
 * digests kept outside the system against the recorded seals.
 */
export class GetVerificationQuery {
  constructor(
    readonly streamPrefixes?: readonly string[],
    readonly keptSealDigests: readonly string[] = [],
  ) {}
}
