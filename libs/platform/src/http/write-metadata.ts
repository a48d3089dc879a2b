import { randomUUID } from 'node:crypto';
import { AppendMetadata } from '@era/event-store';
import { StaffMember } from '../auth/staff';
import { correlationIdOf } from './correlation-id';

/**
 * Event metadata for a write made through the API: who (the authenticated staff member), why (if given), and
 * the ids that tie it to the client's request. An unacceptable X-Correlation-Id never gets here (the correlation-id
 * middleware answers 400); a caller without the middleware gets a fresh id instead of it.
 */
export function apiWriteMetadata(staff: StaffMember, headers: Record<string, string | string[] | undefined>, reason?: string): AppendMetadata {
  const correlationId = correlationIdOf(headers);
  return {
    actor: { id: staff.id, role: staff.role },
    ...(reason?.trim() ? { reason: reason.trim() } : {}),
    correlationId,
    causationId: randomUUID(),
    source: 'api',
  };
}
