import { Command } from '@era/decider';
import { AccessKind, Audience, CalendarDate, DeactivationReason } from './e-resource-events';

/** Descriptive fields as a user sends them (null or blank: absent); the decider trims, de-duplicates and fills defaults. */
export interface EResourceDetailsInput {
  name: string;
  alternateNames?: string[];
  formerNames?: string[];
  description?: string | null;
  resourceType: string;
  subjects?: string[];
  platformId?: string | null;
  vendorId?: string | null;
  publicAccessNotes?: string | null;
  internalNotes?: string | null;
}

export type RegisterEResource = Command<
  'RegisterEResource',
  EResourceDetailsInput & { resourceId: string; accessUrl?: string; proxied?: boolean; hidden?: boolean }
>;

/** Only the fields sent change; `null` removes an optional text. A new name moves the old one to formerNames. */
export type ReviseEResourceDetails = Command<
  'ReviseEResourceDetails',
  {
    resourceId: string;
    name?: string;
    alternateNames?: string[];
    formerNames?: string[];
    description?: string | null;
    resourceType?: string;
    subjects?: string[];
    platformId?: string | null;
    vendorId?: string | null;
    publicAccessNotes?: string | null;
    internalNotes?: string | null;
    reason?: string;
  }
>;

/** `accessUrl` null removes the link; `proxied` left out keeps the current choice. */
export type SetEResourceAccessLink = Command<'SetEResourceAccessLink', { resourceId: string; accessUrl: string | null; proxied?: boolean; reason?: string }>;
export type HideEResource = Command<'HideEResource', { resourceId: string; reason: string }>;
export type ShowEResource = Command<'ShowEResource', { resourceId: string; reason?: string }>;
export type SetEResourceStanza = Command<'SetEResourceStanza', { resourceId: string; stanza: string; reason?: string }>;
export type RemoveEResourceStanza = Command<'RemoveEResourceStanza', { resourceId: string; reason: string }>;
export type ReplaceEResource = Command<'ReplaceEResource', { resourceId: string; replacedBy: string; reason: string }>;

/** What an activation says; the same shape corrects one. */
export interface ActivationInput {
  resourceId: string;
  activationId: string;
  effectiveFrom: CalendarDate;
  accessKind: AccessKind;
  trialEndsOn?: CalendarDate;
  audience: Audience;
  reason: string;
}

export type ActivateResource = Command<'ActivateResource', ActivationInput>;
export type CorrectActivation = Command<'CorrectActivation', ActivationInput>;
export type RetractActivation = Command<'RetractActivation', { resourceId: string; activationId: string; reason: string }>;
export type DeactivateResource = Command<
  'DeactivateResource',
  { resourceId: string; activationId: string; effectiveOn: CalendarDate; reason: DeactivationReason; replacedBy?: string; note?: string }
>;
export type CorrectDeactivation = Command<'CorrectDeactivation', { resourceId: string; activationId: string; effectiveOn: CalendarDate; reason: string }>;
export type RetractDeactivation = Command<'RetractDeactivation', { resourceId: string; activationId: string; reason: string }>;

export type EResourceCommand =
  | RegisterEResource
  | ReviseEResourceDetails
  | SetEResourceAccessLink
  | HideEResource
  | ShowEResource
  | SetEResourceStanza
  | RemoveEResourceStanza
  | ReplaceEResource
  | ActivateResource
  | DeactivateResource
  | CorrectActivation
  | RetractActivation
  | CorrectDeactivation
  | RetractDeactivation;
