import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Every metric of one service process, on a registry of its own (not prom-client's global one), so that several
 * applications in one process (the test suites) each count their own requests.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'era_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'era_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly appends = new Counter({
    name: 'era_event_store_appends_total',
    help: 'Appends to the event store, by outcome (ok, conflict, refused, too-large, unavailable, error)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly appendedEvents = new Counter({
    name: 'era_event_store_appended_events_total',
    help: 'Events appended to the event store',
    registers: [this.registry],
  });

  readonly appendDuration = new Histogram({
    name: 'era_event_store_append_duration_seconds',
    help: 'Time an append took, read of the head and fsync or replication included, by outcome',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor() {
    // Process CPU, memory, handles and nodejs_eventloop_lag_seconds (with its percentiles).
    collectDefaultMetrics({ register: this.registry });
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
