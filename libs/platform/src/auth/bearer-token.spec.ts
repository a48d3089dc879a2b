import { authenticateToken, authenticateTokenAtOnce, NOT_AT_ONCE } from './bearer-token';
import { OpaqueTokenAuthenticator } from './opaque-token.authenticator';
import { StaffAuthentication } from './staff-authentication';
import { StaffAuthenticator } from './staff-authenticator.port';
import { StaffDirectory } from './staff-directory';

const SHA256_OF_SECRET = '2bb80d537b1da3e38bd30361aa855686bde0eacd7162fef6a25fe97bf527a25b';
const directory = new StaffDirectory([{ id: 's-desk', name: 'Dee Desk', role: 'desk', tokenSha256: SHA256_OF_SECRET }]);

/** An identity provider's authenticator: it can only answer by waiting (keys fetched, signatures checked). */
const onlyByWaiting: StaffAuthenticator = {
  authenticate: async (token) => (token === 'a-jwt' ? { kind: 'staff', staff: { id: 'oidc-1', name: 'Olive', role: 'librarian' } } : undefined),
};

const authenticationOf = (...authenticators: StaffAuthenticator[]): StaffAuthentication => ({ authenticators, directory, warnings: [] });

describe('authenticating a bearer token without waiting', () => {
  it('given staff-directory tokens only, then a listed token is known at once, as authenticateToken knows it', async () => {
    const authentication = authenticationOf(new OpaqueTokenAuthenticator(directory));
    const atOnce = authenticateTokenAtOnce(authentication, 'secret');
    expect(atOnce).toEqual({ kind: 'staff', staff: { id: 's-desk', name: 'Dee Desk', role: 'desk' } });
    expect(atOnce).toEqual(await authenticateToken(authentication, 'secret'));
    expect(authenticateTokenAtOnce(authentication, 'not-listed')).toBeUndefined();
  });

  it('given an identity provider after the directory, then a listed token is still known at once, any other token is not', () => {
    const authentication = authenticationOf(new OpaqueTokenAuthenticator(directory), onlyByWaiting);
    expect(authenticateTokenAtOnce(authentication, 'secret')).toMatchObject({ kind: 'staff' });
    expect(authenticateTokenAtOnce(authentication, 'a-jwt')).toBe(NOT_AT_ONCE);
  });

  it('given an identity provider asked first, then nothing is known at once', () => {
    expect(authenticateTokenAtOnce(authenticationOf(onlyByWaiting, new OpaqueTokenAuthenticator(directory)), 'secret')).toBe(NOT_AT_ONCE);
  });
});
