import { ServiceMetrics } from './service-metrics';

interface RoutedRequest {
  method: string;
  baseUrl?: string;
  /** Set by Express once a route matched: its path is the template (`/desk/inquiries/:id`), not the URL. */
  route?: { path?: unknown };
}

interface FinishingResponse {
  statusCode: number;
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/**
 * The route template of a request, never its URL: ids and query strings would make a series per entity (and put
 * data in the metrics). A request that matched no route (404s, probes) counts as `unmatched`.
 */
export function routeTemplate(request: RoutedRequest): string {
  const path = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : 'unmatched';
}

/** Counts and times every request by method, route template and status, once it has been answered (or dropped). */
export function httpMetricsMiddleware(metrics: ServiceMetrics) {
  return (request: RoutedRequest, response: FinishingResponse, next: () => void): void => {
    const stop = metrics.httpDuration.startTimer();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const labels = { method: request.method, route: routeTemplate(request), status: String(response.statusCode) };
      stop(labels);
      metrics.httpRequests.inc(labels);
    };
    response.once('finish', record);
    response.once('close', record);
    next();
  };
}
