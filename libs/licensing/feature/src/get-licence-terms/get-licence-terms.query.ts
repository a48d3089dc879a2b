export class GetLicenceTermsQuery {
  constructor(
    readonly licenceId: string,
    /** The date the question is about (the legal axis). */
    readonly effectiveOn: string,
    /** What had been recorded by this instant (the knowledge axis), ISO-8601 UTC. */
    readonly knownAt: string,
  ) {}
}
