import canonicalize from 'canonicalize';

/**
 * RFC 8785 canonical JSON of a value, byte for byte what `canonicalize` writes. For exact JSON data (see
 * exactJsonDataKeys) it is made by JSON.stringify with the sorted list of every key in the value as its property
 * list: JSON.stringify then writes each object's keys in that order (integer-like keys included), faster than the
 * package's reduce and template strings (a title list's append is megabytes of JSON). Anything else goes to the package.
 */
export function canonicalJsonData(value: unknown): string {
  const keys = exactJsonDataKeys(value);
  return keys ? JSON.stringify(value, keys) : canonicalOrThrow(value);
}

function canonicalOrThrow(value: unknown): string {
  const canonical = canonicalize(value);
  if (canonical === undefined) throw new Error('value cannot be canonicalised');
  return canonical;
}

/**
 * Every key of the value's objects, sorted, when the value is exact JSON data: strings, finite numbers other than -0,
 * booleans, null, arrays without holes or other members, and plain objects of own enumerable members only, none of
 * them named as a member objects inherit. Such a value is what its JSON round trip gives back, member for member
 * and in the same order. Undefined for anything else.
 */
export function exactJsonDataKeys(value: unknown): string[] | undefined {
  const keys = new Set<string>();
  if (!collectKeys(value, keys)) return undefined;
  const sorted = [...keys].sort();
  return sorted.some((key) => key in Object.prototype) ? undefined : sorted;
}

function collectKeys(value: unknown, keys: Set<string>): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const element of value as unknown[]) if (!collectKeys(element, keys)) return false;
        return Object.getOwnPropertyNames(value).length === value.length + 1; // the elements and length, nothing else
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      let members = 0;
      for (const key in value) {
        members += 1;
        keys.add(key);
        if (!collectKeys((value as Record<string, unknown>)[key], keys)) return false;
      }
      return members === Object.getOwnPropertyNames(value).length;
    }
    default:
      return false;
  }
}
