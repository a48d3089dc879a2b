/** The event a projection's handler threw on: the projection stops there until an operator decides. */
export interface PoisonedEvent {
  position: number;
  eventType: string;
  streamId: string;
  streamRevision: number;
  /** The handler's error, as safe text (see safeErrorText). */
  error: string;
  /** When the engine first met it (ISO-8601). */
  since: string;
}

/** A handler threw on an event: retrying alone will not help, so the projection stops at it. */
export class PoisonEventError extends Error {
  override readonly name = 'PoisonEventError';
  constructor(readonly poison: PoisonedEvent) {
    super(`handler for ${poison.eventType} failed at position ${poison.position} (${poison.streamId}@${poison.streamRevision}): ${poison.error}`);
  }
}

/**
 * A handler's read of its read models failed: the store's fault, not the event's. Kept apart from a handler's own
 * error so that a store that is locked or unreachable is retried, never taken for a poison event.
 */
export class ReadModelAccessError extends Error {
  override readonly name = 'ReadModelAccessError';
  constructor(readonly original: unknown) {
    super(safeErrorText(original));
  }
}

const MAX_TEXT = 200;

/**
 * An error, whichever realm made it. `instanceof Error` is not enough: better-sqlite3's native addon keeps the error
 * class of the first context that loaded it, so under jest (one context per test file) a later file's SQLITE_BUSY is
 * no `Error` of its own realm; taken for a non-error, it lost its name and code.
 */
export function isErrorLike(value: unknown): value is Error {
  if (value instanceof Error) return true;
  const candidate = value as { name?: unknown; message?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.name === 'string' && typeof candidate.message === 'string';
}

/**
 * An error as text that may be shown on /health and in the CLI: its kind and code, and its message with anything
 * quoted or address-like masked (a handler may quote the data it choked on), bounded in length.
 */
export function safeErrorText(error: unknown): string {
  const message = (isErrorLike(error) ? error.message : String(error)).slice(0, MAX_TEXT * 2);
  const code = (error as { code?: unknown } | undefined)?.code;
  const masked = message
    .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '"…"')
    .split(/\s+/)
    .map((word) => (word.includes('@') ? '…@…' : word))
    .join(' ')
    .trim();
  const kind = isErrorLike(error) && error.name !== 'Error' ? `${error.name}: ` : '';
  const text = `${kind}${masked}${typeof code === 'string' && !masked.includes(code) ? ` (${code})` : ''}`;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}
