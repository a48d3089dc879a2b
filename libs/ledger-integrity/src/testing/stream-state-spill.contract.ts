import fc from 'fast-check';
import { StreamStateSpill } from '../stream-state-spill.port';
import { verifyEventStore, VerifyOptions } from '../verification';
import { generateLog, GeneratedLog, storeOf, streamIdOf } from './generated-log';
import { tamper, tamperings } from './tampering';

type MemoryLimits = Pick<VerifyOptions, 'streamsInMemory' | 'stateBytesInMemory'>;

/** A few streams held, by count or by memory (a few hundred bytes: one to three usual states, less than one unusual). */
const memoryLimits: fc.Arbitrary<MemoryLimits> = fc.oneof(
  fc.integer({ min: 1, max: 3 }).map((streamsInMemory) => ({ streamsInMemory })),
  fc.integer({ min: 1, max: 600 }).map((stateBytesInMemory) => ({ stateBytesInMemory })),
);

/**
 * What every spill must give: verification holding only a few streams in memory, the rest spilled, finds exactly what
 * it finds holding all of them, whatever the log, its seals and the tampering.
 */
export function describeStreamStateSpillContract(adapterName: string, openSpill: () => StreamStateSpill, numRuns: number): void {
  const verifyBounded = async (log: GeneratedLog, monotonic: boolean, options: VerifyOptions, limits: MemoryLimits) => {
    let spilled = 0;
    const report = await verifyEventStore(storeOf(log, monotonic), {
      ...options,
      ...limits,
      openSpill: () => {
        const spill = openSpill();
        const save = spill.save.bind(spill);
        spill.save = (streams) => {
          spilled += streams.length;
          save(streams);
        };
        return spill;
      },
    });
    return { report, spilled };
  };

  describe(`verification with few streams held in memory, the rest spilled (${adapterName})`, () => {
    it('given a log of many streams, when only 2 are held in memory, then the rest are spilled and the findings are those of holding all', async () => {
      const log = generateLog(
        Array.from({ length: 60 }, (_, index) => (index * 7) % 20),
        new Set([19, 39]),
      );
      tamper(log, { kind: 'rewrite', at: 10 });
      const all = await verifyEventStore(storeOf(log, true));
      const { report, spilled } = await verifyBounded(log, true, {}, { streamsInMemory: 2 });
      expect(all.ok).toBe(false);
      expect(all.problems.map((problem) => problem.kind)).toContain('sealed-category-changed');
      expect(spilled).toBeGreaterThan(20);
      expect(report).toEqual(all);
    });

    it('given any log, seals and tampering, whatever the streams held in memory and the scope, then the findings are those of holding all', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.nat({ max: 14 }), { minLength: 1, maxLength: 50 }),
          fc.uniqueArray(fc.nat({ max: 49 }), { maxLength: 4 }),
          fc.array(tamperings, { maxLength: 3 }),
          memoryLimits,
          fc.boolean(),
          fc.constantFrom<VerifyOptions>({}, { streamPrefixes: ['desk-inquiry'] }, { streamPrefixes: [streamIdOf(0).slice(0, 20), 'licence'] }),
          async (picks, sealsAfter, tamperingsDone, limits, monotonic, options) => {
            const log = generateLog(picks, new Set(sealsAfter));
            tamperingsDone.forEach((tampering) => tamper(log, tampering));
            const all = await verifyEventStore(storeOf(log, monotonic), options);
            const { report } = await verifyBounded(log, monotonic, options, limits);
            expect(report).toEqual(all);
          },
        ),
        { numRuns },
      );
    });
  });
}
