import { DynamicModule, Global, Inject, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { systemClock, Upcaster } from '@era/decider';
import { ProjectionDefinition, ProjectionEngine } from '@era/projection-engine';
import { StaffAuthGuard } from './auth/staff-auth.guard';
import { loadStaffAuthentication, NOBODY_SIGNS_IN, STAFF_AUTHENTICATION, StaffAuthentication } from './auth/staff-authentication';
import { StaffDirectory } from './auth/staff-directory';
import { AppConfig } from './config/app-config';
import { KeptAsOfReads } from './freshness/kept-as-of';
import { ReadYourWrites } from './freshness/read-your-writes';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { strictValidationPipe } from './http/validation-error';
import { CommandPath } from './event-sourcing/command-path';
import { watchProjector } from './projections/projector-watchdog';
import { WholeLogQueue } from './whole-log/whole-log-queue';
import { KeptAnswers } from './http/kept-answers/kept-answers';
import { MetricsController } from './observability/metrics.controller';
import { observabilityProviders } from './observability/observability.providers';
import { ServiceMetrics } from './observability/service-metrics';
import { OpenStores, openStores } from './stores/open-stores';
import { SqliteStreamStateSpill } from '@era/ledger-integrity-sqlite';
import { APP_CONFIG, CLOCK, DOCUMENT_STORE, EVENT_STORE, OPEN_STORES, OPEN_VERIFICATION_SPILL, RAW_EVENT_STORE, READ_STORE } from './stores/tokens';

export interface PlatformOptions {
  config: AppConfig;
  projections: readonly ProjectionDefinition[];
  /** Every area's upcasters (the catalogue's ALL_UPCASTERS): what the projections and features read goes through them. */
  upcasters: readonly Upcaster[];
}

/** Starts the projections where this process runs them, and closes the stores on shutdown. */
class PlatformLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopWatching = () => undefined as void;
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly engine: ProjectionEngine,
    @Inject(OPEN_STORES) private readonly stores: OpenStores,
    @Inject(STAFF_AUTHENTICATION) private readonly authentication: StaffAuthentication,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const warning of this.authentication.warnings) new Logger('Staff').warn(warning);
    if (this.config.mode !== 'api') await this.engine.start();
    this.stopWatching = watchProjector(this.config, this.engine);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopWatching();
    await this.engine.stop();
    await this.stores.close();
  }
}

/** The stores, the projection engine, authentication and the HTTP error format, for every app. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const logger = new Logger('Projections');
    // Loaded here, before Nest builds anything, so that a bad staff configuration stops start-up with its own message
    // (an error inside Nest's initialisation aborts the process instead).
    // The projector serves only /health (public) and /metrics: it signs in whoever is configured, and needs nobody.
    const { identity } = options.config;
    const projectorWithoutStaff = options.config.mode === 'projector' && !identity.staffFile && !identity.oidc && !identity.developmentTokens;
    const authentication = projectorWithoutStaff ? NOBODY_SIGNS_IN : loadStaffAuthentication(identity);
    return {
      module: PlatformModule,
      providers: [
        { provide: APP_CONFIG, useValue: options.config },
        { provide: OPEN_STORES, useFactory: () => openStores(options.config, options.upcasters) },
        ...observabilityProviders(options.projections),
        { provide: READ_STORE, useFactory: (stores: OpenStores) => stores.reads, inject: [OPEN_STORES] },
        { provide: DOCUMENT_STORE, useFactory: (stores: OpenStores) => stores.documents, inject: [OPEN_STORES] },
        {
          provide: ProjectionEngine,
          useFactory: (stores: OpenStores) =>
            new ProjectionEngine(stores.events, stores.reads, options.projections, {
              logger: { log: (message) => logger.log(message), error: (message) => logger.error(message) },
              retry: options.config.resilience.projectionRetry,
              heartbeatMs: options.config.resilience.projectorHeartbeatMs,
            }),
          inject: [OPEN_STORES],
        },
        { provide: STAFF_AUTHENTICATION, useValue: authentication },
        { provide: StaffDirectory, useValue: authentication.directory },
        { provide: CLOCK, useValue: systemClock },
        // A temporary file (under TMPDIR) per verification, so that its memory stays flat however many streams the log holds.
        { provide: OPEN_VERIFICATION_SPILL, useValue: () => new SqliteStreamStateSpill() },
        ReadYourWrites,
        KeptAsOfReads,
        CommandPath,
        WholeLogQueue,
        KeptAnswers,
        PlatformLifecycle,
        { provide: APP_GUARD, useClass: StaffAuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: strictValidationPipe },
      ],
      controllers: [MetricsController],
      exports: [
        ServiceMetrics,
        APP_CONFIG,
        OPEN_STORES,
        EVENT_STORE,
        RAW_EVENT_STORE,
        READ_STORE,
        DOCUMENT_STORE,
        ProjectionEngine,
        StaffDirectory,
        ReadYourWrites,
        KeptAsOfReads,
        CommandPath,
        WholeLogQueue,
        KeptAnswers,
        CLOCK,
        OPEN_VERIFICATION_SPILL,
      ],
    };
  }
}
