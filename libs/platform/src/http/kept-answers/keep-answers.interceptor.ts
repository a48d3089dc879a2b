import { ServerResponse } from 'node:http';
import { CallHandler, ExecutionContext, Injectable, InjectionToken, NestInterceptor } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { Observable } from 'rxjs';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from '../../auth/auth.decorators';
import { roleMayCall } from '../../auth/bearer-token';
import { StaffRole } from '../../auth/staff';
import { routeTemplate } from '../../observability/http-metrics.middleware';
import { captureAnswer, NestAnswer } from './capture-answer';
import { KeptRoute, quarterHourOf, requestKeyOf } from './kept-answer';
import { KeptAnswers, ReadModelState } from './kept-answers';
import { KEEP_ANSWERS, KeepAnswersOptions } from './keep-answers.options';

interface KeptRequest {
  method: string;
  originalUrl: string;
  baseUrl?: string;
  route?: { path?: unknown };
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, unknown>;
}

/**
 * Keeps Nest's own 200 answers of a @KeepAnswers route (after the guard, validation and the handler have run), with
 * the read models' positions they were built at: only when those positions did not move while it was built, and only
 * for a request that waited for no position (X-Min-Position), so that the answer is the one any request sees now.
 */
@Injectable()
export class KeepAnswersInterceptor implements NestInterceptor {
  private readonly routes = new WeakMap<object, KeptRoute>();

  constructor(
    private readonly kept: KeptAnswers,
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<KeptRequest>();
    const options = this.reflector.get<KeepAnswersOptions | undefined>(KEEP_ANSWERS, context.getHandler());
    if (!options || request.method !== 'GET' || request.headers['x-min-position'] !== undefined) return next.handle();
    if (options.notWith?.some((name) => request.query[name] !== undefined)) return next.handle();
    const route = this.routeOf(context, request, options);
    const key = requestKeyOf(request.originalUrl, request.headers.accept);
    const response = context.switchToHttp().getResponse<ServerResponse>();
    const built = this.kept.startBuilding(key);
    let keeping = false;
    // An answer not kept (an error, a client gone) lets those waiting for it go on to Nest.
    response.once('close', () => keeping || built());
    const quarter = quarterHourOf(Date.now());
    const before = await this.kept.stateOf(route.readModels);
    captureAnswer(response, (answer) => {
      keeping = true;
      void this.keepIfCurrent(key, route, before, quarter, answer).finally(built);
    });
    return next.handle();
  }

  private async keepIfCurrent(key: string, route: KeptRoute, before: ReadModelState, quarter: number, answer: NestAnswer): Promise<void> {
    const after = await this.kept.stateOf(route.readModels);
    if (after.state !== before.state || quarterHourOf(Date.now()) !== quarter) return;
    this.kept.keep(key, { ...answer, route, state: before.state, quarter });
  }

  /** Who may have the route's answers, as the guard decides it, and its read models: worked out once per route. */
  private routeOf(context: ExecutionContext, request: KeptRequest, options: KeepAnswersOptions): KeptRoute {
    const handler = context.getHandler();
    const known = this.routes.get(handler);
    if (known) return known;
    const targets = [handler, context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets);
    const allowed = this.reflector.getAllAndOverride<StaffRole[] | undefined>(ALLOWED_ROLES, targets);
    const readModels = typeof options.readModels === 'function' ? options.readModels((token) => this.optional(token)) : options.readModels;
    const route: KeptRoute = {
      template: routeTemplate(request),
      ...(!isPublic && { mayCall: (role: StaffRole) => roleMayCall(allowed, role) }),
      readModels: [...readModels],
    };
    this.routes.set(handler, route);
    return route;
  }

  private optional<T>(token: InjectionToken): T | undefined {
    try {
      return this.moduleRef.get<T>(token, { strict: false });
    } catch {
      return undefined;
    }
  }
}
