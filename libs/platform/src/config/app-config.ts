import { isAbsolute, join, resolve } from 'node:path';
import { ConfigurationError } from './configuration-error';
import { IdentityConfig, loadIdentityConfig } from './identity-config';
import { loadResilienceConfig, type ResilienceConfig } from './resilience-config';
import { loadWholeLogConfig, WholeLogConfig } from './whole-log-config';
import { loadSecretKeysConfig, SecretKeysConfig } from './secret-keys-config';
import { AzConfig, loadAzConfig } from './a-z-config';
import { loadOpeningConfig, OpeningConfig } from './opening-config';
import { LoanHistoryConfig, loadLoanHistoryConfig } from './loan-history-config';

export { ConfigurationError } from './configuration-error';
export type { IdentityConfig } from './identity-config';
export type { OidcConfig } from './oidc-config';
export type { AzConfig } from './a-z-config';
export type { OpeningConfig } from './opening-config';
export type { LoanHistoryConfig } from './loan-history-config';

export type RunMode = 'all' | 'api' | 'projector';

export type EventStoreConfig = { kind: 'sqlite'; file: string } | { kind: 'eventstoredb'; url: string };
export type ReadStoreConfig = { kind: 'sqlite'; file: string } | { kind: 'mongodb'; url: string; database: string };
export type DocumentStoreConfig = { kind: 'files'; directory: string } | { kind: 'gridfs'; url: string; database: string; bucket: string };

export interface DocumentsConfig {
  store: DocumentStoreConfig;
  /** Largest signed document accepted, in bytes. */
  maxBytes: number;
  /** Largest vendor title list (KBART file) accepted, in bytes: a 500,000-row list is about 80 MB. */
  titleListMaxBytes: number;
}

/** HTTP server time-outs (Node's headersTimeout, requestTimeout and keepAliveTimeout), in milliseconds. */
export interface HttpTimeouts {
  headersMs: number;
  requestMs: number;
  keepAliveMs: number;
}

export interface AppConfig {
  port: number;
  mode: RunMode;
  dataDir: string;
  eventStore: EventStoreConfig;
  readStore: ReadStoreConfig;
  documents: DocumentsConfig;
  /** Who may sign in: STAFF_FILE, the identity provider (OIDC_*), the development tokens (ERA_DEV_TOKENS). */
  identity: IdentityConfig;
  /** IANA zone in which desk statistics are grouped by hour, day, weekday and month. */
  timeZone: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  /** How long a write waits for in-process projections to reflect it before answering. */
  readYourWritesTimeoutMs: number;
  logLevel: LogLevelName;
  resilience: ResilienceConfig;
  httpTimeouts: HttpTimeouts;
  /** Limits of whole-log work per process (WHOLE_LOG_CONCURRENCY, WHOLE_LOG_QUEUE_LENGTH). */
  wholeLog: WholeLogConfig;
  /** The vault of vendor account secrets and its keys (ERA_SECRET_KEYS, ERA_SECRET_KEY_ID, SECRETS_FILE). */
  secrets: SecretKeysConfig;
  /** The public A-Z list: proxy prefix (ERA_PROXY_PREFIX) and how long a resource is new (AZ_NEW_DAYS). */
  aZ: AzConfig;
  /** The key store of borrowers' personal data (one key per person), a file apart from the log (PERSONAL_DATA_FILE). */
  personalData: { file: string };
  /** The desks' opening calendar (LIBRARY_CLOSED_WEEKDAYS, LIBRARY_CLOSURES, LIBRARY_OPENS_AT, LIBRARY_CLOSES_AT). */
  opening: OpeningConfig;
  /** How long closed loans keep their borrower link before the retention policy removes it (LOAN_HISTORY_RETENTION_DAYS, default 30). */
  loanHistory: LoanHistoryConfig;
}

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

