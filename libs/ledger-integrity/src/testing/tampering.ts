import fc from 'fast-check';
import { SEAL_STREAM } from '../ledger-seal';
import { GeneratedLog, rechain } from './generated-log';

/** Every way of tampering with a stored log that the verification specs cover, at an event (or stream) picked by index. */
export type Tampering =
  | { kind: 'edit' | 'rewrite' | 'delete' | 'delete-with-head' | 'swap' | 'back-date' | 'delete-stream' | 'head-ahead'; at: number }
  | { kind: 'alter-seal'; at: number };

export const tamperings: fc.Arbitrary<Tampering> = fc.record({
  kind: fc.constantFrom('edit', 'rewrite', 'delete', 'delete-with-head', 'swap', 'back-date', 'delete-stream', 'head-ahead', 'alter-seal'),
  at: fc.nat(),
}) as fc.Arbitrary<Tampering>;

export function tamper(log: GeneratedLog, { kind, at }: Tampering): void {
  if (log.events.length === 0) return;
  const seals = log.events.filter((event) => event.streamId === SEAL_STREAM);
  const event = kind === 'alter-seal' ? seals[at % Math.max(1, seals.length)] : log.events[at % log.events.length];
  if (!event) return;
  const { streamId } = event;
  const ofStream = () => log.events.filter((each) => each.streamId === streamId);
  switch (kind) {
    case 'edit':
      event.data = { ...event.data, edited: true };
      return;
    case 'rewrite':
      event.data = { ...event.data, rewritten: true };
      return rechain(log, streamId);
    case 'delete':
      log.events.splice(log.events.indexOf(event), 1);
      return;
    case 'delete-with-head': {
      const [last, before] = ofStream().reverse();
      log.events.splice(log.events.indexOf(last), 1);
      if (before) log.heads.set(streamId, { streamId, revision: before.streamRevision, hash: before.hash });
      else log.heads.delete(streamId);
      return;
    }
    case 'swap': {
      const next = ofStream().find((each) => each.streamRevision > event.streamRevision);
      if (next) [event.globalPosition, next.globalPosition] = [next.globalPosition, event.globalPosition];
      return;
    }
    case 'back-date':
      event.metadata = { ...event.metadata, recordedAt: '2025-12-31T00:00:00.000Z' };
      return rechain(log, streamId);
    case 'delete-stream':
      log.events = log.events.filter((each) => each.streamId !== streamId);
      log.heads.delete(streamId);
      return;
    case 'head-ahead': {
      const head = log.heads.get(streamId);
      if (head) log.heads.set(streamId, { ...head, revision: head.revision + 2 });
      return;
    }
    case 'alter-seal':
      event.data = { ...event.data, streamCount: 999 };
      return rechain(log, streamId);
  }
}
