import canonicalize from 'canonicalize';

/**
 * RFC 8785 canonical JSON of a value, byte for byte what `canonicalize` writes: made here in one pass for exact JSON
 * data (see exactCanonicalJson), faster than the package's reduce, sort and template strings for every object (a
 * title list's append is megabytes of JSON); anything else goes to the package.
 */
export function canonicalJsonData(value: unknown): string {
  const text = exactCanonicalJson(value) ?? canonicalize(value);
  if (text === undefined) throw new Error('value cannot be canonicalised');
  return text;
}

/**
 * The canonical JSON of exact JSON data, undefined for anything else. Exact JSON data is what its JSON round trip
 * gives back member for member, in the same order: strings, finite numbers other than -0, booleans, null, arrays
 * without holes, plain objects of own enumerable members only.
 */
export function exactCanonicalJson(value: unknown): string | undefined {
  let text = '';
  return writeExactCanonicalJson(value, (part) => (text += part)) ? text : undefined;
}

/**
 * The canonical JSON of exact JSON data (undefined for anything else), and whether it is also what JSON.stringify
 * writes for the value: true when every object's keys were already in canonical order, so that one text serves as
 * both the hashed form and the stored one.
 */
export function exactCanonicalJsonAndOrder(value: unknown): { text: string; asStringified: boolean } | undefined {
  // Data built in canonical order (a title list's chunks) is only checked, then written natively in one call.
  if (isExactAndInOrder(value)) return { text: JSON.stringify(value), asStringified: true };
  // Exact JSON data that fails the walk has an object out of order: its canonical text is not its JSON.
  const text = exactCanonicalJson(value);
  return text === undefined ? undefined : { text, asStringified: false };
}

/**
 * Writes the canonical JSON of exact JSON data to `write` part by part (a hash may take it as it comes, instead of
 * one string of megabytes built first); false, with some of it written, when the value is not exact JSON data.
 */
export function writeExactCanonicalJson(value: unknown, write: (part: string) => void): boolean {
  switch (typeof value) {
    case 'string':
      write(JSON.stringify(value));
      return true;
    case 'number':
      if (!Number.isFinite(value) || Object.is(value, -0)) return false;
      write(JSON.stringify(value));
      return true;
    case 'boolean':
      write(value ? 'true' : 'false');
      return true;
    case 'object':
      if (value === null) {
        write('null');
        return true;
      }
      if (Array.isArray(value)) return writeArray(value, write);
      return Object.getPrototypeOf(value) === Object.prototype && writeObject(value as Record<string, unknown>, write);
    default:
      return false;
  }
}

function writeArray(values: readonly unknown[], write: (part: string) => void): boolean {
  write('[');
  for (let index = 0; index < values.length; index += 1) {
    if (index > 0) write(',');
    if (!writeExactCanonicalJson(values[index], write)) return false;
  }
  write(']');
  return true;
}

function writeObject(object: Record<string, unknown>, write: (part: string) => void): boolean {
  const keys = Object.keys(object);
  if (Object.getOwnPropertyNames(object).length !== keys.length) return false;
  const shape = shapeOf(keys);
  write('{');
  for (let index = 0; index < shape.sorted.length; index += 1) {
    write(shape.prefixes[index]);
    if (!writeExactCanonicalJson(object[shape.sorted[index]], write)) return false;
  }
  write('}');
  return true;
}

/**
 * True when `value` is exact JSON data whose objects all have their keys in canonical order: then JSON.stringify
 * writes exactly its canonical JSON. A walk that builds nothing but each object's key list.
 */
function isExactAndInOrder(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1) {
          const item: unknown = value[index];
          // A string is there (no hole) and exact: most items of a title table are.
          if (typeof item !== 'string' && (!(index in value) || !isExactAndInOrder(item))) return false;
        }
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      const object = value as Record<string, unknown>;
      const keys = Object.keys(object);
      if (Object.getOwnPropertyNames(object).length !== keys.length) return false;
      // Integer-like keys come first in Object.keys whatever their code units: such an object is out of order for
      // canonical JSON unless the comparison below agrees.
      for (let index = 1; index < keys.length; index += 1) if (!(keys[index - 1] < keys[index])) return false;
      for (const key of keys) {
        const member = object[key];
        if (typeof member !== 'string' && !isExactAndInOrder(member)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** An object's keys in canonical order, each with what comes before its value ('"key":', after a comma but the first). */
interface Shape {
  keys: readonly string[];
  sorted: readonly string[];
  prefixes: readonly string[];
}

/** Objects of one kind (a title's values, a coverage range) have the same keys: sorted once per shape, found by first key. */
const shapes = new Map<string, Shape[]>();
const MAX_SHAPES_PER_FIRST_KEY = 64;

function shapeOf(keys: readonly string[]): Shape {
  const first = keys.length === 0 ? '' : keys[0];
  let known = shapes.get(first);
  if (known === undefined) {
    known = [];
    shapes.set(first, known);
  }
  for (const shape of known) if (sameKeys(shape.keys, keys)) return shape;
  const sorted = [...keys].sort();
  const shape = { keys, sorted, prefixes: sorted.map((key, index) => (index === 0 ? '' : ',') + JSON.stringify(key) + ':') };
  if (known.length < MAX_SHAPES_PER_FIRST_KEY && shapes.size < MAX_SHAPES_PER_FIRST_KEY * 16) known.push(shape);
  return shape;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
