import { effectiveTermsOn } from './effective-terms';
import { amendment, drafted, existing, given, original, permission, renewal, ruleOf, versionConfirmed, versionCorrected } from './testing/licence-fixtures';
import { LicenceEvent } from './licence-events';
import { valuesOf } from './term-values';

const prohibited = permission('prohibited-explicit');
const permitted = permission('permitted-explicit');
const underConditions = permission('permitted-explicit-under-conditions', { publicNote: 'Secure transmission only.' });

const licence = (...events: LicenceEvent[]) => existing(given(drafted(), ...events));
const valuesOn = (events: LicenceEvent[], date: string) =>
  Object.fromEntries(Object.entries(effectiveTermsOn(licence(...events), date).terms).map(([key, term]) => [key, valuesOf(term.value)[0]?.value]));
const sourceOn = (events: LicenceEvent[], date: string, key: string) => effectiveTermsOn(licence(...events), date).terms[key]?.versionId;

describe('effective terms of the original alone', () => {
  const events = [original({ 'ill-electronic': prohibited, 'concurrent-users': { value: 5 } }, { effectiveFrom: '2024-01-01', effectiveTo: '2026-12-31' })];

  it('given an original, when asked for a date it covers, then its terms, in force, unconfirmed, with their version', () => {
    expect(effectiveTermsOn(licence(...events), '2024-06-01')).toEqual({
      effectiveOn: '2024-06-01',
      inForce: true,
      versionIds: ['v-original'],
      terms: {
        'concurrent-users': {
          key: 'concurrent-users',
          value: { value: 5 },
          versionId: 'v-original',
          versionKind: 'original',
          versionLabel: 'Original agreement',
          confirmed: false,
        },
        'ill-electronic': {
          key: 'ill-electronic',
          value: prohibited,
          versionId: 'v-original',
          versionKind: 'original',
          versionLabel: 'Original agreement',
          confirmed: false,
        },
      },
    });
  });

  it('given an original, when asked for its first and last day, then in force; the day before and after, not', () => {
    expect(['2023-12-31', '2024-01-01', '2026-12-31', '2027-01-01'].map((date) => effectiveTermsOn(licence(...events), date).inForce)).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(effectiveTermsOn(licence(...events), '2027-01-01')).toEqual({ effectiveOn: '2027-01-01', inForce: false, versionIds: [], terms: {} });
  });

  it('given a drafted licence without versions, when asked, then not in force', () => {
    expect(effectiveTermsOn(licence(), '2025-01-01').inForce).toBe(false);
  });

  it('given a confirmed original, when asked, then its terms are confirmed', () => {
    const terms = effectiveTermsOn(licence(...events, versionConfirmed('v-original')), '2024-06-01').terms;
    expect(Object.values(terms).map((term) => term.confirmed)).toEqual([true, true]);
  });

  it('given a date that is not a calendar date, when asked, then invalid-calendar-date', () => {
    expect(ruleOf(() => effectiveTermsOn(licence(...events), '2024-02-30'))).toBe('invalid-calendar-date');
  });
});

