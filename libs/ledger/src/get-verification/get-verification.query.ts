/** Verify the stored log (and its seals), optionally only the streams starting with one of the prefixes. */
export class GetVerificationQuery {
  constructor(readonly streamPrefixes?: readonly string[]) {}
}
