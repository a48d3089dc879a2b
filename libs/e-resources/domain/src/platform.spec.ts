import { deciderSpecification } from '@era/decider/testing';
import { OrganisationState } from './organisation';
import { RegisterPlatform, RevisePlatformDetails } from './platform-commands';
import { PlatformEvent } from './platform-events';
import { platformDecider } from './platform';

const provider: OrganisationState = { exists: true, organisationId: 'ithaka', name: 'ITHAKA', roles: ['vendor', 'platform-provider'], contacts: [] };
const spec = deciderSpecification(platformDecider, { now: new Date('2026-12-03T10:00:00Z'), provider });

const register = (data: Partial<RegisterPlatform['data']> = {}): RegisterPlatform => ({
  type: 'RegisterPlatform',
  data: {
    platformId: 'jstor',
    name: 'JSTOR',
    providerId: 'ithaka',
    baseHosts: ['WWW.JSTOR.ORG', 'jstor.org.'],
    supportsProxy: true,
    supportsIpAuthentication: true,
    sso: 'both',
    adminConsoleUrl: 'https://admin.jstor.org/',
    ...data,
  },
});
const registered: PlatformEvent = {
  type: 'PlatformRegistered',
  data: {
    platformId: 'jstor',
    name: 'JSTOR',
    providerId: 'ithaka',
    baseHosts: ['jstor.org', 'www.jstor.org'],
    supportsProxy: true,
    supportsIpAuthentication: true,
    sso: 'both',
    adminConsoleUrl: 'https://admin.jstor.org/',
  },
};
const revise = (data: Partial<RevisePlatformDetails['data']> = {}): RevisePlatformDetails => ({
  type: 'RevisePlatformDetails',
  data: { ...register().data, ...data },
});

describe('registering a platform', () => {
  it('records its hosts lower-cased, without a trailing dot, sorted', () => {
    spec.given().when(register()).then([registered]);
  });

  it('decides nothing for the same registration again, and refuses the id with other details', () => {
    spec
      .given([registered])
      .when(register({ baseHosts: ['jstor.org', 'www.jstor.org', 'jstor.org'] }))
      .thenNothing();
    spec
      .given([registered])
      .when(register({ name: 'JSTOR Labs' }))
      .thenRefused('platform-already-registered');
  });

  it.each([
    ['a URL', 'https://www.jstor.org/stable'],
    ['a port', 'www.jstor.org:443'],
    ['a wildcard', '*.jstor.org'],
    ['an IP address', '192.0.2.10'],
    ['a single label', 'intranet'],
    ['a label starting with a hyphen', '-bad.jstor.org'],
    ['spaces', 'www jstor org'],
  ])('refuses a base host with %s', (_, host) => {
    spec
      .given()
      .when(register({ baseHosts: [host] }))
      .thenRefused('invalid-host', /must be a host name/);
  });

  it('needs at least one base host', () => {
    spec
      .given()
      .when(register({ baseHosts: [] }))
      .thenRefused('hosts-required');
  });

  it('refuses an unknown SSO kind and an admin console that is no http(s) URL', () => {
    spec
      .given()
      .when(register({ sso: 'shibboleth' }))
      .thenRefused('invalid-sso');
    spec
      .given()
      .when(register({ adminConsoleUrl: 'javascript:alert(1)' }))
      .thenRefused('invalid-url');
  });

  it('needs a provider in the register, recorded as a platform provider', () => {
    spec
      .given()
      .when(register(), { provider: { exists: false } })
      .thenRefused('unknown-provider');
    spec
      .given()
      .when(register(), { provider: { ...provider, roles: ['publisher'] } })
      .thenRefused('provider-lacks-role', /add the role/);
  });
});

describe('revising a platform', () => {
  it('records the whole new set of details', () => {
    spec
      .given([registered])
      .when(revise({ supportsProxy: false, reason: 'proxy support withdrawn by the vendor' }))
      .then([{ type: 'PlatformDetailsRevised', data: { ...registered.data, supportsProxy: false, reason: 'proxy support withdrawn by the vendor' } }]);
  });

  it('decides nothing when the details are as recorded, and refuses a platform not in the register', () => {
    spec.given([registered]).when(revise()).thenNothing();
    spec.given().when(revise()).thenRefused('platform-not-found');
  });
});
