import { findListValue, LicenceDetails, LicenceLifecycle, LicenceList, LicenceListsState } from '@era/licensing-domain';

/** A list value as a view shows it: its key and its label as the list names it now. */
export interface ListValueLabel {
  key: string;
  label: string;
}

export interface OrganisationView {
  name: string;
  roles: ListValueLabel[];
  note?: string;
}

export interface ContactView {
  staffId: string;
  role: ListValueLabel;
}

/** The licence record beyond its summary: what the licence is, who is party to it, who looks after it here. */
export interface LicenceRecordView {
  typeLabel: string;
  statusLabel: string;
  lifecycle: LicenceLifecycle;
  organisations: OrganisationView[];
  description?: string;
  alternateNames: string[];
  tags: string[];
  contacts: ContactView[];
}

/** The label the list gives a key; a key no list has (never the case for a recorded one) reads as itself. */
export const labelOf = (lists: LicenceListsState, list: LicenceList, key: string): ListValueLabel => ({
  key,
  label: findListValue(lists, list, key)?.label ?? key,
});

export function licenceRecordView(licence: LicenceDetails, lists: LicenceListsState): LicenceRecordView {
  return {
    typeLabel: labelOf(lists, 'licence-type', licence.type).label,
    statusLabel: labelOf(lists, 'licence-status', licence.status).label,
    lifecycle: licence.lifecycle,
    organisations: licence.organisations.map(({ name, roles, note }) => ({
      name,
      roles: roles.map((role) => labelOf(lists, 'organisation-role', role)),
      ...(note !== undefined && { note }),
    })),
    ...(licence.description !== undefined && { description: licence.description }),
    alternateNames: [...licence.alternateNames],
    tags: [...licence.tags],
    contacts: licence.contacts.map(({ staffId, role }) => ({ staffId, role: labelOf(lists, 'contact-role', role) })),
  };
}
