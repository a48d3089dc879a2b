import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { effectiveTermsOn, LicenceStatus, TermValueContent } from '@era/licensing-domain';
import { LICENCE_COLLECTIONS, LicenceDocument, licenceDetailsOf, ResourceLicencesDocument } from '@era/projection-licences';
import { ReadDocument } from '@era/read-store';
import { DomainRefusal } from '@era/platform';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/min-position';
import { termsInForceView } from '../read-side/term-views';
import { PermittedUsesQuery } from './permitted-uses.query';

/**
 * What one licence says today about one use: what the desk tells a patron. Public notes only: internal notes never
 * leave through this answer.
 */
export interface PermittedUse {
  licenceId: string;
  licenceName: string;
  licenceStatus: LicenceStatus;
  /** False when no original or renewal of the licence covers today: then it grants nothing today. */
  inForce: boolean;
  term: { key: string; label: string };
  /** null when the licence in force today states nothing about the use. */
  value: TermValueContent | null;
  valueLabel: string;
  publicNote?: string;
  /** False until the librarian confirms the version the answer comes from. */
  confirmed: boolean;
  versionLabel?: string;
}

export interface PermittedUses extends Reflecting {
  resourceId: string;
  use?: string;
  effectiveOn: string;
  /** One entry per licence and term; empty when no licence governs the resource (or the resource is unknown). */
  licences: PermittedUse[];
}

@QueryHandler(PermittedUsesQuery)
export class PermittedUsesHandler implements IQueryHandler<PermittedUsesQuery, PermittedUses> {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ resourceId, today, use, minPosition }: PermittedUsesQuery): Promise<PermittedUses> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const vocabulary = await this.licences.vocabulary(view);
    if (use !== undefined && !vocabulary.has(use)) throw new DomainRefusal(422, 'unknown-term', `${use} is not a term of the licence vocabulary`);
    // The e-resources domain comes later: a resource no licence names is simply one without licences yet.
    const governing = await view.get<ResourceLicencesDocument & ReadDocument>(LICENCE_COLLECTIONS.resourceLicences, resourceId);
    const answers: PermittedUse[] = [];
    for (const licenceId of governing?.licenceIds ?? []) {
      const document = await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, licenceId);
      if (!document) continue;
      const licence = { licenceId, licenceName: document.name, licenceStatus: document.status };
      const inForce = termsInForceView(effectiveTermsOn(licenceDetailsOf(document), today), vocabulary);
      const terms = use === undefined ? inForce.terms : inForce.terms.filter((term) => term.key === use);
      if (use !== undefined && terms.length === 0) {
        const label = vocabulary.get(use)?.label ?? use;
        answers.push({ ...licence, inForce: inForce.inForce, term: { key: use, label }, value: null, valueLabel: 'Not stated in the licence', confirmed: false });
      }
      for (const term of terms) {
        answers.push({
          ...licence,
          inForce: inForce.inForce,
          term: { key: term.key, label: term.label },
          value: term.value,
          valueLabel: term.valueLabel,
          ...(term.publicNote !== undefined ? { publicNote: term.publicNote } : {}),
          confirmed: term.confirmed,
          versionLabel: term.versionLabel,
        });
      }
    }
    answers.sort((a, b) => compare(a.licenceName, b.licenceName) || compare(a.licenceId, b.licenceId) || compare(a.term.key, b.term.key));
    return { resourceId, ...(use !== undefined ? { use } : {}), effectiveOn: today, licences: answers, position: view.position, fresh };
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
