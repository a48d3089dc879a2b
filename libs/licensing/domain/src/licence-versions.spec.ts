import { ConfirmVersion, CorrectVersion, RecordVersion } from './commands';
import { LicenceEvent, LicenceVersionRecorded } from './licence-events';
import { licenceDecider } from './licence-decider';
import {
  amendment,
  drafted,
  existing,
  given,
  history,
  LICENCE_ID,
  licenceSpec,
  licensingContext,
  original,
  permission,
  recordedAt,
  seededVocabulary,
  versionConfirmed,
  versionCorrected,
  versionOf,
} from './testing/licence-fixtures';
import { evolveVocabulary } from './vocabulary';

const UUID = '5f2c1a9e-3b7d-4c8e-9a1f-6d0e2b4c8a7f';
const prohibited = permission('prohibited-explicit');
const permitted = permission('permitted-explicit');

const versionData = (overrides: Partial<RecordVersion['data']> = {}): RecordVersion['data'] => ({
  licenceId: LICENCE_ID,
  versionId: 'v-original',
  kind: 'original',
  label: 'Original agreement',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2026-12-31',
  terms: { 'ill-electronic': prohibited },
  ...overrides,
});
const record = (overrides: Partial<RecordVersion['data']> = {}): RecordVersion => ({ type: 'RecordVersion', data: versionData(overrides) });
/** The event recording the version as `record` sends it, with the given changes. */
const recorded = (overrides: Partial<LicenceVersionRecorded> = {}): LicenceEvent => ({
  type: 'LicenceVersionRecorded',
  data: {
    licenceId: LICENCE_ID,
    versionId: 'v-original',
    kind: 'original',
    label: 'Original agreement',
    effectiveFrom: '2024-01-01',
    effectiveTo: '2026-12-31',
    terms: { 'ill-electronic': prohibited },
    ...overrides,
  },
});
const correct = (data: Partial<CorrectVersion['data']>): CorrectVersion => ({
  type: 'CorrectVersion',
  data: { licenceId: LICENCE_ID, versionId: 'v-original', reason: 'typed from the wrong page', ...data },
});
const confirm = (versionId = 'v-original', note?: string): ConfirmVersion => ({ type: 'ConfirmVersion', data: { licenceId: LICENCE_ID, versionId, note } });

const originalEvents = [drafted(), original({ 'ill-electronic': prohibited, 'concurrent-users': { value: 5 } })];
const withOriginal = (...more: LicenceEvent[]) => history(...originalEvents, ...more);
const stateWithOriginal = (...more: LicenceEvent[]) => given(...originalEvents, ...more);
const decided = (command: CorrectVersion | ConfirmVersion | RecordVersion, ...more: LicenceEvent[]) =>
  licenceDecider.decide(command, stateWithOriginal(...more), licensingContext);

