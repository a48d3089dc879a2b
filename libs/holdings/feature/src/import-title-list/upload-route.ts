import { RawBodyRoute } from '@era/platform';

/** The route whose body is a vendor's title list, streamed by its controller: the JSON body middleware lets it through unread. */
export const TITLE_LIST_UPLOAD_ROUTE: RawBodyRoute = { method: 'POST', path: /^\/e-resources\/[^/]+\/title-lists\/?$/ };
