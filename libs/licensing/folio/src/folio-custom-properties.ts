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
import { FolioTermMapping } from './folio-migration';
import { invertFolioTermMapping } from './folio-term-mapping';

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

/**
 * The mapping read backwards (folio-term-mapping.ts): a term key's FOLIO name and the FOLIO value of each of its values.
 * A key no entry names is a term the import defined under the FOLIO name's derived key, or one defined here: it
 * exports under its own key, which the import reads back as the same key.
 */
export interface InverseTermMapping {
  folioNameOf(termKey: string): string;
  /** The FOLIO refdata value of a term's value: the one the mapping translates to it, else the value itself. */
  folioValueOf(termKey: string, value: string): string;
}

export function inverseTermMapping(mapping: FolioTermMapping): InverseTermMapping {
  const inverse = invertFolioTermMapping(mapping);
  return {
    folioNameOf: (termKey) => inverse.get(termKey)?.folioName ?? termKey,
    folioValueOf: (termKey, value) => {
      const values = inverse.get(termKey)?.values;
      return values !== undefined && Object.hasOwn(values, value) ? values[value] : value;
    },
  };
}

/** The property's definition as FOLIO's API nests it in each value (`type`): enough to define the term on import. */
function propertyDefinition(folioName: string, termKey: string, term: VocabularyTerm | undefined, inverse: InverseTermMapping): Record<string, unknown> {
  if (!term) return { name: folioName, label: folioName };
  // A choice term's options are its pick list; the permission scale and yes/no/other are FOLIO's own categories, named by type.
  const options =
    term.valueType === 'choice' ? (term.options ?? []).map((option) => ({ value: inverse.folioValueOf(termKey, option.value), label: option.label })) : [];
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

/** One value as FOLIO answers it: refdata as {value, label}, numbers and booleans as themselves, the rest as text. */
function folioContent(termKey: string, term: VocabularyTerm | undefined, value: TermValue['value'], inverse: InverseTermMapping): unknown {
  if (typeof value !== 'string' || !term || !REFDATA_TYPES.has(term.valueType)) return value;
  const label = term.valueType === 'choice' ? (term.options?.find((option) => option.value === value)?.label ?? value) : valueLabelOf(term.valueType, value);
  return { value: inverse.folioValueOf(termKey, value), label };
}

function folioValue(termKey: string, term: VocabularyTerm | undefined, value: TermValue, folioName: string, inverse: InverseTermMapping) {
  return {
    ...(value.value !== undefined && { value: folioContent(termKey, term, value.value, inverse) }),
    // As it takes effect: a value that says nothing is internal when its term's values are by default.
    internal: value.internal ?? term?.internalByDefault ?? false,
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
  // Two keys may come from one FOLIO term (a mapped value and one kept as FOLIO had it): their values go together.
  const properties = new Map<string, unknown[]>();
  for (const [termKey, entry] of Object.entries(terms).sort(([a], [b]) => byText(a, b)) as [string, TermEntry][]) {
    const term = findTerm(vocabulary, termKey);
    const folioName = inverse.folioNameOf(termKey);
    properties.set(folioName, [...(properties.get(folioName) ?? []), ...valuesOf(entry).map((value) => folioValue(termKey, term, value, folioName, inverse))]);
  }
  return Object.fromEntries([...properties].sort(([a], [b]) => byText(a, b)));
}