describe('recording a version', () => {
  it('given a drafted licence, when the original is recorded, then LicenceVersionRecorded with text trimmed and terms by key', () => {
    const events = licenceSpec
      .given(history(drafted()))
      .when(
        record({
          label: '  Original agreement ',
          directedBy: ' s-librarian ',
          terms: {
            'ill-electronic': { value: 'prohibited-explicit', publicNote: ' Ask the ILL office. ', internalNote: ' ' },
            'authorised-users': { value: ' Staff and students ' },
          },
        }),
      )
      .events();
    expect(events).toEqual([
      recorded({
        directedBy: 's-librarian',
        terms: { 'authorised-users': { value: 'Staff and students' }, 'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Ask the ILL office.' } },
      }),
    ]);
    expect(Object.keys((events[0].data as LicenceVersionRecorded).terms)).toEqual(['authorised-users', 'ill-electronic']);
  });

  it('given a licence, when a version is recorded under an upper-case UUID, then the version keeps the canonical lower-case id', () => {
    licenceSpec
      .given(history(drafted()))
      .when(record({ versionId: UUID.toUpperCase() }))
      .then([recorded({ versionId: UUID })]);
  });

  it('given the recorded original, when folded, then the version carries its order, who recorded it on whose direction, and is unconfirmed', () => {
    const state = given(drafted(), recorded({ directedBy: 's-librarian' }));
    const { licenceId: _licenceId, ...version } = versionData();
    expect(versionOf(state)).toStrictEqual({
      ...version,
      endDateSemantics: 'explicit',
      sequence: 1,
      recorded: { actorId: 's-associate', actorRole: 'associate', recordedAt: recordedAt(1), directedBy: 's-librarian' },
      corrections: 0,
      documents: [],
      references: [],
      signatures: [],
    });
    expect(versionOf(state).confirmed).toBeUndefined();
  });

  it('given versions recorded one after another, when folded, then their sequence is the recording order', () => {
    const state = stateWithOriginal(amendment('v-a1', '2025-01-01', null, {}), amendment('v-a2', '2024-06-01', null, {}));
    expect(existing(state).versions.map((v) => [v.versionId, v.sequence])).toEqual([
      ['v-original', 1],
      ['v-a1', 2],
      ['v-a2', 3],
    ]);
  });

  it('given an original, when an amendment or a renewal is recorded, then each is accepted', () => {
    const amendmentRecorded = recorded({ versionId: 'v-a1', kind: 'amendment', effectiveFrom: '2025-01-01', effectiveTo: null });
    licenceSpec
      .given(withOriginal())
      .when(record({ versionId: 'v-a1', kind: 'amendment', effectiveFrom: '2025-01-01', effectiveTo: null }))
      .then([amendmentRecorded]);
    const renewalRecorded = recorded({ versionId: 'v-r1', kind: 'renewal', effectiveFrom: '2027-01-01', effectiveTo: '2029-12-31' });
    licenceSpec
      .given(withOriginal())
      .when(record({ versionId: 'v-r1', kind: 'renewal', effectiveFrom: '2027-01-01', effectiveTo: '2029-12-31' }))
      .then([renewalRecorded]);
  });

  it.each(['amendment', 'renewal'] as const)('given no original, when an %s is recorded, then refused as original-required', (kind) => {
    licenceSpec
      .given(history(drafted()))
      .when(record({ versionId: 'v-x', kind }))
      .thenRefused('original-required', `before any ${kind}`);
  });

  it('given an original, when another original is recorded, then refused as original-already-recorded', () => {
    licenceSpec
      .given(withOriginal())
      .when(record({ versionId: 'v-second' }))
      .thenRefused('original-already-recorded', /already has its original agreement \(Original agreement\)/);
  });

  it('given a version, when the same version is sent again under its id (a retry), then nothing new', () => {
    licenceSpec.given(history(drafted(), recorded())).when(record()).thenNothing();
    licenceSpec
      .given(history(drafted(), recorded({ versionId: UUID, directedBy: 's-librarian' })))
      .when(
        record({
          versionId: UUID.toUpperCase(),
          label: ' Original agreement ',
          directedBy: 's-librarian',
          terms: { 'ill-electronic': { ...prohibited, internalNote: ' ' } },
        }),
      )
      .thenNothing();
  });

  it('given a version, when the retry arrives after its terms were deprecated, then still nothing new (it was recorded then)', () => {
    const deprecated = evolveVocabulary(seededVocabulary, { type: 'LicenceTermDeprecated', data: { key: 'ill-electronic', reason: 'merged' } });
    licenceSpec.given(history(drafted(), recorded())).when(record(), { vocabulary: deprecated }).thenNothing();
  });

  it.each([
    ['another kind', { kind: 'amendment' as const }],
    ['another label', { label: 'Licence' }],
    ['another start', { effectiveFrom: '2024-02-01' }],
    ['an open end', { effectiveTo: null }],
    ['other terms', { terms: { 'ill-electronic': permitted } }],
    ['a note more', { terms: { 'ill-electronic': { ...prohibited, publicNote: 'Not by ILL.' } } }],
    ['a director', { directedBy: 's-librarian' }],
    ['a blank label', { label: ' ' }],
  ])('given a version, when its id is recorded again with %s, then refused as version-already-recorded', (_, data) => {
    licenceSpec
      .given(history(drafted(), recorded()))
      .when(record(data))
      .thenRefused('version-already-recorded', /already has a version v-original, recorded with other details/);
  });

  it('given a licence, when the label or the version id is blank, then field-required', () => {
    licenceSpec
      .given(history(drafted()))
      .when(record({ label: '  ' }))
      .thenRefused('field-required', /the version label/);
    licenceSpec
      .given(history(drafted()))
      .when(record({ versionId: ' ' }))
      .thenRefused('field-required', /the version id/);
  });

  it.each([
    [{ effectiveFrom: '2025-02-29' }],
    [{ effectiveFrom: '2025-1-1' }],
    [{ effectiveFrom: '2025-01-01T00:00:00Z' }],
    [{ effectiveTo: '2025-04-31' }],
    [{ effectiveTo: 'open' }],
  ])('given a licence, when the dates are %j, then refused as invalid-calendar-date', (dates) => {
    licenceSpec
      .given(history(drafted()))
      .when(record(dates))
      .thenRefused('invalid-calendar-date', /must be a real calendar date YYYY-MM-DD/);
  });

  it('given a licence, when effective-to is before effective-from, then refused as effective-dates-reversed', () => {
    licenceSpec
      .given(history(drafted()))
      .when(record({ effectiveFrom: '2025-01-01', effectiveTo: '2024-12-31' }))
      .thenRefused('effective-dates-reversed', '2024-12-31');
  });

  it('given a licence, when a version lasts one day or has an open end (or none is given), then accepted', () => {
    licenceSpec
      .given(history(drafted()))
      .when(record({ effectiveFrom: '2025-01-01', effectiveTo: '2025-01-01' }))
      .then([recorded({ effectiveFrom: '2025-01-01', effectiveTo: '2025-01-01' })]);
    licenceSpec
      .given(history(drafted()))
      .when(record({ effectiveTo: null }))
      .then([recorded({ effectiveTo: null })]);
    licenceSpec
      .given(history(drafted()))
      .when(record({ effectiveTo: undefined }))
      .then([recorded({ effectiveTo: null })]);
  });

  it('given a licence, when a term is unknown, of the wrong type, deprecated or null, then refused with that rule', () => {
    const deprecated = evolveVocabulary(seededVocabulary, { type: 'LicenceTermDeprecated', data: { key: 'ill-print', reason: 'merged' } });
    licenceSpec
      .given(history(drafted()))
      .when(record({ terms: { 'ill-by-pigeon': permitted } }))
      .thenRefused('unknown-term', /ill-by-pigeon/);
    licenceSpec
      .given(history(drafted()))
      .when(record({ terms: { 'ill-electronic': permission('yes') } }))
      .thenRefused('invalid-term-value');
    licenceSpec
      .given(history(drafted()))
      .when(record({ terms: { 'ill-print': permitted } }), { vocabulary: deprecated })
      .thenRefused('deprecated-term', /merged/);
    licenceSpec
      .given(history(drafted()))
      .when(record({ terms: { 'ill-electronic': null } }))
      .thenRefused('invalid-term-value', /ill-electronic/);
  });
});

