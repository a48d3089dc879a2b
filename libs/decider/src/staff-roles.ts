/**
 * Staff roles, and which of them may do what: rules every caller shares (the HTTP guard, a use case, the CLI), so
 * they live here, free of any framework. Desk work is open to every role but the auditor, who reads everything and
 * writes nothing.
 */
export const STAFF_ROLES = ['admin', 'librarian', 'associate', 'desk-head', 'desk', 'student', 'auditor', 'metrics'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/**
 * Accounts of machines, not people (`metrics`: a Prometheus scraper). They may call only the routes that name them,
 * never the routes open to every staff member.
 */
export const SERVICE_ROLES: readonly StaffRole[] = ['metrics'];

/** Scrape /metrics. */
export const METRICS_READERS: readonly StaffRole[] = ['admin', 'metrics'];

/** Roles that may record and void desk entries. */
export const DESK_WRITERS: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'desk-head', 'desk', 'student'];

/** Draft licences, record versions and corrections, attach documents and signatures. */
export const LICENCE_EDITORS: readonly StaffRole[] = ['admin', 'librarian', 'associate'];
/** Confirm versions, edit the term vocabulary, seal the ledger: the Scholarly Resources Librarian (or an admin). */
export const LICENCE_DIRECTORS: readonly StaffRole[] = ['admin', 'librarian'];
/** Read licences, their internal notes, audit trail and compliance reviews. */
export const LICENCE_READERS: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'auditor'];
/** Read what a resource's licences permit (public notes only): everyone at the desk. */
export const PERMITTED_USE_READERS: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'desk-head', 'desk', 'student', 'auditor'];

/** Register, describe, link, activate and deactivate e-resources; keep the register, IP ranges and vendor accounts. */
export const E_RESOURCE_EDITORS: readonly StaffRole[] = ['admin', 'librarian', 'associate'];
/** Read the staff view of e-resources (internal notes, hidden resources): every staff member. */
export const E_RESOURCE_READERS: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'desk-head', 'desk', 'student', 'auditor'];
/** Read the resource audit trail, the IP-range sending record and vendor accounts (never their secrets). */
export const E_RESOURCE_AUDITORS: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'auditor'];
/** Reveal a vendor account's password or API key (each reveal is recorded). Auditors read everything but this. */
export const VENDOR_SECRET_REVEALERS: readonly StaffRole[] = ['admin', 'librarian', 'associate'];

/**
 * Circulation at the desk: register borrowers and items, check out and in, renew, holds, take payments. Which overrides
 * and which money actions beyond payment each role may take is the domain's policy (`DEFAULT_OVERRIDE_POLICY`,
 * `DEFAULT_FEE_FINE_POLICY`), so that a refusal names the permission missing.
 */
export const CIRCULATION_STAFF: readonly StaffRole[] = ['admin', 'librarian', 'associate', 'desk-head', 'desk', 'student'];
/** Configure block conditions and limits, erase a borrower: the head of the desk, the Scholarly Resources Librarian, admins. */
export const CIRCULATION_MANAGERS: readonly StaffRole[] = ['admin', 'librarian', 'desk-head'];
/** Review overrides, waivers, refunds and the cash-up after the fact. */
export const CIRCULATION_REVIEWERS: readonly StaffRole[] = ['admin', 'librarian', 'desk-head', 'auditor'];

/** Whether a role as recorded (an actor's role is plain text in the log) is one of these. */
export function isRoleAmong(role: string, roles: readonly StaffRole[]): boolean {
  return roles.some((allowed) => allowed === role);
}
