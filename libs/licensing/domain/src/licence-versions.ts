import { canonicalId } from '@era/decider';
import { requireCalendarDate } from './calendar-date';
import { ConfirmVersion, CorrectVersion, RecordVersion, WithdrawVersion } from './commands';
import { CalendarDate, EndDateSemantics, LicenceEvent, LicenceVersionCorrected, LicenceVersionRecorded, VersionKind } from './licence-events';
import { AmendmentEffect } from './licence-lists-events';
import { requireListKey, requireWithin, VERSION_DESCRIPTION_MAX } from './list-value-checks';
import {
  ExistingLicence,
  findVersion,
  optionalText,
  requireLicence,
  requireOpenVersion,
  requireReason,
  requireText,
  requireVersion,
  sentAs,
} from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState, LicenceVersion } from './licence-state';
import { LicensingContext, requireDirector } from './licensing-context';
import { sameValue } from './same-value';
import { normaliseTermEntry } from './term-value-checks';
import { TermEntry, TermValues } from './term-values';
import { checkTermValues, findTerm, VocabularyState } from './vocabulary';

function checkDates(effectiveFrom: CalendarDate | null, effectiveTo: CalendarDate | null): void {
  if (effectiveFrom !== null && effectiveTo !== null && effectiveTo < effectiveFrom) {
    throw new LicenceRuleViolation('effective-dates-reversed', `effective-to ${effectiveTo} is before effective-from ${effectiveFrom}`);
  }
}

const effectiveToOf = (value: unknown): CalendarDate | null => (value === null ? null : requireCalendarDate(value, 'effective-to'));
/** null or absent: the agreement states no start (answers then say the effective date is unknown). */
const effectiveFromOf = (value: unknown): CalendarDate | null => (value === null || value === undefined ? null : requireCalendarDate(value, 'effective-from'));

/**
 * The end as its semantics say: explicit needs an end, open-ended takes none, implicit may hold the implied end or
 * none. Absent semantics default as recorded versions always did: explicit with an end, open-ended without.
 */
function checkEnd(effectiveTo: CalendarDate | null, semantics: EndDateSemantics | undefined): EndDateSemantics {
  const resolved = semantics ?? (effectiveTo === null ? 'open-ended' : 'explicit');
  if (resolved === 'explicit' && effectiveTo === null) {
    throw new LicenceRuleViolation('end-date-required', 'an explicit end-date semantics needs effective-to: give the end the agreement states');
  }
  if (resolved === 'open-ended' && effectiveTo !== null) {
    throw new LicenceRuleViolation(
      'end-date-not-applicable',
      `an open-ended version runs until terminated and takes no effective-to (got ${effectiveTo}); say explicit or implicit instead`,
    );
  }
  return resolved;
}

/** An amendment's status, a key of the amendment-status list; originals and renewals take none. */
function checkStatus(kind: VersionKind, status: string | undefined, context: LicensingContext, recorded?: string): AmendmentEffect | undefined {
  if (status === undefined) return undefined;
  if (kind !== 'amendment') {
    throw new LicenceRuleViolation(
      'amendment-status-not-applicable',
      `only an amendment has an amendment status; this version is ${kind === 'original' ? 'an' : 'a'} ${kind}`,
    );
  }
  return requireListKey(context.lists, 'amendment-status', status, 'the amendment status', recorded).amendmentEffect;
}

const descriptionOf = (value: unknown): string | undefined => {
  const text = optionalText(value);
  return text === undefined ? undefined : requireWithin(text, VERSION_DESCRIPTION_MAX, 'the version description');
};

/** The original in effect: a withdrawn one was recorded by mistake and no longer counts. */
const originalOf = (licence: ExistingLicence): LicenceVersion | undefined =>
  licence.versions.find((version) => version.kind === 'original' && version.withdrawn === undefined);

/**
 * A licence has at most one original. A version may be corrected away from original (otherwise an original and a
 * renewal entered the wrong way round could never be swapped); until another is corrected to original, no amendment
 * or renewal can be recorded.
 */
