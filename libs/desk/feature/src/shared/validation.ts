/** Service points and spaces are short codes or names ("main-desk", "Law Library"). */
export const LOCATION = /^[\p{L}\p{N}][\p{L}\p{N} ._/&'-]{0,79}$/u;

export const VOID_REASON_MAX = 500;
