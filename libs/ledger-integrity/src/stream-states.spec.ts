import fc from 'fast-check';
import { InMemoryStreamStateSpill } from './in-memory-stream-state-spill';
import { generateLog, GeneratedLog, rechain, storeOf, streamIdOf } from './testing/generated-log';
import { SEAL_STREAM } from './ledger-seal';
import { verifyEventStore, VerifyOptions } from './verification';

/** Every way of tampering with a stored log that the verification specs cover, at an event (or stream) picked by index. */
type Tampering =
  | { kind: 'edit' | 'rewrite' | 'delete' | 'delete-with-head' | 'swap' | 'back-date' | 'delete-stream' | 'head-ahead'; at: number }
  | { kind: 'alter-seal'; at: number };

const tamperings: fc.Arbitrary<Tampering> = fc.record({
  kind: fc.constantFrom('edit', 'rewrite', 'delete', 'delete-with-head', 'swap', 'back-date', 'delete-stream', 'head-ahead', 'alter-seal'),
  at: fc.nat(),
}) as fc.Arbitrary<Tampering>;

function tamper(log: GeneratedLog, { kind, at }: Tampering): void {
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

const verifyBounded = (log: GeneratedLog, monotonic: boolean, options: VerifyOptions, streamsInMemory: number) => {
  let spilled = 0;
  return verifyEventStore(storeOf(log, monotonic), {
    ...options,
    streamsInMemory,
    openSpill: () => {
      const spill = new InMemoryStreamStateSpill();
      const save = spill.save.bind(spill);
      spill.save = (streams) => {
        spilled += streams.length;
        save(streams);
      };
      return spill;
    },
  }).then((report) => ({ report, spilled }));
};

describe('verification with few streams held in memory', () => {
  it('given a log of many streams, when only 2 are held in memory, then the rest are spilled and the findings are those of holding all', async () => {
    const log = generateLog(
      Array.from({ length: 60 }, (_, index) => (index * 7) % 20),
      new Set([19, 39]),
    );
    tamper(log, { kind: 'rewrite', at: 10 });
    const all = await verifyEventStore(storeOf(log, true));
    const { report, spilled } = await verifyBounded(log, true, {}, 2);
    expect(all.ok).toBe(false);
    expect(all.problems.map((problem) => problem.kind)).toContain('sealed-category-changed');
    expect(spilled).toBeGreaterThan(20);
    expect(report).toEqual(all);
  });

  it('given any log, seals and tampering, whatever the streams held in memory and the scope, then the findings are the same as holding all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 50 }),
        fc.uniqueArray(fc.nat({ max: 49 }), { maxLength: 4 }),
        fc.array(tamperings, { maxLength: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        fc.constantFrom<VerifyOptions>({}, { streamPrefixes: ['desk-inquiry'] }, { streamPrefixes: [streamIdOf(0).slice(0, 20), 'licence'] }),
        async (picks, sealsAfter, tamperingsDone, streamsInMemory, monotonic, options) => {
          const log = generateLog(picks, new Set(sealsAfter));
          tamperingsDone.forEach((tampering) => tamper(log, tampering));
          const all = await verifyEventStore(storeOf(log, monotonic), options);
          const { report } = await verifyBounded(log, monotonic, options, streamsInMemory);
          expect(report).toEqual(all);
        },
      ),
      { numRuns: 300 },
    );
  });
});
