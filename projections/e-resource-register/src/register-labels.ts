import { DEFAULT_RESOURCE_TYPES } from '@era/e-resources-domain';
import { ProjectionView } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { OrganisationDocument, REGISTER_COLLECTIONS, ResourceTypeDocument, SubjectDocument } from './documents';

/** Labels by key of each vocabulary, for whoever shows a resource's type and subjects (the A-Z list, its facets). */
export interface VocabularyLabels {
  types: Map<string, string>;
  subjects: Map<string, string>;
}

/**
 * Every term's label, deprecated ones included (a resource described before the deprecation still shows its label).
 * Until the first write seeds the resource types into the log, their defaults are the labels.
 */
export async function vocabularyLabels(view: ProjectionView): Promise<VocabularyLabels> {
  const types = new Map<string, string>();
  for await (const type of view.findAll<ResourceTypeDocument & ReadDocument>(REGISTER_COLLECTIONS.resourceTypes)) types.set(type.key, type.label);
  if (types.size === 0) for (const type of DEFAULT_RESOURCE_TYPES) types.set(type.key, type.label);
  const subjects = new Map<string, string>();
  for await (const subject of view.findAll<SubjectDocument & ReadDocument>(REGISTER_COLLECTIONS.subjects)) subjects.set(subject.key, subject.label);
  return { types, subjects };
}

/** Organisation names by id: every organisation, or those named. */
export async function organisationNames(view: ProjectionView, ids?: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids) {
    for (const [id, organisation] of await view.getMany<OrganisationDocument & ReadDocument>(REGISTER_COLLECTIONS.organisations, ids))
      names.set(id, organisation.name);
    return names;
  }
  for await (const organisation of view.findAll<OrganisationDocument & ReadDocument>(REGISTER_COLLECTIONS.organisations))
    names.set(organisation.id, organisation.name);
  return names;
}
