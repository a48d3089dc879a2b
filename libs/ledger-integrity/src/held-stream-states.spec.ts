import fc from 'fast-check';
import { HeldStreamStates } from './held-stream-states';
import { StreamState } from './stream-state-spill.port';

const hash = (n: number) => n.toString(16).padStart(64, '0');

describe('stream states held in memory', () => {
  it('given usual and unusual states, when read back, then each is the state set', () => {
    const held = new HeldStreamStates();
    const states: Record<string, StreamState> = {
      plain: { revision: 3, hash: hash(3) },
      upperCaseHash: { revision: 0, hash: hash(0xabc).toUpperCase() },
      notHex: { revision: 1, hash: 'tampered' },
      altered: { revision: 2, hash: hash(2), alteredContentHash: hash(5) },
      recorded: { revision: 4, hash: hash(4), recorded: { atMs: 17, revision: 3, position: 99 } },
    };
    for (const [streamId, state] of Object.entries(states)) held.set(streamId, state, true);
    for (const [streamId, state] of Object.entries(states)) expect(held.get(streamId)).toEqual(state);
    expect(held.get('unknown')).toBeUndefined();
  });

  it('given streams set in turn, then they are listed least recently changed first, and a removed one frees its memory', () => {
    const held = new HeldStreamStates();
    held.set('a', { revision: 0, hash: hash(1) }, true);
    const oneStream = held.bytes;
    held.set('b', { revision: 0, hash: hash(2) }, false);
    held.set('a', { revision: 1, hash: hash(3) }, true);
    expect([...held.ids()]).toEqual(['b', 'a']);
    expect([held.isDirty('a'), held.isDirty('b')]).toEqual([true, false]);
    held.remove('a');
    expect(held.bytes).toBe(oneStream);
    held.set('c', { revision: 7, hash: 'x' }, true);
    expect(held.get('c')).toEqual({ revision: 7, hash: 'x' });
    expect(held.get('b')).toEqual({ revision: 0, hash: hash(2) });
  });

  it('given more streams than its first slab holds, then every state is kept', () => {
    const held = new HeldStreamStates();
    for (let n = 0; n < 5000; n++) held.set(`s-${n}`, { revision: n, hash: hash(n) }, true);
    expect(held.size).toBe(5000);
    expect(held.get('s-4321')).toEqual({ revision: 4321, hash: hash(4321) });
    expect(held.get('s-7')).toEqual({ revision: 7, hash: hash(7) });
  });
});

describe('stream states held in memory, against a Map', () => {
  // Ids of a few characters, so that they collide in the table; some too long or too wide for a slot's bytes.
  const streamId = fc.oneof(
    fc.integer({ min: 0, max: 40 }).map((n) => `s-${n}`),
    fc.integer({ min: 0, max: 5 }).map((n) => `${'long-'.repeat(14)}${n}`),
    fc.integer({ min: 0, max: 5 }).map((n) => `wide-\u{1F600}-${n}`),
  );
  const operation = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), streamId, revision: fc.nat({ max: 9 }), usual: fc.boolean(), dirty: fc.boolean() }),
    fc.record({ kind: fc.constant('remove' as const), streamId }),
  );

  it('given any sets and removals, then it holds what a Map in order of last change holds', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 400 }), (operations) => {
        // Room for 2 at first: the arrays grow and the ids collide in the table.
        const held = new HeldStreamStates(2);
        const model = new Map<string, { state: StreamState; dirty: boolean }>();
        for (const op of operations) {
          if (op.kind === 'set') {
            const state = op.usual ? { revision: op.revision, hash: hash(op.revision) } : { revision: op.revision, hash: `h${op.revision}` };
            held.set(op.streamId, state, op.dirty);
            model.delete(op.streamId);
            model.set(op.streamId, { state, dirty: op.dirty });
          } else {
            held.remove(op.streamId);
            model.delete(op.streamId);
          }
        }
        expect([...held.ids()]).toEqual([...model.keys()]);
        expect(held.size).toBe(model.size);
        for (const [id, { state, dirty }] of model) {
          expect(held.get(id)).toEqual(state);
          expect(held.isDirty(id)).toBe(dirty);
        }
        for (let n = 0; n <= 40; n++) expect(held.has(`s-${n}`)).toBe(model.has(`s-${n}`));
      }),
      { numRuns: 300 },
    );
  });
});
