import { existsSync } from 'node:fs';
import { AppConfig, OpenStores, openStores } from '@era/platform';
import { CliError } from './errors';

/**
 * Opens the stores the service is configured with (a second process on the SQLite files is fine: WAL), runs the
 * command and closes them again, whatever happens.
 */
export async function withStores(config: AppConfig, command: (stores: OpenStores) => Promise<number>): Promise<number> {
  // Opening a missing SQLite file would create an empty log, and verify would call that intact.
  if (config.eventStore.kind === 'sqlite' && !existsSync(config.eventStore.file)) {
    throw new CliError(`no event store at ${config.eventStore.file}; point DATA_DIR (or EVENTS_FILE) at the service's data`);
  }
  const stores = await openStores(config);
  try {
    return await command(stores);
  } finally {
    await stores.close();
  }
}
