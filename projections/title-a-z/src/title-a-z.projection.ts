import { RecordedEventOf } from '@era/event-store';
import { EResourceEvent, filingKey, filingLetter } from '@era/e-resources-domain';
import { CalendarDate, HoldingsEvent, PackageTitle, packageTitlesOf, TitleReference } from '@era/holdings-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import {
  OPEN_ENDED,
  PackageActivationDocument,
  PackageDocument,
  PackageVersionDocument,
  STILL_CURRENT,
  TITLE_A_Z_COLLECTIONS,
  TitleActivationDocument,
  TitleDocument,
  titleRefOf,
  TitleVersionDocument,
} from './documents';
import { identifiersOf } from './title-identifiers';
import { fileTitle, joinWork } from './works';
import { withoutUndefined } from './without-undefined';

export const TITLE_A_Z_PROJECTION = 'title-a-z';

const C = TITLE_A_Z_COLLECTIONS;
type Event = HoldingsEvent | EResourceEvent;
type AnyRecorded = RecordedEventOf<Event>;
type Stored<T> = T & ReadDocument;
type PackageDetails = Omit<PackageVersionDocument, 'id' | 'resourceId' | 'validFrom' | 'validTo'>;

/** Zero-padded so that version ids sort in log order. */
const positionKey = (position: number) => String(position).padStart(12, '0');
const versionId = (owner: string, event: AnyRecorded, n: number) => `${owner}|${positionKey(event.globalPosition)}|${n}`;

/**
 * The title A-Z (issue 12), bitemporal like the database A-Z: each package title's membership in its list (from the
 * effectiveFrom of the list version that added it to that of the version that removed it) with the values of each
 * version, whole-package and title-level activation periods and exclusions, and package details, all kept as versions
 * valid from the recording of the event that made them to the recording of the one that superseded them. "Active on
 * D as known at K" is then a few range queries. Titles are matched into works by identifier as they arrive.
 */
