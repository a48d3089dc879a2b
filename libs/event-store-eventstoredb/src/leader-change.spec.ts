import { DeadlineExceededError, NotLeaderError, UnavailableError } from '@eventstore/db-client';
import { StoreUnavailableError } from '@era/event-store';
import { retryOnceOnLeaderChange } from './leader-change';

const clientError = <T>(Type: new (...args: never[]) => T): T => Object.create(Type.prototype) as T;

describe('an append the cluster cannot take', () => {
  it('is StoreUnavailableError when there is no leader or no connection on the retry too (nothing was written)', async () => {
    for (const error of [clientError(NotLeaderError), clientError(UnavailableError)]) {
      await expect(retryOnceOnLeaderChange('append', () => Promise.reject(error))).rejects.toBeInstanceOf(StoreUnavailableError);
    }
  });

  it('stays as it is on a time-out, whose write may have landed', async () => {
    const timeout = clientError(DeadlineExceededError);
    await expect(retryOnceOnLeaderChange('append', () => Promise.reject(timeout))).rejects.toBe(timeout);
  });
});
