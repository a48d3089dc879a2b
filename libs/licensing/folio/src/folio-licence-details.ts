import { InternalContact, LicenceOrganisation, LicenceList } from '@era/licensing-domain';
import { staffIdOfFolioUser } from './folio-ids';
import { field, FOLIO_LIMITS, isObject, Json, listOf, refdataOf, textOf, unreadFields } from './folio-record';
import { NOT_STATED } from './folio-documents';
import { PlanContext } from './plan-context';

/** The licence's own fields as the import records them (DraftLicence's, less the id). */
export interface PlannedDetails {
  name: string;
  type: string;
  status: string;
  organisations: LicenceOrganisation[];
  description?: string;
  alternateNames: string[];
  tags: string[];
  contacts: InternalContact[];
}

/** The licence fields the import reads (its id and times are its provenance). */
const LICENCE_FIELDS = [
  'id',
  'name',
  'description',
  'status',
  'type',
  'startDate',
  'endDate',
  'openEnded',
  'endDateSemantics',
  'customProperties',
  'docs',
  'supplementaryDocs',
  'amendments',
  'orgs',
  'contacts',
  'tags',
  'alternateNames',
  'dateCreated',
  'lastUpdated',
];

/** A list value the licence cannot go without (type, status): undefined refuses the whole record. */
function requiredListValue(ctx: PlanContext, record: Json, name: string, list: LicenceList, component: string): string | undefined {
  const given = field(record, name);
  const refdata = given === undefined || given === null ? (list === 'licence-type' ? NOT_STATED : undefined) : refdataOf(given);
  if (refdata === undefined) {
    ctx.refuse(name, `the licence needs a ${name} (a FOLIO refdata value {value, label})`);
    return undefined;
  }
  const planned = ctx.listValue(list, refdata, name);
  if (planned) ctx.listLine(name, list, refdata, planned, component);
  return planned?.key;
}

function organisationsOf(ctx: PlanContext, orgs: unknown): LicenceOrganisation[] {
  const list = listOf(orgs, FOLIO_LIMITS.organisations, 'orgs');
  if (list === undefined) return [];
  if ('problem' in list) {
    ctx.refuse('orgs', list.problem);
    return [];
  }
  const organisations: LicenceOrganisation[] = [];
  list.items.forEach((item, index) => {
    const path = `orgs[${index}]`;
    if (!isObject(item)) return ctx.refuse(path, 'an organisation must be an object {org: {name}, roles}');
    const org = field(item, 'org');
    const name = textOf(isObject(org) ? field(org, 'name') : undefined, FOLIO_LIMITS.name);
    if (name === undefined) return ctx.refuse(path, 'an organisation needs a name (org.name)');
    // FOLIO names roles as a list of {role} since Lotus; earlier records have one `role`.
    const roleList = listOf(field(item, 'roles'), FOLIO_LIMITS.rolesPerOrganisation, `${path}.roles`);
    if (roleList && 'problem' in roleList) return ctx.refuse(path, roleList.problem);
    const givenRoles = roleList ? roleList.items.map((role) => (isObject(role) && Object.hasOwn(role, 'role') ? field(role, 'role') : role)) : [];
    const single = field(item, 'role');
    if (single !== undefined && single !== null) givenRoles.push(single);
    const roles: string[] = [];
    givenRoles.forEach((role, roleIndex) => {
      const refdata = refdataOf(role);
      const rolePath = `${path}.roles[${roleIndex}]`;
      if (refdata === undefined) return ctx.refuse(rolePath, 'an organisation role must be a FOLIO refdata value {value, label}');
      const planned = ctx.listValue('organisation-role', refdata, rolePath);
      if (!planned) return;
      if (!roles.includes(planned.key)) roles.push(planned.key);
      ctx.listLine(rolePath, 'organisation-role', refdata, planned, 'details:organisations');
    });
    const note = textOf(field(item, 'note'));
    const sourceId = isObject(org) ? textOf(field(org, 'orgsUuid'), 100) : undefined;
    const primary = field(item, 'primaryOrg') === true;
    organisations.push({
      name,
      roles,
      ...(note !== undefined && { note }),
      ...(primary && { primary: true }),
      ...(sourceId !== undefined && { sourceId }),
    });
    const facts = [
      roles.length ? roles.join(', ') : 'no role',
      primary && 'primary',
      note !== undefined && 'note',
      sourceId && `FOLIO organisation ${sourceId}`,
    ].filter(Boolean);
    ctx.line(path, 'mapped', `organisation "${name}" (${facts.join('; ')})`, 'details:organisations');
  });
  return organisations;
}

