import { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The policy of every answer: nothing may be loaded, framed, or submitted. The JSON and CSV answers need nothing;
 * an HTML page that needs something (the compliance review's inline style) widens it for itself, by hash.
 */
export const STRICT_CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Swagger UI (/docs): its own scripts and styles from this origin (it also styles elements inline), its data: icons, and the OpenAPI document. */
const DOCS_CONTENT_SECURITY_POLICY = {
  ...STRICT_CONTENT_SECURITY_POLICY,
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
};

const helmetWith = (directives: Record<string, string[]>) =>
  helmet({ contentSecurityPolicy: { useDefaults: false, directives }, frameguard: { action: 'deny' }, referrerPolicy: { policy: 'no-referrer' } });

/** helmet's headers on every answer (nosniff, DENY framing, no referrer, ...), with the strict policy everywhere but /docs. */
export function securityHeaders() {
  const strict = helmetWith(STRICT_CONTENT_SECURITY_POLICY);
  const docs = helmetWith(DOCS_CONTENT_SECURITY_POLICY);
  return (request: Request, response: Response, next: NextFunction): void => {
    const isDocs = request.path === '/docs' || request.path.startsWith('/docs/');
    (isDocs ? docs : strict)(request, response, next);
  };
}

/** The strict policy with inline styles allowed by their SHA-256 (`sha256-<base64>`), for a page that carries its own CSS. */
export function strictPolicyWithStyleHashes(...styleHashes: string[]): string {
  const directives = { ...STRICT_CONTENT_SECURITY_POLICY, 'style-src': styleHashes.map((hash) => `'${hash}'`) };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}
