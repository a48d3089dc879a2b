import { ProjectionView } from '@era/projection-engine';
import { Page, ReadDocument } from '@era/read-store';
import { FilingDocument, IdentifierDocument, TITLE_A_Z_COLLECTIONS, TitleDocument, WorkDocument } from './documents';

const C = TITLE_A_Z_COLLECTIONS;
type Stored<T> = T & ReadDocument;

/** The works holding these identifier keys (`issn:…`, `isbn:…`, `doi:…`). */
export async function worksWithIdentifiers(view: ProjectionView, identifiers: readonly string[]): Promise<string[]> {
  const found = await view.getMany<Stored<IdentifierDocument>>(C.identifiers, identifiers);
  return [...new Set([...found.values()].map((identifier) => identifier.workId))].sort();
}

/** The package titles (refs) of these works. */
export async function membersOf(view: ProjectionView, workIds: readonly string[]): Promise<string[]> {
  const members = new Set<string>();
  const unique = [...new Set(workIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const works = await view.getMany<Stored<WorkDocument>>(C.works, unique.slice(i, i + 500));
    for (const work of works.values()) for (const ref of work.members) members.add(ref);
  }
  return [...members].sort();
}

/** Titles filed under the same key in two works or more, one of them without identifiers: matched by title only. */
export interface UncertainMatch {
  filingKey: string;
  titles: { resourceId: string; key: string; title: string; workId: string; identifiers: string[] }[];
}

/** The filing keys under which titles of different works meet and one has no identifier, in filing order, a page at a time. */
export async function uncertainMatches(view: ProjectionView, page: { limit: number; cursor?: string }): Promise<Page<UncertainMatch>> {
  const found = await view.find<Stored<FilingDocument>>(C.filing, { where: { uncertain: true }, limit: page.limit, cursor: page.cursor });
  const titles = await view.getMany<Stored<TitleDocument>>(
    C.titles,
    found.items.flatMap((filed) => filed.titles.map((t) => t.ref)),
  );
  const items = found.items.map((filed) => ({
    filingKey: filed.id,
    titles: filed.titles.flatMap(({ ref, workId }) => {
      const title = titles.get(ref);
      return title ? [{ resourceId: title.resourceId, key: title.key, title: title.title, workId, identifiers: title.identifiers }] : [];
    }),
  }));
  return { items, ...(found.nextCursor !== undefined ? { nextCursor: found.nextCursor } : {}) };
}
