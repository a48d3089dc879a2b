import { eResourceDecider, eResourceStream, RegisteredEResource, requireResourceId } from '@era/e-resources-domain';
import { requireTitlePackage } from '@era/holdings-domain';
import { CommandPath } from '@era/platform';

/** Reads one stream as it stands (CommandPath.load or the like). */
export type StreamLoader = Pick<CommandPath, 'load'>;

/** The package an id names, folded from its e-resource stream: 404 when there is none, 422 when it is not a package. */
export async function requirePackage(loader: StreamLoader, resourceId: string): Promise<RegisteredEResource> {
  const id = requireResourceId(resourceId);
  const { state } = await loader.load(eResourceStream(id), eResourceDecider);
  return requireTitlePackage(state, id);
}
