/**
 * Sizes that keep every event sane (well under EventStoreDB's 1 MiB append limit per event, and small enough to
 * read in an audit trail): a change to a list of 500,000 titles is many events of at most this many titles each.
 */
export const MAX_TITLES_PER_EVENT = 250;

/** Title keys in one activation or deactivation event; a larger selection is several events in one append. */
export const MAX_KEYS_PER_EVENT = 1000;

/** Titles one package's list may hold (the largest vendor lists run to a few hundred thousand rows). */
export const MAX_TITLES_PER_PACKAGE = 1_000_000;

/** Identifiers a client may name in one JSON request; more go as an uploaded list. */
export const MAX_IDENTIFIERS_IN_REQUEST = 1000;
