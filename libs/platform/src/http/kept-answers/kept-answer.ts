import { StaffRole } from '../../auth/staff';

/** A kept route as Nest first answered it: who may have its answers, and what they are a function of. */
export interface KeptRoute {
  /** The route template, as metrics and logs name it (`/desk/statistics`). */
  template: string;
  /** Whether a staff member of this role may have the answer; undefined on a public route (anyone may). */
  mayCall?: (role: StaffRole) => boolean;
  /** Read models whose positions the answer is a function of. */
  readModels: readonly string[];
}

/** Nest's own 200 answer to one request, kept to be sent again while it is current. */
export interface KeptAnswer {
  route: KeptRoute;
  /** The read models' generations and positions it was built at (see ReadModelState). */
  state: string;
  /** The quarter hour of the clock it was built in (see quarterHourOf). */
  quarter: number;
  /** The headers as Nest sent them, names as written, in order, flat (`[name, value, …]`), the correlation id left out. */
  headers: string[];
  /** The same less Content-Type and Content-Length: what a 304 carries (as Express sends it). */
  notModifiedHeaders: string[];
  etag?: string;
  body: Buffer;
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;

/**
 * The quarter hour of the clock `ms` falls in. Every time zone's midnight falls on a quarter hour, so an answer that
 * depends on today (a default period) is never sent again after its day, however the library's zone is set.
 */
export const quarterHourOf = (ms: number) => Math.floor(ms / QUARTER_HOUR_MS);

/**
 * What a request's answer is looked up by: the exact path and query, and the representation asked for (no Accept
 * header means any, as `*\/*` does).
 */
export const requestKeyOf = (url: string, accept: string | string[] | undefined) => `${typeof accept === 'string' && accept !== '' ? accept : '*/*'}\n${url}`;
