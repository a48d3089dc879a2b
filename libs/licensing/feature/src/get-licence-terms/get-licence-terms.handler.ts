import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EventStore } from '@era/event-store';
import { effectiveTermsOn, licenceStream, VOCABULARY_STREAM } from '@era/licensing-domain';
import { DomainRefusal, EVENT_STORE, loadStream } from '@era/platform';
import { EffectiveTermView, termsInForceView } from '../read-side/term-views';
import { licenceModel, vocabularyModel } from '../shared/stream-models';
import { GetLicenceTermsQuery } from './get-licence-terms.query';

export interface LicenceTermsAnswer {
  licenceId: string;
  effectiveOn: string;
  knownAt: string;
  /** The licence's stream revision as known at `knownAt`. */
  revision: number;
  /** True when the original or a renewal covers `effectiveOn`. */
  inForce: boolean;
  terms: EffectiveTermView[];
}

/**
 * Bitemporal terms, folded from the licence's own stream rather than the projection: events recorded after
 * `knownAt` are left out exactly, and the vocabulary's labels are those known then too.
 */
@QueryHandler(GetLicenceTermsQuery)
export class GetLicenceTermsHandler implements IQueryHandler<GetLicenceTermsQuery, LicenceTermsAnswer> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute({ licenceId, effectiveOn, knownAt }: GetLicenceTermsQuery): Promise<LicenceTermsAnswer> {
    const licence = await loadStream(this.events, licenceStream(licenceId), licenceModel, { knownAt });
    if (!licence.state.exists) {
      // Whether it was drafted later or never: what a court needs to read is what was on record then.
      throw new DomainRefusal(404, 'licence-not-found', `licence ${licenceId} was not on record as of ${knownAt}`);
    }
    const vocabulary = await loadStream(this.events, VOCABULARY_STREAM, vocabularyModel, { knownAt });
    const { inForce, terms } = termsInForceView(effectiveTermsOn(licence.state, effectiveOn), vocabulary.state.terms);
    return { licenceId, effectiveOn, knownAt, revision: licence.revision, inForce, terms };
  }
}
