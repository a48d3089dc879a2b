/** Staff roles. Desk work is open to every role but the auditor, who reads everything and writes nothing. */
export const STAFF_ROLES = ['admin', 'librarian', 'associate', 'desk', 'student', 'auditor'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
}

/** Roles that may record and void desk entries. */
export const DESK_WRITERS: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'desk', 'student'];