describe('amendment precedence', () => {
  const base = original({ 'ill-electronic': prohibited, 'course-reserves-electronic': prohibited, 'concurrent-users': { value: 5 } });

  it('given an amendment, when asked before it starts, then the original; from its first day, the amendment wins its terms only', () => {
    const events = [base, amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted })];
    expect(valuesOn(events, '2024-12-31')).toEqual({
      'concurrent-users': 5,
      'course-reserves-electronic': 'prohibited-explicit',
      'ill-electronic': 'prohibited-explicit',
    });
    expect(valuesOn(events, '2025-01-01')).toEqual({
      'concurrent-users': 5,
      'course-reserves-electronic': 'prohibited-explicit',
      'ill-electronic': 'permitted-explicit',
    });
    expect(effectiveTermsOn(licence(...events), '2025-01-01').versionIds).toEqual(['v-original', 'v-a1']);
  });

  it('given two overlapping amendments, when both are in force, then the latest effective-from wins term by term', () => {
    const events = [
      base,
      amendment('v-a1', '2025-01-01', null, { 'ill-electronic': underConditions, 'course-reserves-electronic': permitted }),
      amendment('v-a2', '2025-06-01', null, { 'ill-electronic': permitted }),
    ];
    expect(valuesOn(events, '2025-07-01')).toEqual({
      'concurrent-users': 5,
      'course-reserves-electronic': 'permitted-explicit',
      'ill-electronic': 'permitted-explicit',
    });
    expect(sourceOn(events, '2025-07-01', 'course-reserves-electronic')).toBe('v-a1');
    expect(sourceOn(events, '2025-07-01', 'ill-electronic')).toBe('v-a2');
    expect(sourceOn(events, '2025-03-01', 'ill-electronic')).toBe('v-a1');
  });

  it('given amendments recorded out of date order, when both are in force, then effective-from decides, not recording order', () => {
    const events = [
      base,
      amendment('v-later', '2025-06-01', null, { 'ill-electronic': permitted }),
      amendment('v-earlier', '2025-01-01', null, { 'ill-electronic': underConditions }),
    ];
    expect(sourceOn(events, '2025-07-01', 'ill-electronic')).toBe('v-later');
    expect(effectiveTermsOn(licence(...events), '2025-07-01').versionIds).toEqual(['v-original', 'v-earlier', 'v-later']);
  });

  it('given an amendment with an end, when asked after its effective-to, then it has lapsed and the original applies again', () => {
    const events = [base, amendment('v-a1', '2025-01-01', '2025-06-30', { 'ill-electronic': permitted })];
    expect(sourceOn(events, '2025-06-30', 'ill-electronic')).toBe('v-a1');
    expect(sourceOn(events, '2025-07-01', 'ill-electronic')).toBe('v-original');
    expect(effectiveTermsOn(licence(...events), '2025-07-01').versionIds).toEqual(['v-original']);
  });

  it('given a lapsed later amendment over an earlier open one, when asked after the lapse, then the earlier amendment applies', () => {
    const events = [
      base,
      amendment('v-a1', '2025-01-01', null, { 'ill-electronic': underConditions }),
      amendment('v-a2', '2025-03-01', '2025-03-31', { 'ill-electronic': permitted }),
    ];
    expect(['2025-02-01', '2025-03-15', '2025-04-01'].map((date) => sourceOn(events, date, 'ill-electronic'))).toEqual(['v-a1', 'v-a2', 'v-a1']);
  });

  it('given two amendments from the same day, when both are in force, then the one recorded later wins', () => {
    const events = [
      base,
      amendment('v-first', '2025-01-01', null, { 'ill-electronic': underConditions }),
      amendment('v-second', '2025-01-01', null, { 'ill-electronic': permitted }),
    ];
    expect(sourceOn(events, '2025-01-01', 'ill-electronic')).toBe('v-second');
    expect(effectiveTermsOn(licence(...events), '2025-01-01').versionIds).toEqual(['v-original', 'v-first', 'v-second']);
  });

  it('given an amendment from the same day as the original, when asked, then the amendment (recorded later) wins', () => {
    const events = [base, amendment('v-a1', '2024-01-01', null, { 'ill-electronic': permitted })];
    expect(sourceOn(events, '2024-01-01', 'ill-electronic')).toBe('v-a1');
  });

  it('given an amendment, when only the amendment is confirmed, then no answer it touches is confirmed while the original stating the same term is not', () => {
    const history = [base, amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted }), versionConfirmed('v-a1')];
    const terms = effectiveTermsOn(licence(...history), '2025-02-01').terms;
    expect(terms['ill-electronic'].confirmed).toBe(false);
    expect(terms['concurrent-users'].confirmed).toBe(false);
    const allConfirmed = effectiveTermsOn(licence(...history, versionConfirmed('v-original')), '2025-02-01').terms;
    expect(allConfirmed['ill-electronic'].confirmed).toBe(true);
    expect(allConfirmed['concurrent-users'].confirmed).toBe(true);
  });

  it('given a confirmed original that has ended and an unconfirmed renewal keeping the licence in force, then nothing is confirmed', () => {
    const ended = original({ 'ill-electronic': prohibited }, { versionId: 'v-original', effectiveFrom: '2020-01-01', effectiveTo: '2022-12-31' });
    const keptInForce = renewal('v-renewal', '2023-01-01', null, { 'walk-in-access': permitted });
    const unconfirmedRenewal = effectiveTermsOn(licence(ended, versionConfirmed('v-original'), keptInForce), '2024-06-01').terms;
    expect(unconfirmedRenewal['ill-electronic']).toMatchObject({ versionId: 'v-original', confirmed: false });
    const confirmedRenewal = effectiveTermsOn(licence(ended, versionConfirmed('v-original'), keptInForce, versionConfirmed('v-renewal')), '2024-06-01').terms;
    expect(confirmedRenewal['ill-electronic']).toMatchObject({ versionId: 'v-original', confirmed: true });
  });

  it('given a confirmed original and an unconfirmed amendment not yet in force, when asked before it, then the term it states is unconfirmed', () => {
    // The amendment's own dates are unconfirmed: once confirmed or corrected, it may change the answer on this date.
    const history = [base, versionConfirmed('v-original'), amendment('v-a1', '2025-06-01', null, { 'ill-electronic': permitted })];
    const terms = effectiveTermsOn(licence(...history), '2025-02-01').terms;
    expect(terms['ill-electronic']).toMatchObject({ versionId: 'v-original', confirmed: false });
    expect(terms['concurrent-users']).toMatchObject({ versionId: 'v-original', confirmed: true });
  });
});

