import { canonicalId } from '@era/decider';
import { CorrectLicenceDetails, CorrectLicenceStatus, DraftLicence, LinkResources, RecordLicenceStatus, UnlinkResources } from './commands';
import { alternateNamesOf, contactsOf, descriptionOf, inRole, organisationsOf, requireListKey, tagsOf, withShorthand } from './licence-details';
import { LicenceDetailsCorrected, LicenceDrafted, LicenceEvent, LicenceOrganisation } from './licence-events';
import { distinct, ExistingLicence, optionalText, requireLicence, requireReason, requireText, sentAs } from './licence-guards';
import { LicenceLifecycle } from './licence-lists-events';
import { findListValue, LicenceListsState } from './licence-lists';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState } from './licence-state';
import { LicensingContext } from './licensing-context';
import { sameValue } from './same-value';

/**
 * Which lifecycle may follow which; anything else is refused as an illegal transition. Statuses are a list a library
 * extends, so the table is on what a status means (its lifecycle), not on its name: moving between two statuses of the
 * same lifecycle (say, FOLIO's legacy "Current" to "Active") is no transition of the licence's life, and is allowed.
 */
export const STATUS_TRANSITIONS: Readonly<Record<LicenceLifecycle, readonly LicenceLifecycle[]>> = {
  'in-negotiation': ['not-yet-active', 'active', 'rejected'],
  'not-yet-active': ['active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: ['active'],
  rejected: ['in-negotiation'],
  terminated: [],
};

const DEFAULT_STATUS = 'in-negotiation';

/** The status key and its lifecycle, read from the licence-status list. */
function statusOf(lists: LicenceListsState, status: unknown, kept?: string): { status: string; lifecycle: LicenceLifecycle } {
  const key = requireListKey(lists, 'licence-status', status, (key) => key === kept);
  const lifecycle = findListValue(lists, 'licence-status', key)?.lifecycle;
  if (lifecycle === undefined) throw new LicenceRuleViolation('unknown-list-value', `licence status "${key}" has no lifecycle in the licence-status list`);
  return { status: key, lifecycle };
}

/**
 * What an active licence must name: its licensor (optional while negotiating: 9 of 12 FOLIO licences had none
 * recorded), and, for a consortial licence, its consortium. Checked whenever a licence is, or becomes, active.
 */
function checkActiveParties(lifecycle: LicenceLifecycle, type: string, organisations: readonly LicenceOrganisation[], licenceId: string): void {
  if (lifecycle !== 'active') return;
  if (!inRole(organisations, 'licensor')) {
    throw new LicenceRuleViolation(
      'licensor-required',
      `licence ${licenceId} needs an organisation in the licensor role to be active (the licensor is optional only until then)`,
    );
  }
  if (type === 'consortial' && !inRole(organisations, 'consortium')) {
    throw new LicenceRuleViolation('consortium-required', `consortial licence ${licenceId} needs an organisation in the consortium role to be active`);
  }
}

/** The draft as it is recorded: text trimmed, list values checked, shorthands as organisations, the id canonical. */
function draftOf({ data }: DraftLicence, lists: LicenceListsState): LicenceDrafted {
  const licenceId = canonicalId(data.licenceId);
  const name = requireText(data.name, 'the licence name');
  const type = requireListKey(lists, 'licence-type', data.type);
  const given = organisationsOf(data.organisations ?? [], lists);
  const organisations = withShorthand(withShorthand(given, 'licensor', optionalText(data.licensor)), 'consortium', optionalText(data.consortium));
  const status = data.status === undefined ? undefined : statusOf(lists, data.status);
  checkActiveParties(status?.lifecycle ?? DEFAULT_STATUS, type, organisations, licenceId);
  const description = descriptionOf(data.description);
  const alternateNames = alternateNamesOf(data.alternateNames ?? [], name);
  const tags = tagsOf(data.tags ?? []);
  const contacts = contactsOf(data.contacts ?? [], lists);
  return {
    licenceId,
    name,
    type,
    organisations,
    ...(status !== undefined && status),
    ...(description !== undefined && { description }),
    ...(alternateNames.length > 0 && { alternateNames }),
    ...(tags.length > 0 && { tags }),
    ...(contacts.length > 0 && { contacts }),
    resourceIds: distinct(data.resourceIds ?? []),
  };
}

/** The licence as it stands is what the draft would have recorded: the same request again, not another licence. */
function isDraftedAs(licence: ExistingLicence, draft: LicenceDrafted): boolean {
  const sorted = (ids: readonly string[]) => [...ids].sort().join('\n');
  return (
    licence.name === draft.name &&
    licence.type === draft.type &&
    // A status moves on after the draft: only a status the draft gave is compared.
    (draft.status === undefined || licence.status === draft.status) &&
    licence.description === draft.description &&
    sameValue(licence.organisations, draft.organisations) &&
    sameValue(licence.alternateNames, draft.alternateNames ?? []) &&
    sameValue(licence.tags, draft.tags ?? []) &&
    sameValue(licence.contacts, draft.contacts ?? []) &&
    sorted(licence.resourceIds) === sorted(draft.resourceIds)
  );
}

/**
 * Drafting is idempotent: the same licence sent again under its id (a retry after a lost response) decides nothing,
 * while the id with other details is refused. "The same" is after trimming, compared with the licence as it stands.
 */
export function decideDraftLicence(command: DraftLicence, state: LicenceState, { lists }: LicensingContext): LicenceEvent[] {
  if (state.exists) {
    const draft = sentAs(() => draftOf(command, lists));
    if (draft && isDraftedAs(state, draft)) return [];
    throw new LicenceRuleViolation('licence-already-drafted', `licence ${state.licenceId} has already been drafted with other details`);
  }
  return [{ type: 'LicenceDrafted', data: draftOf(command, lists) }];
}

/**
 * Only fields that differ from the licence as recorded go into the event; lists given replace the recorded ones whole.
 * Values the licence has already (a type, a role, a contact role) are kept even once deprecated. An active licence
 * keeps its licensor (and a consortial one its consortium): the correction that would remove it is refused.
 */
export function decideCorrectLicenceDetails({ data }: CorrectLicenceDetails, state: LicenceState, { lists }: LicensingContext): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const reason = requireReason(data.reason, 'correcting a licence');
  const name = data.name === undefined ? licence.name : requireText(data.name, 'the licence name');
  const type = data.type === undefined ? licence.type : requireListKey(lists, 'licence-type', data.type, (key) => key === licence.type);
  const given = data.organisations === undefined ? licence.organisations : organisationsOf(data.organisations, lists, licence.organisations);
  const licensor = data.licensor === undefined ? undefined : (optionalText(data.licensor) ?? '');
  const organisations = withShorthand(
    withShorthand(given, 'licensor', licensor),
    'consortium',
    data.consortium === null ? null : optionalText(data.consortium),
  );
  checkActiveParties(licence.lifecycle, type, organisations, licence.licenceId);
  const description = data.description === undefined ? licence.description : descriptionOf(data.description);
  const alternateNames = data.alternateNames === undefined ? licence.alternateNames : alternateNamesOf(data.alternateNames, name);
  const tags = data.tags === undefined ? licence.tags : tagsOf(data.tags);
  const contacts = data.contacts === undefined ? licence.contacts : contactsOf(data.contacts, lists, licence.contacts);
  const corrected: LicenceDetailsCorrected = {
    licenceId: licence.licenceId,
    ...(name !== licence.name && { name }),
    ...(type !== licence.type && { type }),
    ...(!sameValue(organisations, licence.organisations) && { organisations }),
    ...(description !== licence.description && { description: description ?? null }),
    ...(!sameValue(alternateNames, licence.alternateNames) && { alternateNames }),
    ...(!sameValue(tags, licence.tags) && { tags }),
    ...(!sameValue(contacts, licence.contacts) && { contacts }),
    reason,
  };
  if (Object.keys(corrected).length === 2) {
    throw new LicenceRuleViolation('correction-changes-nothing', `the correction leaves licence ${licence.licenceId} as it is recorded`);
  }
  return [{ type: 'LicenceDetailsCorrected', data: corrected }];
}

