import { Decider, Folded } from '@era/decider';
import { AddOrganisationContact, OrganisationCommand, RegisterOrganisation, ReviseOrganisationDetails } from './organisation-commands';
import { CONTACT_PURPOSES, OrganisationContact, OrganisationDetails, OrganisationEvent, ORGANISATION_ROLES, OrganisationRole } from './organisation-events';
import { webUrl, workEmail, workPhone } from './register-addresses';
import { RegisterRuleViolation } from './register-rule-violation';
import {
  optionalText,
  REGISTER_LABEL_MAX,
  REGISTER_NAME_MAX,
  REGISTER_NOTE_MAX,
  requireReason,
  requireRegisterId,
  requireText,
  sameRecord,
  sentAs,
} from './register-text';

export type OrganisationState =
  | { exists: false }
  | ({ exists: true; organisationId: string } & OrganisationDetails & {
        /** In the order added; a removed contact is gone from here (the log keeps it). */
        contacts: OrganisationContact[];
      });

export type ExistingOrganisation = Extract<OrganisationState, { exists: true }>;

export const MAX_CONTACTS = 50;

function decide(command: OrganisationCommand, state: OrganisationState): OrganisationEvent[] {
  switch (command.type) {
    case 'RegisterOrganisation': {
      const organisationId = requireRegisterId(command.data.organisationId, 'an organisation');
      if (state.exists) {
        const sent = sentAs(() => detailsOf(command));
        if (sent && sameRecord(detailsIn(state), sent)) return [];
        throw new RegisterRuleViolation('organisation-already-registered', `organisation ${organisationId} is already registered, as "${state.name}"`);
      }
      return [{ type: 'OrganisationRegistered', data: { organisationId, ...detailsOf(command) } }];
    }
    case 'ReviseOrganisationDetails': {
      const organisation = requireOrganisation(state, command.data.organisationId);
      const details = detailsOf(command);
      // The same details again (a retry, or nothing to change) record nothing.
      if (sameRecord(detailsIn(organisation), details)) return [];
      const reason = optionalText(command.data.reason, 'a reason', REGISTER_NOTE_MAX);
      return [{ type: 'OrganisationDetailsRevised', data: { organisationId: organisation.organisationId, ...details, ...(reason && { reason }) } }];
    }
    case 'AddOrganisationContact': {
      const organisation = requireOrganisation(state, command.data.organisationId);
      const contact = contactOf(command);
      const existing = organisation.contacts.find((known) => known.contactId === contact.contactId);
      if (existing) {
        if (sameRecord(existing, contact)) return [];
        throw new RegisterRuleViolation('contact-already-added', `organisation ${organisation.organisationId} already has contact ${contact.contactId}`);
      }
      if (organisation.contacts.length >= MAX_CONTACTS) {
        throw new RegisterRuleViolation('too-many-contacts', `an organisation has at most ${MAX_CONTACTS} contacts; remove one first`);
      }
      return [{ type: 'OrganisationContactAdded', data: { organisationId: organisation.organisationId, ...contact } }];
    }
    case 'RemoveOrganisationContact': {
      const organisation = requireOrganisation(state, command.data.organisationId);
      const contactId = requireRegisterId(command.data.contactId, 'a contact');
      if (!organisation.contacts.some((contact) => contact.contactId === contactId)) {
        throw new RegisterRuleViolation('contact-not-found', `organisation ${organisation.organisationId} has no contact ${contactId}`);
      }
      const reason = requireReason(command.data.reason, `removing contact ${contactId}`);
      return [{ type: 'OrganisationContactRemoved', data: { organisationId: organisation.organisationId, contactId, reason } }];
    }
  }
}

function evolve(state: OrganisationState, event: Folded<OrganisationEvent>): OrganisationState {
  switch (event.type) {
    case 'OrganisationRegistered': {
      const { organisationId, ...details } = event.data;
      return { exists: true, organisationId, ...detailsIn(details), contacts: [] };
    }
    case 'OrganisationDetailsRevised': {
      if (!state.exists) return state;
      const { organisationId: _id, reason: _reason, ...details } = event.data;
      return { exists: true, organisationId: state.organisationId, ...detailsIn(details), contacts: state.contacts };
    }
    case 'OrganisationContactAdded': {
      if (!state.exists) return state;
      const { organisationId: _id, ...contact } = event.data;
      return { ...state, contacts: [...state.contacts, contact] };
    }
    case 'OrganisationContactRemoved': {
      if (!state.exists) return state;
      return { ...state, contacts: state.contacts.filter((contact) => contact.contactId !== event.data.contactId) };
    }
  }
}