describe('"as directed by"', () => {
  it.each(['s-librarian', 's-admin'])('given a licence, when a version is recorded as directed by %s, then accepted', (directedBy) => {
    licenceSpec
      .given(history(drafted()))
      .when(record({ directedBy }))
      .then([recorded({ directedBy })]);
  });

  it.each(['s-nobody', 's-desk', 's-associate'])(
    'given a licence, when a version is recorded as directed by %s, then refused as unknown-director',
    (directedBy) => {
      licenceSpec
        .given(history(drafted()))
        .when(record({ directedBy }))
        .thenRefused('unknown-director', `directedBy "${directedBy}" does not name a staff member who directs licence work (roles: admin, librarian)`);
    },
  );

  it('given no licence, when a version is recorded or corrected as directed by a non-director, then unknown-director comes first', () => {
    licenceSpec
      .given()
      .when(record({ directedBy: 's-desk' }))
      .thenRefused('unknown-director');
    licenceSpec
      .given()
      .when(correct({ label: 'x', directedBy: 's-desk' }))
      .thenRefused('unknown-director');
  });

  it('given a version, when corrected as directed by a non-director, then refused; by a director, the event names them', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({ label: 'Licence', directedBy: 's-nobody' }))
      .thenRefused('unknown-director', /s-nobody/);
    licenceSpec
      .given(withOriginal())
      .when(correct({ label: 'Licence', directedBy: ' s-admin ' }))
      .then([versionCorrected({ versionId: 'v-original', reason: 'typed from the wrong page', label: 'Licence', directedBy: 's-admin' })]);
  });
});

