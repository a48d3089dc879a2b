import { Scalar } from '@era/read-store';

/**
 * Where each JSON scalar type sorts in MongoDB's cross-type order (null and missing < numbers < strings <
 * booleans). Range operators only match values of their own type ("type bracketing"), so a keyset cursor needs
 * this to step from the last value of one type to the values of the types that sort after it.
 */
export const SCALAR_TYPE_ORDER = ['null', 'number', 'string', 'bool'] as const;
export type ScalarType = (typeof SCALAR_TYPE_ORDER)[number];

export function scalarType(value: Scalar): ScalarType {
  if (value === null) return 'null';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string') return 'string';
  return 'bool';
}

/** The scalar types strictly after (ascending) or before (descending) the type of `value`. */
export function typesBeyond(value: Scalar, direction: 'asc' | 'desc'): ScalarType[] {
  const rank = SCALAR_TYPE_ORDER.indexOf(scalarType(value));
  return direction === 'asc' ? SCALAR_TYPE_ORDER.slice(rank + 1) : SCALAR_TYPE_ORDER.slice(0, rank);
}

export function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}
