import { RecordedEventOf } from '@era/event-store';
import {
  filingKey,
  OrganisationEvent,
  PlatformDetails,
  PlatformEvent,
  RegisterEvent,
  ResourceTypeVocabularyEvent,
  SubjectVocabularyEvent,
  VocabularyTermDefinition,
  VocabularyTermDeprecated,
  VocabularyTermRelabelled,
} from '@era/e-resources-domain';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import {
  E_RESOURCE_REGISTER_PROJECTION,
  OrganisationDocument,
  PlatformDocument,
  REGISTER_COLLECTIONS,
  ResourceTypeDocument,
  SubjectDocument,
} from './documents';

const { organisations: ORGANISATIONS, platforms: PLATFORMS, resourceTypes: TYPES, subjects: SUBJECTS } = REGISTER_COLLECTIONS;

/** Organisations (with contacts), platforms, resource types and subjects (with best bets), as they stand, for the register's lists. */
export const eResourceRegisterProjection = defineProjection<RegisterEvent>({
  name: E_RESOURCE_REGISTER_PROJECTION,
  version: 1,
  collections: [
    { name: ORGANISATIONS, indexes: ['filingKey'] },
    { name: PLATFORMS, indexes: ['filingKey', 'providerId'] },
    { name: TYPES, indexes: [] },
    { name: SUBJECTS, indexes: [] },
  ],
  handlers: {
    OrganisationRegistered: projectOrganisation,
    OrganisationDetailsRevised: projectOrganisation,
    OrganisationContactAdded: projectOrganisation,
    OrganisationContactRemoved: projectOrganisation,
    PlatformRegistered: projectPlatform,
    PlatformDetailsRevised: projectPlatform,
    ResourceTypeVocabularySeeded: projectResourceTypes,
    ResourceTypeDefined: projectResourceTypes,
    ResourceTypeRelabelled: projectResourceTypes,
    ResourceTypeDeprecated: projectResourceTypes,
    SubjectDefined: projectSubject,
    SubjectRelabelled: projectSubject,
    SubjectDeprecated: projectSubject,
    SubjectBestBetsChosen: projectSubject,
  },
});

const provenanceOf = (event: RecordedEventOf<RegisterEvent>) => ({ actorId: event.metadata.actor.id, recordedAt: event.metadata.recordedAt });

const bookkeeping = (event: RecordedEventOf<RegisterEvent>) => ({
  revision: event.streamRevision,
  lastPosition: event.globalPosition,
  updatedAt: event.metadata.recordedAt,
});

async function projectOrganisation(event: RecordedEventOf<OrganisationEvent>, context: ProjectionContext): Promise<void> {
  const id = event.data.organisationId;
  const stored = await context.get<OrganisationDocument & ReadDocument>(ORGANISATIONS, id);
  let document: OrganisationDocument;
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { organisationId: _id, ...details } = event.data;
      document = { id, ...details, contacts: [], registered: provenanceOf(event), filingKey: filingKey(details.name), ...bookkeeping(event) };
      break;
    }
    case 'OrganisationDetailsRevised': {
      if (!stored) return;
      const { organisationId: _id, reason: _reason, ...details } = event.data;
      const { website: _website, notes: _notes, ...kept } = stored;
      document = { ...kept, ...details, filingKey: filingKey(details.name), ...bookkeeping(event) };
      break;
    }
    case 'OrganisationContactAdded': {
      if (!stored) return;
      const { organisationId: _id, ...contact } = event.data;
      document = { ...stored, contacts: [...stored.contacts, { ...contact, added: provenanceOf(event) }], ...bookkeeping(event) };
      break;
    }
    case 'OrganisationContactRemoved': {
      if (!stored) return;
      document = { ...stored, contacts: stored.contacts.filter((contact) => contact.contactId !== event.data.contactId), ...bookkeeping(event) };
      break;
    }
  }
  context.put(ORGANISATIONS, { ...document });
}

async function projectPlatform(event: RecordedEventOf<PlatformEvent>, context: ProjectionContext): Promise<void> {
  const id = event.data.platformId;
  const stored = await context.get<PlatformDocument & ReadDocument>(PLATFORMS, id);
  let registered = provenanceOf(event);
  let details: PlatformDetails;
  switch (event.type) {
    case 'PlatformRegistered': {
      const { platformId: _id, ...data } = event.data;
      details = data;
      break;
    }
    case 'PlatformDetailsRevised': {
      if (!stored) return;
      const { platformId: _id, reason: _reason, ...data } = event.data;
      details = data;
      registered = stored.registered;
      break;
    }
  }
  const document: PlatformDocument = { id, ...details, registered, filingKey: filingKey(details.name), ...bookkeeping(event) };
  context.put(PLATFORMS, { ...document });
}

async function projectResourceTypes(event: RecordedEventOf<ResourceTypeVocabularyEvent>, context: ProjectionContext): Promise<void> {
  switch (event.type) {
    case 'ResourceTypeVocabularySeeded':
      for (const type of event.data.types) {
        // A key defined before the seed keeps its definition, as the decider folds it.
        if (!(await context.get(TYPES, type.key))) context.put(TYPES, termDocument(type));
      }
      return;
    case 'ResourceTypeDefined':
      return context.put(TYPES, termDocument(event.data));
    case 'ResourceTypeRelabelled':
    case 'ResourceTypeDeprecated': {
      const stored = await context.get<ResourceTypeDocument & ReadDocument>(TYPES, event.data.key);
      if (stored) context.put(TYPES, event.type === 'ResourceTypeRelabelled' ? relabelled(stored, event.data) : deprecated(stored, event.data));
      return;
    }
  }
}

async function projectSubject(event: RecordedEventOf<SubjectVocabularyEvent>, context: ProjectionContext): Promise<void> {
  if (event.type === 'SubjectDefined') return context.put(SUBJECTS, { ...termDocument(event.data), bestBets: [] });
  const stored = await context.get<SubjectDocument & ReadDocument>(SUBJECTS, event.data.key);
  if (!stored) return;
  switch (event.type) {
    case 'SubjectRelabelled':
      return context.put(SUBJECTS, relabelled(stored, event.data));
    case 'SubjectDeprecated':
      return context.put(SUBJECTS, deprecated(stored, event.data));
    case 'SubjectBestBetsChosen':
      return context.put(SUBJECTS, { ...stored, bestBets: [...event.data.resourceIds] });
  }
}

const termDocument = ({ key, label }: VocabularyTermDefinition): ResourceTypeDocument & ReadDocument => ({ id: key, key, label });
const relabelled = <T extends ReadDocument>(stored: T, { label }: VocabularyTermRelabelled): T => ({ ...stored, label });
const deprecated = <T extends ReadDocument>(stored: T, { reason }: VocabularyTermDeprecated): T => ({ ...stored, deprecated: { reason } });