describe('renewals', () => {
  const base = original(
    { 'ill-electronic': prohibited, 'concurrent-users': { value: 5 }, 'remote-access': permitted },
    { effectiveFrom: '2023-01-01', effectiveTo: '2023-12-31' },
  );

  it('given a renewal, when asked in its period, then the original’s terms carry forward and the renewal’s replace them', () => {
    const events = [base, renewal('v-r1', '2024-01-01', '2024-12-31', { 'concurrent-users': { value: 10 }, 'ill-electronic': permitted })];
    expect(valuesOn(events, '2024-06-01')).toEqual({ 'concurrent-users': 10, 'ill-electronic': 'permitted-explicit', 'remote-access': 'permitted-explicit' });
    expect(sourceOn(events, '2024-06-01', 'remote-access')).toBe('v-original');
    expect(effectiveTermsOn(licence(...events), '2024-06-01').versionIds).toEqual(['v-original', 'v-r1']);
  });

  it('given a renewal, when asked before its start, then the original as it was', () => {
    const events = [base, renewal('v-r1', '2024-01-01', '2024-12-31', { 'concurrent-users': { value: 10 } })];
    expect(valuesOn(events, '2023-06-01')).toEqual({ 'concurrent-users': 5, 'ill-electronic': 'prohibited-explicit', 'remote-access': 'permitted-explicit' });
  });

  it('given an original and a renewal, when asked outside any base period (a gap, or after the end), then not in force and no terms', () => {
    const events = [base, renewal('v-r1', '2024-03-01', '2024-12-31', {}), amendment('v-a1', '2023-06-01', null, { 'ill-electronic': permitted })];
    for (const date of ['2022-12-31', '2024-02-15', '2025-01-01']) {
      const { dateNote: _note, ...answer } = effectiveTermsOn(licence(...events), date);
      expect(answer).toEqual({ effectiveOn: date, inForce: false, versionIds: [], terms: {} });
    }
    // The open amendment covers the gap, but does not put the licence in force: the answer says why.
    expect(effectiveTermsOn(licence(...events), '2024-02-15').dateNote).toMatch(/an amendment does not extend a licence/);
  });

  it('given two renewals, when asked in the second, then original, first and second renewal overlay in order', () => {
    const events = [
      base,
      renewal('v-r1', '2024-01-01', '2024-12-31', { 'concurrent-users': { value: 10 } }),
      renewal('v-r2', '2025-01-01', null, { 'ill-electronic': underConditions }),
    ];
    expect(valuesOn(events, '2025-06-01')).toEqual({
      'concurrent-users': 10,
      'ill-electronic': 'permitted-explicit-under-conditions',
      'remote-access': 'permitted-explicit',
    });
    expect(effectiveTermsOn(licence(...events), '2025-06-01').versionIds).toEqual(['v-original', 'v-r1', 'v-r2']);
  });

  it('given an open amendment from the original’s period, when a later renewal restates the term, then the renewal wins', () => {
    const events = [
      base,
      amendment('v-a1', '2023-06-01', null, { 'ill-electronic': underConditions, 'remote-access': prohibited }),
      renewal('v-r1', '2024-01-01', null, { 'ill-electronic': permitted }),
    ];
    expect(sourceOn(events, '2024-06-01', 'ill-electronic')).toBe('v-r1');
    expect(sourceOn(events, '2024-06-01', 'remote-access')).toBe('v-a1');
  });
});

describe('effective terms follow corrections', () => {
  it('given a correction that removes a value, when asked, then the term falls back to the earlier version', () => {
    const events = [
      original({ 'ill-electronic': prohibited }),
      amendment('v-a1', '2025-01-01', null, { 'ill-electronic': permitted }),
      versionCorrected({ versionId: 'v-a1', reason: 'the amendment does not cover ILL', terms: { 'ill-electronic': null } }),
    ];
    expect(sourceOn(events, '2025-02-01', 'ill-electronic')).toBe('v-original');
  });
});
