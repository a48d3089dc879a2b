import { readFileSync } from 'node:fs';
import { STAFF_ID, STAFF_ROLES, StaffRole } from '@era/decider';
import { ConfigurationError } from '../config/configuration-error';
import { PUBLISHED_TOKEN_SHA256 } from './published-token-hashes';

/** One line of a staff file: a person or service account and the hash of its bearer token. */
export interface StaffEntry {
  id: string;
  name: string;
  role: StaffRole;
  /** Hex SHA-256 of the bearer token: the directory never holds tokens themselves. */
  tokenSha256: string;
}

export interface StaffListRules {
  /** Where the list came from, for the messages. */
  source: string;
  /** Refuse the published development and example token hashes. */
  production: boolean;
}

/** Reads a staff file and checks it (see checkStaffList). */
export function readStaffFile(file: string, rules: Omit<StaffListRules, 'source'>): StaffEntry[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`STAFF_FILE ${file} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`STAFF_FILE ${file} is not JSON: it must be a JSON list of staff (README, "Staff and tokens")`);
  }
  return checkStaffList(parsed, { ...rules, source: `STAFF_FILE ${file}` });
}

/**
 * A staff list the service can trust: at least one entry, each well formed, no id twice (two people would share one
 * name in the log), no token hash twice (one token would sign in as whichever comes first), and in production no
 * token anyone could have read in this project's documentation.
 */
export function checkStaffList(list: unknown, rules: StaffListRules): StaffEntry[] {
  if (!Array.isArray(list)) throw new ConfigurationError(`${rules.source} must be a JSON list of staff`);
  if (list.length === 0) throw new ConfigurationError(`${rules.source} lists no staff: nobody could sign in with it`);
  const entries = list.map((entry: unknown, index) => checkEntry(entry, index, rules.source));
  const ids = new Map<string, number>();
  const hashes = new Map<string, number>();
  entries.forEach((entry, index) => {
    const sameId = ids.get(entry.id);
    if (sameId !== undefined) throw new ConfigurationError(`${rules.source}: entries ${sameId} and ${index} have the same id ${entry.id}`);
    ids.set(entry.id, index);
    const sameHash = hashes.get(entry.tokenSha256);
    if (sameHash !== undefined) {
      throw new ConfigurationError(
        `${rules.source}: entries ${sameHash} and ${index} have the same tokenSha256, so one token would sign in as either; give each its own token`,
      );
    }
    hashes.set(entry.tokenSha256, index);
    if (rules.production && PUBLISHED_TOKEN_SHA256.has(entry.tokenSha256)) {
      throw new ConfigurationError(
        `${rules.source}: entry ${index} (${entry.id}) has the hash of a published development or example token, which anyone can read; ` +
          'NODE_ENV=production refuses it: give it a new random token',
      );
    }
  });
  return entries;
}

function checkEntry(entry: unknown, index: number, source: string): StaffEntry {
  const { id, name, role, tokenSha256 } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
  const valid =
    typeof id === 'string' &&
    STAFF_ID.test(id) &&
    typeof name === 'string' &&
    name.trim() !== '' &&
    STAFF_ROLES.some((known) => known === role) &&
    typeof tokenSha256 === 'string' &&
    /^[0-9a-f]{64}$/i.test(tokenSha256);
  if (!valid) {
    throw new ConfigurationError(
      `${source}: entry ${index} needs an id (letters, digits, . _ : @ -; at most 100), a name, a role among ${STAFF_ROLES.join(', ')} ` +
        'and a 64-hex-digit tokenSha256',
    );
  }
  return { id, name, role: role as StaffRole, tokenSha256: tokenSha256.toLowerCase() };
}
