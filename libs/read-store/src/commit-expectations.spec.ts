import { assertCommitExpectations } from './commit-expectations';
import { CheckpointMovedError } from './errors';

const at = (generation: string, position: number) => ({ generation, position });

describe('commit compare-and-set', () => {
  it('passes when every named slot is at the expected generation and position, or absent when null is expected', () => {
    const current = new Map([['p', at('g1', 10)]]);
    expect(() => assertCommitExpectations({ operations: [], expectGenerations: { p: 'g1', q: null }, expectPositions: { p: 10 } }, current)).not.toThrow();
  });

  it('refuses a moved generation, a present slot where none was expected, and a missing one', () => {
    expect(() => assertCommitExpectations({ operations: [], expectGenerations: { p: 'g1' } }, new Map([['p', at('g2', 1)]]))).toThrow(
      new CheckpointMovedError('p', 'g1', 'g2'),
    );
    expect(() => assertCommitExpectations({ operations: [], expectGenerations: { p: null } }, new Map([['p', at('g2', 1)]]))).toThrow(CheckpointMovedError);
    expect(() => assertCommitExpectations({ operations: [], expectGenerations: { p: 'g1' } }, new Map())).toThrow(CheckpointMovedError);
  });

  it('refuses progress made by another writer of the same slot', () => {
    expect(() => assertCommitExpectations({ operations: [], expectPositions: { p: 10 } }, new Map([['p', at('g1', 15)]]))).toThrow(
      /expected position 10, found position 15/,
    );
  });
});
