import { ImportedFrom } from '@era/decider';
import { LicenceCommand, LicenceDetails, LicenceVersion, TermDefinition, TermEntry, TermValue, valuesOf } from '@era/licensing-domain';
import { DEFAULT_FOLIO_TERM_MAPPING } from './default-term-mapping';
import { ledgerIdOfFolioId } from './folio-ids';
import { planDetails, PlannedDetails } from './folio-licence-details';
import { FolioImportStep, FolioLicencePlan, FolioTermMapping, LedgerNow } from './folio-migration';
import { field, FOLIO_LIMITS, isObject, textOf } from './folio-record';
import { importedFrom, planAmendments, planOriginal, PlannedVersion } from './folio-versions';
import { PlanContext } from './plan-context';

/** JSON with object keys sorted and undefined left out: two values are the same when their canonical forms are. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

/** A term value as it reads: internal as it takes effect (the term's default where the value says nothing). */
function effectiveValue(value: TermValue, term: TermDefinition | undefined): object {
  return { value: value.value, internal: value.internal ?? term?.internalByDefault ?? false, internalNote: value.internalNote, publicNote: value.publicNote };
}

const sameEntry = (a: TermEntry | undefined, b: TermEntry | undefined, term: TermDefinition | undefined): boolean =>
  a !== undefined &&
  b !== undefined &&
  Array.isArray(a) === Array.isArray(b) &&
  same(
    valuesOf(a).map((value) => effectiveValue(value, term)),
    valuesOf(b).map((value) => effectiveValue(value, term)),
  );

function refusedPlan(sourceId: string, licenceName: string, licenceId: string, path: string, reason: string): FolioLicencePlan {
  return { sourceId, licenceId, licenceName, steps: [], report: [{ sourceId, licenceName, path, outcome: 'refused', detail: reason }] };
}

/** The steps that record a version the ledger does not hold: the version, then its documents. */
function recordSteps(licenceId: string, version: PlannedVersion): FolioImportStep[] {
  const { versionId, kind, label, effectiveFrom, effectiveTo, endDateSemantics, status, description, terms, references, imported } = version;
  const record: LicenceCommand = {
    type: 'RecordVersion',
    data: {
      licenceId,
      versionId,
      kind,
      label,
      effectiveFrom,
      effectiveTo,
      endDateSemantics,
      ...(status !== undefined && { status }),
      ...(description !== undefined && { description }),
      terms,
    },
  };
  return [record, ...references.map((reference): LicenceCommand => ({ type: 'ReferenceDocument', data: reference }))].map((command) => ({
    stream: 'licence',
    licenceId,
    command,
    imported,
  }));
}

