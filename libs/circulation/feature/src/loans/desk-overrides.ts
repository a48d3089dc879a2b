import { randomUUID } from 'node:crypto';
import { canonicalId } from '@era/decider';
import { DEFAULT_OVERRIDE_POLICY, DeskOverrides, ItemDeskEvent, OverrideGranted } from '@era/circulation-domain';
import { OverrideDto } from '../shared/override.dto';

/** The overrides sent with a check-out or renewal, as the desk decider takes them: each with an id, asked by this role at this desk. */
export function deskOverrides(overrides: readonly OverrideDto[] | undefined, role: string, desk: string): DeskOverrides | undefined {
  if (overrides === undefined || overrides.length === 0) return undefined;
  return {
    role,
    desk,
    policy: DEFAULT_OVERRIDE_POLICY,
    requests: overrides.map(({ overrideId, blockType, comment, dueDate }) => ({
      overrideId: canonicalId(overrideId ?? randomUUID()),
      blockType,
      ...(comment !== undefined && { comment }),
      ...(dueDate !== undefined && { dueDate }),
    })),
  };
}

/** An override as the write answers it. */
export interface OverrideAnswer {
  overrideId: string;
  blockType: string;
  permission: string;
  reason: string;
  dueDate?: string;
}

export const overridesGranted = (events: readonly ItemDeskEvent[]): OverrideAnswer[] =>
  events
    .filter((event): event is { type: 'OverrideGranted'; data: OverrideGranted } => event.type === 'OverrideGranted')
    .map(({ data: { overrideId, blockType, permission, reason, dueDate } }) => ({
      overrideId,
      blockType,
      permission,
      reason,
      ...(dueDate !== undefined && { dueDate }),
    }));
