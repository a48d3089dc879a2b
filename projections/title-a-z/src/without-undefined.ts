import { ReadDocument } from '@era/read-store';

/** Read documents are JSON: an absent optional field is left out, not stored as undefined (top level and nested objects). */
export function withoutUndefined<T extends object>(document: T): T & ReadDocument {
  return strip(document) as T & ReadDocument;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : strip(item)));
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    if (key === '__proto__') Object.defineProperty(copy, key, { value: strip(field), enumerable: true, writable: true, configurable: true });
    else copy[key] = strip(field);
  }
  return copy;
}
