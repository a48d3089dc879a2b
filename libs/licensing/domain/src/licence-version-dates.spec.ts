import { CorrectVersion, RecordVersion } from './commands';
import { effectiveTermsOn } from './effective-terms';
import { LicenceEvent, LicenceVersionRecorded } from './licence-events';
import { LicenceListEvent } from './licence-lists-events';
import { evolveLicenceLists, legacyLicenceLists } from './licence-lists';
import { LICENCE_ID, drafted, existing, given, history, licenceSpec, original, permission, versionOf, versionRecorded } from './testing/licence-fixtures';

/** The lists as a library keeps them: FOLIO's amendment statuses, one of them deprecated. */
const lists = [
  { key: 'current', label: 'Current', amendmentEffect: 'by-dates' as const },
  { key: 'historical', label: 'Historical', amendmentEffect: 'by-dates' as const },
  { key: 'does-not-apply', label: 'Does not apply', amendmentEffect: 'does-not-apply' as const },
  { key: 'pending', label: 'Pending (old)', amendmentEffect: 'by-dates' as const },
]
  .map((value): LicenceListEvent => ({ type: 'LicenceListValueDefined', data: { list: 'amendment-status', ...value } }))
  .concat([{ type: 'LicenceListValueDeprecated', data: { list: 'amendment-status', key: 'pending', reason: 'use Current' } }])
  .reduce(evolveLicenceLists, legacyLicenceLists);

