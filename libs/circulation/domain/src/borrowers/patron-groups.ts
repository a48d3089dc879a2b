/**
 * The patron groups a borrower belongs to (FOLIO's "patron group", Koha's "patron category"). A typed list for now;
 * the lead may make it an event-sourced vocabulary with loan policies and block limits per group.
 */
export const PATRON_GROUPS = ['undergraduate', 'graduate', 'faculty', 'staff', 'external-borrower', 'alumni', 'community'] as const;

export type PatronGroup = (typeof PATRON_GROUPS)[number];

export const isPatronGroup = (value: unknown): value is PatronGroup => typeof value === 'string' && (PATRON_GROUPS as readonly string[]).includes(value);

/** Groups whose registration ends on a date and rests on an identity document the desk checked. */
export const GROUPS_WITH_EXPIRY: readonly PatronGroup[] = ['external-borrower'];

/** The kinds of identity document the desk accepts; the document's number, issuer and expiry are sealed personal data. */
export const IDENTITY_DOCUMENT_TYPES = ['passport', 'national-identity-card', 'driving-licence', 'residence-permit', 'institutional-card'] as const;

export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

export const isIdentityDocumentType = (value: unknown): value is IdentityDocumentType =>
  typeof value === 'string' && (IDENTITY_DOCUMENT_TYPES as readonly string[]).includes(value);