function checkKind(licence: ExistingLicence, version: LicenceVersion, kind: VersionKind): void {
  const original = originalOf(licence);
  if (kind === 'original' && original && original.versionId !== version.versionId) {
    throw new LicenceRuleViolation(
      'original-already-recorded',
      `licence ${licence.licenceId} already has its original agreement (${original.label}); correct that one's kind first`,
    );
  }
}

/** Keys in a stable order, so that events and audit lines come out the same every time. */
const sortedEntries = <V>(record: Readonly<Record<string, V>>): [string, V][] => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** A version as the request states it, before any check against the licence: label and terms as they are recorded. */
interface SentVersion {
  kind: VersionKind;
  label: string;
  effectiveFrom: CalendarDate | null;
  effectiveTo: CalendarDate | null;
  endDateSemantics: EndDateSemantics;
  status?: string;
  description?: string;
  terms: TermValues;
  directedBy?: string;
}

function versionAsSent(data: RecordVersion['data'], vocabulary: VocabularyState): SentVersion {
  const label = requireText(data.label, 'the version label');
  const effectiveFrom = effectiveFromOf(data.effectiveFrom);
  const effectiveTo = effectiveToOf(data.effectiveTo ?? null);
  checkDates(effectiveFrom, effectiveTo);
  const endDateSemantics = checkEnd(effectiveTo, data.endDateSemantics);
  const status = optionalText(data.status);
  const description = descriptionOf(data.description);
  const terms: Record<string, TermEntry> = {};
  for (const [key, value] of sortedEntries(data.terms)) {
    if (value === null) {
      throw new LicenceRuleViolation('invalid-term-value', `term "${key}" has no value: a new version states values (leave the term out instead)`);
    }
    terms[key] = normaliseTermEntry(value, findTerm(vocabulary, key));
  }
  const directedBy = optionalText(data.directedBy);
  return {
    kind: data.kind,
    label,
    effectiveFrom,
    effectiveTo,
    endDateSemantics,
    ...(status !== undefined && { status }),
    ...(description !== undefined && { description }),
    terms,
    ...(directedBy !== undefined && { directedBy }),
  };
}

/** The version as it stands is what the request would have recorded: the same request again, not another version. */
function isRecordedAs(version: LicenceVersion, sent: SentVersion): boolean {
  return (
    version.kind === sent.kind &&
    version.label === sent.label &&
    version.effectiveFrom === sent.effectiveFrom &&
    version.effectiveTo === sent.effectiveTo &&
    version.endDateSemantics === sent.endDateSemantics &&
    version.status === sent.status &&
    version.description === sent.description &&
    sameValue(version.terms, sent.terms) &&
    version.recorded.directedBy === sent.directedBy
  );
}

/**
 * Recording is idempotent: the same version sent again under its id (a retry after a lost response) decides
 * nothing, while the id with another version is refused. A licence has at most one original in effect, and
 * amendments and renewals rest on it.
 */