/** Held to the transition table on lifecycles; becoming active needs the parties an active licence names. */
export function decideRecordStatus({ data }: RecordLicenceStatus, state: LicenceState, { lists }: LicensingContext): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const from = licence.status;
  if (data.to === from) throw new LicenceRuleViolation('status-unchanged', `licence ${licence.licenceId} is already ${from}`);
  const { status: to, lifecycle } = statusOf(lists, data.to);
  const was = licence.lifecycle;
  if (lifecycle !== was && !STATUS_TRANSITIONS[was].includes(lifecycle)) {
    const allowed = STATUS_TRANSITIONS[was].length ? `only to a status of lifecycle ${STATUS_TRANSITIONS[was].join(', ')}` : 'to no other lifecycle';
    const meaning = (key: string, of: LicenceLifecycle) => (key === of ? key : `${key} (lifecycle ${of})`);
    throw new LicenceRuleViolation(
      'illegal-status-transition',
      `a licence cannot move from ${meaning(from, was)} to ${meaning(to, lifecycle)} (from ${was} it moves ${allowed})`,
    );
  }
  if (lifecycle !== was) checkActiveParties(lifecycle, licence.type, licence.organisations, licence.licenceId);
  const reason = optionalText(data.reason);
  return [{ type: 'LicenceStatusRecorded', data: { licenceId: licence.licenceId, from, to, lifecycle, ...(reason !== undefined && { reason }) } }];
}

