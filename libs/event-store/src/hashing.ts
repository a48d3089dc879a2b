import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { canonicalJsonData, writeExactCanonicalJson } from './canonical-json';
import { HashedFields } from './envelope';

/** The previousHash of every stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical form (RFC 8785 JSON Canonicalization Scheme) of the hashed fields: the same event gives the same
 * bytes whatever the key order or number formatting it was stored with.
 */
export function canonicalEventBytes(fields: HashedFields): string {
  const canonical = canonicalize(hashedObject(fields));
  if (canonical === undefined) throw new Error('event cannot be canonicalised');
  return canonical;
}

function hashedObject(fields: HashedFields): HashedFields {
  return {
    eventId: fields.eventId,
    streamId: fields.streamId,
    streamRevision: fields.streamRevision,
    type: fields.type,
    schemaVersion: fields.schemaVersion,
    data: fields.data,
    metadata: fields.metadata,
    previousHash: fields.previousHash,
  };
}

export function hashEvent(fields: HashedFields): string {
  return sha256Hex(canonicalEventBytes(fields));
}

/**
 * The same hash as `hashEvent`, faster, for fields whose data and metadata are JSON data (a JSON round trip's
 * result), as an append prepares them; see canonicalJsonData.
 */
export function hashEventOfJsonData(fields: HashedFields): string {
  return sha256Hex(canonicalJsonData(hashedObject(fields)));
}

/**
 * `hashEvent` of the fields when they are exact JSON data (what their JSON round trip gives back unchanged, see
 * exactCanonicalJson), made without that round trip; undefined otherwise.
 */
export function hashEventOfExactJsonData(fields: HashedFields): string | undefined {
  const hash = createHash('sha256');
  // Taken in pieces of about HASHED_PIECE characters: the hash never needs the whole text as one string.
  let piece = '';
  const write = (part: string) => {
    piece += part;
    if (piece.length >= HASHED_PIECE) {
      hash.update(piece);
      piece = '';
    }
  };
  if (!writeExactCanonicalJson(hashedObject(fields), write)) return undefined;
  return hash.update(piece).digest('hex');
}

const HASHED_PIECE = 16 * 1024;

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
