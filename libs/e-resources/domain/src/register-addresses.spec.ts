import { canonicalHost, webUrl, workEmail, workPhone } from './register-addresses';

describe('register addresses', () => {
  it.each([
    ['www.JSTOR.org', 'www.jstor.org'],
    ['search.ebscohost.com.', 'search.ebscohost.com'],
    ['a.b-c.example', 'a.b-c.example'],
  ])('takes the host %j as %j', (host, expected) => expect(canonicalHost(host)).toBe(expected));

  it.each([['https://www.jstor.org'], ['jstor'], ['*.jstor.org'], ['10.0.0.1'], ['a..b.org'], ['x'.repeat(64) + '.org'], [42]])('refuses the host %j', (host) =>
    expect(canonicalHost(host)).toBeUndefined(),
  );

  it('takes http(s) URLs with a host name, and nothing else', () => {
    expect(webUrl(' https://admin.jstor.org/login ')).toBe('https://admin.jstor.org/login');
    expect(webUrl('mailto:support@jstor.org')).toBeUndefined();
    expect(webUrl('https://user:secret@admin.jstor.org/')).toBeUndefined();
    expect(webUrl('https://x'.padEnd(2100, 'x') + '.org')).toBeUndefined();
  });

  it('takes work email addresses only', () => {
    expect(workEmail('Support@JSTOR.org')).toEqual({ email: 'support@jstor.org' });
    expect(workEmail('jane@gmail.com')).toEqual({ refused: expect.stringMatching(/personal mailbox/) });
    expect(workEmail('support@jstor')).toEqual({ refused: expect.any(String) });
    expect(workEmail('a@b@jstor.org')).toEqual({ refused: expect.any(String) });
    expect(workEmail('@jstor.org')).toEqual({ refused: expect.any(String) });
  });

  it.each([['+1 800 555 0100'], ['(0)20 7946-0958 x12'], ['+44 20 7946 0958 ext. 4']])('takes the phone %j', (phone) => expect(workPhone(phone)).toBe(phone));
  it.each([['12345'], ['+1 800 CALL NOW'], ['1'.repeat(16)], ['800+555 0100'], ['555 0100 ext']])('refuses the phone %j', (phone) =>
    expect(workPhone(phone)).toBeUndefined(),
  );
});
