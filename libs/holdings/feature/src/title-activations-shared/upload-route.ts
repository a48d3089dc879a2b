import { RawBodyRoute } from '@era/platform';

/** The title-selection uploads, whose body is a list streamed by their controller: the JSON body middleware lets them through unread. */
export const TITLE_SELECTION_UPLOAD_ROUTE: RawBodyRoute = { method: 'POST', path: /^\/e-resources\/[^/]+\/title-(?:activations|deactivations)\/upload\/?$/ };
