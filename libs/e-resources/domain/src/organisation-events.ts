import { canonicalId, DomainEvent } from '@era/decider';

/** What an organisation is to the library; one organisation may be several (EBSCO: vendor, publisher, platform provider). */
export const ORGANISATION_ROLES = ['vendor', 'publisher', 'platform-provider', 'consortium'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** What a contact is for. */
export const CONTACT_PURPOSES = ['support', 'sales'] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/** An organisation's descriptive record, as registered or as revised (the whole set each time). */
export interface OrganisationDetails {
  name: string;
  /** One or more, in the order of ORGANISATION_ROLES. */
  roles: OrganisationRole[];
  /** Absolute http(s) URL. */
  website?: string;
  /** Staff notes, screened for personal data. */
  notes?: string;
}

export interface OrganisationRegistered extends OrganisationDetails {
  organisationId: string;
}

export interface OrganisationDetailsRevised extends OrganisationDetails {
  organisationId: string;
  reason?: string;
}

/**
 * A support or sales contact: a name, their job title, and a work email or phone (at least one). Nothing else
 * personal: the free-text name, title and notes are screened, the email must be a work address (no consumer
 * mailbox), and the phone a number as written.
 */
export interface OrganisationContact {
  contactId: string;
  purpose: ContactPurpose;
  name: string;
  jobTitle?: string;
  email?: string;
  phone?: string;
  notes?: string;
}

export interface OrganisationContactAdded extends OrganisationContact {
  organisationId: string;
}

export interface OrganisationContactRemoved {
  organisationId: string;
  contactId: string;
  reason: string;
}

export type OrganisationEvent =
  | DomainEvent<'OrganisationRegistered', OrganisationRegistered>
  | DomainEvent<'OrganisationDetailsRevised', OrganisationDetailsRevised>
  | DomainEvent<'OrganisationContactAdded', OrganisationContactAdded>
  | DomainEvent<'OrganisationContactRemoved', OrganisationContactRemoved>;

export type OrganisationEventType = OrganisationEvent['type'];

/** One stream per organisation: its record and its contacts. */
export const organisationStream = (organisationId: string) => `organisation-${canonicalId(organisationId)}`;
