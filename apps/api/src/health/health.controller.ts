import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@era/event-store';
import { overallHealth, ProjectionEngine, projectionStatuses, ProjectionStatus } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { APP_CONFIG, AppConfig, AuthenticatedRequest, EVENT_STORE, Public, READ_STORE } from '@era/platform';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { healthForCaller } from './public-health';

/**
 * Liveness and readiness: the stores answer, and how each projection fares. `failed` (503): a projection is stopped on
 * a poison event; `degraded` (200, still answering): one has been retrying for longer than PROJECTION_RETRYING_DEGRADED_MS,
 * or (api mode) the projector's heartbeat is older than PROJECTOR_STALE_MS.
 * Public, but only staff (with their bearer token) see the detail.
 */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    private readonly engine: ProjectionEngine,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'Ready: `{"status":"up"}`; with a staff bearer token, the detail (stores, head position, projections)' })
  @ApiServiceUnavailableResponse({
    description: 'A store does not answer or a projection is stopped on a poison event: `{"status":"degraded"}` (detail for staff)',
  })
  async health(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: { status(code: number): unknown }) {
    return healthForCaller(await this.detail(response), request.staff !== undefined);
  }

  private async detail(response: { status(code: number): unknown }) {
    // In api mode a separate projector runs them: what it recorded beside the checkpoints tells how they fare.
    const { projectorStaleMs } = this.config.resilience;
    const projections =
      this.config.mode === 'api' ? await projectionStatuses(this.events, this.reads, ALL_PROJECTIONS, undefined, projectorStaleMs) : await this.engine.status();
    const status = overallHealth(projections, this.config.resilience.projectionRetryingDegradedMs);
    if (status === 'failed') response.status(503);
    return {
      status,
      mode: this.config.mode,
      eventStore: this.config.eventStore.kind,
      readStore: this.config.readStore.kind,
      headPosition: await this.events.headPosition(),
      ...(this.config.mode === 'api' ? { projector: projectorPresence(projections) } : {}),
      projections: projections.map(projectionDetail),
    };
  }
}

/** In api mode: when the projector last beat its heartbeat (absent if it never did), and whether it is taken for gone. */
function projectorPresence(projections: readonly ProjectionStatus[]) {
  return { lastSeen: projections[0]?.projectorLastSeen, silent: projections.some((status) => status.projectorSilent === true) };
}

/** What /health says of a projection: state, progress in events, and when failing since when, how often, why. */
function projectionDetail(status: ProjectionStatus) {
  const { name, state, position, lag, lagCapped, failingSince, retries, lastError, poison } = status;
  const failing = state === 'retrying' || state === 'poisoned';
  return {
    name,
    state,
    position,
    lag,
    ...(lagCapped ? { lagCapped } : {}),
    ...(failing ? { failingSince, retries, lastError } : {}),
    ...(poison && state === 'poisoned' ? { poison: { position: poison.position, eventType: poison.eventType, error: poison.error } } : {}),
  };
}
