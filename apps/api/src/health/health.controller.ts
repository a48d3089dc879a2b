import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@era/event-store';
import { ProjectionEngine, projectionStatuses } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { APP_CONFIG, AppConfig, AuthenticatedRequest, EVENT_STORE, Public, READ_STORE } from '@era/platform';
import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { healthForCaller } from './public-health';

/**
 * Liveness and readiness: the stores answer, and no projection has stopped on an error. Public, but only staff (with
 * their bearer token) see the detail.
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
  @ApiServiceUnavailableResponse({ description: 'A store does not answer or a projection has failed: `{"status":"degraded"}` (detail for staff)' })
  async health(@Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: { status(code: number): unknown }) {
    return healthForCaller(await this.detail(response), request.staff !== undefined);
  }

  private async detail(response: { status(code: number): unknown }) {
    // In api mode a separate projector runs them: report how far it has got, from the checkpoints.
    const projections =
      this.config.mode === 'api'
        ? (await projectionStatuses(this.events, this.reads, ALL_PROJECTIONS)).map((p) => ({ ...p, state: p.state === 'stopped' ? 'in-projector' : p.state }))
        : await this.engine.status();
    const failed = projections.filter((p) => p.state === 'failed');
    if (failed.length > 0) response.status(503);
    return {
      status: failed.length > 0 ? 'degraded' : 'ok',
      mode: this.config.mode,
      eventStore: this.config.eventStore.kind,
      readStore: this.config.readStore.kind,
      headPosition: await this.events.headPosition(),
      projections: projections.map(({ name, state, position, lag, error }) => ({ name, state, position, lag, ...(error ? { error } : {}) })),
    };
  }
}
