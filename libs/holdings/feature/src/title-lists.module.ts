import { Module } from '@nestjs/common';
import { DocumentStore } from '@era/document-store';
import { APP_CONFIG, AppConfig, CommandPath, DOCUMENT_STORE } from '@era/platform';
import { GetTitleListJobController } from './get-title-list-job/get-title-list-job.controller';
import { GetTitleListJobHandler } from './get-title-list-job/get-title-list-job.handler';
import { ImportTitleListController } from './import-title-list/import-title-list.controller';
import { ImportTitleListHandler } from './import-title-list/import-title-list.handler';
import { createTitleListImporter, TitleListImporter } from './import-title-list/title-list-importer';
import { TitleListJobs } from './import-title-list/title-list-jobs';
import { ListPackageTitlesController } from './list-package-titles/list-package-titles.controller';
import { ListPackageTitlesHandler } from './list-package-titles/list-package-titles.handler';
import { ListTitleListsController } from './list-title-lists/list-title-lists.controller';
import { ListTitleListsHandler } from './list-title-lists/list-title-lists.handler';

/**
 * Packages' KBART title lists: imports as jobs (POST /e-resources/{id}/title-lists, GET /title-list-jobs/{jobId}),
 * versions with their reports and files, and the current titles of a package.
 */
@Module({
  controllers: [ImportTitleListController, GetTitleListJobController, ListTitleListsController, ListPackageTitlesController],
  providers: [
    {
      provide: TitleListImporter,
      useFactory: (commands: CommandPath, documents: DocumentStore, config: AppConfig) =>
        createTitleListImporter({ commands, documents, timeZone: config.timeZone, maxBytes: config.documents.titleListMaxBytes }),
      inject: [CommandPath, DOCUMENT_STORE, APP_CONFIG],
    },
    TitleListJobs,
    ImportTitleListHandler,
    GetTitleListJobHandler,
    ListTitleListsHandler,
    ListPackageTitlesHandler,
  ],
  exports: [TitleListImporter],
})
export class TitleListsModule {}
