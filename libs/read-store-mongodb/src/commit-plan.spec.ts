import { Checkpoint } from '@era/read-store';
import { checkpointWrites, readModelWrites } from './commit-plan';

const checkpoint = (slot: string, generation: string): Checkpoint => ({
  slot,
  projection: slot.split('#')[0],
  version: 1,
  generation,
  position: 5,
  updatedAt: '1970-01-01T00:00:00.000Z',
});

describe('readModelWrites', () => {
  it("stores the words of each collection's own text fields with a put", () => {
    const writes = readModelWrites(
      [
        { kind: 'put', collection: 'a', document: { id: '1', name: 'Web of Science' } },
        { kind: 'put', collection: 'b', document: { id: '1', name: 'Web of Science' } },
      ],
      (collection) => (collection === 'a' ? ['name'] : []),
    );
    expect(writes.map((w) => w.writes)).toEqual([
      [{ replaceOne: { filter: { _id: '1' }, replacement: { name: 'Web of Science', _textWords: ['web', 'of', 'science'] }, upsert: true } }],
      [{ replaceOne: { filter: { _id: '1' }, replacement: { name: 'Web of Science' }, upsert: true } }],
    ]);
  });

  it('groups by collection, keeping the order within each, with upserted replacements keyed by _id', () => {
    const writes = readModelWrites([
      { kind: 'put', collection: 'a', document: { id: '1', n: 1 } },
      { kind: 'put', collection: 'b', document: { id: '1', n: 2 } },
      { kind: 'delete', collection: 'a', id: '1' },
      { kind: 'put', collection: 'a', document: { id: '1', n: 3 } },
    ]);
    expect(writes).toEqual([
      {
        collection: 'a',
        writes: [
          { replaceOne: { filter: { _id: '1' }, replacement: { n: 1 }, upsert: true } },
          { deleteOne: { filter: { _id: '1' } } },
          { replaceOne: { filter: { _id: '1' }, replacement: { n: 3 }, upsert: true } },
        ],
      },
      { collection: 'b', writes: [{ replaceOne: { filter: { _id: '1' }, replacement: { n: 2 }, upsert: true } }] },
    ]);
  });

  it('refuses a document with a field named _id', () => {
    expect(() => readModelWrites([{ kind: 'put', collection: 'a', document: { id: '1', _id: 'x' } }])).toThrow(/_id/);
  });
});

describe('checkpointWrites', () => {
  it('removes first, then upserts each checkpoint keyed by slot', () => {
    expect(checkpointWrites({ operations: [], checkpoints: [checkpoint('p', 'new')], removeCheckpoints: ['p#rebuild'] })).toEqual([
      { deleteOne: { filter: { _id: 'p#rebuild' } } },
      {
        replaceOne: {
          filter: { _id: 'p' },
          replacement: { projection: 'p', version: 1, generation: 'new', position: 5, updatedAt: '1970-01-01T00:00:00.000Z' },
          upsert: true,
        },
      },
    ]);
    expect(checkpointWrites({ operations: [] })).toEqual([]);
  });
});