describe('correcting a version', () => {
  it('given a version, when corrected, then LicenceVersionCorrected with only what differs and the reason', () => {
    licenceSpec
      .given(withOriginal())
      .when(
        correct({
          label: 'Original agreement',
          effectiveTo: '2025-12-31',
          terms: { 'ill-electronic': prohibited, 'concurrent-users': { value: 10 } },
          reason: ' typed 5 for 10 ',
          directedBy: 's-librarian',
        }),
      )
      .then([
        versionCorrected({
          versionId: 'v-original',
          reason: 'typed 5 for 10',
          effectiveTo: '2025-12-31',
          terms: { 'concurrent-users': { value: 10 } },
          directedBy: 's-librarian',
        }),
      ]);
  });

  it('given a version under a UUID, when corrected under its upper-case form, then the event names the canonical ids', () => {
    const licence = history(drafted({ licenceId: UUID }), {
      type: 'LicenceVersionRecorded',
      data: { ...(recorded().data as LicenceVersionRecorded), licenceId: UUID, versionId: UUID },
    });
    licenceSpec
      .given(licence)
      .when(correct({ licenceId: UUID.toUpperCase(), versionId: UUID.toUpperCase(), label: 'Licence' }))
      .then([{ type: 'LicenceVersionCorrected', data: { licenceId: UUID, versionId: UUID, reason: 'typed from the wrong page', label: 'Licence' } }]);
  });

  it('given a version, when the correction is folded, then values change or go, corrections count up and the reason is kept', () => {
    const state = stateWithOriginal(...decided(correct({ effectiveFrom: '2024-02-01', terms: { 'concurrent-users': null, 'remote-access': permitted } })));
    expect(versionOf(state)).toMatchObject({
      effectiveFrom: '2024-02-01',
      terms: { 'ill-electronic': prohibited, 'remote-access': permitted },
      corrections: 1,
      lastCorrected: { actorId: 's-associate', reason: 'typed from the wrong page', recordedAt: recordedAt(2) },
    });
    expect(versionOf(state).terms).not.toHaveProperty('concurrent-users');
  });

  it('given a version, when corrected, then it stays one version: a correction is no amendment', () => {
    const events = decided(correct({ terms: { 'ill-electronic': permitted } }));
    expect(events.map((e) => e.type)).toEqual(['LicenceVersionCorrected']);
    const after = stateWithOriginal(...events);
    expect(existing(after).versions).toHaveLength(1);
    expect(versionOf(after)).toMatchObject({ kind: 'original', sequence: 1, terms: { 'ill-electronic': permitted } });
  });

  it('given a version, when the correction has no reason, then refused as reason-required', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({ label: 'Licence', reason: '   ' }))
      .thenRefused('reason-required', /correcting version v-original needs a reason/);
  });

  it('given a version, when the correction repeats what is recorded, then correction-changes-nothing', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({}))
      .thenRefused('correction-changes-nothing', /leaves version v-original as it is recorded/);
    licenceSpec
      .given(withOriginal())
      .when(correct({ label: 'Original agreement', effectiveFrom: '2024-01-01', effectiveTo: null, terms: { 'ill-electronic': prohibited } }))
      .thenRefused('correction-changes-nothing');
    licenceSpec
      .given(withOriginal())
      .when(correct({ terms: { 'remote-access': null } }))
      .thenRefused('correction-changes-nothing');
  });

  it('given a version, when only a note changes, then that is a correction', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({ terms: { 'ill-electronic': permission('prohibited-explicit', { publicNote: 'Not even by secure e-mail.' }) } }))
      .then([
        versionCorrected({
          versionId: 'v-original',
          reason: 'typed from the wrong page',
          terms: { 'ill-electronic': { value: 'prohibited-explicit', publicNote: 'Not even by secure e-mail.' } },
        }),
      ]);
  });

  it('given a version, when corrected so that its dates are reversed, then effective-dates-reversed', () => {
    const bounded = history(drafted(), original({}, { effectiveFrom: '2024-01-01', effectiveTo: '2024-12-31' }));
    licenceSpec
      .given(bounded)
      .when(correct({ effectiveFrom: '2025-01-01' }))
      .thenRefused('effective-dates-reversed');
    licenceSpec
      .given(bounded)
      .when(correct({ effectiveTo: '2023-12-31' }))
      .thenRefused('effective-dates-reversed');
    licenceSpec
      .given(bounded)
      .when(correct({ effectiveFrom: '2025-01-01', effectiveTo: null }))
      // An explicit end taken away leaves the version open-ended: the event says so, for the fold keeps semantics it is not told.
      .then([
        versionCorrected({
          versionId: 'v-original',
          reason: 'typed from the wrong page',
          effectiveFrom: '2025-01-01',
          effectiveTo: null,
          endDateSemantics: 'open-ended',
        }),
      ]);
  });

  it('given a version, when corrected with a date that does not exist, then invalid-calendar-date', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({ effectiveFrom: '2024-02-30' }))
      .thenRefused('invalid-calendar-date');
    licenceSpec
      .given(withOriginal())
      .when(correct({ effectiveTo: '2024-13-01' }))
      .thenRefused('invalid-calendar-date');
  });

  it('given a version, when corrected with a bad term value, an unknown term or a deprecated one, then refused with that rule', () => {
    const deprecated = evolveVocabulary(seededVocabulary, { type: 'LicenceTermDeprecated', data: { key: 'remote-access', reason: 'merged' } });
    licenceSpec
      .given(withOriginal())
      .when(correct({ terms: { 'concurrent-users': { value: 'five' } } }))
      .thenRefused('invalid-term-value');
    licenceSpec
      .given(withOriginal())
      .when(correct({ terms: { 'ill-by-pigeon': permitted } }))
      .thenRefused('unknown-term');
    licenceSpec
      .given(withOriginal())
      .when(correct({ terms: { 'remote-access': permitted } }), { vocabulary: deprecated })
      .thenRefused('deprecated-term');
  });

  it('given a licence, when a version it does not have is corrected, then version-not-found', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({ versionId: 'v-nope', label: 'x' }))
      .thenRefused('version-not-found', 'licence lic-1 has no version v-nope');
  });

  it('given a version, when the label is corrected to blank, then field-required', () => {
    licenceSpec
      .given(withOriginal())
      .when(correct({ label: ' ' }))
      .thenRefused('field-required');
  });
});