export function decideRecordVersion({ data }: RecordVersion, state: LicenceState, context: LicensingContext): LicenceEvent[] {
  requireDirector(optionalText(data.directedBy), context);
  const licence = requireLicence(state, data.licenceId);
  const versionId = canonicalId(requireText(data.versionId, 'the version id'));
  const recorded = findVersion(licence, versionId);
  if (recorded) {
    const sent = sentAs(() => versionAsSent(data, context.vocabulary));
    if (sent && isRecordedAs(recorded, sent)) return [];
    throw new LicenceRuleViolation('version-already-recorded', `licence ${licence.licenceId} already has a version ${versionId}, recorded with other details`);
  }
  const label = requireText(data.label, 'the version label');
  const original = originalOf(licence);
  if (data.kind === 'original' && original) {
    throw new LicenceRuleViolation(
      'original-already-recorded',
      `licence ${licence.licenceId} already has its original agreement (${original.label}); record an amendment or a renewal`,
    );
  }
  if (data.kind !== 'original' && !original) {
    throw new LicenceRuleViolation('original-required', `record the original agreement of licence ${licence.licenceId} before any ${data.kind}`);
  }
  const { effectiveFrom, effectiveTo, endDateSemantics, status, description, terms, directedBy } = versionAsSent(data, context.vocabulary);
  const amendmentEffect = checkStatus(data.kind, status, context);
  checkTermValues(context.vocabulary, data.terms);
  const version: LicenceVersionRecorded = {
    licenceId: licence.licenceId,
    versionId,
    kind: data.kind,
    label,
    effectiveFrom,
    effectiveTo,
    // Stated only when it says more than the end date does (the default reads it back the same).
    ...(endDateSemantics !== (effectiveTo === null ? 'open-ended' : 'explicit') && { endDateSemantics }),
    ...(status !== undefined && { status }),
    ...(amendmentEffect !== undefined && { amendmentEffect }),
    ...(description !== undefined && { description }),
    terms,
    ...(directedBy !== undefined && { directedBy }),
  };
  return [{ type: 'LicenceVersionRecorded', data: version }];
}

/**
 * A correction fixes what was entered, not what the licence said; only what differs from the version as now
 * recorded goes into the event, and a correction that differs in nothing is refused. The kind can be corrected too (it
 * decides precedence), within the one-original rule; a withdrawn version cannot be corrected.
 */
export function decideCorrectVersion({ data }: CorrectVersion, state: LicenceState, context: LicensingContext): LicenceEvent[] {
  const directedBy = optionalText(data.directedBy);
  requireDirector(directedBy, context);
  const licence = requireLicence(state, data.licenceId);
  const version = requireOpenVersion(licence, data.versionId, 'corrected');
  const reason = requireReason(data.reason, `correcting version ${version.versionId}`);
  const kind = data.kind ?? version.kind;
  checkKind(licence, version, kind);
  const label = data.label === undefined ? version.label : requireText(data.label, 'the version label');
  const effectiveFrom = data.effectiveFrom === undefined ? version.effectiveFrom : effectiveFromOf(data.effectiveFrom);
  const effectiveTo = data.effectiveTo === undefined ? version.effectiveTo : effectiveToOf(data.effectiveTo);
  checkDates(effectiveFrom, effectiveTo);
  const endDateSemantics = correctedSemantics(version, effectiveTo, data.endDateSemantics);
  const status = data.status === undefined ? version.status : data.status === null ? undefined : optionalText(data.status);
  const amendmentEffect = checkStatus(kind, status, context, version.status);
  const description = data.description === undefined ? version.description : data.description === null ? undefined : descriptionOf(data.description);
  const given = data.terms ?? {};
  checkTermValues(context.vocabulary, given);
  const terms = changedTerms(version.terms, given, context.vocabulary);
  const corrected: LicenceVersionCorrected = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    reason,
    ...(kind !== version.kind && { kind }),
    ...(label !== version.label && { label }),
    ...(effectiveFrom !== version.effectiveFrom && { effectiveFrom }),
    ...(effectiveTo !== version.effectiveTo && { effectiveTo }),
    // Stated only when the fold would not read it from the end alone (as it reads corrections recorded before).
    ...(endDateSemantics !== foldedSemantics(version, effectiveTo) && { endDateSemantics }),
    ...(status !== version.status && { status: status ?? null }),
    ...(status !== version.status && amendmentEffect !== undefined && { amendmentEffect }),
    ...(description !== version.description && { description: description ?? null }),
    ...(Object.keys(terms).length > 0 && { terms }),
  };
  if (Object.keys(corrected).length === 3) {
    throw new LicenceRuleViolation('correction-changes-nothing', `the correction leaves version ${version.versionId} as it is recorded`);
  }
  return [{ type: 'LicenceVersionCorrected', data: { ...corrected, ...(directedBy !== undefined && { directedBy }) } }];
}

