import { RecordedEvent } from '@era/event-store';
import { IntegrityProblem } from './integrity-problem';

/** Where an event stands in recording time, and enough to name it in a problem. */
export interface RecordedMark {
  streamId: string;
  streamRevision: number;
  globalPosition: number;
  recordedAtMs: number;
}

/** The event's mark, or undefined when its recordedAt is not an instant (its hash says whether it was altered). */
export function recordedMarkOf(event: RecordedEvent): RecordedMark | undefined {
  const recordedAtMs = Date.parse(event.metadata?.recordedAt);
  if (Number.isNaN(recordedAtMs)) return undefined;
  return { streamId: event.streamId, streamRevision: event.streamRevision, globalPosition: event.globalPosition, recordedAtMs };
}

/**
 * Checks that recordedAt never decreases. `acrossStreams` (a store whose recordedAt is monotonic along global
 * positions): over every event passed, which must come in position order. Otherwise within each stream only, which
 * every adapter keeps (each append is stamped no earlier than its stream's last event), in revision order.
 * An event recorded earlier than one before it was back-dated, or inserted where it does not belong.
 */
export class RecordedAtOrder {
  private latest: RecordedMark | undefined;
  private readonly latestOfStream = new Map<string, RecordedMark>();

  constructor(
    private readonly report: (problem: IntegrityProblem) => void,
    private readonly acrossStreams: boolean,
  ) {}

  passed(mark: RecordedMark | undefined): void {
    if (!mark) return;
    if (this.acrossStreams) {
      if (this.holds(mark, this.latest)) this.latest = mark;
    } else if (this.holds(mark, this.latestOfStream.get(mark.streamId))) this.latestOfStream.set(mark.streamId, mark);
  }

  /**
   * `passed` for a caller that keeps each stream's latest mark itself (so that this keeps no Map of every stream):
   * judges the mark against the stream's latest (or the log's, across streams) and returns the stream's latest after it.
   */
  passedInStream(mark: RecordedMark | undefined, latestOfStream: RecordedMark | undefined): RecordedMark | undefined {
    if (!mark) return latestOfStream;
    if (this.acrossStreams) {
      this.passed(mark);
      return undefined;
    }
    return this.holds(mark, latestOfStream) ? mark : latestOfStream;
  }

  /** Whether the mark is no earlier than the latest before it; reports it when not. */
  private holds(mark: RecordedMark, latest: RecordedMark | undefined): boolean {
    if (!latest || mark.recordedAtMs >= latest.recordedAtMs) return true;
    this.report(outOfOrder(mark, latest));
    return false;
  }
}

function outOfOrder(mark: RecordedMark, latest: RecordedMark): IntegrityProblem {
  const earlier = latest.streamId === mark.streamId ? `its revision ${latest.streamRevision}` : `stream ${latest.streamId} revision ${latest.streamRevision}`;
  return {
    kind: 'recorded-at-out-of-order',
    streamId: mark.streamId,
    streamRevision: mark.streamRevision,
    globalPosition: mark.globalPosition,
    message:
      `stream ${mark.streamId} revision ${mark.streamRevision} (position ${mark.globalPosition}): recorded at ${iso(mark.recordedAtMs)}, ` +
      `earlier than ${earlier} (position ${latest.globalPosition}, recorded at ${iso(latest.recordedAtMs)}) before it in the log: back-dated or inserted out of order`,
  };
}

const iso = (ms: number) => new Date(ms).toISOString();
