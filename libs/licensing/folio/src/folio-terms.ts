import {
  MAX_NOTE_LENGTH,
  MAX_TEXT_VALUE_LENGTH,
  PERMISSION_SCALE,
  TermDefinition,
  TermEntry,
  TermValue,
  TermValueContent,
  YES_NO_OTHER,
} from '@era/licensing-domain';
import { FOLIO_PERMISSION_VALUES, FOLIO_YES_NO_OTHER_VALUES } from './default-term-mapping';
import { FolioTermMappingEntry } from './folio-migration';
import { dateOf, field, FOLIO_LIMITS, isObject, Json, Refdata, refdataOf } from './folio-record';
import { findMappingEntry, invertFolioTermMapping, termKeyForFolioName } from './folio-term-mapping';
import { PlanContext } from './plan-context';

/** One FOLIO custom-property value as read: its content, notes and internal flag, and FOLIO's type for it. */
interface RawValue {
  path: string;
  content: unknown;
  refdata?: Refdata;
  folioType?: string;
  definition?: Json;
  internal?: boolean;
  note?: string;
  publicNote?: string;
}

/** FOLIO's custom-property class, short: com.k_int.web.toolkit.custprops.types.CustomPropertyRefdata → Refdata. */
function folioTypeOf(type: unknown): { folioType?: string; definition?: Json } {
  const className = typeof type === 'string' ? type : isObject(type) ? field(type, 'type') : undefined;
  const definition = isObject(type) ? type : undefined;
  if (typeof className !== 'string' || className.length > 200) return { definition };
  const short = className.slice(className.lastIndexOf('.') + 1).replace('CustomProperty', '');
  return { folioType: short, definition };
}

/** FOLIO's "Other" in older tenants is `other`: read as yes-no-other `other` too. */
const YES_NO_OTHER_READ: Readonly<Record<string, string>> = { ...FOLIO_YES_NO_OTHER_VALUES, other: 'other' };

function readValue(raw: unknown, path: string): RawValue | { problem: string } {
  if (!isObject(raw)) return { problem: 'a term value must be an object {value, note?, publicNote?, internal?}' };
  const { folioType, definition } = folioTypeOf(field(raw, 'type'));
  const content = field(raw, 'value');
  const refdata = isObject(content) || (folioType === 'Refdata' && typeof content === 'string') ? refdataOf(content) : undefined;
  const internal = field(raw, 'internal');
  const notes: Record<string, string> = {};
  for (const name of ['note', 'publicNote'] as const) {
    const note = field(raw, name);
    if (note === undefined || note === null) continue;
    if (typeof note !== 'string') return { problem: `its ${name} must be text` };
    if (note.length > MAX_NOTE_LENGTH) return { problem: `its ${name} is longer than ${MAX_NOTE_LENGTH} characters` };
    if (note.trim()) notes[name] = note.trim();
  }
  return {
    path,
    content,
    ...(refdata && { refdata }),
    ...(folioType !== undefined && { folioType }),
    ...(definition && { definition }),
    ...(typeof internal === 'boolean' && { internal }),
    ...notes,
  };
}

const inTable = (table: Readonly<Record<string, string>>, raws: readonly RawValue[]) =>
  raws.every((raw) => raw.refdata && Object.hasOwn(table, raw.refdata.value));

