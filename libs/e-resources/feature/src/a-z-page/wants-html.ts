import accepts from 'accepts';
import { IncomingMessage } from 'node:http';

/**
 * Whether a client asks for the web page rather than the JSON: a browser's Accept (`text/html,…,*∕*;q=0.8`) prefers
 * HTML; no Accept, `*∕*`, or `application/json` first gets JSON, the API's default.
 */
export function wantsHtml(acceptHeader: string | undefined): boolean {
  if (!acceptHeader) return false;
  return accepts({ headers: { accept: acceptHeader } } as IncomingMessage).type(['application/json', 'text/html']) === 'text/html';
}
