/**
 * Givens shared by the licensing specs (imported by specs only, never by the library): a seeded vocabulary, licence
 * events with sensible defaults stamped with who recorded them and when, and the deciders' specifications.
 */
import { Folded, RecordedBy } from '@era/decider';
import { deciderSpecification } from '@era/decider/testing';
import { licenceDecider } from '../licence-decider';
import { LicenceDrafted, LicenceEvent, LicenceVersionCorrected, LicenceVersionRecorded } from '../licence-events';
import { LicenceRuleViolation } from '../licence-rule-violation';
import { initialLicence, LicenceState } from '../licence-state';
import { LicensingContext } from '../licensing-context';
import { TermValue } from '../term-values';
import { defaultVocabulary, evolveVocabulary, initialVocabulary, vocabularyDecider, VocabularyState } from '../vocabulary';
import { VocabularyEvent } from '../vocabulary-events';
import { defaultLicenceLists } from '../licence-lists-decider';

export const LICENCE_ID = 'lic-1';

/** Now, as the decisions of the specs see it. */
export const NOW = new Date('2026-03-05T12:00:00Z');

export const seededVocabulary: VocabularyState = defaultVocabulary;

export const vocabularyGiven = (...events: VocabularyEvent[]): VocabularyState => events.reduce(evolveVocabulary, initialVocabulary);

/** The staff of the specs: who directs licence work is the librarian and the admin. */
const ROLES: Readonly<Record<string, string>> = { 's-librarian': 'librarian', 's-admin': 'admin', 's-associate': 'associate', 's-desk': 'desk' };

export const licensingContext: LicensingContext = {
  now: NOW,
  vocabulary: seededVocabulary,
  lists: defaultLicenceLists,
  staffRoleOf: (staffId) => (Object.hasOwn(ROLES, staffId) ? ROLES[staffId] : undefined),
};

export const licenceSpec = deciderSpecification(licenceDecider, licensingContext);
export const vocabularySpec = deciderSpecification(vocabularyDecider, { now: NOW });

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

/** The events as the store hands them back: each with who recorded it and when, a minute apart from `from`. */
export function stamped(events: readonly LicenceEvent[], from = 0): Folded<LicenceEvent>[] {
  return events.map((event, index) => {
    const actor = event.type === 'LicenceVersionConfirmed' ? { id: 's-librarian', role: 'librarian' } : { id: 's-associate', role: 'associate' };
    const metadata: RecordedBy = { actor, recordedAt: recordedAt(from + index) };
    return { ...event, metadata };
  });
}

/** The history of a spec's `given`: the events, stamped. */
export const history = (...events: LicenceEvent[]): Folded<LicenceEvent>[] => stamped(events);

export function fold(state: LicenceState, events: readonly LicenceEvent[], from = 0): LicenceState {
  return stamped(events, from).reduce(licenceDecider.evolve, state);
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

/** The rule a check broke, or 'no violation': for the checks the deciders share (term values, calendar dates). */
export function ruleOf(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    if (error instanceof LicenceRuleViolation) return error.rule;
    throw error;
  }
  return 'no violation';
}

export function violationOf(check: () => unknown): LicenceRuleViolation {
  try {
    check();
  } catch (error) {
    if (error instanceof LicenceRuleViolation) return error;
    throw error;
  }
  throw new Error('expected a LicenceRuleViolation');
}
