import { LicenceDetailsCorrected, LicenceDrafted, LicenceEvent, LicenceStatus, LicenceType } from './licence-events';
import { distinct, optionalText, requireLicence, requireReason, requireText } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState } from './licence-state';

export { evolveLicence } from './licence-evolution';
export { decideConfirmVersion, decideCorrectVersion, decideRecordVersion, decideWithdrawVersion } from './licence-versions';
export { decideAttachDocument, decideDetachDocument, decideRecordSignature } from './licence-documents';
export { requireNotWithdrawn } from './licence-guards';

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

export function decideDraftLicence(state: LicenceState, command: LicenceDrafted): LicenceEvent[] {
  if (state.exists) throw new LicenceRuleViolation('licence-already-drafted', `licence ${command.licenceId} has already been drafted`);
  const name = requireText(command.name, 'the licence name');
  const licensor = requireText(command.licensor, 'the licensor');
  const consortium = optionalText(command.consortium);
  checkConsortium(command.type, consortium);
  const drafted: LicenceDrafted = {
    licenceId: command.licenceId,
    name,
    licensor,
    type: command.type,
    ...(consortium !== undefined && { consortium }),
    resourceIds: distinct(command.resourceIds ?? []),
  };
  return [{ type: 'LicenceDrafted', data: drafted }];
}

/**
 * Only fields that differ from the licence as recorded go into the event. A licence corrected away from
 * consortial loses its consortium without being told to.
 */
export function decideCorrectLicenceDetails(state: LicenceState, command: LicenceDetailsCorrected): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const reason = requireReason(command.reason, 'correcting a licence');
  const name = command.name === undefined ? licence.name : requireText(command.name, 'the licence name');
  const licensor = command.licensor === undefined ? licence.licensor : requireText(command.licensor, 'the licensor');
  const type = command.type ?? licence.type;
  const consortium =
    command.consortium === undefined ? (type === 'consortial' ? licence.consortium : undefined) : optionalText(command.consortium);
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

export function decideRecordStatus(state: LicenceState, command: { licenceId: string; to: LicenceStatus; reason?: string }): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const from = licence.status;
  if (command.to === from) throw new LicenceRuleViolation('status-unchanged', `licence ${licence.licenceId} is already ${from}`);
  if (!STATUS_TRANSITIONS[from].includes(command.to)) {
    const allowed = STATUS_TRANSITIONS[from].length ? `only to ${STATUS_TRANSITIONS[from].join(', ')}` : 'to no other status';
    throw new LicenceRuleViolation('illegal-status-transition', `a licence cannot move from ${from} to ${command.to} (from ${from} it moves ${allowed})`);
  }
  const reason = optionalText(command.reason);
  return [{ type: 'LicenceStatusRecorded', data: { licenceId: licence.licenceId, from, to: command.to, ...(reason !== undefined && { reason }) } }];
}

/**
 * A status recorded by mistake put right. Not held to the transition table: the licence never went through the
 * wrong status, so there is no transition to justify, only a mandatory reason.
 */
export function decideCorrectStatus(state: LicenceState, command: { licenceId: string; to: LicenceStatus; reason: string }): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const reason = requireReason(command.reason, `correcting the status of licence ${licence.licenceId}`);
  const from = licence.status;
  if (command.to === from) throw new LicenceRuleViolation('status-unchanged', `licence ${licence.licenceId} is already recorded as ${from}`);
  return [{ type: 'LicenceStatusCorrected', data: { licenceId: licence.licenceId, from, to: command.to, reason } }];
}

/** Ids already linked are skipped: only when every one given is linked already is the request refused. */
export function decideLinkResources(state: LicenceState, command: { licenceId: string; resourceIds: string[] }): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const given = distinct(command.resourceIds ?? []);
  if (given.length === 0) throw new LicenceRuleViolation('field-required', 'name at least one e-resource to link');
  const resourceIds = given.filter((id) => !licence.resourceIds.includes(id));
  if (resourceIds.length === 0) {
    throw new LicenceRuleViolation('resource-already-linked', `licence ${licence.licenceId} is already linked to ${given.join(', ')}`);
  }
  return [{ type: 'LicenceResourcesLinked', data: { licenceId: licence.licenceId, resourceIds } }];
}

/** Unlinking is deliberate: an id that is not linked is most likely a mistake, so the whole request is refused. */
export function decideUnlinkResources(state: LicenceState, command: { licenceId: string; resourceIds: string[]; reason?: string }): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const resourceIds = distinct(command.resourceIds ?? []);
  if (resourceIds.length === 0) throw new LicenceRuleViolation('field-required', 'name at least one e-resource to unlink');
  const notLinked = resourceIds.filter((id) => !licence.resourceIds.includes(id));
  if (notLinked.length > 0) {
    throw new LicenceRuleViolation('resource-not-linked', `licence ${licence.licenceId} is not linked to ${notLinked.join(', ')}`);
  }
  const reason = optionalText(command.reason);
  return [{ type: 'LicenceResourcesUnlinked', data: { licenceId: licence.licenceId, resourceIds, ...(reason !== undefined && { reason }) } }];
}
