import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { sha256Hex, StreamHead } from '@era/event-store';

/** The heads of one category of streams, as a schema-2 seal records them. */
export interface SealedCategory {
  /** The stream id less a trailing `-<uuid>`; an id without one is its own category. */
  category: string;
  streamCount: number;
  /** SHA-256 hex of the RFC 8785 canonical JSON of the category's heads (`{streamId, revision, hash}`, sorted by streamId). */
  headsDigest: string;
  /** The heads themselves, sorted by streamId: kept for small categories only, so that the seal stays small. */
  heads?: StreamHead[];
}

/**
 * Which categories keep their heads listed. EventStoreDB refuses an append over 1 MiB by default; a head takes about
 * 150 bytes, so 3,000 of them stay well under it whatever the number of streams.
 */
export interface ExplicitHeadsLimits {
  /** A category with more streams than this is sealed by its digest only. */
  maxPerCategory: number;
  /** Across categories: the largest categories lose their list first until this many heads are left. */
  maxInAll: number;
  /** And until the listed heads weigh at most this many bytes as JSON (stream ids may be up to 200 characters). */
  maxListedBytes: number;
}

export const EXPLICIT_HEADS_LIMITS: ExplicitHeadsLimits = { maxPerCategory: 1_000, maxInAll: 3_000, maxListedBytes: 512 * 1024 };

/** A head's JSON beyond its stream id: `{"streamId":"","revision":…,"hash":"<64>"},` comes to under 100 bytes. */
const HEAD_OVERHEAD_BYTES = 100;

const TRAILING_UUID = /-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `desk-inquiry-<uuid>` → `desk-inquiry`; `vocabulary-licence-terms` → itself. */
export function categoryOf(streamId: string): string {
  return streamId.replace(TRAILING_UUID, '');
}

/** Orders stream ids (and categories) by UTF-16 code units, as RFC 8785 orders keys. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * SHA-256 hex of the canonical JSON of the heads, in the order given (sorted by streamId). Hashed piece by piece, so
 * that a category of a million streams never becomes one 150 MB string: the canonical form of an array is its
 * elements' canonical forms, comma-separated, in brackets.
 */
export function headsDigestOf(heads: Iterable<StreamHead>): string {
  const hash = createHash('sha256').update('[');
  let first = true;
  for (const { streamId, revision, hash: headHash } of heads) {
    if (!first) hash.update(',');
    first = false;
    hash.update(canonical({ streamId, revision, hash: headHash }));
  }
  return hash.update(']').digest('hex');
}

/** The digest of a schema-2 seal: it commits to every head through the categories' heads digests. */
export function categorySealDigest(
  sealedThroughPosition: number,
  categories: readonly Pick<SealedCategory, 'category' | 'streamCount' | 'headsDigest'>[],
): string {
  return sha256Hex(
    canonical({ sealedThroughPosition, categories: categories.map(({ category, streamCount, headsDigest }) => ({ category, streamCount, headsDigest })) }),
  );
}

/** The heads grouped by category, each group sorted by streamId, the groups sorted by category. */
export function groupByCategory(heads: Iterable<StreamHead>): Map<string, StreamHead[]> {
  const groups = new Map<string, StreamHead[]>();
  for (const head of heads) {
    const category = categoryOf(head.streamId);
    const group = groups.get(category);
    if (group) group.push(head);
    else groups.set(category, [head]);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => byCodeUnits(a, b));
  for (const [, group] of sorted) group.sort((a, b) => byCodeUnits(a.streamId, b.streamId));
  return new Map(sorted);
}

/** The categories of a seal of these heads, with lists kept for the small ones within the limits. */
export function sealedCategoriesOf(heads: Iterable<StreamHead>, limits: ExplicitHeadsLimits = EXPLICIT_HEADS_LIMITS): SealedCategory[] {
  const groups = groupByCategory(heads);
  const listed = new Set<string>();
  let inAll = 0;
  let bytes = 0;
  // Smallest first: what is left out is the largest categories' lists.
  const bySize = [...groups.entries()]
    .filter(([, group]) => group.length <= limits.maxPerCategory)
    .sort(([a, x], [b, y]) => x.length - y.length || byCodeUnits(a, b));
  for (const [category, group] of bySize) {
    const groupBytes = group.reduce((sum, head) => sum + head.streamId.length + HEAD_OVERHEAD_BYTES, 0);
    if (inAll + group.length > limits.maxInAll || bytes + groupBytes > limits.maxListedBytes) break;
    inAll += group.length;
    bytes += groupBytes;
    listed.add(category);
  }
  return [...groups.entries()].map(([category, group]) => ({
    category,
    streamCount: group.length,
    headsDigest: headsDigestOf(group),
    ...(listed.has(category) ? { heads: group } : {}),
  }));
}

function canonical(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('seal cannot be canonicalised');
  return text;
}
