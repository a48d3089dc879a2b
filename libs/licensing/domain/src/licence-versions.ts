import { requireCalendarDate } from './calendar-date';
import { CalendarDate, LicenceEvent, LicenceVersionCorrected, LicenceVersionRecorded } from './licence-events';
import { findVersion, optionalText, requireLicence, requireReason, requireText, requireVersion } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState } from './licence-state';
import { sameValue } from './same-value';
import { normaliseTermValue } from './term-value-checks';
import { TermValue, TermValues } from './term-values';
import { checkTermValues, VocabularyState } from './vocabulary';

function checkDates(effectiveFrom: CalendarDate, effectiveTo: CalendarDate | null): void {
  if (effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw new LicenceRuleViolation('effective-dates-reversed', `effective-to ${effectiveTo} is before effective-from ${effectiveFrom}`);
  }
}

const effectiveToOf = (value: unknown): CalendarDate | null => (value === null ? null : requireCalendarDate(value, 'effective-to'));

/** Keys in a stable order, so that events and audit lines come out the same every time. */
const sortedEntries = <V>(record: Readonly<Record<string, V>>): [string, V][] =>
  Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function decideRecordVersion(state: LicenceState, command: LicenceVersionRecorded, vocabulary: VocabularyState): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const versionId = requireText(command.versionId, 'the version id');
  if (findVersion(licence, versionId)) {
    throw new LicenceRuleViolation('version-already-recorded', `licence ${licence.licenceId} already has a version ${versionId}`);
  }
  const label = requireText(command.label, 'the version label');
  const original = licence.versions.find((version) => version.kind === 'original');
  if (command.kind === 'original' && original) {
    throw new LicenceRuleViolation('original-already-recorded', `licence ${licence.licenceId} already has its original agreement (${original.label}); record an amendment or a renewal`);
  }
  if (command.kind !== 'original' && !original) {
    throw new LicenceRuleViolation('original-required', `record the original agreement of licence ${licence.licenceId} before any ${command.kind}`);
  }
  const effectiveFrom = requireCalendarDate(command.effectiveFrom, 'effective-from');
  const effectiveTo = effectiveToOf(command.effectiveTo ?? null);
  checkDates(effectiveFrom, effectiveTo);
  const terms = command.terms ?? {};
  const removal = Object.keys(terms).find((key) => (terms as Record<string, TermValue | null>)[key] === null);
  if (removal !== undefined) {
    throw new LicenceRuleViolation('invalid-term-value', `term "${removal}" has no value: a new version states values (leave the term out instead)`);
  }
  checkTermValues(vocabulary, terms);
  const directedBy = optionalText(command.directedBy);
  const recorded: LicenceVersionRecorded = {
    licenceId: licence.licenceId,
    versionId,
    kind: command.kind,
    label,
    effectiveFrom,
    effectiveTo,
    terms: Object.fromEntries(sortedEntries(terms).map(([key, value]) => [key, normaliseTermValue(value)])),
    ...(directedBy !== undefined && { directedBy }),
  };
  return [{ type: 'LicenceVersionRecorded', data: recorded }];
}

/**
 * A correction fixes what was entered, not what the licence said; only what differs from the version as now
 * recorded goes into the event, and a correction that differs in nothing is refused.
 */
export function decideCorrectVersion(state: LicenceState, command: LicenceVersionCorrected, vocabulary: VocabularyState): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireVersion(licence, command.versionId);
  const reason = requireReason(command.reason, `correcting version ${version.versionId}`);
  const label = command.label === undefined ? version.label : requireText(command.label, 'the version label');
  const effectiveFrom = command.effectiveFrom === undefined ? version.effectiveFrom : requireCalendarDate(command.effectiveFrom, 'effective-from');
  const effectiveTo = command.effectiveTo === undefined ? version.effectiveTo : effectiveToOf(command.effectiveTo);
  checkDates(effectiveFrom, effectiveTo);
  const given = command.terms ?? {};
  checkTermValues(vocabulary, given);
  const terms = changedTerms(version.terms, given);
  const directedBy = optionalText(command.directedBy);
  const corrected: LicenceVersionCorrected = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    reason,
    ...(label !== version.label && { label }),
    ...(effectiveFrom !== version.effectiveFrom && { effectiveFrom }),
    ...(effectiveTo !== version.effectiveTo && { effectiveTo }),
    ...(Object.keys(terms).length > 0 && { terms }),
  };
  if (Object.keys(corrected).length === 3) {
    throw new LicenceRuleViolation('correction-changes-nothing', `the correction leaves version ${version.versionId} as it is recorded`);
  }
  return [{ type: 'LicenceVersionCorrected', data: { ...corrected, ...(directedBy !== undefined && { directedBy }) } }];
}

function changedTerms(recorded: TermValues, given: Readonly<Record<string, TermValue | null>>): Record<string, TermValue | null> {
  const changed: Record<string, TermValue | null> = {};
  for (const [key, value] of sortedEntries(given)) {
    const was = Object.hasOwn(recorded, key) ? recorded[key] : undefined;
    if (value === null) {
      if (was !== undefined) changed[key] = null;
      continue;
    }
    const corrected = normaliseTermValue(value);
    if (!sameValue(was, corrected)) changed[key] = corrected;
  }
  return changed;
}

/** Confirms the version as now recorded; once confirmed, only a correction makes it confirmable again. */
export function decideConfirmVersion(state: LicenceState, command: { licenceId: string; versionId: string; note?: string }): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireVersion(licence, command.versionId);
  if (version.confirmed) {
    throw new LicenceRuleViolation(
      'version-already-confirmed',
      `version ${version.versionId} was already confirmed on ${version.confirmed.recordedAt} by ${version.confirmed.actorId} and has not been corrected since`,
    );
  }
  const note = optionalText(command.note);
  return [
    {
      type: 'LicenceVersionConfirmed',
      data: { licenceId: licence.licenceId, versionId: version.versionId, corrections: version.corrections, ...(note !== undefined && { note }) },
    },
  ];
}
