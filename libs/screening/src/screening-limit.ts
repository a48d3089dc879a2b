/**
 * The longest text any screen reads, in UTF-16 code units, checked before anything else. No free-text field takes
 * more than 4,000 characters, so a longer text is refused unread ("fail closed") rather than scanned in part: a
 * credential after the first N characters must not slip through because the screen stopped looking.
 */
export const MAX_SCREENED_LENGTH = 10_000;

export const isTooLongToScreen = (text: string): boolean => text.length > MAX_SCREENED_LENGTH;
