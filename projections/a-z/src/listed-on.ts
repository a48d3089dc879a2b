import { ProjectionView } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { A_Z_COLLECTIONS, ActivationVersionDocument, DetailVersionDocument } from './documents';

/** A resource on the list on a day, as recorded by an instant: its public details then, and its activations. */
export interface ListedResource {
  details: DetailVersionDocument;
  /** The activations in force that day. */
  inForce: ActivationVersionDocument[];
  /** The earliest effective day of any of its activations known then (for "new"). */
  firstActiveOn: string;
}

export interface AsOf {
  /** YYYY-MM-DD */
  activeOn: string;
  /** ISO-8601 UTC instant as `toISOString` writes it (comparable as text with recordedAt). */
  knownAt: string;
}

type Stored<T> = T & ReadDocument;

/**
 * What was on the list on `activeOn` according to what had been recorded by `knownAt`: the versions valid at knownAt
 * (validFrom <= K < validTo) of activations begun by D, those in force on D (from <= D < until), joined with the
 * resource's details valid at K. Hidden resources are included only when asked (the staff view). Not sorted.
 */
export async function listedOn(
  view: ProjectionView,
  { activeOn, knownAt }: AsOf,
  options: { includeHidden?: boolean; resourceId?: string } = {},
): Promise<ListedResource[]> {
  const known = { validFrom: { lte: knownAt }, validTo: { gt: knownAt }, ...(options.resourceId !== undefined ? { resourceId: options.resourceId } : {}) };
  const byResource = new Map<string, { inForce: ActivationVersionDocument[]; firstActiveOn: string }>();
  for await (const version of view.findAll<Stored<ActivationVersionDocument>>(A_Z_COLLECTIONS.activationVersions, {
    where: { ...known, from: { lte: activeOn } },
  })) {
    const entry = byResource.get(version.resourceId) ?? { inForce: [], firstActiveOn: version.from };
    if (version.from < entry.firstActiveOn) entry.firstActiveOn = version.from;
    if (version.until > activeOn) entry.inForce.push(version);
    byResource.set(version.resourceId, entry);
  }
  const listed: ListedResource[] = [];
  for await (const details of view.findAll<Stored<DetailVersionDocument>>(A_Z_COLLECTIONS.detailVersions, {
    where: { ...known, ...(options.includeHidden ? {} : { hidden: false }) },
  })) {
    const activations = byResource.get(details.resourceId);
    if (!activations || activations.inForce.length === 0) continue;
    activations.inForce.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.activationId < b.activationId ? -1 : 1));
    listed.push({ details, inForce: activations.inForce, firstActiveOn: activations.firstActiveOn });
  }
  return listed;
}

/**
 * The instant of the last recording, up to `now`, that made or superseded a version: the list as recorded by any
 * instant from then to now is the same, so an answer "as recorded now" can name it (and stay byte-identical, and
 * cacheable, until the next such recording). Undefined when nothing is recorded.
 */
export async function lastRecordingAt(view: ProjectionView, now: string): Promise<string | undefined> {
  let last: string | undefined;
  for (const collection of [A_Z_COLLECTIONS.activationVersions, A_Z_COLLECTIONS.detailVersions]) {
    for (const field of ['validFrom', 'validTo'] as const) {
      const [newest] = (
        await view.find<Stored<{ validFrom: string; validTo: string }>>(collection, {
          where: { [field]: { lte: now } },
          sort: { field, direction: 'desc' },
          limit: 1,
        })
      ).items;
      if (newest !== undefined && (last === undefined || newest[field] > last)) last = newest[field];
    }
  }
  return last;
}
