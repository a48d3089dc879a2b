import { DEFAULT_LICENCE_TERMS, defaultVocabulary, findTerm } from '@era/licensing-domain';
import { DEFAULT_FOLIO_TERM_MAPPING } from './default-term-mapping';
import { checkFolioTermMapping, findMappingEntry, folioNameForTermKey, invertFolioTermMapping, termKeyForFolioName } from './folio-term-mapping';

const defaultKeys = new Set(DEFAULT_LICENCE_TERMS.map((term) => term.key));

describe('the default FOLIO term mapping', () => {
  it('passes its own check against the default vocabulary (shapes, keys, one-to-one value tables, values the terms take)', () => {
    const checked = checkFolioTermMapping(DEFAULT_FOLIO_TERM_MAPPING, (key) => findTerm(defaultVocabulary, key));
    expect(checked.problems).toEqual([]);
  });

  it('maps onto default terms only where it defines nothing, and defines only keys the defaults lack', () => {
    for (const entry of DEFAULT_FOLIO_TERM_MAPPING.terms) {
      expect([entry.folioName, defaultKeys.has(entry.termKey)]).toEqual([entry.folioName, entry.define === undefined]);
      if (entry.otherwise) expect(defaultKeys.has(entry.otherwise.termKey)).toBe(false);
    }
  });

  it('inverts every value it produces to the FOLIO value it came from', () => {
    const inverse = invertFolioTermMapping(DEFAULT_FOLIO_TERM_MAPPING);
    for (const entry of DEFAULT_FOLIO_TERM_MAPPING.terms) {
      expect(folioNameForTermKey(DEFAULT_FOLIO_TERM_MAPPING, entry.termKey)).toBe(entry.folioName);
      for (const [folioValue, ours] of Object.entries(entry.values ?? {})) expect(inverse.get(entry.termKey)?.values?.[ours]).toBe(folioValue);
      if (entry.otherwise) expect(folioNameForTermKey(DEFAULT_FOLIO_TERM_MAPPING, entry.otherwise.termKey)).toBe(entry.folioName);
    }
  });

  it.each([
    // "Access restricted to on-campus/campus network?": a yes restricts, so remote access is prohibited.
    ['remoteAccess', 'yes', 'remote-access', 'prohibited-explicit'],
    ['remoteAccess', 'no', 'remote-access', 'permitted-explicit'],
    // "Walk-in access permitted?" answered Yes/No onto the permission scale.
    ['walkInAccess', 'yes', 'walk-in-access', 'permitted-explicit'],
    ['walkInAccess', 'no', 'walk-in-access', 'prohibited-explicit'],
    ['illElectronic', 'unmentioned', 'ill-electronic', 'silent'],
    ['textAndDataMining', 'permitted_(explicit)_under_conditions', 'text-and-data-mining', 'permitted-explicit-under-conditions'],
    ['postCancellationAccess', 'other_(see_notes)', 'post-cancellation-terms', 'other'],
  ])('maps FOLIO %s %s to %s %s', (folioName, folioValue, termKey, value) => {
    const entry = findMappingEntry(DEFAULT_FOLIO_TERM_MAPPING, folioName);
    expect(entry?.termKey).toBe(termKey);
    expect(entry?.values?.[folioValue]).toBe(value);
  });

  it.each(['walkInAccess', 'remoteAccess'])('keeps %s "Other (see notes)" under a term the import defines, not guessed into a permission', (folioName) => {
    const entry = findMappingEntry(DEFAULT_FOLIO_TERM_MAPPING, folioName);
    expect(entry?.values?.['other_(see_notes)']).toBeUndefined();
    expect(entry?.otherwise?.define.valueType).toBe('yes-no-other');
  });
});

describe('checkFolioTermMapping refuses a mapping the export could not invert', () => {
  it.each([
    [
      'two FOLIO values onto one term value',
      { terms: [{ folioName: 'a', termKey: 'ill-print', values: { yes: 'silent', no: 'silent' } }] },
      'two FOLIO values',
    ],
    [
      'two FOLIO names onto one key',
      {
        terms: [
          { folioName: 'a', termKey: 'ill-print' },
          { folioName: 'b', termKey: 'ill-print' },
        ],
      },
      'target of two FOLIO terms',
    ],
    ['a key that is no term key', { terms: [{ folioName: 'a', termKey: 'Ill Print' }] }, 'must be a term key'],
    ['a value the term does not take', { terms: [{ folioName: 'a', termKey: 'ill-print', values: { yes: 'maybe' } }] }, 'does not take'],
    ['no terms list', { mappings: [] }, 'must be an object'],
  ])('%s', (_case, json, message) => {
    const checked = checkFolioTermMapping(json, (key) => findTerm(defaultVocabulary, key));
    expect(checked.mapping).toBeUndefined();
    expect(checked.problems.join('; ')).toContain(message);
  });
});

describe('termKeyForFolioName (FOLIO terms no entry names)', () => {
  it.each([
    ['licenseLocation', 'license-location'],
    ['anIntegerProp', 'an-integer-prop'],
    ['authIP', 'auth-ip'],
    ['APCAndOffsetting', 'apc-and-offsetting'],
    ['illElectronic2', 'ill-electronic2'],
    ['1stTerm', undefined],
    ['x', undefined],
  ])('%s → %s', (name, key) => {
    expect(termKeyForFolioName(name)).toBe(key);
  });
});
