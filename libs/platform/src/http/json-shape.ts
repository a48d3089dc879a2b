/** How deep a request body may nest (objects and arrays alike); no route's DTO comes near it. */
export const MAX_JSON_DEPTH = 32;

/** Keys that would reach an object's prototype once copied into a DTO; no legitimate request has them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonShapeFault = { kind: 'too-deep'; maxDepth: number } | { kind: 'forbidden-key'; key: string };

/**
 * One linear pass over a parsed body, with an explicit stack (recursion would overflow on the very input it must
 * refuse): the first container nested deeper than `maxDepth`, or the first prototype key, whichever comes first.
 */
export function findJsonShapeFault(root: unknown, maxDepth = MAX_JSON_DEPTH): JsonShapeFault | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, depth } = next;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'too-deep', maxDepth };
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key };
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return undefined;
}
