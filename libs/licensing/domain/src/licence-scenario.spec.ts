/**
 * The scenario, decided and folded as the service would: an original with ILL electronic prohibited, an
 * amendment a year later permitting it, and a correction that fixes the amendment's effective date. Every
 * combination of "effective on" and "known at" is answered from the events recorded by then.
 */
import { Folded } from '@era/decider';
import { LicenceCommand } from './commands';
import { effectiveTermsOn } from './effective-terms';
import { describeLicenceChanges, LicenceChange } from './licence-changes';
import { licenceDecider } from './licence-decider';
import { LicenceEvent } from './licence-events';
import { initialLicence, LicenceState } from './licence-state';
import { LICENCE_ID, licensingContext, permission } from './testing/licence-fixtures';
import { valuesOf } from './term-values';

const associate = { id: 's-associate', role: 'associate' };
const librarian = { id: 's-librarian', role: 'librarian' };
const RECORDED = {
  drafted: '2024-01-10T10:00:00.000Z',
  original: '2024-01-10T10:05:00.000Z',
  amendment: '2025-01-06T14:00:00.000Z',
  confirmed: '2025-01-07T09:00:00.000Z',
  corrected: '2025-03-03T11:30:00.000Z',
} as const;

const recordedAtOf = (event: Folded<LicenceEvent>) => event.metadata?.recordedAt ?? '';

/** Decides each step on the state as then known, then appends it to the history the way the store would. */
function scenario(): Folded<LicenceEvent>[] {
  const history: Folded<LicenceEvent>[] = [];
  const step = (command: LicenceCommand, actor: typeof associate, recordedAt: string) => {
    const state = history.reduce(licenceDecider.evolve, initialLicence);
    for (const event of licenceDecider.decide(command, state, { ...licensingContext, now: new Date(recordedAt) }))
      history.push({ ...event, metadata: { actor, recordedAt } });
  };
  step(
    { type: 'DraftLicence', data: { licenceId: LICENCE_ID, name: 'Wiley 2024', licensor: 'Wiley', type: 'local', resourceIds: ['r-wiley'] } },
    associate,
    RECORDED.drafted,
  );
  step(
    {
      type: 'RecordVersion',
      data: {
        licenceId: LICENCE_ID,
        versionId: 'v-original',
        kind: 'original',
        label: 'Licence agreement 2024',
        effectiveFrom: '2024-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': permission('prohibited-explicit', { publicNote: 'Electronic ILL is not allowed.' }) },
      },
    },
    associate,
    RECORDED.original,
  );
  step(
    {
      type: 'RecordVersion',
      data: {
        licenceId: LICENCE_ID,
        versionId: 'v-amendment-1',
        kind: 'amendment',
        label: 'Amendment 1: ILL',
        effectiveFrom: '2025-01-01',
        effectiveTo: null,
        terms: { 'ill-electronic': permission('permitted-explicit', { publicNote: 'Electronic ILL is allowed.' }) },
        directedBy: 's-librarian',
      },
    },
    associate,
    RECORDED.amendment,
  );
  step({ type: 'ConfirmVersion', data: { licenceId: LICENCE_ID, versionId: 'v-amendment-1' } }, librarian, RECORDED.confirmed);
  step(
    {
      type: 'CorrectVersion',
      data: {
        licenceId: LICENCE_ID,
        versionId: 'v-amendment-1',
        effectiveFrom: '2025-02-01',
        reason: 'the amendment takes effect on 1 February, not 1 January',
      },
    },
    associate,
    RECORDED.corrected,
  );
  return history;
}

const history = scenario();

/** What the system knew at an instant: only the events recorded by then. */
const knownAt = (instant: string): LicenceState =>
  history.filter((event) => Date.parse(recordedAtOf(event)) <= Date.parse(instant)).reduce(licenceDecider.evolve, initialLicence);

function illElectronic(effectiveOn: string, known: string) {
  const state = knownAt(known);
  if (!state.exists) return 'no licence';
  const term = effectiveTermsOn(state, effectiveOn).terms['ill-electronic'];
  return term ? `${valuesOf(term.value)[0]?.value} (${term.versionId}, ${term.confirmed ? 'confirmed' : 'unconfirmed'})` : 'not in force';
}

