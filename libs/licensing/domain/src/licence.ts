import { canonicalId } from '@era/decider';
import { CorrectLicenceDetails, CorrectLicenceStatus, DraftLicence, LinkResources, RecordLicenceStatus, UnlinkResources } from './commands';
import { LicenceDetailsCorrected, LicenceDrafted, LicenceEvent, LicenceStatus, LicenceType } from './licence-events';
import { distinct, ExistingLicence, optionalText, requireLicence, requireReason, requireText, sentAs } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState } from './licence-state';

/** Which status may follow which; anything else is refused as an illegal transition. */
export const STATUS_TRANSITIONS: Readonly<Record<LicenceStatus, readonly LicenceStatus[]>> = {
  'in-negotiation': ['not-yet-active', 'active', 'rejected'],
  'not-yet-active': ['active', 'terminated'],
  active: ['expired', 'terminated'],
  expired: ['active'],
  rejected: ['in-negotiation'],
  terminated: [],
};

/** Consortial licences name their consortium; no other type does. */
function checkConsortium(type: LicenceType, consortium: string | undefined): void {
  if (type === 'consortial' && consortium === undefined) {
    throw new LicenceRuleViolation('consortium-required', 'a consortial licence must name its consortium');
  }
  if (type !== 'consortial' && consortium !== undefined) {
    throw new LicenceRuleViolation('consortium-not-applicable', `a ${type} licence names no consortium (only consortial licences do)`);
  }
}

/** The draft as it is recorded: text trimmed, resources de-duplicated, the id in its canonical form. */
function draftOf({ data }: DraftLicence): LicenceDrafted {
  const name = requireText(data.name, 'the licence name');
  const licensor = requireText(data.licensor, 'the licensor');
  const consortium = optionalText(data.consortium);
  checkConsortium(data.type, consortium);
  return {
    licenceId: canonicalId(data.licenceId),
    name,
    licensor,
    type: data.type,
    ...(consortium !== undefined && { consortium }),
    resourceIds: distinct(data.resourceIds ?? []),
  };
}

/** The licence as it stands is what the draft would have recorded: the same request again, not another licence. */
function isDraftedAs(licence: ExistingLicence, draft: LicenceDrafted): boolean {
  const sorted = (ids: readonly string[]) => [...ids].sort().join('\n');
  return (
    licence.name === draft.name &&
    licence.licensor === draft.licensor &&
    licence.type === draft.type &&
    licence.consortium === draft.consortium &&
    sorted(licence.resourceIds) === sorted(draft.resourceIds)
  );
}

/**
 * Drafting is idempotent: the same licence sent again under its id (a retry after a lost response) decides nothing,
 * while the id with other details is refused. "The same" is after trimming, compared with the licence as it stands.
 */
export function decideDraftLicence(command: DraftLicence, state: LicenceState): LicenceEvent[] {
  if (state.exists) {
    const draft = sentAs(() => draftOf(command));
    if (draft && isDraftedAs(state, draft)) return [];
    throw new LicenceRuleViolation('licence-already-drafted', `licence ${state.licenceId} has already been drafted with other details`);
  }
  return [{ type: 'LicenceDrafted', data: draftOf(command) }];
}

/**
 * Only fields that differ from the licence as recorded go into the event. A licence corrected away from
 * consortial loses its consortium without being told to.
 */
export function decideCorrectLicenceDetails({ data }: CorrectLicenceDetails, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const reason = requireReason(data.reason, 'correcting a licence');
  const name = data.name === undefined ? licence.name : requireText(data.name, 'the licence name');
  const licensor = data.licensor === undefined ? licence.licensor : requireText(data.licensor, 'the licensor');
  const type = data.type ?? licence.type;
  const consortium = data.consortium === undefined ? (type === 'consortial' ? licence.consortium : undefined) : optionalText(data.consortium);
  checkConsortium(type, consortium);
  const corrected: LicenceDetailsCorrected = {
    licenceId: licence.licenceId,
    ...(name !== licence.name && { name }),
    ...(licensor !== licence.licensor && { licensor }),
    ...(type !== licence.type && { type }),
    ...(consortium !== licence.consortium && { consortium: consortium ?? null }),
    reason,
  };
  if (Object.keys(corrected).length === 2) {
    throw new LicenceRuleViolation('correction-changes-nothing', `the correction leaves licence ${licence.licenceId} as it is recorded`);
  }
  return [{ type: 'LicenceDetailsCorrected', data: corrected }];
}

export function decideRecordStatus({ data }: RecordLicenceStatus, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const from = licence.status;
  if (data.to === from) throw new LicenceRuleViolation('status-unchanged', `licence ${licence.licenceId} is already ${from}`);
  if (!STATUS_TRANSITIONS[from].includes(data.to)) {
    const allowed = STATUS_TRANSITIONS[from].length ? `only to ${STATUS_TRANSITIONS[from].join(', ')}` : 'to no other status';
    throw new LicenceRuleViolation('illegal-status-transition', `a licence cannot move from ${from} to ${data.to} (from ${from} it moves ${allowed})`);
  }
  const reason = optionalText(data.reason);
  return [{ type: 'LicenceStatusRecorded', data: { licenceId: licence.licenceId, from, to: data.to, ...(reason !== undefined && { reason }) } }];
}

/**
 * A status recorded by mistake put right. Not held to the transition table: the licence never went through the
 * wrong status, so there is no transition to justify, only a mandatory reason.
 */
export function decideCorrectStatus({ data }: CorrectLicenceStatus, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const reason = requireReason(data.reason, `correcting the status of licence ${licence.licenceId}`);
  const from = licence.status;
  if (data.to === from) throw new LicenceRuleViolation('status-unchanged', `licence ${licence.licenceId} is already recorded as ${from}`);
  return [{ type: 'LicenceStatusCorrected', data: { licenceId: licence.licenceId, from, to: data.to, reason } }];
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