/** The corrections that bring a recorded version to the FOLIO record's; `changed` collects the report components they touch. */
function correctionSteps(
  ctx: PlanContext,
  licenceId: string,
  planned: PlannedVersion,
  recorded: LicenceVersion,
  reason: string,
  changed: Set<string>,
): FolioImportStep[] {
  const step = (command: LicenceCommand): FolioImportStep => ({ stream: 'licence', licenceId, command, imported: planned.imported });
  const { versionId } = planned;
  const fields: Record<string, unknown> = {};
  if (planned.label !== recorded.label) fields.label = planned.label;
  if (planned.effectiveFrom !== recorded.effectiveFrom) fields.effectiveFrom = planned.effectiveFrom;
  if (planned.effectiveTo !== recorded.effectiveTo) fields.effectiveTo = planned.effectiveTo;
  if (planned.endDateSemantics !== recorded.endDateSemantics) fields.endDateSemantics = planned.endDateSemantics;
  if (planned.status !== recorded.status) fields.status = planned.status ?? null;
  if (planned.description !== recorded.description) fields.description = planned.description ?? null;
  if (Object.keys(fields).length > 0) changed.add(`version:${versionId}`);
  const terms: Record<string, TermEntry | null> = {};
  for (const key of new Set([...Object.keys(planned.terms), ...Object.keys(recorded.terms)])) {
    const wanted = Object.hasOwn(planned.terms, key) ? planned.terms[key] : undefined;
    const has = Object.hasOwn(recorded.terms, key) ? recorded.terms[key] : undefined;
    if (wanted === undefined && has !== undefined) terms[key] = null;
    else if (wanted !== undefined && !sameEntry(wanted, has, ctx.term(key))) terms[key] = wanted;
    else continue;
    changed.add(`term:${versionId}:${key}`);
    if (wanted === undefined) ctx.line(`version ${versionId}`, 'corrected', `${key} removed: FOLIO no longer states it`);
  }
  if (Object.keys(terms).length > 0) fields.terms = terms;
  const steps: FolioImportStep[] = [];
  if (Object.keys(fields).length > 0) steps.push(step({ type: 'CorrectVersion', data: { licenceId, versionId, reason, ...fields } }));
  const active = recorded.references.filter((reference) => reference.removed === undefined);
  for (const reference of planned.references) {
    const existing = active.find((candidate) => candidate.referenceId === reference.referenceId);
    if (existing) {
      const { referenced: _referenced, removed: _removed, ...was } = existing;
      const { licenceId: _licence, versionId: _version, ...now } = reference;
      if (same(was, now)) continue;
      steps.push(step({ type: 'RemoveDocumentReference', data: { licenceId, versionId, referenceId: reference.referenceId, reason } }));
    }
    changed.add(`ref:${versionId}:${reference.referenceId}`);
    steps.push(step({ type: 'ReferenceDocument', data: reference }));
  }
  for (const reference of active) {
    if (reference.referenced.imported?.system !== 'folio' || planned.references.some((wanted) => wanted.referenceId === reference.referenceId)) continue;
    steps.push(step({ type: 'RemoveDocumentReference', data: { licenceId, versionId, referenceId: reference.referenceId, reason } }));
    ctx.line(`version ${versionId}`, 'corrected', `document "${reference.name}" removed: FOLIO no longer lists it`);
  }
  return steps;
}

/** The licence's own fields that differ from what is recorded, as one correction (undefined when none differ). */
function detailCorrections(planned: PlannedDetails, recorded: LicenceDetails, changed: Set<string>): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  const compare = (name: 'name' | 'type' | 'organisations' | 'alternateNames' | 'tags' | 'contacts', now: unknown, was: unknown) => {
    if (same(now, was)) return;
    fields[name] = now;
    changed.add(`details:${name}`);
  };
  compare('name', planned.name, recorded.name);
  compare('type', planned.type, recorded.type);
  compare('organisations', planned.organisations, recorded.organisations);
  compare('alternateNames', planned.alternateNames, recorded.alternateNames);
  compare('tags', planned.tags, recorded.tags);
  compare('contacts', planned.contacts, recorded.contacts);
  if (planned.description !== recorded.description) {
    fields.description = planned.description ?? null;
    changed.add('details:description');
  }
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/**
 * The plan for one FOLIO licence record against the ledger as it stands: what to define, draft, record and reference
 * for a licence the ledger lacks; the corrections that bring it to the record's state for one it holds (nothing when
 * they agree); and a report line for every value. Never throws: a record it cannot read is refused in the report.
 */
