import { loadConfig } from './app-config';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');
const secretsOf = (env: Record<string, string>, argv: string[] = []) =>
  loadConfig({ DATA_DIR: '/srv/era', STAFF_FILE: '/etc/era/staff.json', ...env }, argv).secrets;

describe('the keys of the vendor-secret vault (ERA_SECRET_KEYS, ERA_SECRET_KEY_ID)', () => {
  it('reads keyId:base64 pairs, the current one named (or the only one), the vault in its own file', () => {
    const one = secretsOf({ ERA_SECRET_KEYS: `k1:${key(1)}` });
    expect(one).toMatchObject({ currentKeyId: 'k1', source: 'configured', file: '/srv/era/secrets.sqlite' });
    expect(one.keys[0].key).toEqual(Buffer.alloc(32, 1));
    const two = secretsOf({ ERA_SECRET_KEYS: `old:${key(1)}, new:${key(2)}`, ERA_SECRET_KEY_ID: 'new', SECRETS_FILE: 'vault/s.sqlite' });
    expect(two).toMatchObject({ currentKeyId: 'new', file: '/srv/era/vault/s.sqlite' });
    expect(two.keys.map((k) => k.id)).toEqual(['old', 'new']);
  });

  it.each([
    [{ ERA_SECRET_KEYS: `k1:${key(1)},k2:${key(2)}` }, /ERA_SECRET_KEY_ID must name the current key/],
    [{ ERA_SECRET_KEYS: `k1:${key(1)}`, ERA_SECRET_KEY_ID: 'k9' }, /ERA_SECRET_KEY_ID k9 is not among/],
    [{ ERA_SECRET_KEYS: `k1:${key(1)},k1:${key(2)}`, ERA_SECRET_KEY_ID: 'k1' }, /names one key id twice/],
    [{ ERA_SECRET_KEYS: 'k1:c2hvcnQ=' }, /key k1 must be the standard base64 of exactly 32 bytes/],
    [{ ERA_SECRET_KEYS: key(1) }, /entry 1 must be keyId:base64/],
    [{ ERA_SECRET_KEY_ID: 'k1' }, /ERA_SECRET_KEY_ID is set but ERA_SECRET_KEYS is not/],
  ])('refuses %j, saying why and never echoing key material', (env, why) => {
    let message = '';
    try {
      secretsOf(env);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(why);
    expect(message).not.toContain(key(1));
  });

  it('refuses production without keys, except for the projector, which keeps no secrets', () => {
    expect(() => secretsOf({ NODE_ENV: 'production' })).toThrow(/NODE_ENV=production needs ERA_SECRET_KEYS/);
    expect(secretsOf({ NODE_ENV: 'production', ERA_MODE: 'projector' }).source).toBe('ephemeral');
  });

  it('outside production without keys: the published development key with ERA_DEV_TOKENS, else a key of this process alone', () => {
    expect(secretsOf({ ERA_DEV_TOKENS: 'true' })).toMatchObject({ source: 'development', currentKeyId: 'dev-published' });
    const [first, second] = [secretsOf({}), secretsOf({})];
    expect(first.source).toBe('ephemeral');
    expect(first.keys[0].key.equals(second.keys[0].key)).toBe(false);
  });
});
