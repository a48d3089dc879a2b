import { RecordedEventOf } from '@era/event-store';
import { EResourceDetails, EResourceEvent, filingKey, filingLetter } from '@era/e-resources-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { untilOf } from './activation-period';
import {
  A_Z_COLLECTIONS,
  A_Z_PROJECTION,
  ActivationRecord,
  ActivationVersionDocument,
  DetailVersionDocument,
  ResourceDocument,
  STILL_CURRENT,
} from './documents';

const { activationVersions: ACTIVATIONS, detailVersions: DETAILS, resources: RESOURCES } = A_Z_COLLECTIONS;

type Recorded<T extends EResourceEvent['type']> = RecordedEventOf<Extract<EResourceEvent, { type: T }>>;
type Stored<T> = T & ReadDocument;

/** Search looks in the names a resource is or was known by, and its public description. */
const SEARCHED = ['name', 'alternateNames', 'formerNames', 'description'];

/** Zero-padded so that version ids of one resource sort in log order. */
const positionKey = (position: number) => String(position).padStart(12, '0');

/**
 * The A-Z list, bitemporal: every activation's in-force period and every resource's public details are kept as
 * versions valid from the recording of the event that made them to the recording of the one that superseded them,
 * so that "on the list on day D as recorded by K" is two range queries, with no replay of the log.
 */
export const azProjection = defineProjection<EResourceEvent>({
  name: A_Z_PROJECTION,
  version: 1,
  collections: [
    { name: ACTIVATIONS, indexes: ['resourceId', 'validFrom', 'validTo', 'from', 'until'] },
    { name: DETAILS, indexes: ['resourceId', 'validFrom', 'validTo', 'filingKey', 'hidden'], textFields: SEARCHED },
    { name: RESOURCES, indexes: ['filingKey', 'hidden', 'resourceType', 'vendorId', 'letter'], textFields: SEARCHED },
  ],
  handlers: {
    EResourceRegistered: async (event, context) => {
      const { resourceId, accessUrl, proxied, hidden, ...details } = event.data;
      const existing = await loadResource(context, resourceId);
      const base = existing ?? {
        id: resourceId,
        activations: [],
        currentDetailVersionId: '',
        registeredAt: event.metadata.recordedAt,
        stanza: undefined,
        replacedBy: undefined,
      };
      await reviseDetails(event, context, { ...base, ...detailsOf(details), accessUrl, proxied, hidden });
    },
    EResourceDetailsRevised: async (event, context) => {
      const { resourceId, reason: _reason, ...details } = event.data;
      await withResource(event, context, resourceId, (resource) => reviseDetails(event, context, { ...resource, ...detailsOf(details) }));
    },
    EResourceAccessLinkSet: async (event, context) => {
      const { resourceId, accessUrl, proxied } = event.data;
      await withResource(event, context, resourceId, (resource) => reviseDetails(event, context, { ...resource, accessUrl: accessUrl ?? undefined, proxied }));
    },
    EResourceHidden: (event, context) =>
      withResource(event, context, event.data.resourceId, (resource) => reviseDetails(event, context, { ...resource, hidden: true })),
    EResourceShown: (event, context) =>
      withResource(event, context, event.data.resourceId, (resource) => reviseDetails(event, context, { ...resource, hidden: false })),
    EResourceReplaced: (event, context) =>
      withResource(event, context, event.data.resourceId, (resource) => reviseDetails(event, context, { ...resource, replacedBy: event.data.replacedBy })),
    EResourceStanzaSet: (event, context) =>
      withResource(event, context, event.data.resourceId, async (resource) => saveResource(event, context, { ...resource, stanza: event.data.stanza })),
    EResourceStanzaRemoved: (event, context) =>
      withResource(event, context, event.data.resourceId, async (resource) => saveResource(event, context, { ...resource, stanza: undefined })),
    ResourceActivated: (event, context) =>
      withResource(event, context, event.data.resourceId, async (resource) => {
        const { resourceId: _id, ...data } = event.data;
        const activation: ActivationRecord = { ...data, retracted: false };
        await reviseActivation(event, context, resource, activation);
      }),
    ResourceDeactivated: (event, context) =>
      withActivation(event, context, (resource, activation) => {
        const { effectiveOn, reason, replacedBy, note } = event.data;
        const deactivation = { effectiveOn, reason, ...(replacedBy !== undefined ? { replacedBy } : {}), ...(note !== undefined ? { note } : {}) };
        return reviseActivation(event, context, resource, { ...activation, deactivation });
      }),
    ResourceActivationCorrected: (event, context) =>
      withActivation(event, context, (resource, activation) => {
        const { effectiveFrom, accessKind, trialEndsOn, audience, reason } = event.data;
        const { trialEndsOn: _previousEnd, ...rest } = activation;
        const corrected = { ...rest, effectiveFrom, accessKind, audience, reason, ...(trialEndsOn !== undefined ? { trialEndsOn } : {}) };
        return reviseActivation(event, context, resource, corrected);
      }),
    ResourceActivationRetracted: (event, context) =>
      withActivation(event, context, (resource, activation) => reviseActivation(event, context, resource, { ...activation, retracted: true })),
    ResourceDeactivationCorrected: (event, context) =>
      withActivation(event, context, (resource, activation) => {
        if (!activation.deactivation) return reviseActivation(event, context, resource, activation);
        return reviseActivation(event, context, resource, { ...activation, deactivation: { ...activation.deactivation, effectiveOn: event.data.effectiveOn } });
      }),
    ResourceDeactivationRetracted: (event, context) =>
      withActivation(event, context, (resource, activation) => {
        const { deactivation: _ended, ...rest } = activation;
        return reviseActivation(event, context, resource, rest);
      }),
  },
});

