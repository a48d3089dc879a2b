import { deciderSpecification } from '@era/decider/testing';
import { RegisterVendorAccount } from './vendor-account-commands';
import { VendorAccountEvent } from './vendor-account-events';
import { vendorAccountDecider } from './vendor-account';

const now = new Date('2026-03-05T15:00:00Z');
const spec = deciderSpecification(vendorAccountDecider, { now });
const ID = '6a1f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10';
const register = (data: Partial<RegisterVendorAccount['data']> = {}): RegisterVendorAccount => ({
  type: 'RegisterVendorAccount',
  data: { accountId: ID, organisationId: 'org-ebsco', adminUrl: 'https://eadmin.example.com/', userName: 'lib-admin', ...data },
});
const registered: VendorAccountEvent = {
  type: 'VendorAccountRegistered',
  data: { accountId: ID, organisationId: 'org-ebsco', adminUrl: 'https://eadmin.example.com/', userName: 'lib-admin' },
};
const recordSecret = (secretRef = 'ref-1') =>
  ({ type: 'RecordVendorAccountSecret', data: { accountId: ID, kind: 'password', secretRef, keyId: 'k2026' } }) as const;
const secretSet: VendorAccountEvent = {
  type: 'VendorAccountSecretSet',
  data: { accountId: ID, kind: 'password', secretRef: 'ref-1', keyId: 'k2026', setAt: now.toISOString() },
};

describe('registering a vendor account', () => {
  it('given none, when registered, then VendorAccountRegistered with the canonical id', () => {
    spec
      .given()
      .when(register({ accountId: ID.toUpperCase() }))
      .then([registered]);
  });

  it('given it registered, when the same is sent again, then nothing; with other details, refused', () => {
    spec.given([registered]).when(register()).thenNothing();
    spec
      .given([registered])
      .when(register({ userName: 'other' }))
      .thenRefused('vendor-account-already-registered');
  });

  it('refuses an admin URL that is not http(s), or that carries a login', () => {
    spec
      .given()
      .when(register({ adminUrl: 'ftp://eadmin.example.com/' }))
      .thenRefused('invalid-admin-url');
    spec
      .given()
      .when(register({ adminUrl: 'https://lib-admin:pw@eadmin.example.com/' }))
      .thenRefused('invalid-admin-url', /must not hold a user name or password/);
    spec
      .given()
      .when(register({ adminUrl: 'eadmin.example.com' }))
      .thenRefused('invalid-admin-url');
  });
});

describe("an account's secret", () => {
  it('given an account, when its secret is stored, then VendorAccountSecretSet holds the kind, key id, vault reference and time, nothing else', () => {
    const [event] = spec.given([registered]).when(recordSecret()).events();
    expect(event).toEqual(secretSet);
    expect(Object.keys(event.data).sort()).toEqual(['accountId', 'keyId', 'kind', 'secretRef', 'setAt']);
  });

  it('given a secret set, when a new one is stored, then VendorAccountSecretRotated', () => {
    spec
      .given([registered, secretSet])
      .when(recordSecret('ref-2'))
      .then([{ type: 'VendorAccountSecretRotated', data: { accountId: ID, kind: 'password', secretRef: 'ref-2', keyId: 'k2026', setAt: now.toISOString() } }]);
  });

  it('refuses a secret for an account that does not exist', () => {
    spec.given().when(recordSecret()).thenRefused('vendor-account-not-found');
  });

  it('given a secret set, when revealed, then VendorAccountSecretRevealed (who and when are the metadata)', () => {
    spec
      .given([registered, secretSet])
      .when({ type: 'RevealVendorAccountSecret', data: { accountId: ID } })
      .then([{ type: 'VendorAccountSecretRevealed', data: { accountId: ID, kind: 'password' } }]);
  });

  it('refuses to reveal a secret never set, or of an account that does not exist', () => {
    spec
      .given([registered])
      .when({ type: 'RevealVendorAccountSecret', data: { accountId: ID } })
      .thenRefused('secret-not-set');
    spec
      .given()
      .when({ type: 'RevealVendorAccountSecret', data: { accountId: ID } })
      .thenRefused('vendor-account-not-found');
  });
});
