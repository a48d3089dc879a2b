import { IncomingMessage, Server, ServerResponse } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { Logger } from 'pino';
import { authenticateToken, authenticateTokenAtOnce, bearerTokenOf, NOT_AT_ONCE } from '../../auth/bearer-token';
import { STAFF_AUTHENTICATION, StaffAuthentication } from '../../auth/staff-authentication';
import { loggedUrl } from '../../observability/http-logging';
import { ServiceMetrics } from '../../observability/service-metrics';
import { WholeLogQueue } from '../../whole-log/whole-log-queue';
import { correlationIdOf, isAcceptableCorrelationId } from '../correlation-id';
import { noneMatch } from './held-answer';
import { KeptAnswer, quarterHourOf, requestKeyOf } from './kept-answer';
import { KeptAnswers, ReadModelState } from './kept-answers';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

const MIN_POSITION = /^\d{1,15}$/;
const noop = () => undefined;

interface Serving {
  kept: KeptAnswers;
  authentication: StaffAuthentication;
  metrics?: ServiceMetrics;
  wholeLog?: WholeLogQueue;
  logger?: Logger;
}

/**
 * A lean path in front of Nest for kept answers (@KeepAnswers): a GET whose kept answer is current (same path, query
 * and Accept; the read models at the positions it was built at; the same quarter hour), from a caller the route's
 * guard would let through (the same authenticators, the same roles), is answered with Nest's own bytes and headers
 * (200, or 304 for a matching If-None-Match), logged and counted as Nest's answers are. Anything else goes to Nest
 * untouched: other methods, a body, a kept answer missing or out of date, a token that is not a permitted staff
 * member's, an X-Min-Position not yet reached, an X-Correlation-Id Nest would refuse, Cache-Control or
 * If-Modified-Since (Express's own rules then apply).
 */
export function serveKeptAnswers(app: INestApplication, logger: Logger | undefined): void {
  const server = app.getHttpServer() as Server;
  const serving: Serving = {
    kept: app.get(KeptAnswers, { strict: false }),
    authentication: app.get<symbol, StaffAuthentication>(STAFF_AUTHENTICATION, { strict: false }),
    metrics: app.get(ServiceMetrics, { strict: false }),
    wholeLog: app.get(WholeLogQueue, { strict: false }),
    logger,
  };
  const nest = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const toNest: RequestListener = (request, response) => {
    for (const listener of nest) listener.call(server, request, response);
  };
  const answerOrPass = (request: IncomingMessage, response: ServerResponse, answer: KeptAnswer | undefined) => {
    if (!answer) return toNest(request, response);
    let answered: boolean | Promise<boolean>;
    try {
      answered = answerIfCurrent(serving, request, response, answer);
    } catch {
      return toNest(request, response);
    }
    if (answered === true) return;
    if (answered === false) return toNest(request, response);
    answered.then(
      (sent) => sent || toNest(request, response),
      () => toNest(request, response),
    );
  };
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' || !plain(request)) return toNest(request, response);
    const key = requestKeyOf(request.url ?? '', request.headers.accept);
    const answer = serving.kept.held(key);
    if (answer) return answerOrPass(request, response, answer);
    // Nest is building this very answer: wait for it rather than build it again (a year of statistics, sixteen times).
    const building = serving.kept.whenBuilt(key);
    if (!building) return toNest(request, response);
    void building.then(() => answerOrPass(request, response, serving.kept.held(key)));
  });
}

/** No body, and none of the conditions whose rules are Express's to apply. */
const plain = ({ headers }: IncomingMessage) =>
  headers['content-length'] === undefined &&
  headers['transfer-encoding'] === undefined &&
  headers['cache-control'] === undefined &&
  headers['if-modified-since'] === undefined;

/**
 * Sends the kept answer if it is current and the caller may have it: at once (no promise, no turn of the event loop)
 * when the token and the read models' state are known without waiting, the common case; otherwise once they are.
 */
function answerIfCurrent(serving: Serving, request: IncomingMessage, response: ServerResponse, answer: KeptAnswer): boolean | Promise<boolean> {
  const started = performance.now();
  const { headers } = request;
  if (answer.quarter !== quarterHourOf(Date.now())) return false;
  const correlationId = headers['x-correlation-id'];
  if (correlationId !== undefined && !(typeof correlationId === 'string' && isAcceptableCorrelationId(correlationId))) return false;
  const minPosition = headers['x-min-position'];
  if (minPosition !== undefined && !(typeof minPosition === 'string' && MIN_POSITION.test(minPosition))) return false;
  const allowed = answer.route.mayCall ? mayHaveAtOnce(serving.authentication, headers.authorization, answer.route.mayCall) : true;
  if (allowed === false) return false;
  const sendIfCurrent = (now: ReadModelState): boolean => {
    if (now.state !== answer.state || (minPosition !== undefined && now.lowestPosition < Number(minPosition))) return false;
    send(serving, request, response, answer, started);
    return true;
  };
  const known = serving.kept.stateOfAtOnce(answer.route.readModels);
  if (allowed === true && known) return sendIfCurrent(known);
  return (async () => {
    const { mayCall } = answer.route;
    if (allowed === NOT_AT_ONCE && mayCall && !(await mayHave(serving.authentication, headers.authorization, mayCall))) return false;
    // Read after the wait: the read models may have moved meanwhile.
    return sendIfCurrent(await serving.kept.stateOf(answer.route.readModels));
  })();
}

/** Whether the token's holder may call the route, if that is known without waiting. */
function mayHaveAtOnce(
  authentication: StaffAuthentication,
  authorization: string | string[] | undefined,
  mayCall: NonNullable<KeptAnswer['route']['mayCall']>,
): boolean | typeof NOT_AT_ONCE {
  const token = bearerTokenOf(authorization);
  if (token === undefined) return false;
  const outcome = authenticateTokenAtOnce(authentication, token);
  if (outcome === NOT_AT_ONCE) return NOT_AT_ONCE;
  return outcome?.kind === 'staff' && mayCall(outcome.staff.role);
}

async function mayHave(
  authentication: StaffAuthentication,
  authorization: string | string[] | undefined,
  mayCall: NonNullable<KeptAnswer['route']['mayCall']>,
) {
  const token = bearerTokenOf(authorization);
  if (token === undefined) return false;
  const outcome = await authenticateToken(authentication, token);
  return outcome?.kind === 'staff' && mayCall(outcome.staff.role);
}

function send(serving: Serving, request: IncomingMessage, response: ServerResponse, answer: KeptAnswer, started: number): void {
  serving.wholeLog?.countRequests(request, response, noop);
  const correlationId = correlationIdOf(request.headers);
  const notModified = answer.etag !== undefined && noneMatch(request.headers['if-none-match'] as string | undefined, answer.etag);
  const status = notModified ? 304 : 200;
  response.writeHead(status, ['X-Correlation-Id', correlationId, ...(notModified ? answer.notModifiedHeaders : answer.headers)]);
  response.end(notModified ? undefined : answer.body);
  const responseTime = performance.now() - started;
  const labels = { method: 'GET', route: answer.route.template, status: String(status) };
  serving.metrics?.httpRequests.inc(labels);
  serving.metrics?.httpDuration.observe(labels, responseTime / 1000);
  // The line httpLoggingMiddleware writes.
  if (serving.logger?.isLevelEnabled('info')) {
    serving.logger.info(
      { req: { method: 'GET', url: loggedUrl(request.url) }, res: { statusCode: status }, responseTime: Math.round(responseTime), correlationId },
      'request completed',
    );
  }
}
