import { randomUUID } from 'node:crypto';
import { AppendMetadata } from '@era/event-store';
import { StaffMember } from '../auth/staff';

export const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Event metadata for a write made through the API: who (the authenticated staff member), why (if given), and
 * the ids that tie it to the client's request.
 */
export function apiWriteMetadata(staff: StaffMember, headers: Record<string, string | string[] | undefined>, reason?: string): AppendMetadata {
  const given = headers['x-correlation-id'];
  const correlationId = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
  return {
    actor: { id: staff.id, role: staff.role },
    ...(reason?.trim() ? { reason: reason.trim() } : {}),
    correlationId,
    causationId: randomUUID(),
    source: 'api',
  };
}
