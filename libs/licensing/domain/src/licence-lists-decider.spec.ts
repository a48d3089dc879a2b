import { deciderSpecification } from '@era/decider/testing';
import { DefineListValue, DeprecateListValue, RelabelListValue } from './commands';
import { DEFAULT_LICENCE_LISTS, DEFAULT_LICENCE_LISTS_SEED } from './default-licence-lists';
import { LICENCE_LISTS, LicenceListEvent } from './licence-lists-events';
import { findListValue, legacyLicenceLists } from './licence-lists';
import { defaultLicenceLists, licenceListsDecider, SEED_LICENCE_LISTS } from './licence-lists-decider';
import { NOW } from './testing/licence-fixtures';

const spec = deciderSpecification(licenceListsDecider, { now: NOW });
const seeded: LicenceListEvent = { type: 'LicenceListsSeeded', data: { seed: DEFAULT_LICENCE_LISTS_SEED, lists: DEFAULT_LICENCE_LISTS } };
const define = (data: Partial<DefineListValue['data']> = {}): DefineListValue => ({
  type: 'DefineListValue',
  data: { list: 'licence-type', key: 'actual', label: 'Actual', ...data },
});
const relabel = (data: Partial<RelabelListValue['data']> = {}): RelabelListValue => ({
  type: 'RelabelListValue',
  data: { list: 'document-type', key: 'misc', label: 'Miscellaneous', ...data },
});
const deprecate = (data: Partial<DeprecateListValue['data']> = {}): DeprecateListValue => ({
  type: 'DeprecateListValue',
  data: { list: 'licence-type', key: 'alliance', reason: 'not used here', ...data },
});

describe('the default licence lists', () => {
  it('keep every key the service had before the lists, with the same meaning', () => {
    for (const list of LICENCE_LISTS) {
      for (const [key, value] of Object.entries(legacyLicenceLists.lists[list])) {
        expect(findListValue(defaultLicenceLists, list, key)).toMatchObject({ key, ...(value.lifecycle && { lifecycle: value.lifecycle }) });
      }
    }
  });

  it("hold FOLIO's standard refdata besides", () => {
    const keys = (list: (typeof LICENCE_LISTS)[number]) => Object.keys(defaultLicenceLists.lists[list]);
    expect(keys('document-type')).toEqual(
      expect.arrayContaining(['misc', 'vendor-terms-and-conditions', 'product-data-sheet', 'consortium-negotiation-document']),
    );
    expect(keys('organisation-role')).toEqual(expect.arrayContaining(['licensor', 'licensee', 'consortium', 'consortium-administrator']));
    expect(keys('contact-role')).toEqual(
      expect.arrayContaining(['authorized-signatory', 'erm-librarian', 'license-owner', 'negotiator', 'subject-specialist']),
    );
    expect(Object.values(defaultLicenceLists.lists['amendment-status']).map(({ key, amendmentEffect }) => `${key}:${amendmentEffect}`)).toEqual([
      'current:by-dates',
      'future:by-dates',
      'historical:by-dates',
      'does-not-apply:does-not-apply',
    ]);
    expect(Object.values(defaultLicenceLists.lists['licence-status']).every((value) => value.lifecycle === value.key)).toBe(true);
  });

  it('given no lists, when seeded, then LicenceListsSeeded with the defaults; seeded again, nothing', () => {
    spec.given().when(SEED_LICENCE_LISTS).then([seeded]);
    spec.given([seeded]).when(SEED_LICENCE_LISTS).thenNothing();
  });
});

