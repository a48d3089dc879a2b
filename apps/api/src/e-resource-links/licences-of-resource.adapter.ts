import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { LicenceOfResource, LicencesOfResource } from '@era/e-resources';
import { LicenceDetails, permittedUses, VocabularyTerm } from '@era/licensing-domain';
import { APP_CONFIG, AppConfig, READ_STORE } from '@era/platform';
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

/**
 * The licences that link an e-resource, from licensing's read model, for the e-resource staff view: each licence's
 * name and status and what it says today about each use, with the public notes only (as the permitted-uses answer).
 * It feeds the public A-Z and a view every staff role reads: it asks as the public, so a value marked internal never
 * reaches it (a use whose only value is internal reads as withheld, without content or notes).
 */
@Injectable()
export class LicensingLicencesOfResource implements LicencesOfResource {
  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Built once: every public A-Z answer asks for the version. */
  private calendar?: LocalCalendar;

  async version(): Promise<string> {
    const checkpoint = await this.reads.readCheckpoint(LICENCES_PROJECTION);
    return JSON.stringify([checkpoint?.generation, checkpoint?.position ?? 0, (this.calendar ??= new LocalCalendar(this.config.timeZone)).today()]);
  }

  async licencesOf(resourceId: string): Promise<LicenceOfResource[]> {
    const view = await liveView(this.reads, LICENCES_PROJECTION);
    const governing = await view.get<ResourceLicencesDocument & ReadDocument>(LICENCE_COLLECTIONS.resourceLicences, resourceId);
    const licences: LicenceDetails[] = [];
    for (const licenceId of governing?.licenceIds ?? []) {
      const document = await view.get<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences, licenceId);
      if (document) licences.push(licenceDetailsOf(document));
    }
    if (licences.length === 0) return [];
    const vocabulary = new Map<string, VocabularyTerm>();
    for await (const document of view.findAll<TermDocument & ReadDocument>(LICENCE_COLLECTIONS.terms)) vocabulary.set(document.id, termOf(document));
    const answer = permittedUses({ licences, vocabulary, effectiveOn: new LocalCalendar(this.config.timeZone).today(), audience: 'public' });
    return licences.map((licence) => {
      const entries = answer.licences.filter((entry) => entry.licenceId === licence.licenceId);
      return {
        licenceId: licence.licenceId,
        name: licence.name,
        status: licence.status,
        applies: entries.some((entry) => entry.applies),
        permittedUses: entries.flatMap((entry) =>
          entry.applies && entry.term
            ? [
                {
                  use: entry.term.key,
                  label: entry.term.label,
                  valueLabel: entry.valueLabel,
                  ...(entry.publicNote !== undefined && { publicNote: entry.publicNote }),
                },
              ]
            : [],
        ),
      };
    });
  }
}
