import {
  byText,
  findTerm,
  TermEntry,
  TermValue,
  TermValues,
  TermValueType,
  valueLabelOf,
  valuesOf,
  VocabularyState,
  VocabularyTerm,
} from '@era/licensing-domain';
import { FolioTermMapping, FolioTermMappingEntry } from './folio-migration';

/** FOLIO's custom property classes (web-toolkit), by the value type of the term. */
const FOLIO_PROPERTY_TYPES: Readonly<Record<TermValueType, string>> = {
  permission: 'com.k_int.web.toolkit.custprops.types.CustomPropertyRefdata',
  'yes-no-other': 'com.k_int.web.toolkit.custprops.types.CustomPropertyRefdata',
  choice: 'com.k_int.web.toolkit.custprops.types.CustomPropertyRefdata',
  integer: 'com.k_int.web.toolkit.custprops.types.CustomPropertyInteger',
  decimal: 'com.k_int.web.toolkit.custprops.types.CustomPropertyDecimal',
  boolean: 'com.k_int.web.toolkit.custprops.types.CustomPropertyBoolean',
  text: 'com.k_int.web.toolkit.custprops.types.CustomPropertyText',
  url: 'com.k_int.web.toolkit.custprops.types.CustomPropertyText',
  duration: 'com.k_int.web.toolkit.custprops.types.CustomPropertyText',
  date: 'com.k_int.web.toolkit.custprops.types.CustomPropertyLocalDate',
};

const REFDATA_TYPES: ReadonlySet<TermValueType> = new Set(['permission', 'yes-no-other', 'choice']);

/** The mapping read backwards: a term key's FOLIO name (the first entry naming the key) and its value translations. */
export interface InverseTermMapping {
  folioNameOf(termKey: string): string;
  /** The FOLIO refdata value for a term's value: the first FOLIO value the mapping translates to it, else the value itself. */
  folioValueOf(termKey: string, value: string): string;
}

export function inverseTermMapping(mapping: FolioTermMapping): InverseTermMapping {
  const byKey = new Map<string, FolioTermMappingEntry>();
  for (const entry of mapping.terms) if (!byKey.has(entry.termKey)) byKey.set(entry.termKey, entry);
  return {
    folioNameOf: (termKey) => byKey.get(termKey)?.folioName ?? termKey,
    folioValueOf: (termKey, value) => {
      const translations = Object.entries(byKey.get(termKey)?.values ?? {});
      return translations.find(([, termValue]) => termValue === value)?.[0] ?? value;
    },
  };
}

/** The property's definition as FOLIO's API nests it in each value (`type`): enough to define the term on import. */
function propertyDefinition(folioName: string, termKey: string, term: VocabularyTerm | undefined, inverse: InverseTermMapping): Record<string, unknown> {
  if (!term) return { name: folioName, label: folioName };
  const options =
    term.valueType === 'permission' || term.valueType === 'yes-no-other' || term.valueType === 'choice' ? refdataOptions(termKey, term, inverse) : [];
  return {
    name: folioName,
    label: term.label,
    ...(term.description !== undefined && { description: term.description }),
    ...(term.category !== undefined && { termCategory: term.category }),
    type: FOLIO_PROPERTY_TYPES[term.valueType],
    valueType: term.valueType,
    ...(options.length > 0 && { category: { values: options } }),
    ...(term.multiple === true && { multiple: true }),
    ...(term.range !== undefined && {
      range: { ...(term.range.min !== undefined && { min: term.range.min }), ...(term.range.max !== undefined && { max: term.range.max }) },
    }),
    defaultInternal: term.internalByDefault === true,
  };
}

function refdataOptions(termKey: string, term: VocabularyTerm, inverse: InverseTermMapping): { value: string; label: string }[] {
  const values =
    term.valueType === 'choice'
      ? (term.options ?? []).map((option) => ({ value: option.value, label: option.label }))
      : (term.valueType === 'permission' ? PERMISSION_VALUES : YES_NO_OTHER_VALUES).map((value) => ({ value, label: valueLabelOf(term.valueType, value) }));
  return values.map(({ value, label }) => ({ value: inverse.folioValueOf(termKey, value), label }));
}

const PERMISSION_VALUES = [
  'permitted-explicit',
  'permitted-explicit-under-conditions',
  'permitted-interpreted',
  'prohibited-explicit',
  'prohibited-interpreted',
  'silent',
  'not-applicable',
];
const YES_NO_OTHER_VALUES = ['yes', 'no', 'other'];

/** One value as FOLIO answers it: refdata as {value, label}, numbers and booleans as themselves, the rest as text. */
function folioContent(termKey: string, term: VocabularyTerm | undefined, value: TermValue['value'], inverse: InverseTermMapping): unknown {
  if (typeof value !== 'string' || !term || !REFDATA_TYPES.has(term.valueType)) return value;
  const label = term.valueType === 'choice' ? (term.options?.find((option) => option.value === value)?.label ?? value) : valueLabelOf(term.valueType, value);
  return { value: inverse.folioValueOf(termKey, value), label };
}

function folioValue(termKey: string, term: VocabularyTerm | undefined, value: TermValue, folioName: string, inverse: InverseTermMapping) {
  return {
    ...(value.value !== undefined && { value: folioContent(termKey, term, value.value, inverse) }),
    internal: value.internal === true,
    ...(value.internalNote !== undefined && { note: value.internalNote }),
    ...(value.publicNote !== undefined && { publicNote: value.publicNote }),
    type: propertyDefinition(folioName, termKey, term, inverse),
  };
}

/**
 * A version's terms as FOLIO's customProperties: by FOLIO name (the mapping read backwards; a term the mapping does not
 * name keeps its own key), in name order, each an array of values (one for a single-valued term). Internal values are
 * included, marked internal, as FOLIO answers licence staff.
 */
export function folioCustomProperties(terms: TermValues, vocabulary: VocabularyState, inverse: InverseTermMapping): Record<string, unknown[]> {
  const properties = Object.entries(terms).map(([termKey, entry]: [string, TermEntry]) => {
    const term = findTerm(vocabulary, termKey);
    const folioName = inverse.folioNameOf(termKey);
    return [folioName, valuesOf(entry).map((value) => folioValue(termKey, term, value, folioName, inverse))] as const;
  });
  return Object.fromEntries(properties.sort(([a], [b]) => byText(a, b)));
}
