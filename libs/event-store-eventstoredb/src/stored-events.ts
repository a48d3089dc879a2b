import { StreamNotFoundError } from '@eventstore/db-client';
import { StoredEsdbEvent } from './envelope-mapping';
import { EsdbRead } from './esdb-client';

/**
 * The events of one client read, as a plain async iterable. A missing stream reads as empty (the port's
 * contract), and a reader that stops early cancels the gRPC call rather than leaving the server streaming.
 */
export async function* storedEvents(read: EsdbRead): AsyncGenerator<StoredEsdbEvent> {
  let finished = false;
  try {
    for await (const resolved of read) {
      if (resolved.event) yield resolved.event;
    }
    finished = true;
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
    finished = true;
  } finally {
    if (!finished) await read.cancel();
  }
}
