import { EventEmitter } from 'node:events';
import { RecordedEvent } from '@era/event-store';
import { SqliteSubscription } from './sqlite-subscription';

const event = (globalPosition: number) => ({ globalPosition, type: 'Happened' }) as RecordedEvent;

describe('SQLite subscription', () => {
  it('reads again from the last event it yielded when a read fails, losing and repeating nothing', async () => {
    const log = [event(1), event(2), event(3)];
    let failNext = false;
    const reads: number[] = [];
    const page = (after: number) => {
      reads.push(after);
      if (failNext) {
        failNext = false;
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      }
      return log.filter((e) => e.globalPosition > after).slice(0, 1);
    };
    const subscription = new SqliteSubscription(page, new EventEmitter(), 0, 1);
    const seen: number[] = [];
    for await (const next of subscription) {
      seen.push(next.globalPosition);
      if (next.globalPosition === 1) failNext = true;
      if (seen.length === 3) break;
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(reads.slice(0, 3)).toEqual([0, 1, 1]);
  });

  it('passes the failure on when reads keep failing', async () => {
    const page = () => {
      throw new Error('disk I/O error');
    };
    const subscription = new SqliteSubscription(page, new EventEmitter(), 0, 1);
    await expect(subscription[Symbol.asyncIterator]().next()).rejects.toThrow('disk I/O error');
  });
});
