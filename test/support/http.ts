import { Service } from './service';

/** The development staff tokens of config/staff.dev.json. */
export const TOKENS = {
  desk: 'dev-desk-token',
  auditor: 'dev-auditor-token',
  librarian: 'dev-librarian-token',
  admin: 'dev-admin-token',
  associate: 'dev-associate-token',
  student: 'dev-student-token',
} as const;

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  contentType: string;
  /** The body exactly as received. */
  text: string;
  /** The body parsed, when it is JSON (application/json or application/problem+json). */
  body: T;
}

export interface RequestOptions {
  /** Serialised as JSON, with Content-Type application/json. */
  json?: unknown;
  /** Sent as is (set Content-Type yourself via headers). */
  raw?: string | Buffer;
  /** Sent in 64 KiB chunks with Transfer-Encoding: chunked (no Content-Length). */
  stream?: string;
  headers?: Record<string, string>;
  /** Bearer token; null sends none. Defaults to the client's. */
  token?: string | null;
  timeoutMs?: number;
}

/** The answers of the API, as far as the suites look at them. */
export interface WriteAccepted {
  id: string;
  revision: number;
  position: number;
  created: boolean;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; messages: string[] }[];
}

export interface Health {
  status: string;
  headPosition: number;
  projections: { name: string; state: string; position: number; lag: number }[];
}

export interface StatisticsRow {
  inquiries: number;
  minutes: number;
  headcount?: number;
  [dimension: string]: string | number | undefined;
}

export interface Statistics {
  groupBy: string[];
  rows: StatisticsRow[];
  totals: { inquiries: number; minutes: number; headcount: number };
  position: number;
  fresh: boolean;
}

export interface InquiryView {
  id: string;
  status: 'recorded' | 'voided';
  location: string;
  channel: string;
  questionType: string;
  readLevel: number;
  durationMinutes: number;
  occurredAt: string;
  referral?: string;
  note?: string;
  voidReason?: string;
  revision: number;
}

function chunked(bytes: Buffer, size = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + size)));
      offset += size;
    },
  });
}

/** fetch against one service, with a staff bearer token. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string = TOKENS.desk,
  ) {}

  static for(service: Service, token: string = TOKENS.desk): ApiClient {
    return new ApiClient(service.baseUrl, token);
  }

  as(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<HttpResult<T>> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? this.token : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | Buffer | ReadableStream<Uint8Array> | undefined = options.raw;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    if (options.stream !== undefined) body = chunked(Buffer.from(options.stream));
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      ...(options.stream !== undefined ? { duplex: 'half' as const } : {}),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const isJson = /^application\/([\w.+-]+\+)?json\b/.test(contentType);
    return { status: response.status, headers: response.headers, contentType, text, body: (isJson && text ? JSON.parse(text) : undefined) as T };
  }

  get<T = unknown>(path: string, options?: RequestOptions): Promise<HttpResult<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = unknown>(path: string, json?: unknown, options: RequestOptions = {}): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, { ...options, ...(json === undefined ? {} : { json }) });
  }

  /** With the client's staff token: anonymous callers only learn up or degraded. */
  health(): Promise<HttpResult<Health>> {
    return this.get<Health>('/health');
  }

  async headPosition(): Promise<number> {
    const { status, body } = await this.health();
    if (status !== 200) throw new Error(`GET /health answered ${status}`);
    return body.headPosition;
  }

  /** Resolves once every projection is live and has caught up with the log. */
  async projectionsCaughtUp(timeoutMs = 15_000): Promise<Health> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { status, body } = await this.health();
      if (status === 200 && body.projections.every((p) => p.state === 'live' && p.lag === 0)) return body;
      if (Date.now() > deadline) throw new Error(`projections did not catch up within ${timeoutMs} ms: ${JSON.stringify(body)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  statistics<T = Statistics>(query: Record<string, string>, options?: RequestOptions): Promise<HttpResult<T>> {
    return this.get<T>(`/desk/statistics?${new URLSearchParams(query)}`, options);
  }
}
