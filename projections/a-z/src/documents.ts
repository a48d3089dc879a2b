import { AccessKind, Audience, CalendarDate, DeactivationReason, EResourceDetails } from '@era/e-resources-domain';

export const A_Z_PROJECTION = 'a-z';

/** Collection names inside the `a-z` projection. */
export const A_Z_COLLECTIONS = {
  /** Each activation's in-force period, one document per version as recorded (bitemporal). */
  activationVersions: 'az-activation-versions',
  /** Each resource's public details, one document per version as recorded (bitemporal). */
  detailVersions: 'az-detail-versions',
  /** Each resource as it stands now, everything included: the staff view, the EZproxy export, the projection's memory. */
  resources: 'az-resources',
} as const;

/** `validTo` of a version nothing has superseded: later than any instant an event can be recorded at. */
export const STILL_CURRENT = '9999-12-31T23:59:59.999Z';
/** `until` of an activation with no end: later than any day asked about. */
export const OPEN_ENDED = '9999-12-31';

/**
 * One activation as known from `validFrom` (the recordedAt of the event that made this version) until `validTo`
 * (the recordedAt of the event that superseded it; STILL_CURRENT when none). It is in force on every day D with
 * `from <= D < until`. Sentinels, never nulls, so that every bound is a range condition on an index.
 */
export interface ActivationVersionDocument {
  /** `<resourceId>|<activationId>|<global position of the event>` */
  id: string;
  resourceId: string;
  activationId: string;
  from: CalendarDate;
  /** Exclusive: the deactivation's effective day, the day after a trial's end, or OPEN_ENDED. */
  until: CalendarDate;
  accessKind: AccessKind;
  trialEndsOn?: CalendarDate;
  audience: Audience;
  validFrom: string;
  validTo: string;
}

/** What the public list shows of a resource, as known from `validFrom` until `validTo`. */
export interface DetailVersionDocument {
  /** `<resourceId>|<global position of the event>` */
  id: string;
  resourceId: string;
  name: string;
  /** `filingKey(name)`: the list is sorted by it. */
  filingKey: string;
  /** `filingLetter(name)`: 'A'–'Z' or '#'. */
  letter: string;
  alternateNames: string[];
  formerNames: string[];
  description?: string;
  resourceType: string;
  subjects: string[];
  vendorId?: string;
  accessUrl?: string;
  proxied: boolean;
  hidden: boolean;
  publicAccessNotes?: string;
  replacedBy?: string;
  validFrom: string;
  validTo: string;
}

/** An activation as it stands, with what ended, corrected or retracted it. */
export interface ActivationRecord {
  activationId: string;
  effectiveFrom: CalendarDate;
  accessKind: AccessKind;
  trialEndsOn?: CalendarDate;
  audience: Audience;
  reason: string;
  deactivation?: { effectiveOn: CalendarDate; reason: DeactivationReason; replacedBy?: string; note?: string };
  /** Retracted: recorded in error, as if it had never been. */
  retracted: boolean;
  /** Id of its current ActivationVersionDocument, when it has one (none once retracted). */
  currentVersionId?: string;
}

/** A resource as it stands now, for staff (internal notes, stanza and hidden ones included). */
export type ResourceDocument = { id: string } & EResourceDetails & {
    accessUrl?: string;
    proxied: boolean;
    hidden: boolean;
    stanza?: string;
    replacedBy?: string;
    filingKey: string;
    letter: string;
    activations: ActivationRecord[];
    /** Id of its current DetailVersionDocument. */
    currentDetailVersionId: string;
    registeredAt: string;
    updatedAt: string;
    /** Stream revision of the last event applied. */
    revision: number;
  };
