/** The A-Z query's answer, declared by the query (this page's own declaration gave way at the merge). */
export type { AzEntry, AzListing } from '../a-z/a-z-listing';
