/** RFC 9457 problem details, the body of every error answer. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Per-field validation messages. */
  errors?: { field: string; messages: string[] }[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TYPE_BASE = 'https://era-ledger.example/problems/';

export function problem(status: number, slug: string, title: string, detail?: string, extensions: Record<string, unknown> = {}): Problem {
  return { type: `${TYPE_BASE}${slug}`, title, status, ...(detail ? { detail } : {}), ...extensions };
}

/** Minimal response surface, so that Express middleware and the Nest filter share one writer. */
export interface ProblemResponse {
  status(code: number): ProblemResponse;
  setHeader(name: string, value: string): unknown;
  end(body: string): unknown;
  headersSent?: boolean;
}

export function sendProblem(response: ProblemResponse, body: Problem): void {
  if (response.headersSent) return;
  response.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  response.status(body.status).end(JSON.stringify(body));
}
