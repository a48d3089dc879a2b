import { fromCheckpointDocument, toCheckpointDocument } from './checkpoint-document';
import { fromStored, toStored } from './stored-document';

describe('stored documents', () => {
  it('keys by _id and gives back exactly what was put', () => {
    const document = { id: 'x', branch: 'main', nested: { a: [1, 2] }, closed: null };
    expect(toStored(document)).toEqual({ _id: 'x', branch: 'main', nested: { a: [1, 2] }, closed: null });
    expect(fromStored(toStored(document))).toEqual(document);
    expect(fromStored(toStored(document))).not.toHaveProperty('_id');
  });

  it('carries the words of the text fields for search, and gives back only what was put', () => {
    const document = { id: 'x', name: 'Résumé Guide', alternateNames: ['CV help'], subject: 'careers' };
    const stored = toStored(document, ['name', 'alternateNames']);
    expect(stored).toEqual({ _id: 'x', name: 'Résumé Guide', alternateNames: ['CV help'], subject: 'careers', _textWords: ['resume', 'guide', 'cv', 'help'] });
    expect(fromStored(stored)).toEqual(document);
    expect(toStored(document)).not.toHaveProperty('_textWords');
  });

  it('refuses a document with a field the adapter reserves', () => {
    expect(() => toStored({ id: 'x', _textWords: ['forged'] })).toThrow(/_textWords/);
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