/**
 * A status recorded by mistake put right. Not held to the transition table: the licence never went through the
 * wrong status, so there is no transition to justify, only a mandatory reason. A licence corrected to active must
 * still name what an active licence names.
 */
export function decideCorrectStatus({ data }: CorrectLicenceStatus, state: LicenceState, { lists }: LicensingContext): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const reason = requireReason(data.reason, `correcting the status of licence ${licence.licenceId}`);
  const from = licence.status;
  if (data.to === from) throw new LicenceRuleViolation('status-unchanged', `licence ${licence.licenceId} is already recorded as ${from}`);
  const { status: to, lifecycle } = statusOf(lists, data.to);
  checkActiveParties(lifecycle, licence.type, licence.organisations, licence.licenceId);
  return [{ type: 'LicenceStatusCorrected', data: { licenceId: licence.licenceId, from, to, lifecycle, reason } }];
}

/** Ids already linked are skipped: only when every one given is linked already is the request refused. */
export function decideLinkResources({ data }: LinkResources, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const given = distinct(data.resourceIds);
  if (given.length === 0) throw new LicenceRuleViolation('field-required', 'name at least one e-resource to link');
  const resourceIds = given.filter((id) => !licence.resourceIds.includes(id));
  if (resourceIds.length === 0) {
    throw new LicenceRuleViolation('resource-already-linked', `licence ${licence.licenceId} is already linked to ${given.join(', ')}`);
  }
  return [{ type: 'LicenceResourcesLinked', data: { licenceId: licence.licenceId, resourceIds } }];
}

/** Unlinking is deliberate: an id that is not linked is most likely a mistake, so the whole request is refused. */
export function decideUnlinkResources({ data }: UnlinkResources, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const resourceIds = distinct(data.resourceIds);
  if (resourceIds.length === 0) throw new LicenceRuleViolation('field-required', 'name at least one e-resource to unlink');
  const notLinked = resourceIds.filter((id) => !licence.resourceIds.includes(id));
  if (notLinked.length > 0) {
    throw new LicenceRuleViolation('resource-not-linked', `licence ${licence.licenceId} is not linked to ${notLinked.join(', ')}`);
  }
  const reason = optionalText(data.reason);
  return [{ type: 'LicenceResourcesUnlinked', data: { licenceId: licence.licenceId, resourceIds, ...(reason !== undefined && { reason }) } }];
}
