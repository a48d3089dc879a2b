import { Inject, Injectable } from '@nestjs/common';
import { loadState } from '@era/command-handling';
import { canonicalId } from '@era/decider';
import { EventStore } from '@era/event-store';
import { effectiveTermsOn, licenceDecider, licenceStream, VOCABULARY_STREAM, vocabularyDecider } from '@era/licensing-domain';
import { DomainRefusal, EVENT_STORE } from '@era/platform';
import { EffectiveTermView, termsInForceView } from '../read-side/term-views';

export interface LicenceTermsAnswer {
  licenceId: string;
  effectiveOn: string;
  knownAt: string;
  /** The licence's stream revision as known at `knownAt`. */
  revision: number;
  /** True when the original or a renewal covers `effectiveOn`. */
  inForce: boolean;
  terms: EffectiveTermView[];
  /** A start not stated (the effective date is unknown), an implied end, or an amendment that covers the day but does not extend the licence. */
  startUnknown?: boolean;
  endImplicit?: boolean;
  dateNote?: string;
}

export interface LicenceTermsQuestion {
  licenceId: string;
  /** The date the question is about (the legal axis). */
  effectiveOn: string;
  /** What had been recorded by this instant (the knowledge axis), ISO-8601 UTC. */
  knownAt: string;
}

/**
 * Bitemporal terms, folded from the licence's own stream rather than the projection: events recorded after
 * `knownAt` are left out exactly, and the vocabulary's labels are those known then too.
 */
@Injectable()
export class GetLicenceTermsHandler {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute({ licenceId, effectiveOn, knownAt }: LicenceTermsQuestion): Promise<LicenceTermsAnswer> {
    const id = canonicalId(licenceId);
    const licence = await loadState(this.events, licenceStream(id), licenceDecider, { knownAt });
    if (!licence.state.exists) {
      // Whether it was drafted later or never: what a court needs to read is what was on record then.
      throw new DomainRefusal(404, 'licence-not-found', `licence ${id} was not on record as of ${knownAt}`);
    }
    const vocabulary = await loadState(this.events, VOCABULARY_STREAM, vocabularyDecider, { knownAt });
    const { effectiveOn: _asked, ...answer } = termsInForceView(effectiveTermsOn(licence.state, effectiveOn), vocabulary.state.terms);
    return { licenceId: id, effectiveOn, knownAt, revision: licence.revision, ...answer };
  }
}