/** One organisation's stream: registered once (a retry with the same details is no new organisation), revised, its contacts added and removed. */
export const organisationDecider: Decider<OrganisationCommand, OrganisationState, OrganisationEvent> = { initialState: { exists: false }, decide, evolve };

export function requireOrganisation(state: OrganisationState, organisationId: string): ExistingOrganisation {
  const id = requireRegisterId(organisationId, 'an organisation');
  if (!state.exists) throw new RegisterRuleViolation('organisation-not-found', `organisation ${id} is not in the register`);
  return state;
}

/** The roles as recorded: each known, none twice, in the order of ORGANISATION_ROLES. */
export function requireRoles(roles: unknown): OrganisationRole[] {
  if (!Array.isArray(roles) || roles.length === 0) {
    throw new RegisterRuleViolation('roles-required', `an organisation has one or more roles: ${ORGANISATION_ROLES.join(', ')}`);
  }
  for (const role of roles) {
    if (!(ORGANISATION_ROLES as readonly unknown[]).includes(role)) {
      throw new RegisterRuleViolation('invalid-role', `role ${JSON.stringify(role)} is none of ${ORGANISATION_ROLES.join(', ')}`);
    }
  }
  return ORGANISATION_ROLES.filter((role) => roles.includes(role));
}

function detailsOf({ data }: RegisterOrganisation | ReviseOrganisationDetails): OrganisationDetails {
  const name = requireText(data.name, 'an organisation name', REGISTER_NAME_MAX);
  const roles = requireRoles(data.roles);
  const website = data.website === undefined ? undefined : webUrl(data.website);
  if (data.website !== undefined && website === undefined) {
    throw new RegisterRuleViolation('invalid-url', `website ${JSON.stringify(data.website)} must be an absolute http(s) URL`);
  }
  const notes = optionalText(data.notes, 'notes', REGISTER_NOTE_MAX);
  return { name, roles, ...(website && { website }), ...(notes && { notes }) };
}

/** The details alone, whatever else the record carries. */
function detailsIn({ name, roles, website, notes }: OrganisationDetails): OrganisationDetails {
  return { name, roles: [...roles], ...(website && { website }), ...(notes && { notes }) };
}

function contactOf({ data }: AddOrganisationContact): OrganisationContact {
  const contactId = requireRegisterId(data.contactId, 'a contact');
  if (!(CONTACT_PURPOSES as readonly string[]).includes(data.purpose)) {
    throw new RegisterRuleViolation('invalid-contact', `a contact is for ${CONTACT_PURPOSES.join(' or ')}, not ${JSON.stringify(data.purpose)}`);
  }
  const name = requireText(data.name, "a contact's name", REGISTER_LABEL_MAX);
  const jobTitle = optionalText(data.jobTitle, "a contact's job title", REGISTER_LABEL_MAX);
  const notes = optionalText(data.notes, "a contact's notes", REGISTER_NOTE_MAX);
  let email: string | undefined;
  if (optionalText(data.email, 'an email', REGISTER_LABEL_MAX) !== undefined) {
    const checked = workEmail(data.email);
    if ('refused' in checked) throw new RegisterRuleViolation('invalid-contact', checked.refused);
    email = checked.email;
  }
  let phone: string | undefined;
  if (optionalText(data.phone, 'a phone number', REGISTER_LABEL_MAX) !== undefined) {
    phone = workPhone(data.phone);
    if (phone === undefined) {
      throw new RegisterRuleViolation('invalid-contact', `phone ${JSON.stringify(data.phone)} must be 6 to 15 digits, e.g. +1 800 555 0100 ext. 12`);
    }
  }
  if (email === undefined && phone === undefined) throw new RegisterRuleViolation('invalid-contact', 'a contact needs a work email or a work phone');
  return {
    contactId,
    purpose: data.purpose,
    name,
    ...(jobTitle && { jobTitle }),
    ...(email && { email }),
    ...(phone && { phone }),
    ...(notes && { notes }),
  };
}
