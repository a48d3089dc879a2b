import { DecisionContext } from '@era/decider';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceListsState } from './licence-lists';
import { VocabularyState } from './vocabulary';

/** What a licence decision needs besides the command and the licence: the time, the term vocabulary, and who is staff. */
export type LicensingContext = DecisionContext & {
  /** The vocabulary as it stands (its defaults, while the log holds none yet). */
  vocabulary: VocabularyState;
  /** The licence lists (types, statuses, document types, roles) as they stand (their defaults, while the log holds none). */
  lists: LicenceListsState;
  /** The role of a staff member, by staff id; undefined for anyone who is not staff. */
  staffRoleOf(staffId: string): string | undefined;
};

/** Who may direct licence work, and so be named "as directed by": the Scholarly Resources Librarian or an admin. */
export const LICENCE_DIRECTOR_ROLES: readonly string[] = ['admin', 'librarian'];

/** "As directed by" must name a staff member who directs licence work; absent, nobody is named. */
export function requireDirector(staffId: string | undefined, context: LicensingContext): void {
  if (staffId === undefined) return;
  const role = context.staffRoleOf(staffId);
  if (role === undefined || !LICENCE_DIRECTOR_ROLES.includes(role)) {
    throw new LicenceRuleViolation(
      'unknown-director',
      `directedBy ${JSON.stringify(staffId)} does not name a staff member who directs licence work (roles: ${LICENCE_DIRECTOR_ROLES.join(', ')})`,
    );
  }
}
