/** Title ids as items are registered with them: a catalogue's id (a UUID, or letters, digits and . _ : -), at most 100. */
export const TITLE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const TITLE_ID_MESSAGE = 'titleId must be 1 to 100 letters, digits, . _ : or -';
