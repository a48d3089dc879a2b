import { createHash, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StaffMember } from './staff';
import { StaffEntry } from './staff-file';

export type { StaffEntry } from './staff-file';

/** The documented development staff (see README), found by walking up from this file to the checkout's config/. */
export function developmentStaffFile(): string | undefined {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'config', 'staff.dev.json');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Maps bearer tokens to staff members; the entries are checked first (readStaffFile, checkStaffList). */
export class StaffDirectory {
  private readonly entries: { member: StaffMember; digest: Buffer }[];

  constructor(entries: readonly StaffEntry[]) {
    this.entries = entries.map((entry) => ({ member: { id: entry.id, name: entry.name, role: entry.role }, digest: Buffer.from(entry.tokenSha256, 'hex') }));
  }

  /** Compares digests in constant time, so response timing does not reveal how much of a token was right. */
  authenticate(token: string): StaffMember | undefined {
    const digest = sha256(token);
    return this.entries.find((entry) => timingSafeEqual(entry.digest, digest))?.member;
  }

  /** The staff member with this id, e.g. the librarian named as having directed a change. */
  findById(id: string): StaffMember | undefined {
    return this.entries.find((entry) => entry.member.id === id)?.member;
  }

  get size(): number {
    return this.entries.length;
  }
}
