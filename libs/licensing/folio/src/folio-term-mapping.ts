import {
  AMENDMENT_EFFECTS,
  isTermKey,
  LICENCE_LIFECYCLES,
  LICENCE_LISTS,
  PERMISSION_SCALE,
  TERM_VALUE_TYPES,
  TermDefinition,
  YES_NO_OTHER,
} from '@era/licensing-domain';
import { FolioTermDefinition, FolioTermMapping, FolioTermMappingEntry } from './folio-migration';

/** A mapping file holds at most this many entries and each name at most this many characters. */
export const MAX_MAPPING_ENTRIES = 500;
export const MAX_FOLIO_NAME_LENGTH = 100;

/**
 * The term key the import gives a FOLIO term that no mapping entry names: its camelCase name in kebab-case
 * (licenseLocation → license-location, authIP → auth-ip). undefined when that is no term key (too long, no letter first).
 */
export function termKeyForFolioName(folioName: string): string | undefined {
  if (folioName.length > MAX_FOLIO_NAME_LENGTH) return undefined;
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < folioName.length; i += 1) {
    const char = folioName[i];
    const lower = char.toLowerCase();
    const isUpper = char !== lower;
    const isAlnum = (lower >= 'a' && lower <= 'z') || (char >= '0' && char <= '9');
    if (!isAlnum) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    // A word starts at an upper-case letter after a lower-case one or a digit, or at the last capital of a run before a lower-case letter (APCAnd → apc-and).
    const previous = folioName[i - 1] ?? '';
    const next = folioName[i + 1] ?? '';
    const previousIsLowerOrDigit = previous !== previous.toUpperCase() || (previous >= '0' && previous <= '9');
    const runEnds = previous !== previous.toLowerCase() && next !== next.toUpperCase();
    if (isUpper && word && (previousIsLowerOrDigit || runEnds)) {
      words.push(word);
      word = '';
    }
    word += lower;
  }
  if (word) words.push(word);
  const key = words.join('-');
  return isTermKey(key) ? key : undefined;
}

/** The FOLIO name a derived term key exports as (license-location → licenseLocation). */
export const folioNameOfDerivedKey = (termKey: string): string => termKey.replace(/-([a-z0-9])/g, (_match, char: string) => char.toUpperCase());

export function findMappingEntry(mapping: FolioTermMapping, folioName: string): FolioTermMappingEntry | undefined {
  return mapping.terms.find((entry) => entry.folioName === folioName);
}

/** For the export: which FOLIO term and value a term key's value came from. */
export interface FolioTermSource {
  folioName: string;
  /** Term value → FOLIO refdata value; absent when values pass through unchanged. */
  values?: Readonly<Record<string, string>>;
}

/**
 * The mapping read backwards, term key → FOLIO name and value: the mapped key, and the `otherwise` key (whose values
 * are FOLIO's own, passed through). Keys no entry names are derived keys: folioNameOfDerivedKey.
 */
export function invertFolioTermMapping(mapping: FolioTermMapping): ReadonlyMap<string, FolioTermSource> {
  const inverse = new Map<string, FolioTermSource>();
  for (const entry of mapping.terms) {
    const values = entry.values && Object.fromEntries(Object.entries(entry.values).map(([folio, ours]) => [ours, folio]));
    inverse.set(entry.termKey, { folioName: entry.folioName, ...(values && { values }) });
    if (entry.otherwise) inverse.set(entry.otherwise.termKey, { folioName: entry.folioName });
  }
  return inverse;
}

