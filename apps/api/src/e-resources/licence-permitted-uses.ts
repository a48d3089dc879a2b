import { Inject, Injectable } from '@nestjs/common';
import { PermittedUseNote, PermittedUsesOfResource } from '@era/e-resources';
import { LicenceDetails, permittedUses, VocabularyTerm } from '@era/licensing-domain';
import { liveView } from '@era/projection-engine';
import {
  LICENCE_COLLECTIONS,
  LICENCES_PROJECTION,
  LicenceDocument,
  licenceDetailsOf,
  ResourceLicencesDocument,
  TermDocument,
  termOf,
} from '@era/projection-licences';
import { ReadDocument, ReadStore } from '@era/read-store';
import { READ_STORE } from '@era/platform';

/** The key permitted uses the public list shows: interlibrary loan, course reserves, text and data mining. */
export const KEY_PERMITTED_USES: readonly string[] = [
  'ill-print',
  'ill-electronic',
  'ill-secure-electronic',
  'course-reserves-print',
  'course-reserves-electronic',
  'text-and-data-mining',
];

/**
 * The A-Z list's permitted-use notes from the licensing read model: for each resource, the public note of each key
 * use stated by a licence that applies on the day (active and in force), one line per distinct note.
 */
@Injectable()
export class LicencePermittedUses implements PermittedUsesOfResource {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async publicNotes(resourceIds: readonly string[], effectiveOn: string): Promise<ReadonlyMap<string, readonly PermittedUseNote[]>> {
    const view = await liveView(this.reads, LICENCES_PROJECTION);
    const governing = await view.getMany<ResourceLicencesDocument & ReadDocument>(LICENCE_COLLECTIONS.resourceLicences, resourceIds);
    const licenceIds = [...new Set([...governing.values()].flatMap((document) => document.licenceIds))];
    const answer = new Map<string, PermittedUseNote[]>();
    if (licenceIds.length === 0) return answer;
    const licences = await view.getMany<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, licenceIds);
    const vocabulary = new Map<string, VocabularyTerm>();
    for (const key of KEY_PERMITTED_USES) {
      const term = await view.get<TermDocument & ReadDocument>(LICENCE_COLLECTIONS.terms, key);
      if (term) vocabulary.set(key, termOf(term));
    }
    for (const [resourceId, document] of governing) {
      const details: LicenceDetails[] = document.licenceIds.flatMap((id) => {
        const licence = licences.get(id);
        return licence ? [licenceDetailsOf(licence)] : [];
      });
      const notes: PermittedUseNote[] = [];
      for (const use of permittedUses({ licences: details, vocabulary, effectiveOn }).licences) {
        if (!use.applies || use.term === null || !vocabulary.has(use.term.key) || use.publicNote === undefined) continue;
        if (notes.some((note) => note.key === use.term?.key && note.note === use.publicNote)) continue;
        notes.push({ key: use.term.key, label: use.term.label, note: use.publicNote });
      }
      notes.sort((a, b) => KEY_PERMITTED_USES.indexOf(a.key) - KEY_PERMITTED_USES.indexOf(b.key) || (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
      if (notes.length > 0) answer.set(resourceId, notes);
    }
    return answer;
  }
}