/**
 * The semantics a correction leaves: the ones given, else the recorded ones while they still fit the end, else the
 * default for the end (an end given to an open-ended version makes it explicit; an explicit one losing its end, open-ended).
 */
function correctedSemantics(version: LicenceVersion, effectiveTo: CalendarDate | null, given: EndDateSemantics | undefined): EndDateSemantics {
  if (given !== undefined) return checkEnd(effectiveTo, given);
  const fits =
    (version.endDateSemantics === 'explicit' && effectiveTo !== null) ||
    (version.endDateSemantics === 'open-ended' && effectiveTo === null) ||
    version.endDateSemantics === 'implicit';
  return fits ? version.endDateSemantics : checkEnd(effectiveTo, undefined);
}

/** The semantics the fold gives a correction that states none: an end given to an open-ended version makes it explicit. */
const foldedSemantics = (version: LicenceVersion, effectiveTo: CalendarDate | null): EndDateSemantics =>
  effectiveTo !== version.effectiveTo && effectiveTo !== null && version.endDateSemantics === 'open-ended' ? 'explicit' : version.endDateSemantics;

function changedTerms(recorded: TermValues, given: Readonly<Record<string, TermEntry | null>>, vocabulary: VocabularyState): Record<string, TermEntry | null> {
  const changed: Record<string, TermEntry | null> = {};
  for (const [key, value] of sortedEntries(given)) {
    const was = Object.hasOwn(recorded, key) ? recorded[key] : undefined;
    if (value === null) {
      if (was !== undefined) changed[key] = null;
      continue;
    }
    const corrected = normaliseTermEntry(value, findTerm(vocabulary, key));
    if (!sameValue(was, corrected)) changed[key] = corrected;
  }
  return changed;
}

/** Confirms the version as now recorded; once confirmed, only a correction makes it confirmable again. */
export function decideConfirmVersion({ data }: ConfirmVersion, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const version = requireOpenVersion(licence, data.versionId, 'confirmed');
  if (version.confirmed) {
    throw new LicenceRuleViolation(
      'version-already-confirmed',
      `version ${version.versionId} was already confirmed on ${version.confirmed.recordedAt} by ${version.confirmed.actorId} and has not been corrected since`,
    );
  }
  const note = optionalText(data.note);
  return [
    {
      type: 'LicenceVersionConfirmed',
      data: { licenceId: licence.licenceId, versionId: version.versionId, corrections: version.corrections, ...(note !== undefined && { note }) },
    },
  ];
}

/**
 * Withdraws a version recorded by mistake (say, on the wrong licence): it stays in history but no longer counts. The
 * original goes last: while an amendment or renewal is still in effect, withdrawing the original is refused, so that
 * what rests on it is dealt with (withdrawn too, or its kind corrected) deliberately rather than left without a base.
 */
export function decideWithdrawVersion({ data }: WithdrawVersion, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const version = requireVersion(licence, data.versionId);
  if (version.withdrawn) {
    const { actorId, recordedAt } = version.withdrawn;
    throw new LicenceRuleViolation('version-already-withdrawn', `version ${version.versionId} was already withdrawn on ${recordedAt} by ${actorId}`);
  }
  const reason = requireReason(data.reason, `withdrawing version ${version.versionId}`);
  if (version.kind === 'original') {
    const dependants = licence.versions.filter((other) => other.versionId !== version.versionId && other.withdrawn === undefined);
    if (dependants.length > 0) {
      throw new LicenceRuleViolation(
        'original-has-dependants',
        `the original ${version.versionId} cannot be withdrawn while ${dependants.map((other) => `${other.kind} ${other.versionId}`).join(', ')} remain in effect: withdraw them first`,
      );
    }
  }
  return [{ type: 'LicenceVersionWithdrawn', data: { licenceId: licence.licenceId, versionId: version.versionId, reason } }];
}