export const titleAzProjection = defineProjection<Event>({
  name: TITLE_A_Z_PROJECTION,
  version: 1,
  collections: [
    { name: C.packageVersions, indexes: ['resourceId', 'validFrom', 'validTo', 'hidden'] },
    { name: C.packages, indexes: ['resourceType'] },
    {
      name: C.titleVersions,
      indexes: ['ref', 'resourceId', 'validFrom', 'validTo', 'listFrom', 'listUntil', 'letter', 'filingKey', 'publicationType'],
      textFields: ['title'],
    },
    { name: C.titles, indexes: ['resourceId', 'workId', 'filingKey'] },
    { name: C.packageActivations, indexes: ['resourceId', 'validFrom', 'validTo', 'from', 'until'] },
    { name: C.titleActivations, indexes: ['ref', 'resourceId', 'kind', 'validFrom', 'validTo', 'from', 'until'] },
    { name: C.works, indexes: [] },
    { name: C.identifiers, indexes: ['workId'] },
    { name: C.filing, indexes: ['uncertain'] },
  ],
  handlers: {
    EResourceRegistered: (event, context) => {
      const { resourceId, name, resourceType, vendorId, accessUrl, proxied, hidden } = event.data;
      return revisePackage(event, context, resourceId, () => ({ name, resourceType, vendorId, accessUrl, proxied, hidden }), true);
    },
    EResourceDetailsRevised: (event, context) => {
      const { resourceId, name, resourceType, vendorId } = event.data;
      return revisePackage(event, context, resourceId, (current) => ({ ...current, name, resourceType, vendorId }));
    },
    EResourceAccessLinkSet: (event, context) => {
      const { resourceId, accessUrl, proxied } = event.data;
      return revisePackage(event, context, resourceId, (current) => ({ ...current, accessUrl: accessUrl ?? undefined, proxied }));
    },
    EResourceHidden: (event, context) => revisePackage(event, context, event.data.resourceId, (current) => ({ ...current, hidden: true })),
    EResourceShown: (event, context) => revisePackage(event, context, event.data.resourceId, (current) => ({ ...current, hidden: false })),

    TitleListImported: async (event, context) => {
      const { resourceId, version, effectiveFrom } = event.data;
      const holdings = await packageOf(context, resourceId);
      context.put(C.packages, withoutUndefined({ ...holdings, listVersions: { ...holdings.listVersions, [String(version)]: effectiveFrom } }));
    },
    PackageTitlesAdded: (event, context) => listTitles(event, context, event.data.resourceId, event.data.version, packageTitlesOf(event.data.titles)),
    PackageTitlesRevised: (event, context) => listTitles(event, context, event.data.resourceId, event.data.version, packageTitlesOf(event.data.titles)),
    PackageTitlesRemoved: async (event, context) => {
      const { resourceId, version, titles } = event.data;
      const effectiveFrom = await effectiveFromOf(context, resourceId, version);
      for (const { key } of titles) {
        const title = await context.get<Stored<TitleDocument>>(C.titles, titleRefOf(resourceId, key));
        if (!title?.listedVersionId) continue;
        await endTitleVersion(event, context, title.listedVersionId, effectiveFrom);
        const { listedVersionId: _removed, ...rest } = title;
        context.put(C.titles, withoutUndefined(rest));
      }
    },

    WholePackageActivated: async (event, context) => {
      const { resourceId, effectiveFrom } = event.data;
      const holdings = await packageOf(context, resourceId);
      if (holdings.wholeActivationVersionId) return;
      const id = versionId(resourceId, event, 0);
      const period: PackageActivationDocument = {
        id,
        resourceId,
        from: effectiveFrom,
        until: OPEN_ENDED,
        validFrom: event.metadata.recordedAt,
        validTo: STILL_CURRENT,
      };
      context.put(C.packageActivations, { ...period });
      context.put(C.packages, withoutUndefined({ ...holdings, wholeActivationVersionId: id }));
    },
    WholePackageDeactivated: async (event, context) => {
      const { resourceId, effectiveOn } = event.data;
      const holdings = await packageOf(context, resourceId);
      if (holdings.wholeActivationVersionId) await endPeriod(event, context, C.packageActivations, holdings.wholeActivationVersionId, effectiveOn, 0);
      // Title-level activations end with it.
      for (const key of holdings.activatedKeys) {
        const title = await context.get<Stored<TitleDocument>>(C.titles, titleRefOf(resourceId, key));
        if (!title?.activationVersionId) continue;
        await endPeriod(event, context, C.titleActivations, title.activationVersionId, effectiveOn, 1);
        const { activationVersionId: _ended, ...rest } = title;
        context.put(C.titles, withoutUndefined(rest));
      }
      const { wholeActivationVersionId: _ended, ...rest } = holdings;
      context.put(C.packages, withoutUndefined({ ...rest, activatedKeys: [] }));
    },
    PackageTitlesActivated: async (event, context) => {
      const { resourceId, effectiveFrom, titles } = event.data;
      const holdings = await packageOf(context, resourceId);
      const activated = new Set(holdings.activatedKeys);
      for (const reference of titles) {
        const title = await titleOf(context, resourceId, reference);
        let next: TitleDocument = title;
        if (title.exclusionVersionId) {
          await endPeriod(event, context, C.titleActivations, title.exclusionVersionId, effectiveFrom, 0);
          const { exclusionVersionId: _ended, ...rest } = next;
          next = rest;
        }
        if (!title.activationVersionId) next = { ...next, activationVersionId: startPeriod(event, context, title, 'activation', effectiveFrom) };
        context.put(C.titles, withoutUndefined(next));
        activated.add(reference.key);
      }
      context.put(C.packages, withoutUndefined({ ...holdings, activatedKeys: [...activated].sort() }));
    },
    PackageTitlesDeactivated: async (event, context) => {
      const { resourceId, effectiveOn, titles } = event.data;
      const holdings = await packageOf(context, resourceId);
      const activated = new Set(holdings.activatedKeys);
      for (const reference of titles) {
        const title = await titleOf(context, resourceId, reference);
        let next: TitleDocument = title;
        if (title.activationVersionId) {
          await endPeriod(event, context, C.titleActivations, title.activationVersionId, effectiveOn, 0);
          const { activationVersionId: _ended, ...rest } = next;
          next = rest;
        }
        // Excluded from any whole-package activation, now or later, until activated again.
        if (!title.exclusionVersionId) next = { ...next, exclusionVersionId: startPeriod(event, context, title, 'exclusion', effectiveOn) };
        context.put(C.titles, withoutUndefined(next));
        activated.delete(reference.key);
      }
      context.put(C.packages, withoutUndefined({ ...holdings, activatedKeys: [...activated].sort() }));
    },
  },
});

async function packageOf(context: ProjectionContext, resourceId: string): Promise<PackageDocument> {
  const existing = await context.get<Stored<PackageDocument>>(C.packages, resourceId);
  return existing ?? { id: resourceId, name: resourceId, resourceType: '', proxied: false, hidden: false, listVersions: {}, activatedKeys: [] };
}

async function revisePackage(
  event: AnyRecorded,
  context: ProjectionContext,
  resourceId: string,
  revise: (current: PackageDetails) => PackageDetails,
  registering = false,
): Promise<void> {
  const existing = await context.get<Stored<PackageDocument>>(C.packages, resourceId);
  if (!existing?.currentVersionId && !registering) return;
  const current = await packageOf(context, resourceId);
  const { name, resourceType, vendorId, accessUrl, proxied, hidden } = current;
  const details = revise({ name, resourceType, vendorId, accessUrl, proxied, hidden });
  const recordedAt = event.metadata.recordedAt;
  if (current.currentVersionId) await closeVersion(context, C.packageVersions, current.currentVersionId, recordedAt);
  const id = versionId(resourceId, event, 0);
  context.put(C.packageVersions, withoutUndefined({ id, resourceId, ...details, validFrom: recordedAt, validTo: STILL_CURRENT }));
  context.put(C.packages, withoutUndefined({ ...current, ...details, currentVersionId: id }));
}

