import { CIRCULATION_STAFF, StaffRole } from '@era/platform';

/** Who reads items, loans and blocks: the desk, and the auditors who review it. */
export const CIRCULATION_READERS: readonly StaffRole[] = [...CIRCULATION_STAFF, 'auditor'];
