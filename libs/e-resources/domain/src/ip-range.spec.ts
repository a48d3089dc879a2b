import { formatIpAddress, parseIpAddress } from './ip-address';
import { parseIpRange } from './ip-range';

describe('reading IP addresses', () => {
  it.each([
    ['192.0.2.1', '192.0.2.1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0001:0000:0000:0001', '2001:db8::1:0:0:1'],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['::', '::'],
    ['::1', '::1'],
    ['fe80::', 'fe80::'],
    ['::ffff:192.0.2.1', '::ffff:c000:201'],
  ])('%s is written canonically as %s', (text, canonical) => {
    const address = parseIpAddress(text);
    expect(address && formatIpAddress(address)).toBe(canonical);
  });

  it.each([
    '',
    '192.0.2',
    '192.0.2.256',
    '192.0.2.01',
    '1.2.3.4.5',
    '1:2:3:4:5:6:7',
    '1::2::3',
    '12345::',
    'fe80::1%eth0',
    ':1::',
    '1.2.3.4::',
    'x'.repeat(46),
  ])('%s is no address', (text) => {
    expect(parseIpAddress(text)).toBeUndefined();
  });

  it('refuses a text of a million characters at once, unread', () => {
    const started = Date.now();
    expect(parseIpRange('1'.repeat(1_000_000))).toEqual({ refusal: expect.stringMatching(/at most/) });
    expect(Date.now() - started).toBeLessThan(50);
  });
});

describe('reading IP ranges', () => {
  it.each([
    ['192.0.2.0/24', '192.0.2.0/24', '192.0.2.0', '192.0.2.255'],
    [' 2001:DB8::/32 ', '2001:db8::/32', '2001:db8::', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff'],
    ['192.0.2.10 - 192.0.2.20', '192.0.2.10-192.0.2.20', '192.0.2.10', '192.0.2.20'],
    ['192.0.2.10\u2013192.0.2.20', '192.0.2.10-192.0.2.20', '192.0.2.10', '192.0.2.20'],
    ['2001:db8::1-2001:db8::ff', '2001:db8::1-2001:db8::ff', '2001:db8::1', '2001:db8::ff'],
    ['198.51.100.7', '198.51.100.7', '198.51.100.7', '198.51.100.7'],
  ])('%s is recorded as %s', (text, canonical, first, last) => {
    const range = parseIpRange(text);
    if ('refusal' in range) throw new Error(range.refusal);
    expect(range.text).toBe(canonical);
    expect(formatIpAddress({ family: range.family, value: range.first })).toBe(first);
    expect(formatIpAddress({ family: range.family, value: range.last })).toBe(last);
  });

  it.each([
    ['192.0.2.1/24', /host bits set: the network is 192\.0\.2\.0\/24/],
    ['192.0.2.0/33', /prefix length/],
    ['0.0.0.0/0', /prefix length/],
    ['192.0.2.20-192.0.2.10', /starts after it ends/],
    ['192.0.2.1-2001:db8::1', /mixes/],
    ['192.0.2.1-', /not a range/],
    ['campus', /not an IPv4 or IPv6 address/],
  ])('%s is refused, saying why', (text, why) => {
    expect(parseIpRange(text)).toEqual({ refusal: expect.stringMatching(why) });
  });
});
