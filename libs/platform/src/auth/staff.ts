import { StaffRole } from '@era/decider';

// The roles are framework-free rules (in @era/decider); re-exported here, where routes and the guard have always found them.
export {
  CIRCULATION_MANAGERS,
  CIRCULATION_REVIEWERS,
  CIRCULATION_STAFF,
  DESK_WRITERS,
  LICENCE_DIRECTORS,
  LICENCE_EDITORS,
  LICENCE_READERS,
  PERMITTED_USE_READERS,
  STAFF_ROLES,
} from '@era/decider';
export type { StaffRole } from '@era/decider';

export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
}