/** Reads the service configuration from environment variables (documented in the README). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): AppConfig {
  const dataDir = resolve(env.DATA_DIR ?? 'data');
  const modeArgument = argv.find((arg) => arg.startsWith('--mode='))?.slice('--mode='.length);
  const mode = oneOf('ERA_MODE', modeArgument ?? env.ERA_MODE ?? 'all', ['all', 'api', 'projector'] as const);
  const eventStoreKind = oneOf('EVENT_STORE', env.EVENT_STORE ?? 'sqlite', ['sqlite', 'eventstoredb'] as const);
  const readStoreKind = oneOf('READ_STORE', env.READ_STORE ?? 'sqlite', ['sqlite', 'mongodb'] as const);
  const documentStoreKind = oneOf('DOCUMENT_STORE', env.DOCUMENT_STORE ?? 'files', ['files', 'gridfs'] as const);
  const timeZone = env.LIBRARY_TIMEZONE ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new ConfigurationError(`LIBRARY_TIMEZONE ${timeZone} is not an IANA time zone`);
  }
  const identity = loadIdentityConfig(env);
  return {
    port: integer('PORT', env.PORT, 3000),
    mode,
    dataDir,
    eventStore:
      eventStoreKind === 'sqlite'
        ? { kind: 'sqlite', file: inDataDir(dataDir, env.EVENTS_FILE ?? 'events.sqlite') }
        : { kind: 'eventstoredb', url: required('EVENTSTOREDB_URL', env.EVENTSTOREDB_URL) },
    readStore:
      readStoreKind === 'sqlite'
        ? { kind: 'sqlite', file: inDataDir(dataDir, env.READ_MODELS_FILE ?? 'read-models.sqlite') }
        : { kind: 'mongodb', url: required('MONGODB_URL', env.MONGODB_URL), database: env.MONGODB_DATABASE ?? 'era' },
    documents: {
      store:
        documentStoreKind === 'files'
          ? { kind: 'files', directory: inDataDir(dataDir, env.DOCUMENTS_DIR ?? 'documents') }
          : { kind: 'gridfs', url: required('MONGODB_URL', env.MONGODB_URL), database: env.MONGODB_DATABASE ?? 'era', bucket: 'licence-documents' },
      maxBytes: integer('MAX_DOCUMENT_BYTES', env.MAX_DOCUMENT_BYTES, 25 * 1024 * 1024),
      titleListMaxBytes: integer('MAX_TITLE_LIST_BYTES', env.MAX_TITLE_LIST_BYTES, 256 * 1024 * 1024),
    },
    identity,
    timeZone,
    maxBodyBytes: integer('MAX_BODY_BYTES', env.MAX_BODY_BYTES, 256 * 1024),
    readYourWritesTimeoutMs: integer('READ_YOUR_WRITES_TIMEOUT_MS', env.READ_YOUR_WRITES_TIMEOUT_MS, 5000),
    logLevel: oneOf('LOG_LEVEL', env.LOG_LEVEL ?? 'info', LOG_LEVELS),
    resilience: loadResilienceConfig(env, ConfigurationError),
    httpTimeouts: httpTimeouts(env),
    wholeLog: loadWholeLogConfig(env),
    secrets: loadSecretKeysConfig(env, {
      dataDir,
      production: identity.production,
      developmentTokens: identity.developmentTokens,
      projector: mode === 'projector',
    }),
    aZ: loadAzConfig(env),
    personalData: { file: inDataDir(dataDir, env.PERSONAL_DATA_FILE ?? 'personal-data-keys.sqlite') },
    opening: loadOpeningConfig(env),
    loanHistory: loadLoanHistoryConfig(env),
  };
}

/** Headers within 20 s, a whole request (a 25 MB upload on a slow link) within 2 minutes, idle kept-alive sockets for 5 s. */
function httpTimeouts(env: NodeJS.ProcessEnv): HttpTimeouts {
  const timeouts = {
    headersMs: integer('HTTP_HEADERS_TIMEOUT_MS', env.HTTP_HEADERS_TIMEOUT_MS, 20_000),
    requestMs: integer('HTTP_REQUEST_TIMEOUT_MS', env.HTTP_REQUEST_TIMEOUT_MS, 120_000),
    keepAliveMs: integer('HTTP_KEEP_ALIVE_TIMEOUT_MS', env.HTTP_KEEP_ALIVE_TIMEOUT_MS, 5_000),
  };
  if (timeouts.requestMs !== 0 && timeouts.headersMs > timeouts.requestMs) {
    throw new ConfigurationError('HTTP_HEADERS_TIMEOUT_MS may not exceed HTTP_REQUEST_TIMEOUT_MS');
  }
  return timeouts;
}

const inDataDir = (dataDir: string, file: string) => (isAbsolute(file) ? file : join(dataDir, file));

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new ConfigurationError(`${name} must be one of ${allowed.join(', ')}; got ${value}`);
  return value as T;
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigurationError(`${name} must be a non-negative integer; got ${value}`);
  return parsed;
}

function required(name: string, value: string | undefined): string {
  if (!value) throw new ConfigurationError(`${name} is required for this store`);
  return value;
}
