import { EResourceState } from '@era/e-resources-domain';

export const E_RESOURCE_AUDIT_TRAIL = 'resource-audit';

/** Collection names inside the `e-resource-audit-trail` projection. */
export const E_RESOURCE_AUDIT_COLLECTIONS = {
  /** One line per changed field. */
  changes: 'e-resource-changes',
  /** Each resource folded as it stands, to tell before from after. */
  resources: 'e-resource-states',
} as const;

/** One line of the resource audit trail: who changed which field of which resource, when, why, before → after. */
export interface EResourceChangeDocument {
  /** `<global position>-<index>`, zero-padded: sorting by id is log order. */
  id: string;
  resourceId: string;
  resourceName: string;
  /** The activation the field belongs to, for activation fields. */
  activationId?: string;
  field: string;
  before: unknown;
  after: unknown;
  actorId: string;
  actorRole: string;
  /** The event's own reason (a correction's, a hiding's, a deactivation's), else the one the request gave. */
  reason?: string;
  recordedAt: string;
  position: number;
  streamRevision: number;
  eventType: string;
}

export interface EResourceStateDocument {
  id: string;
  state: EResourceState;
}
