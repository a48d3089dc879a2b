import { addDays } from '@era/calendar';
import { ProjectionView } from '@era/projection-engine';
import { FieldCondition, ReadDocument } from '@era/read-store';
import { A_Z_COLLECTIONS, ActivationVersionDocument, DetailVersionDocument } from './documents';

/** A resource on the list on a day, as recorded by an instant: its public details then, and its activations. */
export interface ListedResource {
  details: DetailVersionDocument;
  /** The activations in force that day. */
  inForce: ActivationVersionDocument[];
  /** Its first activation (of those known then) began within `newForDays` days up to and including the day. */
  isNew: boolean;
}

export interface AsOf {
  /** YYYY-MM-DD */
  activeOn: string;
  /** ISO-8601 UTC instant as `toISOString` writes it (comparable as text with recordedAt). */
  knownAt: string;
}

export interface ListedOnOptions {
  /** The staff view: hidden resources too. */
  includeHidden?: boolean;
  resourceId?: string;
  /** Words every listed resource's names or description must hold (the read store's text search). */
  text?: string;
  /** For how many days from its first activation a resource is new (0: none is). */
  newForDays?: number;
}

type Stored<T> = T & ReadDocument;

const byStart = (a: ActivationVersionDocument, b: ActivationVersionDocument) =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : a.activationId < b.activationId ? -1 : a.activationId > b.activationId ? 1 : 0;

/**
 * What was on the list on `activeOn` according to what had been recorded by `knownAt`: the activation versions valid at
 * knownAt (validFrom <= K < validTo) in force on D (from <= D < until), joined with the resource's details valid at K.
 * Only the versions in force are read; whether a resource is new needs its earlier activations only when every one
 * in force began within the window. Not sorted.
 */
export async function listedOn(view: ProjectionView, { activeOn, knownAt }: AsOf, options: ListedOnOptions = {}): Promise<ListedResource[]> {
  const known: Record<string, FieldCondition> = {
    validFrom: { lte: knownAt },
    validTo: { gt: knownAt },
    ...(options.resourceId !== undefined ? { resourceId: options.resourceId } : {}),
  };
  const inForce = new Map<string, ActivationVersionDocument[]>();
  for await (const version of view.findAll<Stored<ActivationVersionDocument>>(A_Z_COLLECTIONS.activationVersions, {
    where: { ...known, from: { lte: activeOn }, until: { gt: activeOn } },
  })) {
    inForce.set(version.resourceId, [...(inForce.get(version.resourceId) ?? []), version]);
  }
  const details: DetailVersionDocument[] = [];
  for await (const version of view.findAll<Stored<DetailVersionDocument>>(A_Z_COLLECTIONS.detailVersions, {
    where: { ...known, ...(options.includeHidden ? {} : { hidden: false }) },
    ...(options.text !== undefined ? { text: options.text } : {}),
  })) {
    if (inForce.has(version.resourceId)) details.push(version);
  }
  const fresh = await newResources(
    view,
    known,
    activeOn,
    options.newForDays ?? 0,
    details.map((d) => d.resourceId),
    inForce,
  );
  return details.map((version) => {
    const activations = (inForce.get(version.resourceId) ?? []).sort(byStart);
    return { details: version, inForce: activations, isNew: fresh.has(version.resourceId) };
  });
}

/** Those listed whose every activation known then began after `activeOn - newForDays` (so within the window). */
async function newResources(
  view: ProjectionView,
  known: Record<string, FieldCondition>,
  activeOn: string,
  newForDays: number,
  listed: readonly string[],
  inForce: ReadonlyMap<string, ActivationVersionDocument[]>,
): Promise<Set<string>> {
  if (newForDays <= 0) return new Set();
  const oldest = addDays(activeOn, -newForDays);
  const candidates = new Set(listed.filter((id) => (inForce.get(id) ?? []).every((version) => version.from > oldest)));
  const ids = [...candidates];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for await (const earlier of view.findAll<Stored<ActivationVersionDocument>>(A_Z_COLLECTIONS.activationVersions, {
      where: { ...known, resourceId: { in: chunk }, from: { lte: oldest } },
    })) {
      candidates.delete(earlier.resourceId);
    }
  }
  return candidates;
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