/** The FOLIO term name of a term key under a mapping (the export's way back). */
export function folioNameForTermKey(mapping: FolioTermMapping, termKey: string): string {
  return invertFolioTermMapping(mapping).get(termKey)?.folioName ?? folioNameOfDerivedKey(termKey);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function definitionProblems(define: unknown, where: string): string[] {
  if (!isRecord(define)) return [`${where} must be an object {label, valueType, …}`];
  const problems: string[] = [];
  if (typeof define.label !== 'string' || !define.label.trim() || define.label.length > 200)
    problems.push(`${where}.label must be text of 1 to 200 characters`);
  if (typeof define.valueType !== 'string' || !(TERM_VALUE_TYPES as readonly string[]).includes(define.valueType)) {
    problems.push(`${where}.valueType must be one of ${TERM_VALUE_TYPES.join(', ')}`);
  }
  for (const field of ['description', 'category'] as const) {
    if (define[field] !== undefined && (typeof define[field] !== 'string' || define[field].length > 4000)) problems.push(`${where}.${field} must be text`);
  }
  if (define.multiple !== undefined && typeof define.multiple !== 'boolean') problems.push(`${where}.multiple must be true or false`);
  if (define.internalByDefault !== undefined && typeof define.internalByDefault !== 'boolean')
    problems.push(`${where}.internalByDefault must be true or false`);
  if (define.range !== undefined) {
    const range = define.range;
    if (!isRecord(range) || Object.values(range).some((bound) => typeof bound !== 'number' || !Number.isFinite(bound))) {
      problems.push(`${where}.range must be {min?, max?} of numbers`);
    }
  }
  if (define.options !== undefined) {
    const options = define.options;
    if (
      !Array.isArray(options) ||
      options.length > 200 ||
      options.some((option) => !isRecord(option) || typeof option.value !== 'string' || typeof option.label !== 'string')
    ) {
      problems.push(`${where}.options must be a list of at most 200 {value, label}`);
    }
  }
  return problems;
}

/** The values a term of this type takes, where they are a closed list (so a mapping table can be checked against it). */
function closedValues(definition: Pick<TermDefinition, 'valueType' | 'options'> | undefined): readonly string[] | undefined {
  if (!definition) return undefined;
  if (definition.valueType === 'permission') return PERMISSION_SCALE;
  if (definition.valueType === 'yes-no-other') return YES_NO_OTHER;
  if (definition.valueType === 'choice') return (definition.options ?? []).map((option) => option.value);
  return undefined;
}

const isTableOf = (value: unknown, allowed: readonly string[]): value is Record<string, string> =>
  isRecord(value) &&
  Object.keys(value).length <= MAX_MAPPING_ENTRIES &&
  Object.values(value).every((item) => typeof item === 'string' && allowed.includes(item));

/** The mapping's list tables: FOLIO values → list keys, status lifecycles, amendment status effects. */
function tablesOf(json: Record<string, unknown>, problems: string[]): Pick<FolioTermMapping, 'listKeys' | 'statusLifecycles' | 'amendmentStatusEffects'> {
  const tables: { -readonly [K in 'listKeys' | 'statusLifecycles' | 'amendmentStatusEffects']?: FolioTermMapping[K] } = {};
  const { listKeys, statusLifecycles, amendmentStatusEffects } = json;
  if (listKeys !== undefined) {
    const valid =
      isRecord(listKeys) &&
      Object.entries(listKeys).every(
        ([list, table]) => (LICENCE_LISTS as readonly string[]).includes(list) && isRecord(table) && Object.values(table).every((key) => isTermKey(key)),
      );
    if (valid) tables.listKeys = listKeys as FolioTermMapping['listKeys'];
    else problems.push(`listKeys must map a list (${LICENCE_LISTS.join(', ')}) to {FOLIO value: kebab-case key}`);
  }
  if (statusLifecycles !== undefined) {
    if (isTableOf(statusLifecycles, LICENCE_LIFECYCLES)) tables.statusLifecycles = statusLifecycles as FolioTermMapping['statusLifecycles'];
    else problems.push(`statusLifecycles must map FOLIO status values to one of ${LICENCE_LIFECYCLES.join(', ')}`);
  }
  if (amendmentStatusEffects !== undefined) {
    if (isTableOf(amendmentStatusEffects, AMENDMENT_EFFECTS))
      tables.amendmentStatusEffects = amendmentStatusEffects as FolioTermMapping['amendmentStatusEffects'];
    else problems.push(`amendmentStatusEffects must map FOLIO amendment status values to one of ${AMENDMENT_EFFECTS.join(', ')}`);
  }
  return tables;
}

/**
 * A mapping as a librarian wrote it (the JSON file the CLI is given), checked: shapes and sizes, term keys, no FOLIO
 * name or term key twice, and every value table one-to-one (so the export can invert it). `knownTerms` (the
 * vocabulary's definitions, by key) lets the tables' values be checked against the terms they fill.
 */
export function checkFolioTermMapping(
  json: unknown,
  knownTerms: (key: string) => Pick<TermDefinition, 'valueType' | 'options'> | undefined = () => undefined,
): { mapping: FolioTermMapping; problems: [] } | { mapping?: undefined; problems: string[] } {
  if (!isRecord(json) || !Array.isArray(json.terms)) return { problems: ['the mapping must be an object {"terms": [ … ]}'] };
  if (json.terms.length > MAX_MAPPING_ENTRIES) return { problems: [`the mapping has more than ${MAX_MAPPING_ENTRIES} entries`] };
  const problems: string[] = [];
  const names = new Set<string>();
  const keys = new Set<string>();
  const entries: FolioTermMappingEntry[] = [];
  json.terms.forEach((raw: unknown, index: number) => {
    const where = `terms[${index}]`;
    if (!isRecord(raw)) {
      problems.push(`${where} must be an object {folioName, termKey, values?, define?, otherwise?}`);
      return;
    }
    const { folioName, termKey, values, define, otherwise } = raw;
    if (typeof folioName !== 'string' || !folioName || folioName.length > MAX_FOLIO_NAME_LENGTH) {
      problems.push(`${where}.folioName must be text of 1 to ${MAX_FOLIO_NAME_LENGTH} characters`);
      return;
    }
    if (!isTermKey(termKey)) {
      problems.push(`${where}.termKey ${JSON.stringify(termKey)} must be a term key (kebab-case, e.g. ill-electronic)`);
      return;
    }
    if (names.has(folioName)) problems.push(`${where}: FOLIO term ${folioName} is mapped twice`);
    names.add(folioName);
    const entryProblems: string[] = [];
    if (define !== undefined) entryProblems.push(...definitionProblems(define, `${where}.define`));
    let table: Record<string, string> | undefined;
    if (values !== undefined) {
      if (!isRecord(values) || Object.values(values).some((value) => typeof value !== 'string')) {
        entryProblems.push(`${where}.values must map FOLIO values to term values (text)`);
      } else {
        table = values as Record<string, string>;
        const produced = Object.values(table);
        const twice = produced.filter((value, i) => produced.indexOf(value) !== i);
        if (twice.length > 0) entryProblems.push(`${where}.values maps two FOLIO values to ${twice.join(', ')}: the export could not tell them apart`);
        const closed = closedValues((define as FolioTermDefinition | undefined) ?? knownTerms(termKey));
        const foreign = closed ? produced.filter((value) => !closed.includes(value)) : [];
        if (foreign.length > 0) entryProblems.push(`${where}.values produces ${foreign.join(', ')}, which term ${termKey} does not take`);
      }
    }
    let fallback: FolioTermMappingEntry['otherwise'];
    if (otherwise !== undefined) {
      if (!isRecord(otherwise) || !isTermKey(otherwise.termKey)) entryProblems.push(`${where}.otherwise must be {termKey, define}`);
      else {
        entryProblems.push(...definitionProblems(otherwise.define, `${where}.otherwise.define`));
        fallback = { termKey: otherwise.termKey, define: otherwise.define as FolioTermDefinition };
      }
    }
    for (const key of [termKey, ...(fallback ? [fallback.termKey] : [])]) {
      if (keys.has(key)) entryProblems.push(`${where}: term key ${key} is the target of two FOLIO terms: the export could not tell them apart`);
      keys.add(key);
    }
    problems.push(...entryProblems);
    if (entryProblems.length === 0) {
      entries.push({
        folioName,
        termKey,
        ...(table && { values: table }),
        ...(define !== undefined && { define: define as FolioTermDefinition }),
        ...(fallback && { otherwise: fallback }),
      });
    }
  });
  const tables = tablesOf(json, problems);
  return problems.length > 0 ? { problems } : { mapping: { terms: entries, ...tables }, problems: [] };
}
