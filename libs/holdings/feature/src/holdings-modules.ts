import { Type } from '@nestjs/common';
import { ExportKbartModule } from './export-kbart/export-kbart.module';
import { TitleAzModule } from './title-a-z.module';
import { TitleListsModule } from './title-lists.module';
import { TitleActivationsModule } from './title-activations.module';

/**
 * The holdings area's modules (issue 12): title-list import jobs and reports, title activations, the title A-Z and
 * the KBART export. The application imports them all with one spread; each use case adds its module here.
 */
export const HOLDINGS_MODULES: Type[] = [TitleListsModule, TitleActivationsModule, TitleAzModule, ExportKbartModule];
