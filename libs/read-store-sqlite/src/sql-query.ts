import { decodeCursor, FieldCondition, FindQuery, InvalidQueryError, Scalar } from '@era/read-store';

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/** SQLite has no booleans: JSON true/false read back through json_extract as 1/0. */
const param = (value: Scalar): unknown => (typeof value === 'boolean' ? Number(value) : value);

export const fieldExpression = (field: string): string => (field === 'id' ? 'id' : `json_extract(doc, '$.${assertFieldName(field)}')`);

export function assertFieldName(field: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(field)) throw new InvalidQueryError(`invalid field name ${field}`);
  return field;
}

function condition(field: string, value: FieldCondition): SqlFragment[] {
  const expr = fieldExpression(field);
  if (value === null) return [{ sql: `${expr} IS NULL`, params: [] }];
  if (typeof value !== 'object') return [{ sql: `${expr} = ?`, params: [param(value)] }];
  const parts: SqlFragment[] = [];
  const ops: [keyof typeof value, string][] = [
    ['gt', '>'],
    ['gte', '>='],
    ['lt', '<'],
    ['lte', '<='],
  ];
  for (const [key, op] of ops) {
    if (value[key] !== undefined) parts.push({ sql: `${expr} ${op} ?`, params: [param(value[key] as Scalar)] });
  }
  if (value.in !== undefined) {
    parts.push(value.in.length === 0 ? { sql: '0', params: [] } : { sql: `${expr} IN (${value.in.map(() => '?').join(', ')})`, params: value.in.map(param) });
  }
  return parts;
}

/** WHERE, ORDER BY and keyset-pagination clauses for a find; the caller adds LIMIT. */
export function translateFind(query: FindQuery): { where: SqlFragment; orderBy: string } {
  const parts = Object.entries(query.where ?? {}).flatMap(([field, value]) => condition(field, value));
  const sortField = query.sort?.field ?? 'id';
  const descending = query.sort?.direction === 'desc';
  const cmp = descending ? '<' : '>';
  const dir = descending ? 'DESC' : 'ASC';
  const sortExpr = fieldExpression(sortField);
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    parts.push(
      sortField === 'id'
        ? { sql: `id ${cmp} ?`, params: [after.id] }
        : { sql: `(${sortExpr} ${cmp} ? OR (${sortExpr} IS ? AND id ${cmp} ?))`, params: [param(after.value), param(after.value), after.id] },
    );
  }
  const where = parts.length === 0 ? { sql: '1', params: [] } : { sql: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params) };
  const orderBy = sortField === 'id' ? `id ${dir}` : `${sortExpr} ${dir}, id ${dir}`;
  return { where, orderBy };
}
