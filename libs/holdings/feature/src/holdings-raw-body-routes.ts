import { RawBodyRoute } from '@era/platform';
import { TITLE_LIST_UPLOAD_ROUTE } from './import-title-list/title-list-importer-api';
import { TITLE_SELECTION_UPLOAD_ROUTE } from './title-activations-shared/upload-route';

/** Routes whose body is a file streamed as it comes (a vendor's title list, an uploaded list of identifiers), not JSON. */
export const HOLDINGS_RAW_BODY_ROUTES: readonly RawBodyRoute[] = [TITLE_LIST_UPLOAD_ROUTE, TITLE_SELECTION_UPLOAD_ROUTE];
