import { CollectionDefinition, FieldCondition, ReadDocument } from '@era/read-store';
import { POSITION_FIELD } from './batch-context';
import { ProjectionContext } from './projection';
import { ProjectionView } from './projection-view';

/**
 * A collection whose documents keep the values they held before: each change files the value it replaces in
 * `history`, with the span of positions it held for. Its documents can then be read as they stood at any position
 * without replaying the log: the current document where its last change came at or before that position, else the
 * past value whose span covers it.
 */
export interface KeptHistory {
  collection: string;
  history: string;
}

/** What a past value carries beside the document's own fields: whose value it was, and the span it held for. */
type PastSpan = { of: string; since: number; until: number };

/** A value a document held before, from the event at `since` up to (not including) the one at `until`. */
export type PastValue<T extends ReadDocument = ReadDocument> = T & PastSpan;

/** The document as it stood: its own id back, the span's fields gone. */
function restored<T extends ReadDocument>(value: PastValue<T>): T {
  const document: T & Partial<PastSpan> = { ...value, id: value.of };
  delete document.of;
  delete document.since;
  delete document.until;
  return document;
}

/** The history collection's definition: the fields the reads filter on, and the span of each value. */
export function historyCollection(kept: KeptHistory, indexes: readonly string[]): CollectionDefinition {
  return { name: kept.history, indexes: [...indexes, 'since', 'until'] };
}

/**
 * Puts `next` in place of `previous` (as read in this handler; undefined for a new document), filing `previous` as a
 * past value up to this event. Every document carries the position of the event that wrote it (POSITION_FIELD):
 * that is where its current value began. The past value depends on the document as read, so it needs commits that
 * are all or nothing: SQLite's, MongoDB's on a replica set (one transaction). On a standalone MongoDB a crash between
 * a batch's collections can leave a document written without its past values, and the replay then reads the later
 * document and cannot file them again: as-of answers over that batch would be off until a rebuild.
 */
export function putKeepingHistory(
  context: ProjectionContext,
  kept: KeptHistory,
  previous: ReadDocument | undefined,
  next: ReadDocument,
  position: number,
): void {
  const since = Number(previous?.[POSITION_FIELD] ?? 0);
  // A second change by the same event leaves the first one's value no span to hold for.
  if (previous && since < position) {
    const { [POSITION_FIELD]: _written, ...value } = previous;
    context.put(kept.history, { ...value, id: `${previous.id}@${since}`, of: previous.id, since, until: position });
  }
  context.put(kept.collection, next);
}

/**
 * The documents matching `where` as they stood once the event at `position` was applied, in id order (as a find of
 * the current documents gives them; ids compared by code point, as SQLite and MongoDB order strings). The view must be
 * of a generation that has projected at least that far. `where` may name only fields the history indexes too.
 */
export async function* documentsAsOf<T extends ReadDocument>(
  view: ProjectionView,
  kept: KeptHistory,
  where: Record<string, FieldCondition>,
  position: number,
): AsyncIterable<T> {
  // At most one past value per document is in force at a position; they are few beside the current ones.
  const past: T[] = [];
  for await (const value of view.findAll<PastValue<T>>(kept.history, { where: { ...where, since: { lte: position }, until: { gt: position } } })) {
    past.push(restored<T>(value));
  }
  past.sort((a, b) => byCodePoints(a.id, b.id));
  let next = 0;
  for await (const document of view.findAll<T>(kept.collection, { where })) {
    while (next < past.length && byCodePoints(past[next].id, document.id) < 0) yield past[next++];
    if (Number(document[POSITION_FIELD] ?? 0) <= position) yield document;
  }
  while (next < past.length) yield past[next++];
}

/** Code-point order (UTF-8 byte order): JavaScript's own string order differs from it past U+FFFF. */
export function byCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (the halves of characters past U+FFFF) rank above U+E000–U+FFFF, as those characters do. */
const codePointRank = (unit: number): number => (unit >= 0xd800 && unit <= 0xdfff ? unit + 0x2800 : unit >= 0xe000 ? unit - 0x800 : unit);
