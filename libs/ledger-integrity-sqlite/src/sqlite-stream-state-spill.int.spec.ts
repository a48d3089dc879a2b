import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStreamStateSpillContract } from '@era/ledger-integrity/testing';
import { SqliteStreamStateSpill } from './sqlite-stream-state-spill';

describeStreamStateSpillContract('SQLite', () => new SqliteStreamStateSpill(), 150);

describe('the SQLite spill', () => {
  let parent: string;
  beforeEach(() => (parent = mkdtempSync(join(tmpdir(), 'era-spill-test-'))));
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('given states saved and saved again, when loaded, then each stream has its latest state and unknown streams none', () => {
    const spill = new SqliteStreamStateSpill(parent);
    spill.save([{ streamId: 'a', state: { revision: 0, hash: 'h0' } }]);
    spill.save([
      { streamId: 'a', state: { revision: 1, hash: 'h1', alteredContentHash: 'c1', recorded: { atMs: 5, revision: 1, position: 9 } } },
      { streamId: 'b', state: { revision: 0, hash: 'hb' } },
    ]);
    expect(spill.load(['a', 'b', 'c'])).toEqual(
      new Map([
        ['a', { revision: 1, hash: 'h1', alteredContentHash: 'c1', recorded: { atMs: 5, revision: 1, position: 9 } }],
        ['b', { revision: 0, hash: 'hb' }],
      ]),
    );
    spill.close();
  });

  it('lists the streams of a category in UTF-16 code-unit order (as seals digest them), not in code-point order', () => {
    const spill = new SqliteStreamStateSpill(parent);
    // U+FFFF is one code unit above the surrogates that start U+1F600: in code points it sorts first, in code units last.
    const ids = ['cat-\u{1F600}', 'cat-\uFFFF', 'cat-b', 'cat-a', 'other'];
    spill.save(ids.map((streamId) => ({ streamId, state: { revision: 0, hash: streamId }, ...(streamId.startsWith('cat') ? { category: 'cat' } : {}) })));
    expect([...spill.streamsOfCategory('cat')].map((stream) => stream.streamId)).toEqual(['cat-a', 'cat-b', 'cat-\u{1F600}', 'cat-\uFFFF']);
    spill.close();
  });

  it('deletes its temporary file when closed', () => {
    const spill = new SqliteStreamStateSpill(parent);
    spill.save([{ streamId: 'a', state: { revision: 0, hash: 'h' } }]);
    expect(readdirSync(parent)).toHaveLength(1);
    spill.close();
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(join(parent, 'era-verify-'))).toBe(false);
  });
});
