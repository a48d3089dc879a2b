/**
 * IPv4 and IPv6 addresses, parsed and written by hand: the domain stays free of `node:net`, and a character loop over
 * a length-capped text cannot backtrack. Values are BigInts (128 bits do not fit in a number).
 */
export type IpFamily = 'ipv4' | 'ipv6';

export interface IpAddress {
  family: IpFamily;
  value: bigint;
}

/** The longest text an address may have: eight groups of four with seven colons, or six groups and dotted IPv4 (45). */
export const MAX_ADDRESS_TEXT = 45;

export const ADDRESS_BITS: Readonly<Record<IpFamily, number>> = { ipv4: 32, ipv6: 128 };

/** The address, or undefined when the text is none (zone ids, leading zeros in IPv4 and other lenient forms included). */
export function parseIpAddress(text: string): IpAddress | undefined {
  if (text.length === 0 || text.length > MAX_ADDRESS_TEXT) return undefined;
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { family: 'ipv6', value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { family: 'ipv4', value };
}

/** Canonical text: dotted decimal for IPv4; RFC 5952 for IPv6 (lower case, no leading zeros, longest zero run as "::"). */
export function formatIpAddress({ family, value }: IpAddress): string {
  return family === 'ipv4' ? formatIpv4(value) : formatIpv6(value);
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    const octet = decimalOctet(part);
    if (octet === undefined) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

/** 0 to 255 without leading zeros: "010" is octal to some tools and decimal to others, so it is refused. */
function decimalOctet(part: string): number | undefined {
  if (part.length < 1 || part.length > 3 || (part.length > 1 && part[0] === '0')) return undefined;
  let octet = 0;
  for (let index = 0; index < part.length; index++) {
    const digit = part.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return undefined;
    octet = octet * 10 + digit;
  }
  return octet <= 255 ? octet : undefined;
}

function parseIpv6(text: string): bigint | undefined {
  const gap = text.indexOf('::');
  if (gap !== -1 && text.indexOf('::', gap + 1) !== -1) return undefined;
  const head = groupsOf(gap === -1 ? text : text.slice(0, gap), gap === -1);
  const tail = gap === -1 ? [] : groupsOf(text.slice(gap + 2), true);
  if (head === undefined || tail === undefined) return undefined;
  const given = head.length + tail.length;
  if (gap === -1 ? given !== 8 : given > 7) return undefined;
  const groups = [...head, ...new Array<number>(8 - given).fill(0), ...tail];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** The 16-bit groups of one side of "::"; the last group of the address may be dotted IPv4 (two groups). */
function groupsOf(side: string, endsAddress: boolean): number[] | undefined {
  if (side === '') return [];
  const parts = side.split(':');
  const groups: number[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (endsAddress && index === parts.length - 1 && part.includes('.')) {
      const ipv4 = parseIpv4(part);
      if (ipv4 === undefined) return undefined;
      groups.push(Number(ipv4 >> 16n), Number(ipv4 & 0xffffn));
      continue;
    }
    const group = hexGroup(part);
    if (group === undefined) return undefined;
    groups.push(group);
  }
  return groups;
}

function hexGroup(part: string): number | undefined {
  if (part.length < 1 || part.length > 4) return undefined;
  let group = 0;
  for (let index = 0; index < part.length; index++) {
    const digit = hexDigit(part.charCodeAt(index));
    if (digit === undefined) return undefined;
    group = group * 16 + digit;
  }
  return group;
}

function hexDigit(code: number): number | undefined {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return undefined;
}

function formatIpv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

function formatIpv6(value: bigint): string {
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number((value >> shift) & 0xffffn));
  const run = longestZeroRun(groups);
  const hex = (part: number[]) => part.map((group) => group.toString(16)).join(':');
  if (run.length < 2) return hex(groups);
  return `${hex(groups.slice(0, run.start))}::${hex(groups.slice(run.start + run.length))}`;
}

/** The first of the longest runs of zero groups (RFC 5952: a single zero group is not compressed). */
function longestZeroRun(groups: readonly number[]): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  for (let start = 0; start < groups.length;) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < groups.length && groups[end] === 0) end++;
    if (end - start > best.length) best = { start, length: end - start };
    start = end;
  }
  return best;
}
