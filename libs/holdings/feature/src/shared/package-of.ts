import { eResourceDecider, eResourceStream, RegisteredEResource, requireResourceId } from '@era/e-resources-domain';
import { HoldingsRuleViolation } from '@era/holdings-domain';
import { CommandPath } from '@era/platform';

/** The resource types whose e-resources are packages of titles, with a KBART title list. */
export const PACKAGE_TYPES: readonly string[] = ['e-journal-package', 'e-book-collection'];

/** Reads one stream as it stands (CommandPath.load or the like). */
export type StreamLoader = Pick<CommandPath, 'load'>;

/** The package an id names, folded from its e-resource stream: 404 when there is none, 422 when it is not a package. */
export async function requirePackage(loader: StreamLoader, resourceId: string): Promise<RegisteredEResource> {
  const id = requireResourceId(resourceId);
  const { state } = await loader.load(eResourceStream(id), eResourceDecider);
  if (!state.exists) throw new HoldingsRuleViolation('package-not-found', `no e-resource ${id} is registered`);
  if (!PACKAGE_TYPES.includes(state.resourceType)) {
    throw new HoldingsRuleViolation(
      'not-a-package',
      `${id} is of type ${state.resourceType}; only an e-journal package or an e-book collection (${PACKAGE_TYPES.join(', ')}) has a title list`,
    );
  }
  return state;
}
