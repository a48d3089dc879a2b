import { RecentAnswers } from './recent-answers';

describe('recent answers', () => {
  it('given a key asked before, answers what was computed then without computing again', async () => {
    const recent = new RecentAnswers<number>(2);
    const compute = jest.fn(async () => 42);
    expect(await recent.get('a', compute)).toBe(42);
    expect(await recent.get('a', compute)).toBe(42);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('given more keys than it holds, forgets the least recently asked', async () => {
    const recent = new RecentAnswers<string>(2);
    const computed: string[] = [];
    const ask = (key: string) => recent.get(key, async () => (computed.push(key), key));
    await ask('a');
    await ask('b');
    await ask('a');
    await ask('c');
    await ask('a');
    await ask('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });

  it('given a computation that fails, does not remember the failure', async () => {
    const recent = new RecentAnswers<number>(2);
    await expect(recent.get('a', async () => Promise.reject(new Error('store busy')))).rejects.toThrow('store busy');
    expect(await recent.get('a', async () => 1)).toBe(1);
  });
});
