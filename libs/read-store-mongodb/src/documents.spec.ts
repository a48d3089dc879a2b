import { fromCheckpointDocument, toCheckpointDocument } from './checkpoint-document';
import { fromStored, toStored } from './stored-document';

describe('stored documents', () => {
  it('keys by _id and gives back exactly what was put', () => {
    const document = { id: 'x', branch: 'main', nested: { a: [1, 2] }, closed: null };
    expect(toStored(document)).toEqual({ _id: 'x', branch: 'main', nested: { a: [1, 2] }, closed: null });
    expect(fromStored(toStored(document))).toEqual(document);
    expect(fromStored(toStored(document))).not.toHaveProperty('_id');
  });

  it('refuses a document without a string id', () => {
    expect(() => toStored({ id: 3 } as never)).toThrow(TypeError);
  });
});

describe('checkpoint documents', () => {
  it('round-trips a checkpoint, keyed by slot, and drops fields it does not know', () => {
    const checkpoint = { slot: 'p#rebuild', projection: 'p', version: 2, generation: 'g', position: 9, updatedAt: 'now' };
    expect(toCheckpointDocument(checkpoint)._id).toBe('p#rebuild');
    expect(fromCheckpointDocument({ ...toCheckpointDocument(checkpoint), extra: 1 } as never)).toEqual(checkpoint);
  });
});
