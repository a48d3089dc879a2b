import { LicenceEvent, LicenceVersionCorrected, LicenceVersionRecorded } from './licence-events';
import {
  amendment,
  drafted,
  existing,
  given,
  LICENCE_ID,
  original,
  permission,
  recordedAt,
  ruleOf,
  seededVocabulary,
  versionConfirmed,
  versionCorrected,
  versionOf,
  violationOf,
} from './licence-fixtures';
import { decideConfirmVersion, decideCorrectVersion, decideRecordVersion, evolveLicence } from './licence';
import { initialLicence, LicenceState } from './licence-state';
import { evolveVocabulary } from './vocabulary';

const prohibited = permission('prohibited-explicit');
const permitted = permission('permitted-explicit');

const newVersion = (overrides: Partial<LicenceVersionRecorded> = {}): LicenceVersionRecorded => ({
  licenceId: LICENCE_ID,
  versionId: 'v-original',
  kind: 'original',
  label: 'Original agreement',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2026-12-31',
  terms: { 'ill-electronic': prohibited },
  ...overrides,
});
const record = (state: LicenceState, overrides: Partial<LicenceVersionRecorded> = {}, vocabulary = seededVocabulary) =>
  decideRecordVersion(state, newVersion(overrides), vocabulary);
const correct = (state: LicenceState, fields: Partial<LicenceVersionCorrected>) =>
  decideCorrectVersion(state, { licenceId: LICENCE_ID, versionId: 'v-original', reason: 'typed from the wrong page', ...fields }, seededVocabulary);
const confirm = (state: LicenceState, versionId = 'v-original', note?: string) => decideConfirmVersion(state, { licenceId: LICENCE_ID, versionId, note });

const withOriginal = (...more: LicenceEvent[]) => given(drafted(), original({ 'ill-electronic': prohibited, 'concurrent-users': { value: 5 } }), ...more);

describe('recording a version', () => {
  it('given a drafted licence, when the original is recorded, then LicenceVersionRecorded with text trimmed and terms by key', () => {
    const events = record(given(drafted()), {
      label: '  Original agreement ',
      directedBy: ' s-librarian ',
      terms: {
        'ill-electronic': { value: 'prohibited-explicit', publicNote: ' Ask the ILL office. ', internalNote: ' ' },
        'authorised-users': { value: ' Staff and students ' },
      },
    });
    expect(events).toEqual([
      {
        type: 'LicenceVersionRecorded',
        data: {
          ...newVersion(),
          directedBy: 's-librarian',
          terms: {
            'authorised-users': { value: 'Staff and students' },
            'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Ask the ILL office.' },
          },
        },
      },
    ]);
    expect(Object.keys((events[0].data as LicenceVersionRecorded).terms)).toEqual(['authorised-users', 'ill-electronic']);
  });

  it('given the recorded original, when folded, then the version carries its order, who recorded it on whose direction, and is unconfirmed', () => {
    const state = given(drafted(), ...record(given(drafted()), { directedBy: 's-librarian' }));
    const { licenceId: _licenceId, ...recorded } = newVersion();
    expect(versionOf(state)).toStrictEqual({
      ...recorded,
      sequence: 1,
      recorded: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(1), directedBy: 's-librarian' },
      corrections: 0,
      documents: [],
      signatures: [],
    });
    expect(versionOf(state).confirmed).toBeUndefined();
  });

  it('given versions recorded one after another, when folded, then their sequence is the recording order', () => {
    const state = withOriginal(amendment('v-a1', '2025-01-01', null, {}), amendment('v-a2', '2024-06-01', null, {}));
    expect(existing(state).versions.map((v) => [v.versionId, v.sequence])).toEqual([
      ['v-original', 1],
      ['v-a1', 2],
      ['v-a2', 3],
    ]);
  });

  it('given an original, when an amendment and a renewal are recorded, then each is accepted', () => {
    expect(record(withOriginal(), { versionId: 'v-a1', kind: 'amendment', effectiveFrom: '2025-01-01', effectiveTo: null })).toHaveLength(1);
    expect(record(withOriginal(), { versionId: 'v-r1', kind: 'renewal', effectiveFrom: '2027-01-01', effectiveTo: '2029-12-31' })).toHaveLength(1);
  });

  it.each(['amendment', 'renewal'] as const)('given no original, when an %s is recorded, then refused as original-required', (kind) => {
    expect(ruleOf(() => record(given(drafted()), { versionId: 'v-x', kind }))).toBe('original-required');
  });

  it('given an original, when another original is recorded, then refused as original-already-recorded', () => {
    expect(ruleOf(() => record(withOriginal(), { versionId: 'v-second' }))).toBe('original-already-recorded');
  });

  it('given a version, when a version with the same id is recorded, then refused as version-already-recorded', () => {
    expect(ruleOf(() => record(withOriginal(), { kind: 'amendment' }))).toBe('version-already-recorded');
  });

  it('given no licence, when a version is recorded, then refused as licence-not-found', () => {
    expect(ruleOf(() => record(initialLicence))).toBe('licence-not-found');
  });

  it('given a licence, when the label is blank, then field-required', () => {
    expect(ruleOf(() => record(given(drafted()), { label: '  ' }))).toBe('field-required');
  });

  it.each([
    [{ effectiveFrom: '2025-02-29' }],
    [{ effectiveFrom: '2025-1-1' }],
    [{ effectiveFrom: '2025-01-01T00:00:00Z' }],
    [{ effectiveTo: '2025-04-31' }],
    [{ effectiveTo: 'open' }],
  ])('given a licence, when the dates are %j, then refused as invalid-calendar-date', (dates) => {
    expect(ruleOf(() => record(given(drafted()), dates))).toBe('invalid-calendar-date');
  });

  it('given a licence, when effective-to is before effective-from, then refused as effective-dates-reversed', () => {
    const violation = violationOf(() => record(given(drafted()), { effectiveFrom: '2025-01-01', effectiveTo: '2024-12-31' }));
    expect(violation.rule).toBe('effective-dates-reversed');
    expect(violation.message).toContain('2024-12-31');
  });

  it('given a licence, when a version lasts one day or has an open end, then accepted', () => {
    expect(record(given(drafted()), { effectiveFrom: '2025-01-01', effectiveTo: '2025-01-01' })).toHaveLength(1);
    expect((record(given(drafted()), { effectiveTo: null })[0].data as LicenceVersionRecorded).effectiveTo).toBeNull();
  });

  it('given a licence, when a term is unknown, of the wrong type, deprecated or null, then refused with that rule', () => {
    const deprecated = evolveVocabulary(seededVocabulary, { type: 'LicenceTermDeprecated', data: { key: 'ill-print', reason: 'merged' } });
    expect(ruleOf(() => record(given(drafted()), { terms: { 'ill-by-pigeon': permitted } }))).toBe('unknown-term');
    expect(ruleOf(() => record(given(drafted()), { terms: { 'ill-electronic': permission('yes') } }))).toBe('invalid-term-value');
    expect(ruleOf(() => record(given(drafted()), { terms: { 'ill-print': permitted } }, deprecated))).toBe('deprecated-term');
    const removal = { 'ill-electronic': null } as unknown as LicenceVersionRecorded['terms'];
    const violation = violationOf(() => record(given(drafted()), { terms: removal }));
    expect(violation.rule).toBe('invalid-term-value');
    expect(violation.message).toContain('ill-electronic');
  });
});