export function planFolioLicence(record: unknown, now: LedgerNow, mapping: FolioTermMapping = DEFAULT_FOLIO_TERM_MAPPING): FolioLicencePlan {
  if (!isObject(record)) return refusedPlan('', '', '', '', 'a FOLIO licence must be a JSON object');
  const givenId = field(record, 'id');
  const sourceId = typeof givenId === 'string' ? givenId.slice(0, 100) : '';
  const licenceName = textOf(field(record, 'name'), FOLIO_LIMITS.name) ?? '';
  const licenceId = ledgerIdOfFolioId(givenId);
  if (licenceId === undefined)
    return refusedPlan(sourceId, licenceName, '', 'id', 'a FOLIO licence needs its id (a UUID, or FOLIO’s older 32 hexadecimal digits)');
  if (!licenceName) return refusedPlan(sourceId, licenceName, licenceId, 'name', 'a FOLIO licence needs a name');
  if (now.licence.exists && now.licence.licenceId !== licenceId) {
    return refusedPlan(sourceId, licenceName, licenceId, 'id', `the ledger state given is licence ${now.licence.licenceId}'s, not ${licenceId}'s`);
  }
  try {
    return plan(record, now, mapping, { sourceId, licenceName, licenceId });
  } catch (error) {
    return refusedPlan(sourceId, licenceName, licenceId, '', `the record could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function plan(
  record: Readonly<Record<string, unknown>>,
  now: LedgerNow,
  mapping: FolioTermMapping,
  ids: { sourceId: string; licenceName: string; licenceId: string },
): FolioLicencePlan {
  const { sourceId, licenceName, licenceId } = ids;
  const imported: ImportedFrom = importedFrom(record);
  const ctx = new PlanContext(now, mapping, { sourceId, licenceName }, imported);
  const details = planDetails(ctx, record, licenceName);
  const original = planOriginal(ctx, record, licenceId);
  const amendments = planAmendments(ctx, record, licenceId);
  const versions = [original, ...amendments];
  if (!details) return { sourceId, licenceId, licenceName, steps: [], report: ctx.report };
  const step = (command: LicenceCommand, from: ImportedFrom = imported): FolioImportStep => ({ stream: 'licence', licenceId, command, imported: from });
  const licenceSteps: FolioImportStep[] = [];
  const changed = new Set<string>();
  const newVersions = new Set<string>();
  const reason = `changed in FOLIO: updated ${imported.updatedAt ?? 'at an unknown time'}`;
  if (!now.licence.exists) {
    const { name, type, status, organisations, description, alternateNames, tags, contacts } = details;
    licenceSteps.push(
      step({
        type: 'DraftLicence',
        data: { licenceId, name, type, status, organisations, ...(description !== undefined && { description }), alternateNames, tags, contacts },
      }),
    );
    for (const version of versions) licenceSteps.push(...recordSteps(licenceId, version));
  } else {
    const licence = now.licence;
    const fields = detailCorrections(details, licence, changed);
    if (fields) licenceSteps.push(step({ type: 'CorrectLicenceDetails', data: { licenceId, ...fields, reason } }));
    if (details.status !== licence.status) {
      changed.add('status');
      licenceSteps.push(step({ type: 'CorrectLicenceStatus', data: { licenceId, to: details.status, reason } }));
    }
    for (const version of versions) {
      const recorded = licence.versions.find((candidate) => candidate.versionId === version.versionId);
      if (!recorded) {
        newVersions.add(version.versionId);
        licenceSteps.push(...recordSteps(licenceId, version));
      } else if (recorded.withdrawn) {
        ctx.refuse(
          `version ${version.versionId}`,
          `version ${version.versionId} was withdrawn here (${recorded.withdrawn.reason}): a re-import does not bring it back`,
        );
      } else licenceSteps.push(...correctionSteps(ctx, licenceId, version, recorded, reason, changed));
    }
    for (const recorded of licence.versions) {
      if (recorded.withdrawn || recorded.recorded.imported?.system !== 'folio' || versions.some((version) => version.versionId === recorded.versionId))
        continue;
      licenceSteps.push(
        step({
          type: 'WithdrawVersion',
          data: { licenceId, versionId: recorded.versionId, reason: `deleted in FOLIO: updated ${imported.updatedAt ?? 'at an unknown time'}` },
        }),
      );
      ctx.line(`version ${recorded.versionId}`, 'corrected', `amendment "${recorded.label}" withdrawn: FOLIO no longer lists it`);
    }
  }
  const report = ctx.report.map((line, index) => {
    const component = ctx.components[index];
    if (!now.licence.exists || line.outcome === 'refused' || component === undefined) return line;
    const versionId = component.startsWith('details:') || component === 'status' ? undefined : component.split(':')[1];
    if (versionId !== undefined && newVersions.has(versionId)) return line;
    return { ...line, outcome: changed.has(component) ? ('corrected' as const) : ('unchanged' as const) };
  });
  const steps = now.licence.exists && licenceSteps.length === 0 ? [] : [...ctx.vocabularySteps, ...ctx.listSteps, ...licenceSteps];
  return { sourceId, licenceId, licenceName, steps, report };
}
