/**
 * Givens shared by the licensing specs (not exported from the library): a seeded vocabulary, licence events with
 * sensible defaults, and a fold that stamps each event with who recorded it and when.
 */
import { LicenceDrafted, LicenceEvent, LicenceVersionCorrected, LicenceVersionRecorded } from './licence-events';
import { evolveLicence } from './licence-evolution';
import { LicenceRuleViolation } from './licence-rule-violation';
import { initialLicence, LicenceState, Provenance } from './licence-state';
import { TermValue } from './term-values';
import { decideSeedVocabulary, evolveVocabulary, initialVocabulary, VocabularyState } from './vocabulary';
import { VocabularyEvent } from './vocabulary-events';

export const LICENCE_ID = 'lic-1';

export const seededVocabulary: VocabularyState = decideSeedVocabulary(initialVocabulary).reduce(evolveVocabulary, initialVocabulary);

export const vocabularyGiven = (...events: VocabularyEvent[]): VocabularyState => events.reduce(evolveVocabulary, initialVocabulary);

export const associate = (recordedAt: string, directedBy?: string): Provenance => ({
  actorId: 's-associate',
  actorRole: 'associate',
  recordedAt,
  ...(directedBy && { directedBy }),
});
export const librarian = (recordedAt: string): Provenance => ({ actorId: 's-librarian', actorRole: 'librarian', recordedAt });

export const permission = (value: string, notes: Omit<TermValue, 'value'> = {}): TermValue => ({ value, ...notes });

export const drafted = (overrides: Partial<LicenceDrafted> = {}): LicenceEvent => ({
  type: 'LicenceDrafted',
  data: { licenceId: LICENCE_ID, name: 'Springer Nature 2024', licensor: 'Springer Nature', type: 'local', resourceIds: ['r-1'], ...overrides },
});

export const versionRecorded = (overrides: Partial<LicenceVersionRecorded> & Pick<LicenceVersionRecorded, 'versionId'>): LicenceEvent => ({
  type: 'LicenceVersionRecorded',
  data: {
    licenceId: LICENCE_ID,
    kind: 'original',
    label: overrides.versionId,
    effectiveFrom: '2024-01-01',
    effectiveTo: null,
    terms: {},
    ...overrides,
  },
});

export const original = (terms: LicenceVersionRecorded['terms'] = {}, overrides: Partial<LicenceVersionRecorded> = {}) =>
  versionRecorded({ versionId: 'v-original', label: 'Original agreement', terms, ...overrides });

export const amendment = (versionId: string, effectiveFrom: string, effectiveTo: string | null, terms: LicenceVersionRecorded['terms']) =>
  versionRecorded({ versionId, kind: 'amendment', label: `Amendment ${versionId}`, effectiveFrom, effectiveTo, terms });

export const renewal = (versionId: string, effectiveFrom: string, effectiveTo: string | null, terms: LicenceVersionRecorded['terms']) =>
  versionRecorded({ versionId, kind: 'renewal', label: `Renewal ${versionId}`, effectiveFrom, effectiveTo, terms });

export const versionCorrected = (data: Omit<LicenceVersionCorrected, 'licenceId'>): LicenceEvent => ({
  type: 'LicenceVersionCorrected',
  data: { licenceId: LICENCE_ID, ...data },
});

export const versionConfirmed = (versionId: string, corrections = 0): LicenceEvent => ({
  type: 'LicenceVersionConfirmed',
  data: { licenceId: LICENCE_ID, versionId, corrections },
});

/** Recorded a minute apart from 2026-01-05T09:00Z, by the associate (confirmations by the librarian). */
export function recordedAt(index: number): string {
  return new Date(Date.UTC(2026, 0, 5, 9, index)).toISOString();
}

export function fold(state: LicenceState, events: readonly LicenceEvent[], from = 0): LicenceState {
  return events.reduce((folding, event, index) => {
    const at = recordedAt(from + index);
    const directedBy = 'directedBy' in event.data ? event.data.directedBy : undefined;
    const provenance = event.type === 'LicenceVersionConfirmed' ? librarian(at) : associate(at, directedBy);
    return evolveLicence(folding, event, provenance);
  }, state);
}

export const given = (...events: LicenceEvent[]): LicenceState => fold(initialLicence, events);

/** The licence as folded, for specs that read its details. */
export function existing(state: LicenceState) {
  if (!state.exists) throw new Error('the given licence does not exist');
  return state;
}

/** One version of the licence as folded (the original unless named). */
export function versionOf(state: LicenceState, versionId = 'v-original') {
  const version = existing(state).versions.find((v) => v.versionId === versionId);
  if (!version) throw new Error(`no version ${versionId}`);
  return version;
}

/** The rule a decision broke, or 'no violation'. */
export function ruleOf(decide: () => unknown): string {
  try {
    decide();
  } catch (error) {
    if (error instanceof LicenceRuleViolation) return error.rule;
    throw error;
  }
  return 'no violation';
}

export function violationOf(decide: () => unknown): LicenceRuleViolation {
  try {
    decide();
  } catch (error) {
    if (error instanceof LicenceRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a LicenceRuleViolation');
}
