import { randomUUID } from 'node:crypto';
import { Actor } from '@era/event-store';
import { handleSealLedger, LedgerSealRefusal } from '@era/ledger';
import { AppConfig, loadStaffDirectory, OpenStores, StaffDirectory } from '@era/platform';
import { CliError, guarded } from '../errors';
import { CliIo, ExitCode } from '../io';

export interface SealCommandOptions {
  json?: boolean;
  /** Why the seal is made (say, "year-end review 2026"); recorded with it. */
  reason?: string;
}

/**
 * The staff directory the service uses: STAFF_FILE, and the development staff only with ERA_DEV_TOKENS=true. The
 * identity provider's tokens are for people at the API; a CLI write is a service account's (or a dev token's).
 */
export function cliStaffDirectory(config: Pick<AppConfig, 'identity'>): StaffDirectory {
  const { directory } = loadStaffDirectory(config.identity);
  if (!directory.size) throw new CliError('no staff to sign in as: set STAFF_FILE (or, for development only, ERA_DEV_TOKENS=true)');
  return directory;
}

/**
 * Who a CLI write is recorded as: like every write, an authenticated staff member. The token comes from
 * ERA_STAFF_TOKEN (an environment variable, so that it stays out of the shell history). Whether that member may
 * seal is the seal's own rule, the same as over HTTP.
 */
export function cliActor(staff: StaffDirectory, env: NodeJS.ProcessEnv = process.env): Actor {
  const token = env.ERA_STAFF_TOKEN?.trim();
  if (!token) throw new CliError('set ERA_STAFF_TOKEN to your staff token: the CLI records every write as an authenticated staff member');
  const member = staff.authenticate(token);
  if (!member) throw new CliError('ERA_STAFF_TOKEN is not the token of any staff member in the staff directory');
  return { id: member.id, role: member.role };
}

/**
 * `era seal`: records the head hash of every stream as one LedgerSealed event and prints the seal's digest, to be
 * kept outside the system (`era verify --seal-digest <digest>` later proves the log still matches it).
 */
export function seal(stores: Pick<OpenStores, 'rawEvents'>, options: SealCommandOptions, io: CliIo, actor: Actor): Promise<number> {
  return guarded(io, async () => {
    const receipt = await handleSealLedger(
      stores.rawEvents,
      { type: 'SealLedger', data: { reason: options.reason } },
      { actor, correlationId: randomUUID(), causationId: randomUUID(), source: 'cli' },
    ).catch((error: unknown) => {
      // The rule names the field as the API does (`reason`); here it is the option.
      throw error instanceof LedgerSealRefusal ? new CliError(error.message.replace(/^reason /, '--reason ')) : error;
    });
    if (options.json) {
      io.out(JSON.stringify(receipt, null, 2));
    } else {
      io.out(`sealed ${receipt.streamCount} streams through position ${receipt.sealedThroughPosition} (seal recorded at position ${receipt.position})`);
      io.out(`digest ${receipt.digest}`);
      io.err(`keep the digest outside the system; check it later with: era verify --seal-digest ${receipt.digest}`);
    }
    return ExitCode.ok;
  });
}
