import { activationOf, refuseOverlap, refusePastTrial, sameActivation } from './activation-rules';
import { ActivateResource, CorrectActivation, CorrectDeactivation, DeactivateResource, RetractActivation, RetractDeactivation } from './e-resource-commands';
import { CalendarDate, EResourceEvent } from './e-resource-events';
import { optionalText, requireCalendarDate, requireDeactivationReason, requireReason, requireResourceId } from './e-resource-input';
import { EResourceRuleViolation } from './e-resource-rule-violation';
import { ActivationState, RegisteredEResource } from './e-resource-state';

function requireActivation(state: RegisteredEResource, activationId: string): ActivationState {
  const id = requireResourceId(activationId, 'activationId');
  const activation = state.activations.find((a) => a.activationId === id);
  if (activation === undefined)
    throw new EResourceRuleViolation('activation-not-found', `e-resource ${state.resourceId} has no activation ${JSON.stringify(id)}`);
  return activation;
}

function requireNotRetracted(activation: ActivationState): void {
  if (activation.retracted) throw new EResourceRuleViolation('activation-retracted', `activation ${activation.activationId} was retracted`);
}

function refuseBeforeActivation(activation: Pick<ActivationState, 'activationId' | 'effectiveFrom'>, effectiveOn: CalendarDate): void {
  if (effectiveOn < activation.effectiveFrom) {
    throw new EResourceRuleViolation(
      'deactivation-before-activation',
      `effectiveOn ${effectiveOn} is before activation ${activation.activationId} takes effect (${activation.effectiveFrom})`,
    );
  }
}

/** A trial ends by itself: a deactivation may only cut it short, on or before its last day. */
function refuseAfterTrialEnd(activation: ActivationState, effectiveOn: CalendarDate): void {
  if (activation.trialEndsOn !== undefined && effectiveOn > activation.trialEndsOn) {
    throw new EResourceRuleViolation(
      'activation-not-in-force',
      `trial ${activation.activationId} ends by itself after ${activation.trialEndsOn}; a deactivation on ${effectiveOn} is not needed`,
    );
  }
}

/** No link, no access: an activation needs the access URL users will follow. */
export function decideActivate(command: ActivateResource, state: RegisteredEResource, now: Date): EResourceEvent[] {
  const activation = activationOf(command.data, state.resourceId, 'activation');
  const existing = state.activations.find((a) => a.activationId === activation.activationId);
  if (existing) {
    if (sameActivation(existing, activation) && existing.reason === activation.reason) return [];
    throw new EResourceRuleViolation('activation-already-recorded', `activation ${activation.activationId} is already recorded with other details`);
  }
  if (state.accessUrl === undefined) throw new EResourceRuleViolation('access-url-required', `e-resource ${state.resourceId} has no access URL to activate`);
  refusePastTrial(activation, now);
  refuseOverlap(state, activation.activationId, activation);
  return [{ type: 'ResourceActivated', data: activation }];
}

export function decideDeactivate({ data }: DeactivateResource, state: RegisteredEResource): EResourceEvent[] {
  const activation = requireActivation(state, data.activationId);
  const effectiveOn = requireCalendarDate(data.effectiveOn, 'effectiveOn');
  const reason = requireDeactivationReason(data.reason);
  const replacedBy = data.replacedBy == null ? undefined : requireResourceId(data.replacedBy, 'replacedBy');
  if (replacedBy !== undefined && reason !== 'replaced' && reason !== 'platform-migration') {
    throw new EResourceRuleViolation('replaced-by-not-applicable', `replacedBy goes with reason replaced or platform-migration, not ${reason}`);
  }
  const note = optionalText(data.note);
  if (activation.retracted) throw new EResourceRuleViolation('activation-not-in-force', `activation ${activation.activationId} was retracted`);
  if (activation.deactivation) {
    const d = activation.deactivation;
    if (d.effectiveOn === effectiveOn && d.reason === reason && d.replacedBy === replacedBy && d.note === note) return [];
    throw new EResourceRuleViolation('activation-not-in-force', `activation ${activation.activationId} was already deactivated on ${d.effectiveOn}`);
  }
  refuseBeforeActivation(activation, effectiveOn);
  refuseAfterTrialEnd(activation, effectiveOn);
  return [
    {
      type: 'ResourceDeactivated',
      data: {
        resourceId: state.resourceId,
        activationId: activation.activationId,
        effectiveOn,
        reason,
        ...(replacedBy !== undefined && { replacedBy }),
        ...(note !== undefined && { note }),
      },
    },
  ];
}

