import { RawBodyRoute } from '@era/platform';

/** The one route whose body is a file, streamed by its controller: the JSON body middleware lets it through unread. */
export const DOCUMENT_UPLOAD_ROUTE: RawBodyRoute = { method: 'POST', path: /^\/licences\/[^/]+\/versions\/[^/]+\/documents\/?$/ };