describe('correcting a version', () => {
  it('given a version, when corrected, then LicenceVersionCorrected with only what differs and the reason', () => {
    const events = correct(withOriginal(), {
      label: 'Original agreement',
      effectiveTo: '2025-12-31',
      terms: { 'ill-electronic': prohibited, 'concurrent-users': { value: 10 } },
      reason: ' typed 5 for 10 ',
      directedBy: 's-librarian',
    });
    expect(events).toEqual([
      {
        type: 'LicenceVersionCorrected',
        data: {
          licenceId: LICENCE_ID,
          versionId: 'v-original',
          reason: 'typed 5 for 10',
          effectiveTo: '2025-12-31',
          terms: { 'concurrent-users': { value: 10 } },
          directedBy: 's-librarian',
        },
      },
    ]);
  });

  it('given a version, when the correction is folded, then values change or go, corrections count up and the reason is kept', () => {
    const correction = correct(withOriginal(), { effectiveFrom: '2024-02-01', terms: { 'concurrent-users': null, 'remote-access': permitted } });
    const state = withOriginal(...correction);
    expect(versionOf(state)).toMatchObject({
      effectiveFrom: '2024-02-01',
      terms: { 'ill-electronic': prohibited, 'remote-access': permitted },
      corrections: 1,
      lastCorrected: { actorId: 's-associate', reason: 'typed from the wrong page', recordedAt: recordedAt(2) },
    });
    expect(versionOf(state).terms).not.toHaveProperty('concurrent-users');
  });

  it('given a version, when corrected, then it stays one version: a correction is no amendment', () => {
    const before = withOriginal();
    const events = correct(before, { terms: { 'ill-electronic': permitted } });
    expect(events.map((e) => e.type)).toEqual(['LicenceVersionCorrected']);
    const after = withOriginal(...events);
    expect(existing(after).versions).toHaveLength(1);
    expect(versionOf(after)).toMatchObject({ kind: 'original', sequence: 1, terms: { 'ill-electronic': permitted } });
  });

  it('given a version, when the correction has no reason, then refused as reason-required', () => {
    expect(ruleOf(() => correct(withOriginal(), { label: 'Licence', reason: '   ' }))).toBe('reason-required');
  });

  it('given a version, when the correction repeats what is recorded, then correction-changes-nothing', () => {
    expect(ruleOf(() => correct(withOriginal(), {}))).toBe('correction-changes-nothing');
    expect(
      ruleOf(() => correct(withOriginal(), { label: 'Original agreement', effectiveFrom: '2024-01-01', effectiveTo: null, terms: { 'ill-electronic': prohibited } })),
    ).toBe('correction-changes-nothing');
    expect(ruleOf(() => correct(withOriginal(), { terms: { 'remote-access': null } }))).toBe('correction-changes-nothing');
  });

  it('given a version, when only a note changes, then that is a correction', () => {
    const [event] = correct(withOriginal(), { terms: { 'ill-electronic': permission('prohibited-explicit', { publicNote: 'Not even by secure e-mail.' }) } });
    expect((event.data as LicenceVersionCorrected).terms).toEqual({ 'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Not even by secure e-mail.' } });
  });

  it('given a version, when corrected so that its dates are reversed, then effective-dates-reversed', () => {
    const bounded = given(drafted(), original({}, { effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' }));
    expect(ruleOf(() => correct(bounded, { effectiveFrom: '2025-01-01' }))).toBe('effective-dates-reversed');
    expect(ruleOf(() => correct(bounded, { effectiveTo: '2023-12-31' }))).toBe('effective-dates-reversed');
    expect(correct(bounded, { effectiveFrom: '2025-01-01', effectiveTo: null })).toHaveLength(1);
  });

  it('given a version, when corrected with a date that does not exist, then invalid-calendar-date', () => {
    expect(ruleOf(() => correct(withOriginal(), { effectiveFrom: '2024-02-30' }))).toBe('invalid-calendar-date');
  });

  it('given a version, when corrected with a bad term value, then refused with that rule', () => {
    expect(ruleOf(() => correct(withOriginal(), { terms: { 'concurrent-users': { value: 'five' } } }))).toBe('invalid-term-value');
    expect(ruleOf(() => correct(withOriginal(), { terms: { 'ill-by-pigeon': permitted } }))).toBe('unknown-term');
  });

  it('given a licence, when a version it does not have is corrected, then version-not-found; without a licence, licence-not-found', () => {
    expect(ruleOf(() => correct(withOriginal(), { versionId: 'v-nope', label: 'x' }))).toBe('version-not-found');
    expect(ruleOf(() => correct(initialLicence, { label: 'x' }))).toBe('licence-not-found');
  });

  it('given a version, when the label is corrected to blank, then field-required', () => {
    expect(ruleOf(() => correct(withOriginal(), { label: ' ' }))).toBe('field-required');
  });
});

describe('confirming a version', () => {
  it('given an unconfirmed version, when confirmed, then LicenceVersionConfirmed with its correction count', () => {
    expect(confirm(withOriginal(), 'v-original', ' checked against the PDF ')).toEqual([
      { type: 'LicenceVersionConfirmed', data: { licenceId: LICENCE_ID, versionId: 'v-original', corrections: 0, note: 'checked against the PDF' } },
    ]);
  });

  it('given the confirmation, when folded, then the version shows who confirmed it and when', () => {
    const state = withOriginal(...confirm(withOriginal(), 'v-original', 'checked'));
    expect(versionOf(state).confirmed).toEqual({ actorId: 's-librarian', actorRole: 'librarian', recordedAt: recordedAt(2), note: 'checked' });
  });

  it('given a confirmed version, when confirmed again, then refused as version-already-confirmed', () => {
    expect(ruleOf(() => confirm(withOriginal(versionConfirmed('v-original'))))).toBe('version-already-confirmed');
  });

  it('given a confirmed version, when corrected, then it is unconfirmed again, and a new confirmation carries the correction count', () => {
    const confirmed = withOriginal(versionConfirmed('v-original'));
    const corrected = withOriginal(versionConfirmed('v-original'), ...correct(confirmed, { terms: { 'concurrent-users': { value: 10 } } }));
    expect(versionOf(corrected).confirmed).toBeUndefined();
    const reconfirmation = confirm(corrected);
    expect(reconfirmation).toEqual([{ type: 'LicenceVersionConfirmed', data: { licenceId: LICENCE_ID, versionId: 'v-original', corrections: 1 } }]);
    const reconfirmed = withOriginal(versionConfirmed('v-original'), ...correct(confirmed, { terms: { 'concurrent-users': { value: 10 } } }), ...reconfirmation);
    expect(versionOf(reconfirmed).confirmed).toMatchObject({ actorId: 's-librarian' });
    expect(ruleOf(() => confirm(reconfirmed))).toBe('version-already-confirmed');
  });

  it('given a confirmation of an earlier correction count, when folded, then it confirms nothing (it vouched for other data)', () => {
    const corrected = withOriginal(versionCorrected({ versionId: 'v-original', reason: 'typo', label: 'Licence' }));
    expect(versionOf(evolveLicence(corrected, versionConfirmed('v-original', 0), { actorId: 'x', actorRole: 'librarian', recordedAt: recordedAt(5) })).confirmed).toBeUndefined();
  });

  it('given a licence, when a version it does not have is confirmed, then version-not-found; without a licence, licence-not-found', () => {
    expect(ruleOf(() => confirm(withOriginal(), 'v-nope'))).toBe('version-not-found');
    expect(ruleOf(() => confirm(initialLicence))).toBe('licence-not-found');
  });
});