/** The whole activation as it should have been; one that changes nothing is a retry. */
export function decideCorrectActivation(command: CorrectActivation, state: RegisteredEResource): EResourceEvent[] {
  const activation = requireActivation(state, command.data.activationId);
  const corrected = activationOf(command.data, state.resourceId, 'correction');
  requireNotRetracted(activation);
  if (sameActivation(activation, corrected)) return [];
  if (activation.deactivation) refuseBeforeActivation(corrected, activation.deactivation.effectiveOn);
  refuseOverlap(state, activation.activationId, { ...corrected, ...(activation.deactivation && { deactivation: activation.deactivation }) });
  const { resourceId, activationId, effectiveFrom, accessKind, trialEndsOn, audience, reason } = corrected;
  return [
    {
      type: 'ResourceActivationCorrected',
      data: { resourceId, activationId, effectiveFrom, accessKind, ...(trialEndsOn !== undefined && { trialEndsOn }), audience, reason },
    },
  ];
}

export function decideRetractActivation({ data }: RetractActivation, state: RegisteredEResource): EResourceEvent[] {
  const activation = requireActivation(state, data.activationId);
  const reason = requireReason(data.reason, 'the reason for the retraction');
  if (activation.retracted) return [];
  return [{ type: 'ResourceActivationRetracted', data: { resourceId: state.resourceId, activationId: activation.activationId, reason } }];
}

function requireDeactivated(activation: ActivationState) {
  requireNotRetracted(activation);
  if (activation.deactivation === undefined) {
    throw new EResourceRuleViolation('activation-not-deactivated', `activation ${activation.activationId} has no deactivation to put right`);
  }
  return activation.deactivation;
}

/** Moving a deactivation's date: still not before the activation, and not so late that it overlaps another. */
export function decideCorrectDeactivation({ data }: CorrectDeactivation, state: RegisteredEResource): EResourceEvent[] {
  const activation = requireActivation(state, data.activationId);
  const effectiveOn = requireCalendarDate(data.effectiveOn, 'effectiveOn');
  const reason = requireReason(data.reason, 'the reason for the correction');
  const deactivation = requireDeactivated(activation);
  if (deactivation.effectiveOn === effectiveOn) return [];
  refuseBeforeActivation(activation, effectiveOn);
  refuseAfterTrialEnd(activation, effectiveOn);
  refuseOverlap(state, activation.activationId, { ...activation, deactivation: { ...deactivation, effectiveOn } });
  return [{ type: 'ResourceDeactivationCorrected', data: { resourceId: state.resourceId, activationId: activation.activationId, effectiveOn, reason } }];
}

/** The activation is in force again as if never ended, so it must not then overlap another of its kind. */
export function decideRetractDeactivation({ data }: RetractDeactivation, state: RegisteredEResource): EResourceEvent[] {
  const activation = requireActivation(state, data.activationId);
  const reason = requireReason(data.reason, 'the reason for the retraction');
  requireNotRetracted(activation);
  if (activation.deactivation === undefined) return [];
  const reinstated: ActivationState = { ...activation };
  delete reinstated.deactivation;
  refuseOverlap(state, activation.activationId, reinstated);
  return [{ type: 'ResourceDeactivationRetracted', data: { resourceId: state.resourceId, activationId: activation.activationId, reason } }];
}
