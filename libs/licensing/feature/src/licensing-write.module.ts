import { Module } from '@nestjs/common';
import { AttachDocumentController } from './attach-document/attach-document.controller';
import { AttachDocumentHandler } from './attach-document/attach-document.handler';
import { ConfirmVersionController } from './confirm-version/confirm-version.controller';
import { ConfirmVersionHandler } from './confirm-version/confirm-version.handler';
import { CorrectLicenceDetailsController } from './correct-licence-details/correct-licence-details.controller';
import { CorrectLicenceDetailsHandler } from './correct-licence-details/correct-licence-details.handler';
import { CorrectLicenceStatusController } from './correct-licence-status/correct-licence-status.controller';
import { CorrectLicenceStatusHandler } from './correct-licence-status/correct-licence-status.handler';
import { CorrectVersionController } from './correct-version/correct-version.controller';
import { CorrectVersionHandler } from './correct-version/correct-version.handler';
import { DefineTermController } from './define-term/define-term.controller';
import { DefineTermHandler } from './define-term/define-term.handler';
import { DeprecateTermController } from './deprecate-term/deprecate-term.controller';
import { DeprecateTermHandler } from './deprecate-term/deprecate-term.handler';
import { DetachDocumentController } from './detach-document/detach-document.controller';
import { DetachDocumentHandler } from './detach-document/detach-document.handler';
import { ReferenceDocumentController } from './reference-document/reference-document.controller';
import { ReferenceDocumentHandler } from './reference-document/reference-document.handler';
import { RemoveDocumentReferenceController } from './remove-document-reference/remove-document-reference.controller';
import { RemoveDocumentReferenceHandler } from './remove-document-reference/remove-document-reference.handler';
import { DownloadDocumentController } from './download-document/download-document.controller';
import { DownloadDocumentHandler } from './download-document/download-document.handler';
import { DraftLicenceController } from './draft-licence/draft-licence.controller';
import { DraftLicenceHandler } from './draft-licence/draft-licence.handler';
import { LinkResourcesController } from './link-resources/link-resources.controller';
import { LinkResourcesHandler } from './link-resources/link-resources.handler';
import { RecordLicenceStatusController } from './record-licence-status/record-licence-status.controller';
import { RecordLicenceStatusHandler } from './record-licence-status/record-licence-status.handler';
import { RecordSignatureController } from './record-signature/record-signature.controller';
import { RecordSignatureHandler } from './record-signature/record-signature.handler';
import { RecordVersionController } from './record-version/record-version.controller';
import { RecordVersionHandler } from './record-version/record-version.handler';
import { RelabelTermController } from './relabel-term/relabel-term.controller';
import { RelabelTermHandler } from './relabel-term/relabel-term.handler';
import { UnlinkResourcesController } from './unlink-resources/unlink-resources.controller';
import { UnlinkResourcesHandler } from './unlink-resources/unlink-resources.handler';
import { WithdrawVersionController } from './withdraw-version/withdraw-version.controller';
import { WithdrawVersionHandler } from './withdraw-version/withdraw-version.handler';
import { LicenceCommands } from './shared/licence-commands';
import { LicensingContextSource } from './shared/licensing-context';
import { VocabularySeeder } from './shared/vocabulary-seeder';
import { LicenceListsSeeder } from './shared/licence-lists-seeder';
import { ListValueCommands } from './shared/list-values';
import { DefineListValueController } from './define-list-value/define-list-value.controller';
import { DefineListValueHandler } from './define-list-value/define-list-value.handler';
import { RelabelListValueController } from './relabel-list-value/relabel-list-value.controller';
import { RelabelListValueHandler } from './relabel-list-value/relabel-list-value.handler';
import { DeprecateListValueController } from './deprecate-list-value/deprecate-list-value.controller';
import { DeprecateListValueHandler } from './deprecate-list-value/deprecate-list-value.handler';
import { ImportFolioLicencesController } from './import-folio-licences/import-folio-licences.controller';
import { FOLIO_IMPORT_PROVIDERS } from './folio.providers';

/**
 * Licence writes: drafting, status, resources, versions, corrections, confirmations, documents, signatures, vocabulary,
 * and the ways a mistake is put right (status corrections, withdrawn versions, detached documents).
 */
@Module({
  controllers: [
    DraftLicenceController,
    CorrectLicenceDetailsController,
    RecordLicenceStatusController,
    CorrectLicenceStatusController,
    LinkResourcesController,
    UnlinkResourcesController,
    RecordVersionController,
    CorrectVersionController,
    ConfirmVersionController,
    WithdrawVersionController,
    AttachDocumentController,
    DetachDocumentController,
    ReferenceDocumentController,
    RemoveDocumentReferenceController,
    DownloadDocumentController,
    RecordSignatureController,
    DefineTermController,
    RelabelTermController,
    DeprecateTermController,
    DefineListValueController,
    RelabelListValueController,
    DeprecateListValueController,
    ImportFolioLicencesController,
  ],
  providers: [
    VocabularySeeder,
    LicensingContextSource,
    LicenceCommands,
    DraftLicenceHandler,
    CorrectLicenceDetailsHandler,
    RecordLicenceStatusHandler,
    CorrectLicenceStatusHandler,
    LinkResourcesHandler,
    UnlinkResourcesHandler,
    RecordVersionHandler,
    CorrectVersionHandler,
    ConfirmVersionHandler,
    WithdrawVersionHandler,
    AttachDocumentHandler,
    DetachDocumentHandler,
    ReferenceDocumentHandler,
    RemoveDocumentReferenceHandler,
    DownloadDocumentHandler,
    RecordSignatureHandler,
    DefineTermHandler,
    RelabelTermHandler,
    DeprecateTermHandler,
    LicenceListsSeeder,
    ListValueCommands,
    DefineListValueHandler,
    RelabelListValueHandler,
    DeprecateListValueHandler,
    ...FOLIO_IMPORT_PROVIDERS,
  ],
})
export class LicensingWriteModule {}
