// The write side's controllers take it from here until they import it from @era/platform, where it is defined.
export type { ResponseHeaders } from '@era/platform';
