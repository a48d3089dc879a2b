import { LicenceEvent } from './licence-events';
import { permittedUses } from './permitted-uses';
import { drafted, existing, given, permission, versionRecorded, seededVocabulary } from './testing/licence-fixtures';

/** The desk's answer when the dates leave something unknown: it answers, and says what is unknown. */
const vocabulary = new Map(Object.entries(seededVocabulary.terms));
const active = (...versions: LicenceEvent[]) => existing(given(drafted({ status: 'active', lifecycle: 'active' }), ...versions));
const ask = (effectiveOn: string, ...versions: LicenceEvent[]) =>
  permittedUses({ licences: [active(...versions)], vocabulary, effectiveOn, use: 'ill-electronic' }).licences[0];
const ill = { 'ill-electronic': permission('permitted-explicit') };

describe('permitted uses when dates are unknown or implied', () => {
  it.each<[string, LicenceEvent[], string, Record<string, unknown>]>([
    [
      'an original without a start',
      [versionRecorded({ versionId: 'O', label: 'Original', effectiveFrom: null, terms: ill })],
      '2020-01-01',
      { applies: true, inForce: true, value: 'permitted-explicit', dateNote: 'the effective date is unknown: Original states no start' },
    ],
    [
      'an original with an implicit end',
      [versionRecorded({ versionId: 'O', label: 'Original', effectiveTo: '2026-12-31', endDateSemantics: 'implicit', terms: ill })],
      '2026-06-01',
      { applies: true, value: 'permitted-explicit', dateNote: 'the end is implicit: Original names no end of its own' },
    ],
    [
      'an open amendment after the original has ended',
      [
        versionRecorded({ versionId: 'O', label: 'Original', effectiveTo: '2024-12-31', terms: ill }),
        versionRecorded({ versionId: 'A1', kind: 'amendment', label: 'Amendment 1', effectiveFrom: '2024-06-01', terms: ill }),
      ],
      '2025-06-01',
      {
        applies: false,
        inForce: false,
        value: null,
        notApplicableBecause: 'Amendment 1 covers 2025-06-01, but an amendment does not extend a licence: no original or renewal does',
      },
    ],
    [
      'no version covering the day',
      [versionRecorded({ versionId: 'O', label: 'Original', effectiveTo: '2024-12-31', terms: ill })],
      '2025-06-01',
      { applies: false, inForce: false, notApplicableBecause: 'no original or renewal covers 2025-06-01' },
    ],
  ])('given %s, when the desk asks, then the answer says so', (_, versions, day, expected) => {
    expect(ask(day, ...versions)).toMatchObject(expected);
  });

  it('given dated versions, when the desk asks, then no date note', () => {
    expect(ask('2024-06-01', versionRecorded({ versionId: 'O', label: 'Original', terms: ill }))).not.toHaveProperty('dateNote');
  });
});
