import { ConfigurationError } from './configuration-error';

/** The public A-Z list's settings. */
export interface AzConfig {
  /**
   * The library's proxy prefix (ERA_PROXY_PREFIX, EZproxy style, e.g. `https://login.proxy.example.edu/login?url=`):
   * a proxied resource's public link is this followed by its encoded access URL. Absent: links are not proxied.
   */
  proxyPrefix?: string;
  /** For how many days after its first activation a resource is "new" (AZ_NEW_DAYS, default 30). */
  newDays: number;
  /** The library's name as the public page shows it (LIBRARY_NAME, default "Library"). */
  libraryName: string;
}

const MAX_PREFIX_LENGTH = 500;
const MAX_NEW_DAYS = 3650;
const MAX_LIBRARY_NAME = 200;

export function loadAzConfig(env: NodeJS.ProcessEnv): AzConfig {
  return { ...proxyPrefix(env.ERA_PROXY_PREFIX), newDays: newDays(env.AZ_NEW_DAYS), libraryName: libraryName(env.LIBRARY_NAME) };
}

function proxyPrefix(value: string | undefined): { proxyPrefix?: string } {
  if (value === undefined || value === '') return {};
  const refuse = (why: string) => new ConfigurationError(`ERA_PROXY_PREFIX ${why}; got ${value.slice(0, MAX_PREFIX_LENGTH)}`);
  if (value.length > MAX_PREFIX_LENGTH) throw refuse(`must be at most ${MAX_PREFIX_LENGTH} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse('must be an absolute URL such as https://login.proxy.example.edu/login?url=');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse('must be an http or https URL');
  if (url.hash !== '' || value.includes('#')) throw refuse('may not hold a fragment (#)');
  for (const ch of value) if (ch <= ' ' || ch === '\u007f') throw refuse('may not hold spaces or control characters');
  if (url.username !== '' || url.password !== '') throw refuse('may not hold a user name or password');
  return { proxyPrefix: value };
}

function newDays(value: string | undefined): number {
  if (value === undefined || value === '') return 30;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || parsed > MAX_NEW_DAYS)
    throw new ConfigurationError(`AZ_NEW_DAYS must be a whole number of days from 0 to ${MAX_NEW_DAYS}; got ${value}`);
  return parsed;
}

function libraryName(value: string | undefined): string {
  const name = value?.trim() ?? '';
  if (name === '') return 'Library';
  if (name.length > MAX_LIBRARY_NAME) throw new ConfigurationError(`LIBRARY_NAME must be at most ${MAX_LIBRARY_NAME} characters`);
  for (const ch of name) if (ch < ' ' || ch === '\u007f') throw new ConfigurationError('LIBRARY_NAME may not hold control characters');
  return name;
}