type AnyRecorded = RecordedEventOf<EResourceEvent>;

/** The details every registration and revision carries, with absent optional fields left out. */
function detailsOf(details: EResourceDetails): EResourceDetails {
  return {
    name: details.name,
    alternateNames: [...details.alternateNames],
    formerNames: [...details.formerNames],
    description: details.description,
    resourceType: details.resourceType,
    subjects: [...details.subjects],
    platformId: details.platformId,
    vendorId: details.vendorId,
    publicAccessNotes: details.publicAccessNotes,
    internalNotes: details.internalNotes,
  };
}

async function loadResource(context: ProjectionContext, resourceId: string): Promise<ResourceDocument | undefined> {
  return context.get<Stored<ResourceDocument>>(RESOURCES, resourceId);
}

/** An event about a resource the projection has not seen registered changes nothing (the decider refuses such commands). */
async function withResource(event: AnyRecorded, context: ProjectionContext, resourceId: string, apply: (resource: ResourceDocument) => Promise<void>) {
  const resource = await loadResource(context, resourceId);
  if (resource) await apply(resource);
}

async function withActivation(
  event: Recorded<
    'ResourceDeactivated' | 'ResourceActivationCorrected' | 'ResourceActivationRetracted' | 'ResourceDeactivationCorrected' | 'ResourceDeactivationRetracted'
  >,
  context: ProjectionContext,
  apply: (resource: ResourceDocument, activation: ActivationRecord) => Promise<void>,
) {
  await withResource(event, context, event.data.resourceId, async (resource) => {
    const activation = resource.activations.find((a) => a.activationId === event.data.activationId);
    if (activation) await apply(resource, activation);
  });
}

function saveResource(event: AnyRecorded, context: ProjectionContext, resource: ResourceDocument): void {
  const document: ResourceDocument = {
    ...resource,
    filingKey: filingKey(resource.name),
    letter: filingLetter(resource.name),
    updatedAt: event.metadata.recordedAt,
    revision: event.streamRevision,
  };
  context.put(RESOURCES, withoutUndefined(document));
}

/** Closes the version in force as known until now at the event's recording. */
async function closeVersion(context: ProjectionContext, collection: string, id: string | undefined, recordedAt: string): Promise<void> {
  if (!id) return;
  const current = await context.get<Stored<{ validTo: string }>>(collection, id);
  if (current && current.validTo === STILL_CURRENT) context.put(collection, { ...current, validTo: recordedAt });
}

async function reviseDetails(
  event: AnyRecorded,
  context: ProjectionContext,
  resource: Omit<ResourceDocument, 'filingKey' | 'letter' | 'updatedAt' | 'revision'>,
) {
  const recordedAt = event.metadata.recordedAt;
  await closeVersion(context, DETAILS, resource.currentDetailVersionId, recordedAt);
  const version: DetailVersionDocument = {
    id: `${resource.id}|${positionKey(event.globalPosition)}`,
    resourceId: resource.id,
    name: resource.name,
    filingKey: filingKey(resource.name),
    letter: filingLetter(resource.name),
    alternateNames: resource.alternateNames,
    formerNames: resource.formerNames,
    description: resource.description,
    resourceType: resource.resourceType,
    subjects: resource.subjects,
    vendorId: resource.vendorId,
    accessUrl: resource.accessUrl,
    proxied: resource.proxied,
    hidden: resource.hidden,
    publicAccessNotes: resource.publicAccessNotes,
    replacedBy: resource.replacedBy,
    validFrom: recordedAt,
    validTo: STILL_CURRENT,
  };
  context.put(DETAILS, withoutUndefined(version));
  saveResource(event, context, { ...resource, currentDetailVersionId: version.id } as ResourceDocument);
}

async function reviseActivation(event: AnyRecorded, context: ProjectionContext, resource: ResourceDocument, activation: ActivationRecord): Promise<void> {
  const recordedAt = event.metadata.recordedAt;
  await closeVersion(context, ACTIVATIONS, activation.currentVersionId, recordedAt);
  const { currentVersionId: _closed, ...record } = activation;
  let next: ActivationRecord = record;
  if (!activation.retracted) {
    const version: ActivationVersionDocument = {
      id: `${resource.id}|${activation.activationId}|${positionKey(event.globalPosition)}`,
      resourceId: resource.id,
      activationId: activation.activationId,
      from: activation.effectiveFrom,
      until: untilOf(activation),
      accessKind: activation.accessKind,
      trialEndsOn: activation.accessKind === 'trial' ? activation.trialEndsOn : undefined,
      audience: activation.audience,
      validFrom: recordedAt,
      validTo: STILL_CURRENT,
    };
    context.put(ACTIVATIONS, withoutUndefined(version));
    next = { ...record, currentVersionId: version.id };
  }
  const others = resource.activations.filter((a) => a.activationId !== activation.activationId);
  const activations = [...others, next].sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.activationId < b.activationId ? -1 : 1,
  );
  saveResource(event, context, { ...resource, activations });
}

/**
 * Read documents are JSON: an absent optional field is left out, not stored as undefined. A copy without them, field
 * by field (a JSON round trip did the same at several times the cost, on every event of a rebuild).
 */
function withoutUndefined<T extends object>(document: T): T & ReadDocument {
  return withoutUndefinedFields(document) as T & ReadDocument;
}

function withoutUndefinedFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : withoutUndefinedFields(item)));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    // As JSON.parse does: a field named `__proto__` is a field, not the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: withoutUndefinedFields(field), enumerable: true, writable: true, configurable: true });
    else copy[key] = withoutUndefinedFields(field);
  }
  return copy;
}
