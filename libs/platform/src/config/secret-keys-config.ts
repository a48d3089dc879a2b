import { createHash, randomBytes } from 'node:crypto';
import { isAbsolute, join } from 'node:path';
import { SecretKey } from '@era/secret-vault';
import { ConfigurationError } from './configuration-error';

/** Where vendor secrets are kept and the keys that seal them (ERA_SECRET_KEYS, ERA_SECRET_KEY_ID, SECRETS_FILE). */
export interface SecretKeysConfig {
  /** The vault's own SQLite file, apart from the event log and the read models. */
  file: string;
  keys: readonly SecretKey[];
  currentKeyId: string;
  /**
   * `configured`: ERA_SECRET_KEYS. `development`: a fixed key published in the code (ERA_DEV_TOKENS only, never in
   * production). `ephemeral`: a random key for this process alone; what is sealed with it is unreadable after a restart.
   */
  source: 'configured' | 'development' | 'ephemeral';
}

const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;
const MAX_KEYS = 16;
/** Anyone can read this key in the repository: it seals only the development tokens' test data. */
export const DEVELOPMENT_SECRET_KEY: SecretKey = { id: 'dev-published', key: createHash('sha256').update('era-ledger development secret key').digest() };

/**
 * ERA_SECRET_KEYS=`keyId:base64-of-32-bytes[,…]`, ERA_SECRET_KEY_ID = the key new secrets are sealed with (needed
 * when there are several). Without keys, NODE_ENV=production refuses to start (the projector aside: it keeps no
 * secrets); elsewhere the development key (with ERA_DEV_TOKENS) or an ephemeral one is used, and a warning logged.
 */
export function loadSecretKeysConfig(
  env: NodeJS.ProcessEnv,
  { dataDir, production, developmentTokens, projector }: { dataDir: string; production: boolean; developmentTokens: boolean; projector: boolean },
): SecretKeysConfig {
  const file = env.SECRETS_FILE?.trim() ? env.SECRETS_FILE.trim() : 'secrets.sqlite';
  const where = isAbsolute(file) ? file : join(dataDir, file);
  const text = env.ERA_SECRET_KEYS?.trim() ?? '';
  if (!text) {
    if (env.ERA_SECRET_KEY_ID?.trim()) throw new ConfigurationError('ERA_SECRET_KEY_ID is set but ERA_SECRET_KEYS is not');
    if (production && !projector) {
      throw new ConfigurationError(
        'NODE_ENV=production needs ERA_SECRET_KEYS (keyId:base64 of 32 random bytes) to keep vendor account secrets; e.g. k1:$(openssl rand -base64 32)',
      );
    }
    const key = developmentTokens ? DEVELOPMENT_SECRET_KEY : { id: `ephemeral-${randomBytes(4).toString('hex')}`, key: randomBytes(32) };
    return { file: where, keys: [key], currentKeyId: key.id, source: developmentTokens ? 'development' : 'ephemeral' };
  }
  const keys = parseKeys(text);
  const chosen = env.ERA_SECRET_KEY_ID?.trim();
  if (!chosen && keys.length > 1) throw new ConfigurationError('ERA_SECRET_KEY_ID must name the current key when ERA_SECRET_KEYS holds several');
  const currentKeyId = chosen || keys[0].id;
  if (!keys.some((key) => key.id === currentKeyId)) throw new ConfigurationError(`ERA_SECRET_KEY_ID ${currentKeyId} is not among the ids of ERA_SECRET_KEYS`);
  return { file: where, keys, currentKeyId, source: 'configured' };
}

/** Key material is never echoed in an error: only the entry's position and id. */
function parseKeys(text: string): SecretKey[] {
  const entries = text.split(',');
  if (entries.length > MAX_KEYS) throw new ConfigurationError(`ERA_SECRET_KEYS holds at most ${MAX_KEYS} keys`);
  const keys = entries.map((entry, index) => {
    const colon = entry.indexOf(':');
    const id = colon === -1 ? '' : entry.slice(0, colon).trim();
    if (!KEY_ID.test(id)) throw new ConfigurationError(`ERA_SECRET_KEYS entry ${index + 1} must be keyId:base64 (an id of 1 to 40 letters, digits or ._-)`);
    const material = entry.slice(colon + 1).trim();
    const key = Buffer.from(material, 'base64');
    if (key.length !== 32 || key.toString('base64') !== material) {
      throw new ConfigurationError(`ERA_SECRET_KEYS key ${id} must be the standard base64 of exactly 32 bytes`);
    }
    return { id, key };
  });
  const ids = new Set(keys.map((key) => key.id));
  if (ids.size !== keys.length) throw new ConfigurationError('ERA_SECRET_KEYS names one key id twice');
  return keys;
}
