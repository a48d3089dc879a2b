const UUID_LENGTH = 36;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * UUIDs are case-insensitive: an upper-case id and its lower-case form name one entity, stored and answered in the
 * canonical lower-case form. Anything that is not a UUID is left exactly as given.
 */
export function canonicalId(id: string): string {
  return id.length === UUID_LENGTH && UUID.test(id) ? id.toLowerCase() : id;
}
