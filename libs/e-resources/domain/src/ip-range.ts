import { ADDRESS_BITS, formatIpAddress, IpFamily, MAX_ADDRESS_TEXT, parseIpAddress } from './ip-address';

/** Two addresses, a separator and spaces: anything longer is no range and is refused before it is read. */
export const MAX_RANGE_TEXT = 2 * MAX_ADDRESS_TEXT + 8;

/** A range of addresses, first to last inclusive, and the canonical text it is recorded as. */
export interface IpRangeBounds {
  family: IpFamily;
  first: bigint;
  last: bigint;
  /** `192.0.2.0/24`, `2001:db8::/32`, `192.0.2.10-192.0.2.20`, or one address. */
  text: string;
}

/**
 * Reads a range as the associate writes it: CIDR (`192.0.2.0/24`), start–end (`192.0.2.10-192.0.2.20`, a hyphen or
 * an en dash, spaces allowed around it) or one address. Returns the bounds, or why the text is no range.
 */
export function parseIpRange(input: string): IpRangeBounds | { refusal: string } {
  if (input.length > MAX_RANGE_TEXT) return { refusal: `a range has at most ${MAX_RANGE_TEXT} characters` };
  const text = input.trim();
  const slash = text.indexOf('/');
  if (slash !== -1) return cidr(text.slice(0, slash).trim(), text.slice(slash + 1).trim());
  const dash = firstDash(text);
  if (dash === -1) {
    const address = parseIpAddress(text);
    if (!address) return { refusal: `${JSON.stringify(text)} is not an IPv4 or IPv6 address` };
    return { family: address.family, first: address.value, last: address.value, text: formatIpAddress(address) };
  }
  const start = parseIpAddress(text.slice(0, dash).trim());
  const end = parseIpAddress(text.slice(dash + 1).trim());
  if (!start || !end) return { refusal: `${JSON.stringify(text)} is not a range of two IPv4 or IPv6 addresses (start-end)` };
  if (start.family !== end.family) return { refusal: `${JSON.stringify(text)} mixes an IPv4 and an IPv6 address` };
  if (start.value > end.value) return { refusal: `${JSON.stringify(text)} starts after it ends` };
  const first = formatIpAddress(start);
  const last = formatIpAddress(end);
  return { family: start.family, first: start.value, last: end.value, text: first === last ? first : `${first}-${last}` };
}

/** Whether two ranges share an address. */
export function rangesOverlap(a: Pick<IpRangeBounds, 'family' | 'first' | 'last'>, b: Pick<IpRangeBounds, 'family' | 'first' | 'last'>): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

function cidr(addressText: string, prefixText: string): IpRangeBounds | { refusal: string } {
  const address = parseIpAddress(addressText);
  if (!address) return { refusal: `${JSON.stringify(addressText)} is not an IPv4 or IPv6 address` };
  const bits = ADDRESS_BITS[address.family];
  const prefix = prefixLength(prefixText, bits);
  if (prefix === undefined) return { refusal: `the prefix length of an ${address.family} range is a whole number from 1 to ${bits}` };
  const hostBits = BigInt(bits - prefix);
  const hostMask = (1n << hostBits) - 1n;
  const network = address.value & ~hostMask;
  const canonical = `${formatIpAddress({ family: address.family, value: network })}/${prefix}`;
  if (network !== address.value) return { refusal: `${addressText}/${prefix} has host bits set: the network is ${canonical}` };
  return { family: address.family, first: network, last: network | hostMask, text: canonical };
}

/** 1 to `bits` in plain decimal; /0 (every address there is) is no library's range. */
function prefixLength(text: string, bits: number): number | undefined {
  if (text.length < 1 || text.length > 3 || (text.length > 1 && text[0] === '0')) return undefined;
  let prefix = 0;
  for (let index = 0; index < text.length; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    prefix = prefix * 10 + digit;
  }
  return prefix >= 1 && prefix <= bits ? prefix : undefined;
}

/** A hyphen or an en dash (IPv6 addresses hold neither). */
function firstDash(text: string): number {
  for (let index = 0; index < text.length; index++) if (text[index] === '-' || text[index] === '\u2013') return index;
  return -1;
}
