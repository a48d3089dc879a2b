import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { canonicalJsonData, exactCanonicalJson } from './canonical-json';
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
 * `hashEvent` of fields whose data's canonical JSON is already made (`canonicalData`) and whose other fields are exact
 * JSON data; undefined otherwise. "data" sorts first among the hashed keys, so the canonical text is the data's
 * followed by the rest's.
 */
export function hashEventWithCanonicalData(fields: HashedFields, canonicalData: string): string | undefined {
  const { data: _data, ...rest } = hashedObject(fields);
  const others = exactCanonicalJson(rest);
  if (others === undefined) return undefined;
  return createHash('sha256')
    .update('{"data":')
    .update(canonicalData)
    .update(others === '{}' ? '}' : `,${others.slice(1)}`)
    .digest('hex');
}

export function sha256Hex(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
