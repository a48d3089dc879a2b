import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import { AZ_PAGE_RENDERER, AzPageRenderer } from './a-z/a-z-page-renderer.port';
import { AzPublicPage } from './a-z-page/az-public-page';
import { AzReads } from './a-z/a-z-reads';
import { AzPublicAnswers } from './a-z/public-answers';
import { AzLabels } from './a-z/az-labels';
import { ExportAzCsvController } from './export-a-z-csv/export-a-z-csv.controller';
import { ExportEzproxyConfigController } from './export-ezproxy-config/export-ezproxy-config.controller';
import { ExportEzproxyConfigHandler } from './export-ezproxy-config/export-ezproxy-config.handler';
import { GetAzController } from './get-a-z/get-a-z.controller';
import { GetAzHandler } from './get-a-z/get-a-z.handler';
import { GetAzEntryController } from './get-a-z-entry/get-a-z-entry.controller';
import { GetAzEntryHandler } from './get-a-z-entry/get-a-z-entry.handler';
import { ListEResourcesController } from './list-e-resources/list-e-resources.controller';
import { ListEResourcesHandler } from './list-e-resources/list-e-resources.handler';
import { LICENCES_OF_RESOURCE, LicencesOfResource } from './shared/licences-of-resource';

export interface AzModuleOptions {
  /** The licences of a resource, for the public notes of their key permitted uses (the API adapts licensing's read model). */
  licences?: Type<LicencesOfResource>;
  /** The public HTML page of the list, answered at GET /a-z to clients that prefer text/html (by default the A-Z page). */
  pageRenderer?: Type<AzPageRenderer>;
}

/**
 * The A-Z list's reads: public `GET /a-z`, `/a-z/{id}`, `/a-z.csv`; staff `GET /e-resources`,
 * `/e-resources/ezproxy-config`. The EZproxy export is listed before any `/e-resources/{id}` route so that it wins.
 */
@Module({})
export class AzModule {
  static register(options: AzModuleOptions = {}): DynamicModule {
    const providers: Provider[] = [
      AzReads,
      AzPublicAnswers,
      AzLabels,
      GetAzHandler,
      GetAzEntryHandler,
      ListEResourcesHandler,
      ExportEzproxyConfigHandler,
      ...(options.licences ? [{ provide: LICENCES_OF_RESOURCE, useClass: options.licences }] : []),
      { provide: AZ_PAGE_RENDERER, useClass: options.pageRenderer ?? AzPublicPage },
    ];
    return {
      module: AzModule,
      controllers: [ExportEzproxyConfigController, ListEResourcesController, ExportAzCsvController, GetAzController, GetAzEntryController],
      providers,
      exports: [GetAzHandler, AzReads],
    };
  }
}
