import { Folded } from '@era/decider';
import { AccessKind, Audience, CalendarDate, DeactivationReason, EResourceDetails, EResourceEvent, EResourceRegistered } from './e-resource-events';

/** Who recorded something and when (from the event's metadata; absent in unit tests' givens). */
export interface Recorded {
  actorId: string;
  actorRole: string;
  recordedAt: string;
}

export interface DeactivationState {
  effectiveOn: CalendarDate;
  reason: DeactivationReason;
  replacedBy?: string;
  note?: string;
  recorded?: Recorded;
}

export interface ActivationState {
  activationId: string;
  effectiveFrom: CalendarDate;
  accessKind: AccessKind;
  trialEndsOn?: CalendarDate;
  audience: Audience;
  reason: string;
  /** The last correction's reason (the activation's own reason stays). */
  corrected?: { reason: string; recorded?: Recorded };
  /** Recorded in error: as if it had never been. */
  retracted?: { reason: string; recorded?: Recorded };
  deactivation?: DeactivationState;
  recorded?: Recorded;
}

export interface RegisteredEResource extends EResourceDetails {
  exists: true;
  resourceId: string;
  accessUrl?: string;
  proxied: boolean;
  hidden: boolean;
  stanza?: string;
  replacedBy?: string;
  /** In the order they were recorded. */
  activations: ActivationState[];
  /** The registration as recorded, for telling a retry from a clash. */
  registration: EResourceRegistered;
  registered?: Recorded;
}

export type EResourceState = { exists: false } | RegisteredEResource;

export const initialEResource: EResourceState = { exists: false };

function recordedOf(event: Folded<EResourceEvent>): Recorded | undefined {
  return event.metadata && { actorId: event.metadata.actor.id, actorRole: event.metadata.actor.role, recordedAt: event.metadata.recordedAt };
}

function detailsOf(data: EResourceDetails): EResourceDetails {
  const { name, alternateNames, formerNames, description, resourceType, subjects, platformId, vendorId, publicAccessNotes, internalNotes } = data;
  return {
    name,
    alternateNames,
    formerNames,
    resourceType,
    subjects,
    ...(description !== undefined && { description }),
    ...(platformId !== undefined && { platformId }),
    ...(vendorId !== undefined && { vendorId }),
    ...(publicAccessNotes !== undefined && { publicAccessNotes }),
    ...(internalNotes !== undefined && { internalNotes }),
  };
}

function withActivation(state: RegisteredEResource, activationId: string, change: (activation: ActivationState) => ActivationState): RegisteredEResource {
  return { ...state, activations: state.activations.map((activation) => (activation.activationId === activationId ? change(activation) : activation)) };
}

function without<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

export function evolveEResource(state: EResourceState, event: Folded<EResourceEvent>): EResourceState {
  const recorded = recordedOf(event);
  if (event.type === 'EResourceRegistered') {
    const { resourceId, accessUrl, proxied, hidden } = event.data;
    return {
      exists: true,
      resourceId,
      ...detailsOf(event.data),
      ...(accessUrl !== undefined && { accessUrl }),
      proxied,
      hidden,
      activations: [],
      registration: event.data,
      ...(recorded && { registered: recorded }),
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'EResourceDetailsRevised': {
      const { exists, resourceId, accessUrl, proxied, hidden, stanza, replacedBy, activations, registration, registered } = state;
      return {
        exists,
        resourceId,
        ...detailsOf(event.data),
        ...(accessUrl !== undefined && { accessUrl }),
        proxied,
        hidden,
        ...(stanza !== undefined && { stanza }),
        ...(replacedBy !== undefined && { replacedBy }),
        activations,
        registration,
        ...(registered && { registered }),
      };
    }
    case 'EResourceAccessLinkSet': {
      const rest = without(state, 'accessUrl');
      return { ...rest, ...(event.data.accessUrl !== null && { accessUrl: event.data.accessUrl }), proxied: event.data.proxied };
    }
    case 'EResourceHidden':
      return { ...state, hidden: true };
    case 'EResourceShown':
      return { ...state, hidden: false };
    case 'EResourceStanzaSet':
      return { ...state, stanza: event.data.stanza };
    case 'EResourceStanzaRemoved':
      return without(state, 'stanza');
    case 'EResourceReplaced':
      return { ...state, replacedBy: event.data.replacedBy };
    case 'ResourceActivated': {
      const { activationId, effectiveFrom, accessKind, trialEndsOn, audience, reason } = event.data;
      const activation: ActivationState = {
        activationId,
        effectiveFrom,
        accessKind,
        ...(trialEndsOn !== undefined && { trialEndsOn }),
        audience,
        reason,
        ...(recorded && { recorded }),
      };
      return { ...state, activations: [...state.activations, activation] };
    }
    case 'ResourceDeactivated': {
      const { effectiveOn, reason, replacedBy, note } = event.data;
      const deactivation: DeactivationState = {
        effectiveOn,
        reason,
        ...(replacedBy !== undefined && { replacedBy }),
        ...(note !== undefined && { note }),
        ...(recorded && { recorded }),
      };
      return withActivation(state, event.data.activationId, (activation) => ({ ...activation, deactivation }));
    }
    case 'ResourceActivationCorrected': {
      const { effectiveFrom, accessKind, trialEndsOn, audience, reason } = event.data;
      return withActivation(state, event.data.activationId, (activation) => ({
        ...without(activation, 'trialEndsOn'),
        effectiveFrom,
        accessKind,
        ...(trialEndsOn !== undefined && { trialEndsOn }),
        audience,
        corrected: { reason, ...(recorded && { recorded }) },
      }));
    }
    case 'ResourceActivationRetracted':
      return withActivation(state, event.data.activationId, (activation) => ({
        ...activation,
        retracted: { reason: event.data.reason, ...(recorded && { recorded }) },
      }));
    case 'ResourceDeactivationCorrected':
      return withActivation(state, event.data.activationId, (activation) =>
        activation.deactivation ? { ...activation, deactivation: { ...activation.deactivation, effectiveOn: event.data.effectiveOn } } : activation,
      );
    case 'ResourceDeactivationRetracted':
      return withActivation(state, event.data.activationId, (activation) => without(activation, 'deactivation'));
  }
}
