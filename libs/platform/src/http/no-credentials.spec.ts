import { findCredentialInRequest } from './no-credentials';

/** `depth` objects nested under `key`, with `leaf` at the bottom. */
function nested(depth: number, leaf: unknown, key = 'a'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

describe('findCredentialInRequest', () => {
  it('names the field of a credential at any depth, not only the first 32 levels', () => {
    expect(findCredentialInRequest({ terms: { note: 'fine', internal: ['ok', 'pwd=x'] } })).toEqual({ field: 'terms.internal.1', finding: 'credential' });
    expect(findCredentialInRequest(nested(40, 'password: hunter2', 'k'))).toEqual({ field: Array(40).fill('k').join('.'), finding: 'credential' });
  });

  it('walks nesting far deeper than a call stack allows without overflowing', () => {
    expect(findCredentialInRequest(nested(200_000, 'pw: tiger'))).toMatchObject({ finding: 'credential' });
    expect(findCredentialInRequest(nested(200_000, 'harmless'))).toBeUndefined();
  });

  it('reports a string too long to screen rather than passing it', () => {
    expect(findCredentialInRequest({ note: 'x'.repeat(20_000) })).toEqual({ field: 'note', finding: 'text too long to screen' });
    expect(findCredentialInRequest('x'.repeat(20_000))).toEqual({ field: '(body)', finding: 'text too long to screen' });
  });
});