/** The term an import defines for a FOLIO term no mapping entry names, from FOLIO's type and the values this record holds. */
/** A range a definition states ({min?, max?} of whole numbers), as our export writes it; anything else states none. */
function statedRange(range: unknown): { min?: number; max?: number } | undefined {
  if (typeof range !== 'object' || range === null || Array.isArray(range)) return undefined;
  const bound = (name: string) => {
    const value = field(range as Record<string, unknown>, name);
    return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
  };
  const min = bound('min');
  const max = bound('max');
  if (min !== undefined && max !== undefined && min > max) return undefined;
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

function derivedDefinition(key: string, folioName: string, raws: readonly RawValue[]): TermDefinition | { problem: string } {
  const first = raws[0];
  const label =
    (typeof field(first.definition ?? {}, 'label') === 'string' &&
      String(field(first.definition ?? {}, 'label'))
        .trim()
        .slice(0, 200)) ||
    folioName;
  const description = field(first.definition ?? {}, 'description');
  const defaultInternal = field(first.definition ?? {}, 'defaultInternal');
  const contents = raws.map((raw) => raw.content);
  const type =
    first.folioType ??
    (first.refdata
      ? 'Refdata'
      : typeof first.content === 'boolean'
        ? 'Boolean'
        : typeof first.content === 'number'
          ? Number.isInteger(first.content)
            ? 'Integer'
            : 'Decimal'
          : 'Text');
  const common = {
    key,
    label,
    category: 'FOLIO',
    ...(typeof description === 'string' && description.trim() && { description: description.trim().slice(0, 4000) }),
    // A definition says so when this record happens to hold one value of a term that takes several (our own export does).
    ...((raws.length > 1 || field(first.definition ?? {}, 'multiple') === true) && { multiple: true }),
    ...(typeof defaultInternal === 'boolean' && { internalByDefault: defaultInternal }),
  };
  const stated = statedRange(field(first.definition ?? {}, 'range'));
  switch (type) {
    case 'Text':
      return { ...common, valueType: 'text' };
    case 'Integer': {
      const least = Math.min(...contents.filter((content): content is number => typeof content === 'number'));
      if (stated) return { ...common, valueType: 'integer', range: stated };
      return { ...common, valueType: 'integer', ...(least < 0 && { range: { min: least } }) };
    }
    case 'Decimal':
      return { ...common, valueType: 'decimal', ...(stated && { range: stated }) };
    case 'Boolean':
      return { ...common, valueType: 'boolean' };
    case 'Date':
      return { ...common, valueType: 'date' };
    case 'Refdata':
    case 'MultiRefdata': {
      if (inTable(FOLIO_PERMISSION_VALUES, raws)) return { ...common, valueType: 'permission' };
      if (inTable(YES_NO_OTHER_READ, raws)) return { ...common, valueType: 'yes-no-other' };
      // FOLIO's definition lists its pick list's values (type.category.values): all of them become options, so that a
      // later licence's other value is not refused; failing that, the values this record holds.
      const options = new Map<string, string>();
      const category = first.definition ? field(first.definition, 'category') : undefined;
      const listed = isObject(category) ? field(category, 'values') : undefined;
      if (Array.isArray(listed) && listed.length <= 200) {
        for (const item of listed) {
          const option = refdataOf(item);
          if (option) options.set(option.value, option.label);
        }
      }
      for (const raw of raws) if (raw.refdata) options.set(raw.refdata.value, raw.refdata.label);
      return { ...common, valueType: 'choice', options: [...options].map(([value, optionLabel]) => ({ value, label: optionLabel })) };
    }
    default:
      return { problem: `FOLIO term type ${type} has no value type here: map ${folioName} in the mapping file` };
  }
}

/** The content a value of the term takes, or why it cannot; undefined content is an empty value (its note carries the meaning). */
function contentFor(term: TermDefinition, raw: RawValue, mapped: string | undefined): { content: TermValueContent | undefined } | { problem: string } {
  const { content, refdata } = raw;
  const empty = content === undefined || content === null || (typeof content === 'string' && !content.trim());
  if (empty) return raw.note || raw.publicNote ? { content: undefined } : { problem: 'an empty value with no note says nothing to keep' };
  const got = refdata ? `"${refdata.label}"` : JSON.stringify(content);
  const wrong = (expected: string) => ({ problem: `term ${term.key} takes ${expected}; FOLIO has ${got}` });
  const inRange = (value: number) => (term.range?.min === undefined || value >= term.range.min) && (term.range?.max === undefined || value <= term.range.max);
  switch (term.valueType) {
    case 'permission':
      return mapped !== undefined && (PERMISSION_SCALE as readonly string[]).includes(mapped)
        ? { content: mapped }
        : refdata && Object.hasOwn(FOLIO_PERMISSION_VALUES, refdata.value)
          ? { content: FOLIO_PERMISSION_VALUES[refdata.value] }
          : wrong('a permission');
    case 'yes-no-other': {
      const value =
        mapped ?? (refdata ? YES_NO_OTHER_READ[refdata.value] : typeof content === 'string' ? YES_NO_OTHER_READ[content.trim().toLowerCase()] : undefined);
      return value !== undefined && (YES_NO_OTHER as readonly string[]).includes(value) ? { content: value } : wrong('yes, no or other');
    }
    case 'choice': {
      const value = mapped ?? refdata?.value;
      return value !== undefined && (term.options ?? []).some((option) => option.value === value)
        ? { content: value }
        : wrong(`one of its options (${(term.options ?? []).map((option) => option.value).join(', ')})`);
    }
    case 'text':
    case 'url': {
      const text = refdata ? refdata.label : typeof content === 'string' ? content.trim() : undefined;
      return text !== undefined && text.length <= MAX_TEXT_VALUE_LENGTH ? { content: text } : wrong(`text of at most ${MAX_TEXT_VALUE_LENGTH} characters`);
    }
    case 'integer':
      return typeof content === 'number' && Number.isSafeInteger(content) && inRange(content)
        ? { content }
        : wrong(`a whole number${term.range ? ` within ${JSON.stringify(term.range)}` : ''}`);
    case 'decimal':
      return typeof content === 'number' && Number.isFinite(content) && inRange(content) ? { content } : wrong('a number');
    case 'boolean':
      return typeof content === 'boolean' ? { content } : content === 'true' || content === 'false' ? { content: content === 'true' } : wrong('true or false');
    case 'date': {
      const date = dateOf(content);
      return date !== undefined ? { content: date } : wrong('a date YYYY-MM-DD');
    }
    case 'duration':
      return typeof content === 'string' && content.trim() ? { content: content.trim() } : wrong('an ISO-8601 duration');
  }
}

/** The value as the version records it: internal said only where it differs from what the term would assume. */
function termValueOf(term: TermDefinition, raw: RawValue, content: TermValueContent | undefined): TermValue {
  const internal = raw.internal === true ? true : raw.internal === false && term.internalByDefault ? false : undefined;
  return {
    ...(content !== undefined && { value: content }),
    ...(internal !== undefined && { internal }),
    ...(raw.note !== undefined && { internalNote: raw.note }),
    ...(raw.publicNote !== undefined && { publicNote: raw.publicNote }),
  };
}

interface Target {
  raw: RawValue;
  key: string;
  mapped?: string;
  via: string;
}

/** Which term each value of one FOLIO term goes to: the mapping's entry, its `otherwise` term, or a term derived from FOLIO's name. */
function targetsOf(ctx: PlanContext, folioName: string, raws: readonly RawValue[]): Target[] {
  const entry: FolioTermMappingEntry | undefined = findMappingEntry(ctx.mapping, folioName);
  const targets: Target[] = [];
  const ensure = (key: string, definition: TermDefinition | undefined, path: string): boolean => {
    if (ctx.term(key)) return true;
    if (!definition) {
      ctx.refuse(path, `the mapping sends FOLIO ${folioName} to term ${key}, which is not in the vocabulary and which the mapping does not define`);
      return false;
    }
    ctx.defineTerm(definition);
    return true;
  };
  if (entry) {
    for (const raw of raws) {
      const table = entry.values;
      if (!table) {
        if (ensure(entry.termKey, entry.define && { key: entry.termKey, ...entry.define }, raw.path)) targets.push({ raw, key: entry.termKey, via: 'mapping' });
      } else if (raw.refdata && Object.hasOwn(table, raw.refdata.value)) {
        if (ensure(entry.termKey, entry.define && { key: entry.termKey, ...entry.define }, raw.path)) {
          targets.push({ raw, key: entry.termKey, mapped: table[raw.refdata.value], via: 'mapping' });
        }
      } else if (entry.otherwise) {
        if (ensure(entry.otherwise.termKey, { key: entry.otherwise.termKey, ...entry.otherwise.define }, raw.path)) {
          targets.push({ raw, key: entry.otherwise.termKey, via: `kept as FOLIO has it: ${entry.termKey} has no counterpart` });
        }
      } else {
        const label = raw.refdata?.label ?? JSON.stringify(raw.content);
        ctx.refuse(
          raw.path,
          `FOLIO ${folioName} ${label} has no counterpart in term ${entry.termKey} (the mapping translates ${Object.keys(table).join(', ')})`,
        );
      }
    }
    return targets;
  }
  const key = termKeyForFolioName(folioName);
  const inverse = invertFolioTermMapping(ctx.mapping);
  if (key === undefined || inverse.has(key)) {
    const why = key === undefined ? 'makes no term key' : `makes the term key ${key}, which the mapping gives FOLIO ${inverse.get(key)?.folioName}`;
    for (const raw of raws) ctx.refuse(raw.path, `FOLIO term name ${folioName} ${why}: map it in the mapping file`);
    return [];
  }
  if (!ctx.term(key)) {
    const definition = derivedDefinition(key, folioName, raws);
    if ('problem' in definition) {
      for (const raw of raws) ctx.refuse(raw.path, definition.problem);
      return [];
    }
    ctx.defineTerm(definition);
  }
  return raws.map((raw) => ({ raw, key, via: 'FOLIO name' }));
}

const describe = (value: TermValue): string =>
  [
    value.value === undefined ? 'no value' : JSON.stringify(value.value),
    value.internal === true ? 'internal' : undefined,
    value.internalNote !== undefined ? 'note' : undefined,
    value.publicNote !== undefined ? 'public note' : undefined,
  ]
    .filter(Boolean)
    .join(', ');

/**
 * One version's term values from FOLIO's customProperties: each value mapped, defined or refused (with its path), the
 * terms the import needs defined on the way. `component` tags the report lines (term:<version>:<key>).
 */
export function planTerms(ctx: PlanContext, customProperties: unknown, path: string, versionId: string): Record<string, TermEntry> {
  if (customProperties === undefined || customProperties === null) return {};
  if (!isObject(customProperties)) {
    ctx.refuse(path, 'customProperties must be an object of term values by FOLIO term name');
    return {};
  }
  const names = Object.keys(customProperties);
  if (names.length > FOLIO_LIMITS.termNames) {
    ctx.refuse(path, `${names.length} terms, more than the ${FOLIO_LIMITS.termNames} an import reads`);
    return {};
  }
  const terms: Record<string, TermValue[]> = {};
  for (const folioName of names) {
    const given = customProperties[folioName];
    const list = Array.isArray(given) ? given : [given];
    if (list.length > FOLIO_LIMITS.valuesPerTerm) {
      ctx.refuse(`${path}.${folioName}`, `${list.length} values, more than the ${FOLIO_LIMITS.valuesPerTerm} an import reads`);
      continue;
    }
    const raws: RawValue[] = [];
    list.forEach((item, index) => {
      const valuePath = `${path}.${folioName}[${index}]`;
      const read = readValue(item, valuePath);
      if ('problem' in read) ctx.refuse(valuePath, read.problem);
      else raws.push(read);
    });
    if (raws.length === 0) continue;
    for (const { raw, key, mapped, via } of targetsOf(ctx, folioName, raws)) {
      const term = ctx.term(key);
      if (!term) continue;
      const converted = contentFor(term, raw, mapped);
      if ('problem' in converted) {
        ctx.refuse(raw.path, converted.problem);
        continue;
      }
      const value = termValueOf(term, raw, converted.content);
      if (terms[key] && !term.multiple) {
        ctx.refuse(raw.path, `term ${key} takes one value and FOLIO ${folioName} has several: define ${key} to allow several (multiple) to keep them`);
        continue;
      }
      (terms[key] ??= []).push(value);
      const outcome = ctx.definesTerm(key) ? 'defined' : 'mapped';
      ctx.line(
        raw.path,
        outcome,
        `${key} = ${describe(value)} (${via}${outcome === 'defined' ? `; term ${key} defined by this import` : ''})`,
        `term:${versionId}:${key}`,
      );
    }
  }
  return Object.fromEntries(Object.entries(terms).map(([key, values]) => [key, ctx.term(key)?.multiple ? values : values[0]]));
}
