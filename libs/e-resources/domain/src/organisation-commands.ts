import { Command } from '@era/decider';
import { ContactPurpose } from './organisation-events';

/** As sent: text untrimmed, ids in whatever case the client wrote them; the decider trims, canonicalises and refuses. */
export type RegisterOrganisation = Command<
  'RegisterOrganisation',
  { organisationId: string; name: string; roles: readonly string[]; website?: string; notes?: string }
>;

/** The whole new set of details; a field left out is removed (website, notes). */
export type ReviseOrganisationDetails = Command<
  'ReviseOrganisationDetails',
  { organisationId: string; name: string; roles: readonly string[]; website?: string; notes?: string; reason?: string }
>;

export type AddOrganisationContact = Command<
  'AddOrganisationContact',
  { organisationId: string; contactId: string; purpose: ContactPurpose; name: string; jobTitle?: string; email?: string; phone?: string; notes?: string }
>;

export type RemoveOrganisationContact = Command<'RemoveOrganisationContact', { organisationId: string; contactId: string; reason: string }>;

export type OrganisationCommand = RegisterOrganisation | ReviseOrganisationDetails | AddOrganisationContact | RemoveOrganisationContact;
