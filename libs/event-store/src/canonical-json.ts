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
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? JSON.stringify(value) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return exactArray(value);
      return Object.getPrototypeOf(value) === Object.prototype ? exactObject(value as Record<string, unknown>) : undefined;
    default:
      return undefined;
  }
}

function exactArray(values: readonly unknown[]): string | undefined {
  let text = '[';
  for (let index = 0; index < values.length; index += 1) {
    const element = exactCanonicalJson(values[index]);
    if (element === undefined) return undefined;
    text += index === 0 ? element : ',' + element;
  }
  return text + ']';
}

function exactObject(object: Record<string, unknown>): string | undefined {
  const keys = Object.keys(object);
  if (Object.getOwnPropertyNames(object).length !== keys.length) return undefined;
  const shape = shapeOf(keys);
  let text = '{';
  for (let index = 0; index < shape.sorted.length; index += 1) {
    const member = exactCanonicalJson(object[shape.sorted[index]]);
    if (member === undefined) return undefined;
    text += shape.prefixes[index] + member;
  }
  return text + '}';
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