describe('scenario: an amendment whose effective date is corrected', () => {
  it('appends draft, original, amendment, confirmation and correction, and never a second amendment', () => {
    expect(history.map((event) => event.type)).toEqual([
      'LicenceDrafted',
      'LicenceVersionRecorded',
      'LicenceVersionRecorded',
      'LicenceVersionConfirmed',
      'LicenceVersionCorrected',
    ]);
  });

  it.each([
    // effectiveOn, knownAt, answer
    ['2025-01-15', '2024-01-10T10:01:00Z', 'not in force'],
    ['2025-01-15', '2024-06-01T00:00:00Z', 'prohibited-explicit (v-original, unconfirmed)'],
    ['2025-01-15', '2025-01-06T15:00:00Z', 'permitted-explicit (v-amendment-1, unconfirmed)'],
    // The amendment is confirmed, but the original stating the same term is not: the answer is not confirmed yet.
    ['2025-01-15', '2025-02-01T00:00:00Z', 'permitted-explicit (v-amendment-1, unconfirmed)'],
    ['2025-01-15', '2025-03-04T00:00:00Z', 'prohibited-explicit (v-original, unconfirmed)'],
    ['2025-02-15', '2024-06-01T00:00:00Z', 'prohibited-explicit (v-original, unconfirmed)'],
    ['2025-02-15', '2025-02-01T00:00:00Z', 'permitted-explicit (v-amendment-1, unconfirmed)'],
    ['2025-02-15', '2025-03-04T00:00:00Z', 'permitted-explicit (v-amendment-1, unconfirmed)'],
    ['2024-06-01', '2025-03-04T00:00:00Z', 'prohibited-explicit (v-original, unconfirmed)'],
    ['2023-12-31', '2025-03-04T00:00:00Z', 'not in force'],
  ])('ILL electronic effective on %s as known at %s: %s', (effectiveOn, known, answer) => {
    expect(illElectronic(effectiveOn, known)).toBe(answer);
  });

  it('on 2025-01-15: permitted before the correction, prohibited after it; the correction is history, not a new version', () => {
    const before = knownAt('2025-03-03T11:29:59Z');
    const after = knownAt(RECORDED.corrected);
    expect(before.exists && effectiveTermsOn(before, '2025-01-15').versionIds).toEqual(['v-original', 'v-amendment-1']);
    expect(after.exists && effectiveTermsOn(after, '2025-01-15').versionIds).toEqual(['v-original']);
    expect(after.exists && after.versions.map((v) => [v.versionId, v.effectiveFrom, v.corrections])).toEqual([
      ['v-original', '2024-01-01', 0],
      ['v-amendment-1', '2025-02-01', 1],
    ]);
  });

  it('keeps who recorded the amendment on whose direction, and who corrected it why', () => {
    const state = knownAt(RECORDED.corrected);
    const amendment = state.exists ? state.versions[1] : undefined;
    expect(amendment?.recorded).toEqual({ actorId: 's-associate', actorRole: 'associate', recordedAt: RECORDED.amendment, directedBy: 's-librarian' });
    expect(amendment?.lastCorrected).toEqual({
      actorId: 's-associate',
      actorRole: 'associate',
      recordedAt: RECORDED.corrected,
      reason: 'the amendment takes effect on 1 February, not 1 January',
    });
  });

  it('after the correction, the librarian may confirm the amendment again', () => {
    const events = licenceDecider.decide(
      { type: 'ConfirmVersion', data: { licenceId: LICENCE_ID, versionId: 'v-amendment-1' } },
      knownAt(RECORDED.corrected),
      licensingContext,
    );
    expect(events).toEqual([{ type: 'LicenceVersionConfirmed', data: { licenceId: LICENCE_ID, versionId: 'v-amendment-1', corrections: 1 } }]);
  });

  it('reads as an audit trail with every change before → after', () => {
    const lines: (LicenceChange & { at: string })[] = [];
    history.reduce<LicenceState>((before, event) => {
      const after = licenceDecider.evolve(before, event);
      lines.push(...describeLicenceChanges(before, event, after).map((change) => ({ ...change, at: recordedAtOf(event) })));
      return after;
    }, initialLicence);
    const summary = lines.map(({ at, kind, field, termKey, before, after }) => [at, kind, termKey ?? field, brief(before), brief(after)]);
    expect(summary).toEqual([
      [RECORDED.drafted, 'drafted', 'licence', null, 'Wiley 2024'],
      [RECORDED.drafted, 'drafted', 'resources', [], ['r-wiley']],
      [RECORDED.original, 'version-recorded', 'version', null, '2024-01-01'],
      [RECORDED.original, 'version-recorded', 'ill-electronic', null, 'prohibited-explicit'],
      [RECORDED.amendment, 'version-recorded', 'version', null, '2025-01-01'],
      [RECORDED.amendment, 'version-recorded', 'ill-electronic', 'prohibited-explicit', 'permitted-explicit'],
      [RECORDED.confirmed, 'version-confirmed', 'confirmation', 'unconfirmed', 'confirmed'],
      [RECORDED.corrected, 'version-corrected', 'effectiveFrom', '2025-01-01', '2025-02-01'],
      [RECORDED.corrected, 'version-corrected', 'confirmation', 'confirmed', 'unconfirmed'],
    ]);
  });
});

/** A line's value in a word: a term's value, a version's start, a licence's name. */
function brief(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return record.value ?? record.effectiveFrom ?? record.name;
}
