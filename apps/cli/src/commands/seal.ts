import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { Actor, AppendMetadata, sealLedger } from '@era/event-store';
import { OpenStores } from '@era/platform';
import { guarded } from '../errors';
import { CliIo, ExitCode } from '../io';

export interface SealCommandOptions {
  json?: boolean;
  /** Why the seal is made (say, "year-end review 2026"); recorded with it. */
  reason?: string;
}

/**
 * Who a CLI write is recorded as. The CLI has no staff token: it runs with file (or cluster) access to the stores,
 * which only an administrator has, so the actor is that administrator, named by ERA_STAFF_ID or else the OS user.
 */
export function cliActor(env: NodeJS.ProcessEnv = process.env): Actor {
  return { id: env.ERA_STAFF_ID?.trim() || osUser(), role: 'admin' };
}

function osUser(): string {
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * `era seal`: records the head hash of every stream as one LedgerSealed event and prints the seal's digest, to be
 * kept outside the system (`era verify --seal-digest <digest>` later proves the log still matches it).
 */
export function seal(stores: Pick<OpenStores, 'rawEvents'>, options: SealCommandOptions, io: CliIo, actor: Actor = cliActor()): Promise<number> {
  return guarded(io, async () => {
    const reason = options.reason?.trim();
    const metadata: AppendMetadata = { actor, ...(reason ? { reason } : {}), correlationId: randomUUID(), causationId: randomUUID(), source: 'cli' };
    const receipt = await sealLedger(stores.rawEvents, metadata);
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
