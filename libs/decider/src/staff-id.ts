/**
 * A staff id as it is recorded in event metadata and named in "directed by": a staff-file id (s-librarian) or the
 * subject of a sign-in token. Short and printable, so that it stays a safe key in the log and the read models.
 */
export const STAFF_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}$/;
