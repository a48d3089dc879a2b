import { ProjectionView } from '@era/projection-engine';
import { FieldCondition, ReadDocument } from '@era/read-store';
import {
  PackageActivationDocument,
  PackageVersionDocument,
  TITLE_A_Z_COLLECTIONS,
  TitleActivationDocument,
  TitleDocument,
  TitleVersionDocument,
} from './documents';

const C = TITLE_A_Z_COLLECTIONS;
type Stored<T> = T & ReadDocument;

export interface TitlesAsOf {
  /** YYYY-MM-DD */
  activeOn: string;
  /** ISO-8601 UTC instant as `toISOString` writes it. */
  knownAt: string;
}

export interface ActiveTitlesFilter {
  /** Only titles filed under this letter. */
  letter?: string;
  /** Words every title must hold (the read store's text search: each a word prefix, case and accents ignored). */
  text?: string;
  /** Only these package titles (refs). */
  refs?: readonly string[];
  /** Titles of hidden packages too (staff and exports); left out by default. */
  includeHidden?: boolean;
}

/** A package title active on a day as recorded by an instant: the list version's values then, and its package then. */
export interface ActiveTitle {
  title: TitleVersionDocument;
  package: PackageVersionDocument;
}

const REFS_PER_QUERY = 500;

/**
 * The package titles active on `activeOn` as recorded by `knownAt`: listed that day (by the list versions known then)
 * and either under a whole-package activation in force that day and not excluded, or activated themselves. Not sorted.
 */
export async function activeTitlesOn(view: ProjectionView, { activeOn, knownAt }: TitlesAsOf, filter: ActiveTitlesFilter = {}): Promise<ActiveTitle[]> {
  const known = { validFrom: { lte: knownAt }, validTo: { gt: knownAt } };
  const inForce = { ...known, from: { lte: activeOn }, until: { gt: activeOn } };
  const packages = new Map<string, PackageVersionDocument>();
  for await (const version of view.findAll<Stored<PackageVersionDocument>>(C.packageVersions, {
    where: { ...known, ...(filter.includeHidden ? {} : { hidden: false }) },
  })) {
    packages.set(version.resourceId, version);
  }
  const wholePackages = new Set<string>();
  for await (const period of view.findAll<Stored<PackageActivationDocument>>(C.packageActivations, { where: inForce })) wholePackages.add(period.resourceId);
  const activated = new Set<string>();
  const excluded = new Set<string>();
  for await (const period of view.findAll<Stored<TitleActivationDocument>>(C.titleActivations, { where: inForce })) {
    (period.kind === 'activation' ? activated : excluded).add(period.ref);
  }
  const listed: Record<string, FieldCondition> = {
    ...known,
    listFrom: { lte: activeOn },
    listUntil: { gt: activeOn },
    ...(filter.letter !== undefined ? { letter: filter.letter } : {}),
  };
  const active: ActiveTitle[] = [];
  const take = (title: TitleVersionDocument) => {
    const inPackage = packages.get(title.resourceId);
    if (!inPackage) return;
    if ((wholePackages.has(title.resourceId) && !excluded.has(title.ref)) || activated.has(title.ref)) active.push({ title, package: inPackage });
  };
  const text = filter.text !== undefined ? { text: filter.text } : {};
  if (filter.refs === undefined) {
    for await (const title of view.findAll<Stored<TitleVersionDocument>>(C.titleVersions, { where: listed, ...text })) take(title);
    return active;
  }
  for (let i = 0; i < filter.refs.length; i += REFS_PER_QUERY) {
    const chunk = filter.refs.slice(i, i + REFS_PER_QUERY);
    for await (const title of view.findAll<Stored<TitleVersionDocument>>(C.titleVersions, { where: { ...listed, ref: { in: [...chunk] } }, ...text }))
      take(title);
  }
  return active;
}

/** The work of each package title, by ref. */
export async function workIdsOf(view: ProjectionView, refs: readonly string[]): Promise<Map<string, string>> {
  const works = new Map<string, string>();
  const unique = [...new Set(refs)];
  for (let i = 0; i < unique.length; i += REFS_PER_QUERY) {
    const found = await view.getMany<Stored<TitleDocument>>(C.titles, unique.slice(i, i + REFS_PER_QUERY));
    for (const [ref, title] of found) works.set(ref, title.workId);
  }
  return works;
}
