// Decoded KBART text to rows: `readKbartRows(text)` resolves to `{ header, rows }` once the header line is read;
// `rows` is pulled lazily (streaming, one chunk's records at a time). Problems are data on each row, never thrown.
export * from './columns';
export * from './header';
export * from './delimiter';
export { normaliseColumnName } from './normalise-name';
export * from './read-records';
export * from './read-rows';
