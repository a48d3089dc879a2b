import { OrganisationContact, OrganisationRole, ResourceVocabularyTerm, SsoKind } from '@era/e-resources-domain';

export const E_RESOURCE_REGISTER_PROJECTION = 'e-resource-register';

/** Collection names inside the `e-resource-register` projection. */
export const REGISTER_COLLECTIONS = {
  organisations: 'organisations',
  platforms: 'platforms',
  resourceTypes: 'resource-types',
  subjects: 'subjects',
} as const;

/** Who recorded an entry, and when. */
export interface RegisterProvenance {
  actorId: string;
  recordedAt: string;
}

/** When a document was last changed: its stream revision (the ETag) and the event's global position. */
interface Bookkeeping {
  revision: number;
  lastPosition: number;
  updatedAt: string;
  registered: RegisterProvenance;
  /** The name in library filing order, to list by. */
  filingKey: string;
}

export interface OrganisationDocument extends Bookkeeping {
  id: string;
  name: string;
  roles: OrganisationRole[];
  website?: string;
  notes?: string;
  contacts: (OrganisationContact & { added: RegisterProvenance })[];
}

export interface PlatformDocument extends Bookkeeping {
  id: string;
  name: string;
  providerId: string;
  baseHosts: string[];
  supportsProxy: boolean;
  supportsIpAuthentication: boolean;
  sso: SsoKind;
  adminConsoleUrl?: string;
  notes?: string;
}

/** A resource type by key; the collection is empty until the defaults are seeded into the log. */
export type ResourceTypeDocument = { id: string } & ResourceVocabularyTerm;

/** A subject by key, with its best bets in order (empty when none are chosen). */
export type SubjectDocument = { id: string } & ResourceVocabularyTerm & { bestBets: string[] };
