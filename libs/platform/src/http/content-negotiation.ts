import accepts from 'accepts';
import { IncomingMessage } from 'node:http';

/** The representations a read offers, by the name its `format` parameter takes; the first is the default. */
export type MediaTypes<F extends string> = Readonly<Record<F, string>>;

/**
 * Which representation a read answers with: the `format` parameter when given (for links opened in a browser or a
 * spreadsheet), otherwise the Accept header with its quality values, and the first offered when the client states no
 * preference or accepts none of them. The answer says that it varies with Accept, so that a cache never serves one
 * form for the other.
 */
export function negotiateFormat<F extends string>(
  offered: MediaTypes<F>,
  request: { format?: F; accept?: string },
  response: { setHeader(name: string, value: string): unknown },
): F {
  response.setHeader('Vary', 'Accept');
  if (request.format !== undefined) return request.format;
  const formats = Object.keys(offered) as F[];
  if (!request.accept) return formats[0];
  const preferred = accepts({ headers: { accept: request.accept } } as IncomingMessage).type(formats.map((format) => offered[format]));
  return formats.find((format) => offered[format] === preferred) ?? formats[0];
}