describe('defining a list value', () => {
  it('given the defaults, when FOLIO\'s "Actual" type is defined, then LicenceListValueDefined, trimmed', () => {
    spec
      .given([seeded])
      .when(define({ label: ' Actual ', description: ' ' }))
      .then([{ type: 'LicenceListValueDefined', data: { list: 'licence-type', key: 'actual', label: 'Actual' } }]);
  });

  it('given the defaults, when a status is defined with its lifecycle and an amendment status with its effect, then each is kept', () => {
    spec
      .given([seeded])
      .when(define({ list: 'licence-status', key: 'current', label: 'Current', lifecycle: 'active' }))
      .then([{ type: 'LicenceListValueDefined', data: { list: 'licence-status', key: 'current', label: 'Current', lifecycle: 'active' } }]);
    spec
      .given([seeded])
      .when(define({ list: 'amendment-status', key: 'draft', label: 'Draft', amendmentEffect: 'does-not-apply' }))
      .then([{ type: 'LicenceListValueDefined', data: { list: 'amendment-status', key: 'draft', label: 'Draft', amendmentEffect: 'does-not-apply' } }]);
  });

  it('given a value, when defined again exactly so (a retry), then nothing new', () => {
    spec
      .given([seeded])
      .when(define({ list: 'licence-type', key: 'local', label: 'Local' }))
      .thenNothing();
  });

  it.each([
    [
      'a key defined with another label',
      define({ key: 'local', label: 'Locally' }),
      'list-value-already-defined',
      '"local" is already defined in the licence-type list',
    ],
    ['a deprecated key reused', define({ key: 'alliance', label: 'Alliance 2' }), 'list-value-already-defined', 'deprecated; keys are never reused'],
    ['a list that does not exist', define({ list: 'colour' as never }), 'list-not-found', '"colour" is no licence list'],
    ['a key that is not kebab-case', define({ key: 'Actual_Type' }), 'invalid-list-value', 'kebab-case'],
    ['a key over 60 characters', define({ key: 'a'.repeat(61) }), 'invalid-list-value', 'kebab-case'],
    ['a blank label', define({ label: '  ' }), 'invalid-list-value', 'non-blank label'],
    ['a label over 200 characters', define({ label: 'L'.repeat(201) }), 'invalid-list-value', 'at most 200'],
    ['a description over 4000 characters', define({ description: 'd'.repeat(4001) }), 'invalid-list-value', 'at most 4000'],
    ['a status without a lifecycle', define({ list: 'licence-status', key: 'current', label: 'Current' }), 'invalid-list-value', 'needs its lifecycle'],
    [
      'a status with an unknown lifecycle',
      define({ list: 'licence-status', key: 'current', label: 'Current', lifecycle: 'live' as never }),
      'invalid-list-value',
      'needs its lifecycle',
    ],
    ['a lifecycle on a type', define({ lifecycle: 'active' }), 'invalid-list-value', 'only licence-status values have a lifecycle'],
    [
      'an amendment status without its effect',
      define({ list: 'amendment-status', key: 'draft', label: 'Draft' }),
      'invalid-list-value',
      'needs its amendment effect',
    ],
    [
      'an amendment effect on a document type',
      define({ list: 'document-type', key: 'memo', label: 'Memo', amendmentEffect: 'by-dates' }),
      'invalid-list-value',
      'only amendment-status values',
    ],
  ])('given the defaults, when defining %s, then refused', (_, command, rule, message) => {
    const deprecated: LicenceListEvent = { type: 'LicenceListValueDeprecated', data: { list: 'licence-type', key: 'alliance', reason: 'x' } };
    spec.given([seeded, deprecated]).when(command).thenRefused(rule, message);
  });
});

describe('relabelling and deprecating a list value', () => {
  it('given the defaults, when a value is relabelled, then LicenceListValueRelabelled, and the fold keeps its key and meaning', () => {
    const relabelled: LicenceListEvent = {
      type: 'LicenceListValueRelabelled',
      data: { list: 'document-type', key: 'misc', label: 'Miscellaneous', reason: 'house style' },
    };
    spec
      .given([seeded])
      .when(relabel({ reason: ' house style ' }))
      .then([relabelled]);
    const status: LicenceListEvent = { type: 'LicenceListValueRelabelled', data: { list: 'licence-status', key: 'active', label: 'Current' } };
    expect(findListValue([seeded, status].reduce(licenceListsDecider.evolve, licenceListsDecider.initialState), 'licence-status', 'active')).toEqual({
      key: 'active',
      label: 'Current',
      lifecycle: 'active',
    });
  });

  it('given the defaults, when a value is deprecated, then LicenceListValueDeprecated with its reason', () => {
    spec
      .given([seeded])
      .when(deprecate({ reason: ' not used here ' }))
      .then([{ type: 'LicenceListValueDeprecated', data: { list: 'licence-type', key: 'alliance', reason: 'not used here' } }]);
  });

  it.each([
    ['relabelling a value the list does not have', relabel({ key: 'memo' }), 'list-value-not-found', 'the document-type list has no value "memo"'],
    ['relabelling to the same label', relabel({ label: 'Misc' }), 'label-unchanged', 'already labelled "Misc"'],
    ['relabelling to a blank label', relabel({ label: ' ' }), 'invalid-list-value', 'non-blank label'],
    ['deprecating a value the list does not have', deprecate({ key: 'actual' }), 'list-value-not-found', 'the licence-type list has no value "actual"'],
    ['deprecating without a reason', deprecate({ reason: ' ' }), 'reason-required', 'needs a reason'],
    ['deprecating a value twice', deprecate({ key: 'national' }), 'list-value-already-deprecated', 'was already deprecated: merged'],
    ['a list that does not exist', deprecate({ list: 'colour' as never }), 'list-not-found', 'is no licence list'],
  ])('given the defaults, when %s, then refused', (_, command, rule, message) => {
    const deprecated: LicenceListEvent = { type: 'LicenceListValueDeprecated', data: { list: 'licence-type', key: 'national', reason: 'merged' } };
    spec.given([seeded, deprecated]).when(command).thenRefused(rule, message);
  });
});
