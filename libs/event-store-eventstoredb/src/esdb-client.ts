import {
  AppendResult,
  AppendToStreamOptions,
  EventData,
  ReadAllOptions as EsdbReadAllOptions,
  ReadStreamOptions as EsdbReadStreamOptions,
  SubscribeToAllOptions,
} from '@eventstore/db-client';
import { StoredEsdbEvent } from './envelope-mapping';
import { SubscriptionSource } from './eventstoredb-subscription';

/** One read of the client, as the adapter consumes it: resolved events, and a way to stop the server streaming. */
export type EsdbRead = AsyncIterable<{ event?: StoredEsdbEvent }> & { cancel(): Promise<void> };

/**
 * The part of the client this adapter uses, in the shapes it uses: `EventStoreDBClient` satisfies it as it is, and a
 * unit test's in-memory node can implement it without pretending to be the whole client.
 */
export interface EsdbClient {
  appendToStream(streamName: string, events: EventData[], options: AppendToStreamOptions): Promise<AppendResult>;
  readStream(streamName: string, options: EsdbReadStreamOptions): EsdbRead;
  readAll(options: EsdbReadAllOptions): EsdbRead;
  subscribeToAll(options: SubscribeToAllOptions): SubscriptionSource;
  dispose(): Promise<void>;
}
