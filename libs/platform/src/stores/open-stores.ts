import { DocumentStore } from '@era/document-store';
import { FileSystemDocumentStore } from '@era/document-store-fs';
import { GridFsDocumentStore } from '@era/document-store-gridfs';
import { Upcaster } from '@era/decider';
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
  /** What everything else reads: old event shapes upcast to current ones by the upcasters the stores were opened with. */
  events: EventStore;
  reads: ReadStore;
  /** Signed documents, by SHA-256. */
  documents: DocumentStore;
  close(): Promise<void>;
}

/** The configured stores; `upcasters` are every area's (the catalogue's ALL_UPCASTERS), for whatever reads `events`. */
export async function openStores(
  config: Pick<AppConfig, 'eventStore' | 'readStore' | 'documents'> & Partial<Pick<AppConfig, 'resilience'>>,
  upcasters: readonly Upcaster[],
): Promise<OpenStores> {
  const busyTimeoutMs = config.resilience?.sqliteBusyTimeoutMs;
  const rawEvents: EventStore =
    config.eventStore.kind === 'sqlite'
      ? new SqliteEventStore({ file: config.eventStore.file, busyTimeoutMs })
      : new EventStoreDbEventStore(config.eventStore.url);
  const reads: ReadStore =
    config.readStore.kind === 'sqlite'
      ? new SqliteReadStore({ file: config.readStore.file, busyTimeoutMs })
      : await MongoReadStore.connect(config.readStore.url, config.readStore.database);
  const documentStore = config.documents.store;
  const documents: DocumentStore =
    documentStore.kind === 'files'
      ? new FileSystemDocumentStore({ directory: documentStore.directory })
      : await GridFsDocumentStore.connect(documentStore.url, documentStore.database, { bucketName: documentStore.bucket });
  return {
    rawEvents,
    events: new UpcastingEventStore(rawEvents, new UpcasterRegistry(upcasters)),
    reads,
    documents,
    close: async () => {
      await documents.close();
      await reads.close();
      await rawEvents.close();
    },
  };
}
