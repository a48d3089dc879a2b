import { ClientSession, MongoClient, TransactionOptions } from 'mongodb';
import { inTransaction } from './transactions';

/** Records what the read store asks of the driver, and runs the work as the driver would. */
function fakeClient() {
  const asked: TransactionOptions[] = [];
  const session = {
    withTransaction: async (work: () => Promise<void>, options: TransactionOptions) => {
      asked.push(options);
      await work();
    },
  } as unknown as ClientSession;
  const client = { withSession: async (run: (s: ClientSession) => Promise<void>) => run(session) } as unknown as Pick<MongoClient, 'withSession'>;
  return { client, asked, session };
}

describe('MongoDB read-store transactions', () => {
  it('given a commit, then it runs in a snapshot transaction acknowledged by a journaled majority, on the primary', async () => {
    const { client, asked, session } = fakeClient();
    const work = jest.fn(async () => undefined);

    await inTransaction(client, work);

    expect(work).toHaveBeenCalledWith(session);
    expect(asked).toHaveLength(1);
    expect(asked[0].readConcern).toEqual({ level: 'snapshot' });
    expect(asked[0].writeConcern).toMatchObject({ w: 'majority', journal: true });
    expect(asked[0].readPreference).toBe('primary');
  });
});
