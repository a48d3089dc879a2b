/** The errors a store throws when it cannot do its work right now, as the real drivers shape them. */
export type InjectedErrorKind = 'store' | 'busy' | 'timeout';

/** An error a fault plan raised on purpose; `code` as better-sqlite3 and the network drivers set it. */
export class InjectedError extends Error {
  constructor(
    message: string,
    readonly code: string,
    override readonly name: string,
  ) {
    super(message);
  }
}

export function injectedError(kind: InjectedErrorKind): InjectedError {
  switch (kind) {
    case 'busy':
      return new InjectedError('database is locked', 'SQLITE_BUSY', 'SqliteError');
    case 'timeout':
      return new InjectedError('operation timed out (injected)', 'ETIMEDOUT', 'TimeoutError');
    case 'store':
      return new InjectedError('disk I/O error (injected)', 'SQLITE_IOERR', 'SqliteError');
  }
}

/** What every store call of a crashed process meets: it is gone, and nothing it does reaches the files any more. */
export class ProcessCrashedError extends Error {
  override readonly name = 'ProcessCrashedError';
  constructor(readonly point: string) {
    super(`simulated process crash at ${point}`);
  }
}