describe('confirming a version', () => {
  it('given an unconfirmed version, when confirmed, then LicenceVersionConfirmed with its correction count and the note trimmed', () => {
    licenceSpec
      .given(withOriginal())
      .when(confirm('v-original', ' checked against the PDF '))
      .then([{ type: 'LicenceVersionConfirmed', data: { licenceId: LICENCE_ID, versionId: 'v-original', corrections: 0, note: 'checked against the PDF' } }]);
  });

  it('given the confirmation, when folded, then the version shows who confirmed it and when', () => {
    const state = stateWithOriginal(...decided(confirm('v-original', 'checked')));
    expect(versionOf(state).confirmed).toEqual({ actorId: 's-librarian', actorRole: 'librarian', recordedAt: recordedAt(2), note: 'checked' });
  });

  it('given a confirmed version, when confirmed again, then refused as version-already-confirmed', () => {
    licenceSpec
      .given(withOriginal(versionConfirmed('v-original')))
      .when(confirm())
      .thenRefused('version-already-confirmed', `confirmed on ${recordedAt(2)} by s-librarian`);
  });

  it('given a confirmed version, when corrected, then it is unconfirmed again, and a new confirmation carries the correction count', () => {
    const correction = decided(correct({ terms: { 'concurrent-users': { value: 10 } } }), versionConfirmed('v-original'));
    const corrected = [versionConfirmed('v-original'), ...correction];
    expect(versionOf(stateWithOriginal(...corrected)).confirmed).toBeUndefined();
    const reconfirmation: LicenceEvent = { type: 'LicenceVersionConfirmed', data: { licenceId: LICENCE_ID, versionId: 'v-original', corrections: 1 } };
    licenceSpec
      .given(withOriginal(...corrected))
      .when(confirm())
      .then([reconfirmation]);
    expect(versionOf(stateWithOriginal(...corrected, reconfirmation)).confirmed).toMatchObject({ actorId: 's-librarian' });
    licenceSpec
      .given(withOriginal(...corrected, reconfirmation))
      .when(confirm())
      .thenRefused('version-already-confirmed');
  });

  it('given a confirmation of an earlier correction count, when folded, then it confirms nothing (it vouched for other data)', () => {
    const corrected = stateWithOriginal(versionCorrected({ versionId: 'v-original', reason: 'typo', label: 'Licence' }));
    const stale = { ...versionConfirmed('v-original', 0), metadata: { actor: { id: 'x', role: 'librarian' }, recordedAt: recordedAt(5) } };
    expect(versionOf(licenceDecider.evolve(corrected, stale)).confirmed).toBeUndefined();
  });

  it('given a licence, when a version it does not have is confirmed, then version-not-found', () => {
    licenceSpec.given(withOriginal()).when(confirm('v-nope')).thenRefused('version-not-found');
  });
});
