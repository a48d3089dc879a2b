import { Test } from '@nestjs/testing';
import { fixedClock } from '@era/decider';
import { AppendMetadata, EventData, RecordedEvent } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { LicenceRuleViolation, LICENCE_LISTS_STREAM } from '@era/licensing-domain';
import { CLOCK, CommandPath, EVENT_STORE, ReadYourWrites } from '@era/platform';
import { LicenceListsSeeder } from './licence-lists-seeder';

const cause: AppendMetadata = { actor: { id: 's-librarian', role: 'librarian' }, correlationId: 'req-1', causationId: 'cause-1', source: 'api' };

describe('the licence lists seeder (real SQLite, in memory)', () => {
  let store: SqliteEventStore;
  let seeder: LicenceListsSeeder;
  beforeEach(async () => {
    store = new SqliteEventStore({ file: ':memory:' });
    const module = await Test.createTestingModule({
      providers: [
        LicenceListsSeeder,
        CommandPath,
        { provide: EVENT_STORE, useValue: store },
        { provide: CLOCK, useValue: fixedClock('2026-03-05T12:00:00Z') },
        // No projections here: nothing to wait for after a write.
        { provide: ReadYourWrites, useValue: { afterWrite: async () => false } },
      ],
    }).compile();
    seeder = module.get(LicenceListsSeeder);
  });
  afterEach(() => store.close());

  async function listEvents(): Promise<RecordedEvent<EventData>[]> {
    const events: RecordedEvent<EventData>[] = [];
    for await (const event of store.readStream(LICENCE_LISTS_STREAM)) events.push(event);
    return events;
  }

  it('offers the defaults, in memory, while the log holds none', async () => {
    const current = await seeder.current();
    expect(current.seeded).toBe(false);
    expect(current.state.lists['licence-status']['active']).toMatchObject({ lifecycle: 'active' });
    expect(await listEvents()).toEqual([]);
  });

  it('seeds nothing for a request its decision refuses', async () => {
    const refusal = new LicenceRuleViolation('unknown-list-value', 'licence type "actual" is not in the licence-type list');
    await expect(
      seeder.seedUnlessRefused(cause, () => {
        throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(await listEvents()).toEqual([]);
  });

  it('seeds the defaults once, as the system, tied to the request that needed them', async () => {
    await seeder.seedUnlessRefused(cause, () => []);
    await seeder.seedUnlessRefused(cause, () => {
      throw new Error('not decided again once seeded');
    });
    const events = await listEvents();
    expect(events.map((event) => event.type)).toEqual(['LicenceListsSeeded']);
    expect(events[0].metadata).toMatchObject({ actor: { id: 'system', role: 'system' }, source: 'system', correlationId: 'req-1', causationId: 'cause-1' });
    expect((await seeder.current()).seeded).toBe(true);
  });

  it('lets two requests racing to seed both go on: the loser conflicts, is decided again, and adds nothing', async () => {
    let release = () => {};
    const bothChecked = new Promise<void>((resolve) => (release = resolve));
    let arrived = 0;
    const decide = async () => {
      arrived += 1;
      if (arrived === 2) release();
      await bothChecked;
      return [];
    };
    const append = jest.spyOn(store, 'append');
    await Promise.all([seeder.seedUnlessRefused(cause, decide), seeder.seedUnlessRefused(cause, decide)]);
    expect(append).toHaveBeenCalledTimes(2);
    expect((await listEvents()).map((event) => event.type)).toEqual(['LicenceListsSeeded']);
  });
});