async function effectiveFromOf(context: ProjectionContext, resourceId: string, version: number): Promise<CalendarDate> {
  const holdings = await packageOf(context, resourceId);
  const effectiveFrom = holdings.listVersions[String(version)];
  if (effectiveFrom === undefined) throw new Error(`title list ${resourceId} version ${version}: its TitleListImported was not seen`);
  return effectiveFrom;
}

/** Titles new or revised in a list version: listed with that version's values from its effectiveFrom. */
async function listTitles(event: AnyRecorded, context: ProjectionContext, resourceId: string, version: number, titles: readonly PackageTitle[]) {
  const effectiveFrom = await effectiveFromOf(context, resourceId, version);
  const recordedAt = event.metadata.recordedAt;
  for (const packageTitle of titles) {
    const ref = titleRefOf(resourceId, packageTitle.key);
    const existing = await context.get<Stored<TitleDocument>>(C.titles, ref);
    if (existing?.listedVersionId) await endTitleVersion(event, context, existing.listedVersionId, effectiveFrom);
    const identifiers = identifiersOf(packageTitle);
    const name = packageTitle.values.publication_title;
    const base: TitleDocument = {
      ...(existing ?? { id: ref, resourceId, key: packageTitle.key, workId: '' }),
      identifiers: [...new Set([...(existing?.identifiers ?? []), ...identifiers])].sort(),
      title: name,
      filingKey: filingKey(name),
    };
    const workId = await joinWork(context, base, base.identifiers);
    const id = versionId(ref, event, 1);
    const listed: TitleVersionDocument = {
      id,
      ref,
      resourceId,
      key: packageTitle.key,
      listFrom: effectiveFrom,
      listUntil: OPEN_ENDED,
      title: name,
      filingKey: filingKey(name),
      letter: filingLetter(name),
      publicationType: packageTitle.values.publication_type,
      identifiers,
      values: packageTitle.values,
      coverage: [...packageTitle.coverage],
      validFrom: recordedAt,
      validTo: STILL_CURRENT,
    };
    context.put(C.titleVersions, withoutUndefined(listed));
    const title = { ...base, workId, listedVersionId: id };
    context.put(C.titles, withoutUndefined(title));
    await fileTitle(context, title, existing?.filingKey);
  }
}

/** The open list version of a title ends on `until`: closed as known until now, and its shortened copy from now on. */
async function endTitleVersion(event: AnyRecorded, context: ProjectionContext, id: string, until: CalendarDate): Promise<void> {
  const version = await context.get<Stored<TitleVersionDocument>>(C.titleVersions, id);
  if (!version || version.validTo !== STILL_CURRENT) return;
  const recordedAt = event.metadata.recordedAt;
  context.put(C.titleVersions, { ...version, validTo: recordedAt });
  if (until > version.listFrom) context.put(C.titleVersions, { ...version, id: versionId(version.ref, event, 0), listUntil: until, validFrom: recordedAt });
}

/** An open period (activation or exclusion) ends on `until` (that day excluded). */
async function endPeriod(event: AnyRecorded, context: ProjectionContext, collection: string, id: string, until: CalendarDate, n: number): Promise<void> {
  const period = await context.get<Stored<{ from: string; until: string; validTo: string; resourceId: string; ref?: string }>>(collection, id);
  if (!period || period.validTo !== STILL_CURRENT) return;
  const recordedAt = event.metadata.recordedAt;
  context.put(collection, { ...period, validTo: recordedAt });
  if (until > period.from) context.put(collection, { ...period, id: versionId(period.ref ?? period.resourceId, event, 10 + n), until, validFrom: recordedAt });
}

function startPeriod(event: AnyRecorded, context: ProjectionContext, title: TitleDocument, kind: TitleActivationDocument['kind'], from: CalendarDate): string {
  const id = versionId(title.id, event, kind === 'activation' ? 2 : 3);
  const period: TitleActivationDocument = {
    id,
    ref: title.id,
    resourceId: title.resourceId,
    key: title.key,
    kind,
    from,
    until: OPEN_ENDED,
    validFrom: event.metadata.recordedAt,
    validTo: STILL_CURRENT,
  };
  context.put(C.titleActivations, { ...period });
  return id;
}

/** The title an activation names; one never listed (the decider refuses such) is kept apart in a work of its own. */
async function titleOf(context: ProjectionContext, resourceId: string, reference: TitleReference): Promise<TitleDocument> {
  const ref = titleRefOf(resourceId, reference.key);
  const existing = await context.get<Stored<TitleDocument>>(C.titles, ref);
  return (
    existing ?? {
      id: ref,
      resourceId,
      key: reference.key,
      workId: `title:${ref}`,
      identifiers: [],
      title: reference.publication_title,
      filingKey: filingKey(reference.publication_title),
    }
  );
}

async function closeVersion(context: ProjectionContext, collection: string, id: string, recordedAt: string): Promise<void> {
  const current = await context.get<Stored<{ validTo: string }>>(collection, id);
  if (current && current.validTo === STILL_CURRENT) context.put(collection, { ...current, validTo: recordedAt });
}
