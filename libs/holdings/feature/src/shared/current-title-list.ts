import { titleListDecider, TitleListState, titleListStream } from '@era/holdings-domain';
import { StreamLoader } from './package-of';

/**
 * A package's title list as it stands now (current version, every title by key), folded from its stream with the
 * decider's own fold. What the title activations and the package's titles page read.
 */
export async function currentTitleList(loader: StreamLoader, resourceId: string): Promise<TitleListState & { revision: number }> {
  const { state, revision } = await loader.load(titleListStream(resourceId), titleListDecider);
  return { ...state, revision };
}
