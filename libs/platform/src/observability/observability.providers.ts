import { Provider } from '@nestjs/common';
import { EventStore } from '@era/event-store';
import { ProjectionDefinition, ProjectionEngine, projectionStatuses } from '@era/projection-engine';
import { AppConfig } from '../config/app-config';
import { OpenStores } from '../stores/open-stores';
import { APP_CONFIG, EVENT_STORE, OPEN_STORES, RAW_EVENT_STORE } from '../stores/tokens';
import { meteredEventStore } from './metering-event-store';
import { registerProjectionMetrics } from './projection-metrics';
import { ServiceMetrics } from './service-metrics';

/**
 * The metrics of this process, and the event store as the application sees it: metered. Projection gauges read the
 * engine's status where this process runs the projections, and the shared checkpoints where a projector does.
 */
export function observabilityProviders(projections: readonly ProjectionDefinition[]): Provider[] {
  return [
    {
      provide: ServiceMetrics,
      useFactory: (config: AppConfig, engine: ProjectionEngine, stores: OpenStores) => {
        const metrics = new ServiceMetrics();
        const { projectorStaleMs } = config.resilience;
        registerProjectionMetrics(
          metrics,
          config.mode === 'api' ? () => projectionStatuses(stores.events, stores.reads, projections, undefined, projectorStaleMs) : () => engine.status(),
        );
        return metrics;
      },
      inject: [APP_CONFIG, ProjectionEngine, OPEN_STORES],
    },
    { provide: EVENT_STORE, useFactory: (stores: OpenStores, metrics: ServiceMetrics) => meter(stores.events, metrics), inject: [OPEN_STORES, ServiceMetrics] },
    {
      provide: RAW_EVENT_STORE,
      useFactory: (stores: OpenStores, metrics: ServiceMetrics) => meter(stores.rawEvents, metrics),
      inject: [OPEN_STORES, ServiceMetrics],
    },
  ];
}

const meter = (store: EventStore, metrics: ServiceMetrics) => meteredEventStore(store, metrics);
