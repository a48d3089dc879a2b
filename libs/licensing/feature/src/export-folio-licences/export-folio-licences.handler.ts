import { Injectable } from '@nestjs/common';
import { DEFAULT_FOLIO_TERM_MAPPING, exportFolioLicences, FolioLicenceJson } from '@era/licensing-folio';
import { LICENCE_COLLECTIONS, LicenceDocument, licenceDetailsOf } from '@era/projection-licences';
import { ReadDocument } from '@era/read-store';
import { LicenceDetails } from '@era/licensing-domain';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/reflecting';
import { LicensingContextSource } from '../shared/licensing-context';

export interface FolioExport extends Reflecting {
  licences: FolioLicenceJson[];
}

/**
 * Every licence as FOLIO's licence JSON, from the licences read model (each document is the folded licence), with the
 * vocabulary and lists the licensing context decides with. Internal values are included, marked internal: this is for
 * licence staff, as FOLIO's own API is.
 */
@Injectable()
export class ExportFolioLicencesHandler {
  constructor(
    private readonly licences: LicenceReads,
    private readonly licensing: LicensingContextSource,
  ) {}

  async execute(minPosition: number | undefined): Promise<FolioExport> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const details: LicenceDetails[] = [];
    for await (const document of view.findAll<LicenceDocument & ReadDocument>(LICENCE_COLLECTIONS.licences)) details.push(licenceDetailsOf(document));
    const { vocabulary, lists } = await this.licensing.context();
    return { licences: exportFolioLicences(details, vocabulary, lists, DEFAULT_FOLIO_TERM_MAPPING), position: view.position, fresh };
  }
}
