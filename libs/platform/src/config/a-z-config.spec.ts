import { ConfigurationError } from './configuration-error';
import { loadAzConfig } from './a-z-config';

describe('the A-Z settings (ERA_PROXY_PREFIX, AZ_NEW_DAYS, LIBRARY_NAME)', () => {
  it('given none, links are not proxied and a resource is new for 30 days', () => {
    expect(loadAzConfig({})).toEqual({ newDays: 30, libraryName: 'Library' });
  });

  it('given an EZproxy prefix and a number of days, takes them as they are', () => {
    expect(loadAzConfig({ ERA_PROXY_PREFIX: 'https://login.proxy.example.edu/login?url=', AZ_NEW_DAYS: '14' })).toEqual({
      proxyPrefix: 'https://login.proxy.example.edu/login?url=',
      newDays: 14,
      libraryName: 'Library',
    });
    expect(loadAzConfig({ LIBRARY_NAME: ' Bodleian Libraries ' }).libraryName).toBe('Bodleian Libraries');
    expect(() => loadAzConfig({ LIBRARY_NAME: 'x'.repeat(201) })).toThrow(ConfigurationError);
    expect(() => loadAzConfig({ LIBRARY_NAME: 'A\nB' })).toThrow(/control characters/);
    expect(loadAzConfig({ AZ_NEW_DAYS: '0' }).newDays).toBe(0);
  });

  it.each([
    ['not a URL', 'login.proxy.example.edu/login?url=', /absolute URL/],
    ['another scheme', 'ftp://proxy.example.edu/login?url=', /http or https/],
    ['a fragment', 'https://proxy.example.edu/login?url=#x', /fragment/],
    ['a space', 'https://proxy.example.edu/log in?url=', /spaces/],
    ['credentials', 'https://user:secret@proxy.example.edu/login?url=', /user name or password/],
    ['too long', `https://proxy.example.edu/${'x'.repeat(600)}?url=`, /at most 500/],
  ])('refuses a proxy prefix with %s, saying why', (_, value, why) => {
    expect(() => loadAzConfig({ ERA_PROXY_PREFIX: value })).toThrow(ConfigurationError);
    expect(() => loadAzConfig({ ERA_PROXY_PREFIX: value })).toThrow(why);
  });

  it.each(['-1', '1.5', 'thirty', '3651', ' 30'])('refuses AZ_NEW_DAYS=%s', (value) => {
    expect(() => loadAzConfig({ AZ_NEW_DAYS: value })).toThrow(/AZ_NEW_DAYS must be a whole number of days from 0 to 3650/);
  });
});
