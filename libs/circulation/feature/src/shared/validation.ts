/** Service points (desks) and locations are short codes or names ("main-desk", "Law Library"). */
export const LOCATION = /^[\p{L}\p{N}][\p{L}\p{N} ._/&'-]{0,79}$/u;
export const LOCATION_MESSAGE = "must be a service point or location name of 1 to 80 letters, digits, spaces or ._/&'-";

/** Item barcodes: letters, digits and - . _ (a scanner's output), at most 64. */
export const BARCODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
export const BARCODE_MESSAGE = 'must be a barcode of 1 to 64 letters, digits, . _ or -';

/** Reasons and comments staff write (an override's, a waiver's, a refund's): required, screened, at most this long. */
export const REASON_MAX = 1000;
