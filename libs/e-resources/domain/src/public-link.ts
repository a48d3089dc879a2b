/**
 * The link the public follows. A proxied resource goes through the library's proxy prefix with its access URL as
 * one percent-encoded query value (encodeURIComponent: `&`, `?`, `#`, `=`, spaces and non-ASCII all survive the trip;
 * EZproxy decodes a `url=` value that starts `https%3A`, and `qurl=` always). The access URL is first normalised by
 * the WHATWG URL parser (host lower-cased and punycoded, path and query non-ASCII percent-encoded, as a browser does).
 * Not proxied, or no prefix configured: the normalised access URL itself. An unparseable URL gives no link.
 */
export function publicLink(accessUrl: string | undefined, proxied: boolean, proxyPrefix: string | undefined): string | undefined {
  if (accessUrl === undefined) return undefined;
  let href: string;
  try {
    href = new URL(accessUrl).href;
  } catch {
    return undefined;
  }
  return proxied && proxyPrefix !== undefined ? proxyPrefix + encodeURIComponent(href) : href;
}
