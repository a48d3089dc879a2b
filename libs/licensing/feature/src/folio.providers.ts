import { Provider } from '@nestjs/common';
import { ExportFolioLicencesHandler } from './export-folio-licences/export-folio-licences.handler';
import { FolioImportLedgers } from './import-folio-licences/folio-import-ledgers';
import { ImportFolioLicencesHandler } from './import-folio-licences/import-folio-licences.handler';
import { LicensingContextSource } from './shared/licensing-context';
import { VocabularySeeder } from './shared/vocabulary-seeder';
import { LicenceListsSeeder } from './shared/licence-lists-seeder';

/** What the FOLIO export needs besides the licence reads: the licensing context's vocabulary and lists. */
export const FOLIO_EXPORT_PROVIDERS: Provider[] = [VocabularySeeder, LicenceListsSeeder, LicensingContextSource, ExportFolioLicencesHandler];

/** The FOLIO import: the command path's deciders and the licensing context, as the licence writes have them. */
export const FOLIO_IMPORT_PROVIDERS: Provider[] = [FolioImportLedgers, ImportFolioLicencesHandler];
