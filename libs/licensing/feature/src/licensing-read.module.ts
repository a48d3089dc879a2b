import { Module } from '@nestjs/common';
import { GetLicenceController } from './get-licence/get-licence.controller';
import { GetLicenceHandler } from './get-licence/get-licence.handler';
import { GetLicenceTermsController } from './get-licence-terms/get-licence-terms.controller';
import { GetLicenceTermsHandler } from './get-licence-terms/get-licence-terms.handler';
import { LicenceAuditTrailController } from './licence-audit-trail/licence-audit-trail.controller';
import { LicenceAuditTrailHandler } from './licence-audit-trail/licence-audit-trail.handler';
import { ListLicencesController } from './list-licences/list-licences.controller';
import { ListLicencesHandler } from './list-licences/list-licences.handler';
import { ListTermsController } from './list-terms/list-terms.controller';
import { ListTermsHandler } from './list-terms/list-terms.handler';
import { PermittedUsesController } from './permitted-uses/permitted-uses.controller';
import { PermittedUsesHandler } from './permitted-uses/permitted-uses.handler';
import { LicenceReads } from './read-side/licence-reads';
import { ListLicenceListsController } from './list-licence-lists/list-licence-lists.controller';
import { ListLicenceListsHandler } from './list-licence-lists/list-licence-lists.handler';
import { FOLIO_EXPORT_PROVIDERS } from './folio.providers';

/** Licence reads: list, detail, bitemporal terms, audit trail, permitted uses per e-resource, the vocabulary. */
@Module({
  controllers: [
    ListLicencesController,
    GetLicenceController,
    GetLicenceTermsController,
    LicenceAuditTrailController,
    PermittedUsesController,
    ListTermsController,
    ListLicenceListsController,
  ],
  providers: [
    ...FOLIO_EXPORT_PROVIDERS,
    LicenceReads,
    ListLicencesHandler,
    GetLicenceHandler,
    GetLicenceTermsHandler,
    LicenceAuditTrailHandler,
    PermittedUsesHandler,
    ListTermsHandler,
    ListLicenceListsHandler,
  ],
})
export class LicensingReadModule {}
