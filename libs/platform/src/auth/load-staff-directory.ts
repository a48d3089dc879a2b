import { IdentityConfig } from '../config/identity-config';
import { ConfigurationError } from '../config/configuration-error';
import { developmentStaffFile, StaffDirectory } from './staff-directory';
import { checkStaffList, readStaffFile, StaffEntry } from './staff-file';

export interface LoadedStaffDirectory {
  directory: StaffDirectory;
  /** What the operator must hear at start-up (development tokens enabled). */
  warnings: string[];
}

/**
 * The staff of STAFF_FILE, plus the development staff when ERA_DEV_TOKENS=true (never in production: the
 * configuration refuses it). Empty when neither is given; the caller decides whether that is enough.
 */
export function loadStaffDirectory(identity: IdentityConfig): LoadedStaffDirectory {
  const entries: StaffEntry[] = identity.staffFile ? readStaffFile(identity.staffFile, { production: identity.production }) : [];
  const warnings: string[] = [];
  if (identity.developmentTokens) {
    const file = developmentStaffFile();
    if (!file) throw new ConfigurationError('ERA_DEV_TOKENS=true but config/staff.dev.json was not found');
    entries.push(...readStaffFile(file, { production: identity.production }));
    warnings.push(`ERA_DEV_TOKENS=true: the development staff tokens of ${file} are enabled (README); anyone who read them can sign in. Never in production`);
  }
  // The union again: a STAFF_FILE entry must not share an id or a token with a development one either.
  if (entries.length) checkStaffList(entries, { source: 'STAFF_FILE with the development staff', production: identity.production });
  return { directory: new StaffDirectory(entries), warnings };
}