const record = (data: Partial<RecordVersion['data']> = {}): RecordVersion => ({
  type: 'RecordVersion',
  data: { licenceId: LICENCE_ID, versionId: 'v-a1', kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2025-01-01', terms: {}, ...data },
});
const recorded = (data: Partial<LicenceVersionRecorded> = {}): LicenceEvent => ({
  type: 'LicenceVersionRecorded',
  data: {
    licenceId: LICENCE_ID,
    versionId: 'v-a1',
    kind: 'amendment',
    label: 'Amendment 1',
    effectiveFrom: '2025-01-01',
    effectiveTo: null,
    terms: {},
    ...data,
  },
});
const correct = (data: Partial<CorrectVersion['data']>): CorrectVersion => ({
  type: 'CorrectVersion',
  data: { licenceId: LICENCE_ID, versionId: 'v-a1', reason: 'typed from the wrong page', ...data },
});
const withOriginal = () => history(drafted(), original());
const withAmendment = (data: Partial<LicenceVersionRecorded> = {}) => history(drafted(), original(), recorded(data));

describe('version dates: a start may be unstated, an end is read with its semantics', () => {
  it.each<[string, Partial<RecordVersion['data']>, Partial<LicenceVersionRecorded>]>([
    ['no start (absent)', { effectiveFrom: undefined }, { effectiveFrom: null }],
    ['no start (null)', { effectiveFrom: null }, { effectiveFrom: null }],
    ['only an end, no start', { effectiveFrom: null, effectiveTo: '2025-12-31' }, { effectiveFrom: null, effectiveTo: '2025-12-31' }],
    ['an end, semantics absent (explicit)', { effectiveTo: '2025-12-31' }, { effectiveTo: '2025-12-31' }],
    ['no end, semantics absent (open-ended)', {}, {}],
    ['explicit with its end', { effectiveTo: '2025-12-31', endDateSemantics: 'explicit' }, { effectiveTo: '2025-12-31' }],
    ['open-ended without an end', { endDateSemantics: 'open-ended' }, {}],
    ['implicit without an end', { endDateSemantics: 'implicit' }, { endDateSemantics: 'implicit' }],
    ['implicit with the implied end', { effectiveTo: '2025-12-31', endDateSemantics: 'implicit' }, { effectiveTo: '2025-12-31', endDateSemantics: 'implicit' }],
    ['a status of the list', { status: ' current ' }, { status: 'current', amendmentEffect: 'by-dates' }],
    ['a status that does not apply', { status: 'does-not-apply' }, { status: 'does-not-apply', amendmentEffect: 'does-not-apply' }],
    ['a description, trimmed', { description: '  Adds the 2025 backfile. ' }, { description: 'Adds the 2025 backfile.' }],
  ])('given an original, when an amendment is recorded with %s, then accepted as such', (_, data, expected) => {
    licenceSpec
      .given(withOriginal())
      .when(record(data), { lists })
      .then([recorded(expected)]);
  });

  it.each<[string, Partial<RecordVersion['data']>, string, RegExp]>([
    ['explicit without an end', { endDateSemantics: 'explicit' }, 'end-date-required', /explicit end-date semantics needs effective-to/],
    [
      'open-ended with an end',
      { effectiveTo: '2025-12-31', endDateSemantics: 'open-ended' },
      'end-date-not-applicable',
      /open-ended version .* takes no effective-to/,
    ],
    ['an end before the start', { effectiveTo: '2024-12-31' }, 'effective-dates-reversed', /2024-12-31 is before effective-from 2025-01-01/],
    ['a start that is no date', { effectiveFrom: '2025-02-30' }, 'invalid-calendar-date', /effective-from must be a real calendar date/],
    [
      'a status not in the list',
      { status: 'in-force' },
      'unknown-list-value',
      /"in-force" is not a value of the amendment-status list \(values: current, historical, does-not-apply\)/,
    ],
    ['a deprecated status', { status: 'pending' }, 'deprecated-list-value', /"pending" is deprecated \(use Current\)/],
    ['a description over 4000 characters', { description: 'x'.repeat(4001) }, 'text-too-long', /version description is 4001 characters; at most 4000/],
  ])('given an original, when an amendment is recorded with %s, then refused as %s', (_, data, rule, message) => {
    licenceSpec.given(withOriginal()).when(record(data), { lists }).thenRefused(rule, message);
  });

  it.each(['original', 'renewal'] as const)('given a licence, when a%s is recorded with an amendment status, then amendment-status-not-applicable', (kind) => {
    const given = kind === 'original' ? history(drafted()) : withOriginal();
    licenceSpec
      .given(given)
      .when(record({ kind, versionId: `v-${kind}-2`, status: 'current' }), { lists })
      .thenRefused('amendment-status-not-applicable', /only an amendment has an amendment status/);
  });

  it('given an amendment, when the same amendment with its status is sent again, then nothing new; with another status, version-already-recorded', () => {
    licenceSpec
      .given(withAmendment({ status: 'current', amendmentEffect: 'by-dates' }))
      .when(record({ status: 'current' }), { lists })
      .thenNothing();
    licenceSpec
      .given(withAmendment({ status: 'current', amendmentEffect: 'by-dates' }))
      .when(record({ status: 'historical' }), { lists })
      .thenRefused('version-already-recorded', /recorded with other details/);
  });
});

describe('correcting version dates and status', () => {
  it.each<[string, Partial<LicenceVersionRecorded>, Partial<CorrectVersion['data']>, Record<string, unknown>]>([
    ['the start removed', {}, { effectiveFrom: null }, { effectiveFrom: null }],
    ['an end given to an open-ended version (explicit, as the fold reads it)', {}, { effectiveTo: '2025-12-31' }, { effectiveTo: '2025-12-31' }],
    [
      'the end taken from an explicit version (open-ended)',
      { effectiveTo: '2025-12-31' },
      { effectiveTo: null },
      { effectiveTo: null, endDateSemantics: 'open-ended' },
    ],
    ['the semantics made implicit', {}, { endDateSemantics: 'implicit' }, { endDateSemantics: 'implicit' }],
    ['a status given', {}, { status: 'does-not-apply' }, { status: 'does-not-apply', amendmentEffect: 'does-not-apply' }],
    ['the status removed', { status: 'current', amendmentEffect: 'by-dates' }, { status: null }, { status: null }],
    ['the description removed', { description: 'Backfile' }, { description: null }, { description: null }],
  ])('given an amendment, when corrected with %s, then the correction says only that', (_, was, data, expected) => {
    licenceSpec
      .given(withAmendment(was))
      .when(correct(data), { lists })
      .then([{ type: 'LicenceVersionCorrected', data: { licenceId: LICENCE_ID, versionId: 'v-a1', reason: 'typed from the wrong page', ...expected } }]);
  });

  it.each<[string, Partial<LicenceVersionRecorded>, Partial<CorrectVersion['data']>, string]>([
    ['explicit semantics without an end', {}, { endDateSemantics: 'explicit' }, 'end-date-required'],
    ['an end on an open-ended version', {}, { effectiveTo: '2025-12-31', endDateSemantics: 'open-ended' }, 'end-date-not-applicable'],
    ['a deprecated status', {}, { status: 'pending' }, 'deprecated-list-value'],
    ['an unknown status', {}, { status: 'in-force' }, 'unknown-list-value'],
    ['the kind made renewal while it keeps its status', { status: 'current', kind: 'amendment' }, { kind: 'renewal' }, 'amendment-status-not-applicable'],
  ])('given an amendment, when corrected with %s, then refused as %s', (_, was, data, rule) => {
    licenceSpec.given(withAmendment(was)).when(correct(data), { lists }).thenRefused(rule);
  });

  it('given an amendment whose status was since deprecated, when another field is corrected, then accepted: the status recorded stays', () => {
    licenceSpec
      .given(withAmendment({ status: 'pending' }))
      .when(correct({ label: 'Amendment 1 (backfile)' }), { lists })
      .then([
        {
          type: 'LicenceVersionCorrected',
          data: { licenceId: LICENCE_ID, versionId: 'v-a1', reason: 'typed from the wrong page', label: 'Amendment 1 (backfile)' },
        },
      ]);
  });

  it('given an amendment corrected to a status that does not apply, when folded, then it no longer counts; its status removed, it counts again', () => {
    const amended = [
      drafted(),
      original({ 'ill-electronic': permission('prohibited-explicit') }),
      recorded({ terms: { 'ill-electronic': permission('permitted-explicit') } }),
    ];
    const ill = (...events: LicenceEvent[]) => effectiveTermsOn(existing(given(...amended, ...events)), '2025-06-01').terms['ill-electronic'].versionId;
    const notApplying: LicenceEvent = {
      type: 'LicenceVersionCorrected',
      data: { licenceId: LICENCE_ID, versionId: 'v-a1', reason: 'never signed', status: 'does-not-apply', amendmentEffect: 'does-not-apply' },
    };
    const applyingAgain: LicenceEvent = {
      type: 'LicenceVersionCorrected',
      data: { licenceId: LICENCE_ID, versionId: 'v-a1', reason: 'signed after all', status: null },
    };
    expect([ill(), ill(notApplying), ill(notApplying, applyingAgain)]).toEqual(['v-a1', 'v-original', 'v-a1']);
    expect(versionOf(given(...amended, notApplying, applyingAgain), 'v-a1')).not.toHaveProperty('amendmentEffect');
  });

  it('given versions recorded before end-date semantics, when folded, then an end reads explicit and none open-ended', () => {
    const state = given(
      drafted(),
      versionRecorded({ versionId: 'v-original', effectiveTo: '2025-12-31' }),
      versionRecorded({ versionId: 'v-r', kind: 'renewal', effectiveFrom: '2026-01-01' }),
    );
    expect([versionOf(state).endDateSemantics, versionOf(state, 'v-r').endDateSemantics]).toEqual(['explicit', 'open-ended']);
  });
});
