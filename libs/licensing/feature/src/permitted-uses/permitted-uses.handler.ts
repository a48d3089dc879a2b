import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { effectiveTermsOn, LicenceDetails, LicenceStatus, TermValueContent } from '@era/licensing-domain';
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
  /** True only for an active licence whose original or a renewal covers today: only such a licence answers. */
  applies: boolean;
  /** Why the licence does not answer today (not active, or not in force on the date). */
  notApplicableBecause?: string;
  /** False when no original or renewal of the licence covers today. */
  inForce: boolean;
  /** The use asked about (null for a licence that does not apply, asked without a use). */
  term: { key: string; label: string } | null;
  /** null when the licence does not apply, or applies but states nothing about the use. */
  value: TermValueContent | null;
  valueLabel: string;
  publicNote?: string;
  /** False while an unconfirmed version could change this answer. */
  confirmed: boolean;
  versionLabel?: string;
}

/** The desk's one-line answer for the use asked about, across the licences that apply today. */
export interface UseAnswer {
  value: TermValueContent | null;
  valueLabel: string;
  /** The public note, when every licence that applies gives the same one. */
  publicNote?: string;
  confirmed: boolean;
}

export interface PermittedUses extends Reflecting {
  resourceId: string;
  use?: string;
  effectiveOn: string;
  /** Present when a use was asked about. */
  answer?: UseAnswer;
  /** One entry per licence and term (one per licence that does not apply); empty when no licence names the resource. */
  licences: PermittedUse[];
}

@QueryHandler(PermittedUsesQuery)
export class PermittedUsesHandler implements IQueryHandler<PermittedUsesQuery, PermittedUses> {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ resourceId, today, use, minPosition }: PermittedUsesQuery): Promise<PermittedUses> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const vocabulary = await this.licences.vocabulary(view);
    if (use !== undefined && !vocabulary.has(use)) throw new DomainRefusal(422, 'unknown-term', `${use} is not a term of the licence vocabulary`);
    const asked = use === undefined ? null : { key: use, label: vocabulary.get(use)?.label ?? use };
    // The e-resources domain comes later: a resource no licence names is simply one without licences yet.
    const governing = await view.get<ResourceLicencesDocument & ReadDocument>(LICENCE_COLLECTIONS.resourceLicences, resourceId);
    const answers: PermittedUse[] = [];
    for (const licenceId of governing?.licenceIds ?? []) {
      const document = await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, licenceId);
      if (!document) continue;
      const details = licenceDetailsOf(document);
      const effective = effectiveTermsOn(details, today);
      const licence = { licenceId, licenceName: document.name, licenceStatus: document.status, inForce: effective.inForce };
      const notApplicableBecause =
        document.status !== 'active' ? `the licence is ${document.status.replace(/-/g, ' ')}, not active` : !effective.inForce ? `no original or renewal covers ${today}` : undefined;
      if (notApplicableBecause) {
        answers.push({ ...licence, applies: false, notApplicableBecause, term: asked, value: null, valueLabel: `Does not apply: ${notApplicableBecause}`, confirmed: false });
        continue;
      }
      const inForce = termsInForceView(effective, vocabulary);
      const terms = asked === null ? inForce.terms : inForce.terms.filter((term) => term.key === asked.key);
      if (asked !== null && terms.length === 0) {
        answers.push({ ...licence, applies: true, term: asked, value: null, valueLabel: 'Not stated in the licence', confirmed: silenceConfirmed(details, effective.versionIds, asked.key) });
      }
      for (const term of terms) {
        answers.push({
          ...licence,
          applies: true,
          term: { key: term.key, label: term.label },
          value: term.value,
          valueLabel: term.valueLabel,
          ...(term.publicNote !== undefined ? { publicNote: term.publicNote } : {}),
          confirmed: term.confirmed,
          versionLabel: term.versionLabel,
        });
      }
    }
    answers.sort((a, b) => compare(a.licenceName, b.licenceName) || compare(a.licenceId, b.licenceId) || compare(a.term?.key ?? '', b.term?.key ?? ''));
    return {
      resourceId,
      ...(use !== undefined ? { use, answer: answerFor(answers) } : {}),
      effectiveOn: today,
      licences: answers,
      position: view.position,
      fresh,
    };
  }
}

/** A licence's silence on a use is confirmed when every version in force is, and no unconfirmed version states it. */
function silenceConfirmed(licence: LicenceDetails, versionIds: readonly string[], key: string): boolean {
  return licence.versions.every((version) => (versionIds.includes(version.versionId) || key in version.terms ? version.confirmed !== undefined : true));
}

function answerFor(entries: readonly PermittedUse[]): UseAnswer {
  const applying = entries.filter((entry) => entry.applies);
  if (applying.length === 0) return { value: null, valueLabel: 'No licence in force covers this resource today', confirmed: false };
  const [first] = applying;
  if (applying.some((entry) => entry.value !== first.value)) {
    return { value: null, valueLabel: 'The licences in force differ: see each licence', confirmed: applying.every((entry) => entry.confirmed) };
  }
  const confirmed = applying.every((entry) => entry.confirmed);
  // The same permission under different conditions (public notes) is not one answer: the desk must read each.
  if (applying.some((entry) => entry.publicNote !== first.publicNote)) {
    return { value: first.value, valueLabel: `${first.valueLabel}, under conditions that differ by licence: see each licence`, confirmed };
  }
  return { value: first.value, valueLabel: first.valueLabel, ...(first.publicNote !== undefined ? { publicNote: first.publicNote } : {}), confirmed };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
