import { EventStore, UpcasterRegistry, UpcastingEventStore } from '@era/event-store';
import { EventStoreDbEventStore } from '@era/event-store-eventstoredb';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { ReadStore } from '@era/read-store';
import { MongoReadStore } from '@era/read-store-mongodb';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { AppConfig } from '../config/app-config';

export interface OpenStores {
  /** Exactly what is stored: for verification. */
  rawEvents: EventStore;
  /** What everything else reads: old event shapes upcast to current ones. */
  events: EventStore;
  reads: ReadStore;
  close(): Promise<void>;
}

export async function openStores(config: Pick<AppConfig, 'eventStore' | 'readStore'>, upcasters = new UpcasterRegistry()): Promise<OpenStores> {
  const rawEvents: EventStore =
    config.eventStore.kind === 'sqlite' ? new SqliteEventStore({ file: config.eventStore.file }) : new EventStoreDbEventStore(config.eventStore.url);
  const reads: ReadStore =
    config.readStore.kind === 'sqlite'
      ? new SqliteReadStore({ file: config.readStore.file })
      : await MongoReadStore.connect(config.readStore.url, config.readStore.database);
  return {
    rawEvents,
    events: new UpcastingEventStore(rawEvents, upcasters),
    reads,
    close: async () => {
      await reads.close();
      await rawEvents.close();
    },
  };
}