function contactsOf(ctx: PlanContext, given: unknown): InternalContact[] {
  const list = listOf(given, FOLIO_LIMITS.contacts, 'contacts');
  if (list === undefined) return [];
  if ('problem' in list) {
    ctx.refuse('contacts', list.problem);
    return [];
  }
  const contacts: InternalContact[] = [];
  list.items.forEach((item, index) => {
    const path = `contacts[${index}]`;
    if (!isObject(item)) return ctx.refuse(path, 'a contact must be an object {user, role}');
    const user = field(item, 'user');
    const userId = typeof user === 'string' ? textOf(user, 100) : isObject(user) ? textOf(field(user, 'id'), 100) : undefined;
    const staffId = userId === undefined ? undefined : staffIdOfFolioUser(userId);
    if (staffId === undefined) return ctx.refuse(path, 'a contact needs a FOLIO user id of letters, digits and . _ : @ - (it becomes staff id folio:<id>)');
    const refdata = refdataOf(field(item, 'role'));
    if (refdata === undefined) return ctx.refuse(`${path}.role`, 'a contact needs a role (a FOLIO refdata value {value, label})');
    const role = ctx.listValue('contact-role', refdata, `${path}.role`);
    if (!role) return;
    contacts.push({ staffId, role: role.key });
    ctx.line(
      path,
      role.defined ? 'defined' : 'mapped',
      `contact ${staffId} as ${role.key}${role.defined ? ' (role defined by this import)' : ''}`,
      'details:contacts',
    );
  });
  return contacts;
}

function namesOf(ctx: PlanContext, given: unknown, name: 'alternateNames' | 'tags'): string[] {
  const max = name === 'tags' ? FOLIO_LIMITS.tags : FOLIO_LIMITS.alternateNames;
  const list = listOf(given, max, name);
  if (list === undefined) return [];
  if ('problem' in list) {
    ctx.refuse(name, list.problem);
    return [];
  }
  const names: string[] = [];
  list.items.forEach((item, index) => {
    const text = textOf(isObject(item) ? field(item, name === 'tags' ? 'value' : 'name') : item, name === 'tags' ? 200 : FOLIO_LIMITS.name);
    if (text === undefined)
      return ctx.refuse(`${name}[${index}]`, name === 'tags' ? 'a tag must be text or {value}' : 'an alternate name must be {name} or text');
    if (!names.includes(text)) names.push(text);
    ctx.line(`${name}[${index}]`, 'mapped', `${name === 'tags' ? 'tag' : 'alternate name'} "${text}"`, `details:${name}`);
  });
  return names;
}

/** The licence's own fields, read and reported; undefined when the record cannot be a licence here (no type or status). */
export function planDetails(ctx: PlanContext, record: Json, name: string): PlannedDetails | undefined {
  ctx.line('name', 'mapped', `licence name "${name}"`, 'details:name');
  const type = requiredListValue(ctx, record, 'type', 'licence-type', 'details:type');
  const status = requiredListValue(ctx, record, 'status', 'licence-status', 'status');
  const givenDescription = field(record, 'description');
  const description = textOf(givenDescription);
  if (typeof givenDescription === 'string' && givenDescription.length > FOLIO_LIMITS.text) {
    ctx.refuse('description', `the description is longer than ${FOLIO_LIMITS.text} characters`);
  } else if (description !== undefined) ctx.line('description', 'mapped', `description (${description.length} characters)`, 'details:description');
  const organisations = organisationsOf(ctx, field(record, 'orgs'));
  const alternateNames = namesOf(ctx, field(record, 'alternateNames'), 'alternateNames');
  const tags = namesOf(ctx, field(record, 'tags'), 'tags');
  const contacts = contactsOf(ctx, field(record, 'contacts'));
  for (const unread of unreadFields(record, LICENCE_FIELDS)) {
    ctx.refuse(
      unread,
      `FOLIO field ${unread} is not read by this import (links into FOLIO's other apps, such as eHoldings packages or agreements, have no place in a licence here)`,
    );
  }
  if (type === undefined || status === undefined) return undefined;
  return { name, type, status, organisations, ...(description !== undefined && { description }), alternateNames, tags, contacts };
}
