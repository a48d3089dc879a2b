import { Folded } from '@era/decider';
import { EResourceDetails, EResourceEvent } from './e-resource-events';
import { ActivationState, EResourceState } from './e-resource-state';

/** One line of the resource audit trail: one field of the resource (or of one activation), before and after one event. */
export interface EResourceChange {
  field: string;
  /** The activation the field belongs to, for activation, deactivation and their corrections. */
  activationId?: string;
  before: unknown;
  after: unknown;
}

const DETAIL_FIELDS: readonly (keyof EResourceDetails)[] = [
  'name',
  'alternateNames',
  'formerNames',
  'description',
  'resourceType',
  'subjects',
  'platformId',
  'vendorId',
  'publicAccessNotes',
  'internalNotes',
];
const RECORD_FIELDS = [...DETAIL_FIELDS, 'accessUrl', 'proxied', 'hidden', 'stanza', 'replacedBy'] as const;
type RecordField = (typeof RECORD_FIELDS)[number];

const ACTIVATION_FIELDS = ['effectiveFrom', 'accessKind', 'trialEndsOn', 'audience'] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/** An empty list reads as nothing, so that registering a resource with no alternate names writes no line for them. */
const valueOf = (value: unknown) => (value === undefined || (Array.isArray(value) && value.length === 0) ? null : value);

function recordField(state: EResourceState, field: RecordField): unknown {
  return state.exists ? valueOf(state[field]) : null;
}

function activationOf(state: EResourceState, activationId: string): ActivationState | undefined {
  return state.exists ? state.activations.find((activation) => activation.activationId === activationId) : undefined;
}

/** What an activation says, as one value. */
function activationValue(activation: ActivationState | undefined): unknown {
  if (!activation) return null;
  const { effectiveFrom, accessKind, trialEndsOn, audience } = activation;
  return { effectiveFrom, accessKind, ...(trialEndsOn !== undefined && { trialEndsOn }), audience };
}

function deactivationValue(activation: ActivationState | undefined): unknown {
  if (!activation?.deactivation) return null;
  const { effectiveOn, reason, replacedBy, note } = activation.deactivation;
  return { effectiveOn, reason, ...(replacedBy !== undefined && { replacedBy }), ...(note !== undefined && { note }) };
}

/**
 * The fields an event changed, before → after, for the audit trail: the resource's own fields (details, link, proxy
 * flag, hidden flag, stanza, replacement) one line each, and per activation its whole value when activated,
 * its changed fields when corrected, its deactivation when recorded or retracted, and its retraction.
 */
export function describeEResourceChanges(before: EResourceState, event: Folded<EResourceEvent>, after: EResourceState): EResourceChange[] {
  if (!('activationId' in event.data)) {
    return RECORD_FIELDS.flatMap((field) => {
      const [was, is] = [recordField(before, field), recordField(after, field)];
      return same(was, is) ? [] : [{ field, before: was, after: is }];
    });
  }
  const { activationId } = event.data;
  const [was, is] = [activationOf(before, activationId), activationOf(after, activationId)];
  const line = (field: string, from: unknown, to: unknown): EResourceChange[] => (same(from, to) ? [] : [{ field, activationId, before: from, after: to }]);
  switch (event.type) {
    case 'ResourceActivated':
      return line('activation', activationValue(was), activationValue(is));
    case 'ResourceActivationCorrected':
      return ACTIVATION_FIELDS.flatMap((field) => line(field, valueOf(was?.[field]), valueOf(is?.[field])));
    case 'ResourceActivationRetracted':
      return line('retracted', !!was?.retracted, !!is?.retracted);
    case 'ResourceDeactivated':
    case 'ResourceDeactivationRetracted':
      return line('deactivation', deactivationValue(was), deactivationValue(is));
    case 'ResourceDeactivationCorrected':
      return line('deactivation.effectiveOn', was?.deactivation?.effectiveOn ?? null, is?.deactivation?.effectiveOn ?? null);
    default:
      return [];
  }
}
