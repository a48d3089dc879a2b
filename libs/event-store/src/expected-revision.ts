/**
 * The optimistic-concurrency condition of an append:
 * - `no_stream`: the stream must not exist yet;
 * - `stream_exists`: it must already hold at least one event;
 * - `any`: no condition;
 * - a number: the stream's last revision must be exactly this.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

/** The revision a stream is at, or -1 when it holds no event. */
export type CurrentRevision = number;
export const NO_STREAM_REVISION: CurrentRevision = -1;

export function revisionSatisfies(expected: ExpectedRevision, current: CurrentRevision): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === NO_STREAM_REVISION;
    case 'stream_exists':
      return current !== NO_STREAM_REVISION;
    default:
      return current === expected;
  }
}

export function describeRevision(revision: ExpectedRevision | CurrentRevision): string {
  if (revision === NO_STREAM_REVISION) return 'no stream';
  return typeof revision === 'number' ? `revision ${revision}` : revision.replace('_', ' ');
}
