import { heldAnswerOf } from './held-answer';
import { WholeAnswers } from './whole-answers';

const answer = (bytes: number) => heldAnswerOf('x'.repeat(bytes), 'text/plain');

describe('whole answers kept', () => {
  it('given a key kept before, answers its bytes and tag', () => {
    const kept = new WholeAnswers(2, 100);
    const held = answer(3);
    kept.keep('a', held);
    expect(kept.held('a')).toBe(held);
    expect(kept.held('b')).toBeUndefined();
  });

  it('given more answers than it may hold, forgets the least recently asked', () => {
    const kept = new WholeAnswers(2, 100);
    kept.keep('a', answer(1));
    kept.keep('b', answer(1));
    kept.held('a');
    kept.keep('c', answer(1));
    expect([kept.held('a'), kept.held('b'), kept.held('c')].map((held) => held !== undefined)).toEqual([true, false, true]);
    expect(kept.size).toBe(2);
  });

  it('given more bytes than it may hold, forgets the least recently asked until they fit', () => {
    const kept = new WholeAnswers(10, 10);
    kept.keep('a', answer(4));
    kept.keep('b', answer(4));
    kept.keep('c', answer(4));
    expect([kept.held('a'), kept.held('b'), kept.held('c')].map((held) => held !== undefined)).toEqual([false, true, true]);
    expect(kept.bytes).toBe(8);
  });

  it('given an answer larger than all it may hold, does not keep it (and keeps the others)', () => {
    const kept = new WholeAnswers(10, 10);
    kept.keep('a', answer(4));
    kept.keep('huge', answer(11));
    expect(kept.held('huge')).toBeUndefined();
    expect(kept.held('a')).toBeDefined();
    expect(kept.bytes).toBe(4);
  });

  it('given a key kept again, counts its bytes once', () => {
    const kept = new WholeAnswers(10, 10);
    kept.keep('a', answer(4));
    kept.keep('a', answer(6));
    expect([kept.size, kept.bytes, kept.held('a')?.body.length]).toEqual([1, 6, 6]);
  });
});
