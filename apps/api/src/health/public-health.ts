/** All that a caller without a staff token learns: whether the service is up, never why not (no internal error text). */
export interface PublicHealth {
  status: 'up' | 'degraded';
}

/**
 * The health answer for this caller: authenticated staff get the whole detail (stores, head position, each
 * projection and its error); anyone else only up or degraded. The status code (200/503) is the same for both.
 */
export function healthForCaller<D extends { status: string }>(detail: D, authenticated: boolean): D | PublicHealth {
  if (authenticated) return detail;
  return { status: detail.status === 'ok' ? 'up' : 'degraded' };
}
