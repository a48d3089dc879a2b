/** Injection tokens for the ports: features depend on these, never on an adapter. */
export const APP_CONFIG = Symbol('APP_CONFIG');
export const OPEN_STORES = Symbol('OPEN_STORES');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const RAW_EVENT_STORE = Symbol('RAW_EVENT_STORE');
export const READ_STORE = Symbol('READ_STORE');
export const DOCUMENT_STORE = Symbol('DOCUMENT_STORE');
export const CLOCK = Symbol('CLOCK');
/** Opens where verification spills the state of streams past those it holds in memory (`() => StreamStateSpill`). */
export const OPEN_VERIFICATION_SPILL = Symbol('OPEN_VERIFICATION_SPILL');
