/** An ISO-8601 instant with an explicit offset: a desk time without a zone would be ambiguous. */
export const INSTANT_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Service points and spaces are short codes or names ("main-desk", "Law Library"). */
export const LOCATION = /^[\p{L}\p{N}][\p{L}\p{N} ._/&'-]{0,79}$/u;

export const VOID_REASON_MAX = 500;
