import { existsSync } from 'node:fs';
import { Upcaster } from '@era/decider';
import { AppConfig, OpenStores, openStores } from '@era/platform';
import { CliError } from './errors';

/**
 * Opens the stores the service is configured with (a second process on the SQLite files is fine: WAL), runs the
 * command and closes them again, whatever happens. What the command reads from `events` goes through the upcasters
 * (every area's, as in the service); `rawEvents` is the log as stored, for verify and seal.
 */
export async function withStores(config: AppConfig, upcasters: readonly Upcaster[], command: (stores: OpenStores) => Promise<number>): Promise<number> {
  // Opening a missing SQLite file would create an empty log, and verify would call that intact.
  if (config.eventStore.kind === 'sqlite' && !existsSync(config.eventStore.file)) {
    throw new CliError(`no event store at ${config.eventStore.file}; point DATA_DIR (or EVENTS_FILE) at the service's data`);
  }
  const stores = await openStores(config, upcasters);
  try {
    return await command(stores);
  } finally {
    await stores.close();
  }
}
