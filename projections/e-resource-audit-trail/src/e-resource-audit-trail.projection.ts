import { describeEResourceChanges, EResourceEvent, EResourceEventType, evolveEResource, initialEResource } from '@era/e-resources-domain';
import { RecordedEventOf } from '@era/event-store';
import { defineProjection, ProjectionContext } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { E_RESOURCE_AUDIT_COLLECTIONS, E_RESOURCE_AUDIT_TRAIL, EResourceChangeDocument, EResourceStateDocument } from './documents';

const { changes: CHANGES, resources: RESOURCES } = E_RESOURCE_AUDIT_COLLECTIONS;

/** `<global position>-<index>`, zero-padded so that ids sort in log order. */
export const changeId = (position: number, index: number) => `${String(position).padStart(12, '0')}-${String(index).padStart(3, '0')}`;

type RecordedEResourceEvent = RecordedEventOf<EResourceEvent>;

/** Every e-resource event is projected alike: the resource folded anew, one audit line per field it changed. */
function everyEResourceEvent<H>(handler: H): Record<EResourceEventType, H> {
  return {
    EResourceRegistered: handler,
    EResourceDetailsRevised: handler,
    EResourceAccessLinkSet: handler,
    EResourceHidden: handler,
    EResourceShown: handler,
    EResourceStanzaSet: handler,
    EResourceStanzaRemoved: handler,
    EResourceReplaced: handler,
    ResourceActivated: handler,
    ResourceDeactivated: handler,
    ResourceActivationCorrected: handler,
    ResourceActivationRetracted: handler,
    ResourceDeactivationCorrected: handler,
    ResourceDeactivationRetracted: handler,
  };
}

async function projectEResourceEvent(event: RecordedEResourceEvent, context: ProjectionContext): Promise<void> {
  const resourceId = event.data.resourceId;
  const stored = await context.get<EResourceStateDocument & ReadDocument>(RESOURCES, resourceId);
  const before = stored?.state ?? initialEResource;
  const after = evolveEResource(before, event);
  if (!after.exists) return;
  context.put(RESOURCES, { id: resourceId, state: after });
  // A deactivation's reason is a code; its note says more.
  const own = 'reason' in event.data && typeof event.data.reason === 'string' ? event.data.reason : undefined;
  const reason = own ?? event.metadata.reason;
  for (const [index, change] of describeEResourceChanges(before, event, after).entries()) {
    const line: EResourceChangeDocument = {
      id: changeId(event.globalPosition, index),
      resourceId,
      resourceName: after.name,
      ...(change.activationId !== undefined && { activationId: change.activationId }),
      field: change.field,
      before: change.before ?? null,
      after: change.after ?? null,
      actorId: event.metadata.actor.id,
      actorRole: event.metadata.actor.role,
      ...(reason !== undefined && { reason }),
      recordedAt: event.metadata.recordedAt,
      position: event.globalPosition,
      streamRevision: event.streamRevision,
      eventType: event.type,
    };
    context.put(CHANGES, { ...line });
  }
}

/** The resource audit trail: every change to a resource's record, link, flags, stanza and activations, field by field. */
export const eResourceAuditTrailProjection = defineProjection<EResourceEvent>({
  name: E_RESOURCE_AUDIT_TRAIL,
  version: 1,
  collections: [
    { name: CHANGES, indexes: ['resourceId', 'actorId', 'field', 'recordedAt', 'position'] },
    { name: RESOURCES, indexes: [] },
  ],
  handlers: everyEResourceEvent(projectEResourceEvent),
});
