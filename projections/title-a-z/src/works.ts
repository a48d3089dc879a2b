import { ProjectionContext } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { FilingDocument, IdentifierDocument, TITLE_A_Z_COLLECTIONS, TitleDocument, WorkDocument } from './documents';

const { works: WORKS, identifiers: IDENTIFIERS, titles: TITLES, filing: FILING } = TITLE_A_Z_COLLECTIONS;
type Stored<T> = T & ReadDocument;

/**
 * The work a title belongs to given its identifiers: the works already holding any of them, merged into one when
 * the title links several (the smallest id survives, so a rebuild ends with the same ids), or a new work of its own.
 * A title with no identifier is its own work (`title:<ref>`). Matches are never undone: an identifier a later
 * version drops keeps the works it joined together.
 */
export async function joinWork(context: ProjectionContext, title: TitleDocument, identifiers: readonly string[]): Promise<string> {
  const found = new Set<string>([title.workId]);
  for (const identifier of identifiers) {
    const known = await context.get<Stored<IdentifierDocument>>(IDENTIFIERS, identifier);
    if (known) found.add(known.workId);
  }
  const candidates = [...found].filter((id) => id !== '');
  if (candidates.length === 0) candidates.push(identifiers.length > 0 ? `work:${identifiers[0]}` : `title:${title.id}`);
  const survivorId = candidates.sort()[0];
  const survivor = (await context.get<Stored<WorkDocument>>(WORKS, survivorId)) ?? { id: survivorId, members: [], identifiers: [] };
  const members = new Set(survivor.members);
  const owned = new Set(survivor.identifiers);
  for (const absorbedId of candidates.slice(1)) {
    const absorbed = await context.get<Stored<WorkDocument>>(WORKS, absorbedId);
    if (!absorbed) continue;
    for (const ref of absorbed.members) {
      members.add(ref);
      if (ref !== title.id) await moveTitle(context, ref, survivorId);
    }
    for (const identifier of absorbed.identifiers) owned.add(identifier);
    context.delete(WORKS, absorbedId);
  }
  members.add(title.id);
  for (const identifier of identifiers) owned.add(identifier);
  for (const identifier of owned) context.put(IDENTIFIERS, { id: identifier, workId: survivorId });
  context.put(WORKS, { id: survivorId, members: [...members].sort(), identifiers: [...owned].sort() });
  return survivorId;
}

async function moveTitle(context: ProjectionContext, ref: string, workId: string): Promise<void> {
  const title = await context.get<Stored<TitleDocument>>(TITLES, ref);
  if (!title || title.workId === workId) return;
  context.put(TITLES, { ...title, workId });
  await fileTitle(context, { ...title, workId }, title.filingKey);
}

/** Files the title under its filing key (taking it out from under `previousKey` when that differs). */
export async function fileTitle(context: ProjectionContext, title: TitleDocument, previousKey: string | undefined): Promise<void> {
  if (previousKey !== undefined && previousKey !== title.filingKey) await unfile(context, title.id, previousKey);
  const filed = (await context.get<Stored<FilingDocument>>(FILING, title.filingKey)) ?? { id: title.filingKey, titles: [], uncertain: false };
  const titles = [...filed.titles.filter((t) => t.ref !== title.id), { ref: title.id, workId: title.workId, identified: title.identifiers.length > 0 }];
  context.put(FILING, filingDocument(title.filingKey, titles));
}

async function unfile(context: ProjectionContext, ref: string, filingKey: string): Promise<void> {
  const filed = await context.get<Stored<FilingDocument>>(FILING, filingKey);
  if (!filed) return;
  const titles = filed.titles.filter((t) => t.ref !== ref);
  if (titles.length === 0) context.delete(FILING, filingKey);
  else context.put(FILING, filingDocument(filingKey, titles));
}

function filingDocument(filingKey: string, titles: FilingDocument['titles']): FilingDocument & ReadDocument {
  const sorted = [...titles].sort((a, b) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
  const works = new Set(sorted.map((t) => t.workId));
  return { id: filingKey, titles: sorted, uncertain: works.size > 1 && sorted.some((t) => !t.identified) };
}
