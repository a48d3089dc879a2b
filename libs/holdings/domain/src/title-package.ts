import { EResourceState, RegisteredEResource } from '@era/e-resources-domain';
import { HoldingsRuleViolation } from './holdings-rule-violation';

/** The resource types that have a KBART title list: a package is an e-resource of one of them. */
export const TITLE_PACKAGE_TYPES: readonly string[] = ['e-journal-package', 'e-book-collection'];

/** The registered e-resource, if it is a package: 404 when it is not registered, 422 `not-a-package` for another type. */
export function requireTitlePackage(state: EResourceState, resourceId: string): RegisteredEResource {
  if (!state.exists) throw new HoldingsRuleViolation('package-not-found', `no e-resource ${JSON.stringify(resourceId)} is registered`);
  if (!TITLE_PACKAGE_TYPES.includes(state.resourceType)) {
    throw new HoldingsRuleViolation(
      'not-a-package',
      `e-resource ${resourceId} is a ${state.resourceType}, not a package (${TITLE_PACKAGE_TYPES.join(' or ')}): it has no title list`,
    );
  }
  return state;
}
