import { ImportedFrom } from '@era/decider';
import { EndDateSemantics, TermEntry, VersionKind } from '@era/licensing-domain';
import { PlannedReference, planDocuments } from './folio-documents';
import { ledgerIdOfFolioId, originalVersionIdOf } from './folio-ids';
import { dateOf, field, FOLIO_LIMITS, isObject, Json, listOf, refdataOf, textOf, unreadFields } from './folio-record';
import { planTerms } from './folio-terms';
import { PlanContext } from './plan-context';

/** A version as the import records it (RecordVersion's fields), with its documents and the FOLIO record it came from. */
export interface PlannedVersion {
  versionId: string;
  kind: VersionKind;
  label: string;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  endDateSemantics: EndDateSemantics;
  status?: string;
  description?: string;
  terms: Record<string, TermEntry>;
  references: PlannedReference[];
  imported: ImportedFrom;
}

export const ORIGINAL_LABEL = 'Original licence';

const SEMANTICS: Readonly<Record<string, EndDateSemantics>> = { explicit: 'explicit', open_ended: 'open-ended', implicit: 'implicit' };

/** FOLIO's provenance of a record (a licence or an amendment): its id and its own created/updated times. */
export function importedFrom(record: Json): ImportedFrom {
  const id = field(record, 'id');
  const createdAt = textOf(field(record, 'dateCreated'), 40);
  const updatedAt = textOf(field(record, 'lastUpdated'), 40);
  return {
    system: 'folio',
    id: typeof id === 'string' ? id.slice(0, 100) : '',
    ...(createdAt !== undefined && { createdAt }),
    ...(updatedAt !== undefined && { updatedAt }),
  };
}

/**
 * Start, end and end-date semantics of a licence or an amendment. FOLIO's own rule fills what is missing: no
 * endDateSemantics reads as open-ended when `openEnded`, explicit with an end date, implicit otherwise.
 */
function datesOf(ctx: PlanContext, record: Json, path: string, component: string): Pick<PlannedVersion, 'effectiveFrom' | 'effectiveTo' | 'endDateSemantics'> {
  const read = (name: 'startDate' | 'endDate'): string | null => {
    const given = field(record, name);
    if (given === undefined || given === null) return null;
    const date = dateOf(given);
    if (date === undefined) ctx.refuse(`${path}${name}`, `${name} must be a date YYYY-MM-DD; read as not stated`);
    else ctx.line(`${path}${name}`, 'mapped', `${name === 'startDate' ? 'effective from' : 'effective to'} ${date}`, component);
    return date ?? null;
  };
  const effectiveFrom = read('startDate');
  const effectiveTo = read('endDate');
  if (effectiveFrom === null) ctx.line(`${path}startDate`, 'mapped', 'no start date: the effective date is unknown', component);
  const given = refdataOf(field(record, 'endDateSemantics'));
  const stated = given && Object.hasOwn(SEMANTICS, given.value) ? SEMANTICS[given.value] : undefined;
  if (given && stated === undefined) {
    ctx.refuse(`${path}endDateSemantics`, `FOLIO end-date semantics "${given.label}" is none of Explicit, Open ended, Implicit; read from the dates`);
  }
  const semantics = stated ?? (field(record, 'openEnded') === true ? 'open-ended' : effectiveTo !== null ? 'explicit' : 'implicit');
  // The ledger holds an explicit end to its date and an open end to none; where FOLIO's record says otherwise, the dates win.
  let endDateSemantics: EndDateSemantics = semantics;
  if (semantics === 'explicit' && effectiveTo === null) {
    endDateSemantics = 'implicit';
    ctx.refuse(`${path}endDateSemantics`, 'FOLIO says the end is explicit but gives no end date: read as implicit');
  } else if (semantics === 'open-ended' && effectiveTo !== null) {
    endDateSemantics = 'explicit';
    ctx.refuse(`${path}endDateSemantics`, `FOLIO says the end is open but gives the end date ${effectiveTo}: read as explicit`);
  } else {
    const how = stated === undefined ? ' (FOLIO states none: read from openEnded and the end date)' : '';
    ctx.line(`${path}endDateSemantics`, 'mapped', `end-date semantics ${endDateSemantics}${how}`, component);
  }
  return { effectiveFrom, effectiveTo, endDateSemantics };
}

/** What an amendment may carry in FOLIO that a version has no place for here: refused when not empty. */
function refuseNonEmpty(ctx: PlanContext, amendment: Json, path: string): void {
  for (const name of ['tags', 'contacts', 'alternateNames', 'orgs'] as const) {
    const given = field(amendment, name);
    if (Array.isArray(given) && given.length > 0)
      ctx.refuse(`${path}${name}`, `an amendment's ${name} have no place here (versions take terms, dates, status and documents)`);
  }
  for (const name of unreadFields(amendment, AMENDMENT_FIELDS)) ctx.refuse(`${path}${name}`, `FOLIO field ${name} is not read by this import`);
}

/** The amendment fields the import reads (or knows to hold nothing of the licence: its owner, its own times). */
const AMENDMENT_FIELDS = [
  'id',
  'name',
  'description',
  'status',
  'startDate',
  'endDate',
  'openEnded',
  'endDateSemantics',
  'customProperties',
  'docs',
  'supplementaryDocs',
  'dateCreated',
  'lastUpdated',
  'owner',
  'tags',
  'contacts',
  'alternateNames',
  'orgs',
];

/** The original agreement: always there (a FOLIO licence is its own original), its dates possibly unknown. */
export function planOriginal(ctx: PlanContext, record: Json, licenceId: string): PlannedVersion {
  const versionId = originalVersionIdOf(licenceId);
  const component = `version:${versionId}`;
  const dates = datesOf(ctx, record, '', component);
  const terms = planTerms(ctx, field(record, 'customProperties'), 'customProperties', versionId);
  const references = [
    ...planDocuments(ctx, field(record, 'docs'), 'core', 'docs', licenceId, versionId),
    ...planDocuments(ctx, field(record, 'supplementaryDocs'), 'supplementary', 'supplementaryDocs', licenceId, versionId),
  ];
  return { versionId, kind: 'original', label: ORIGINAL_LABEL, ...dates, terms, references, imported: ctx.imported };
}

/** Each amendment with its own status, dates, terms and documents (the amendment rule reads them). */
export function planAmendments(ctx: PlanContext, record: Json, licenceId: string): PlannedVersion[] {
  const list = listOf(field(record, 'amendments'), FOLIO_LIMITS.amendments, 'amendments');
  if (list === undefined) return [];
  if ('problem' in list) {
    ctx.refuse('amendments', list.problem);
    return [];
  }
  const versions: PlannedVersion[] = [];
  list.items.forEach((amendment, index) => {
    const path = `amendments[${index}]`;
    if (!isObject(amendment)) return ctx.refuse(path, 'an amendment must be an object {id, name, status, startDate?, …}');
    const versionId = ledgerIdOfFolioId(field(amendment, 'id'));
    if (versionId === undefined || versionId === originalVersionIdOf(licenceId) || versions.some((version) => version.versionId === versionId)) {
      return ctx.refuse(path, 'an amendment needs its own FOLIO id (a UUID), distinct from the licence and the other amendments');
    }
    const label = textOf(field(amendment, 'name'), FOLIO_LIMITS.name);
    if (label === undefined) return ctx.refuse(path, 'an amendment needs a name');
    const component = `version:${versionId}`;
    ctx.line(`${path}.name`, 'mapped', `amendment "${label}" (version ${versionId})`, component);
    const statusGiven = field(amendment, 'status');
    let status: string | undefined;
    if (statusGiven !== undefined && statusGiven !== null) {
      const refdata = refdataOf(statusGiven);
      if (refdata === undefined) return ctx.refuse(`${path}.status`, 'an amendment status must be a FOLIO refdata value {value, label}');
      const planned = ctx.listValue('amendment-status', refdata, `${path}.status`);
      if (!planned) return;
      ctx.listLine(`${path}.status`, 'amendment-status', refdata, planned, component);
      status = planned.key;
    }
    const description = textOf(field(amendment, 'description'));
    if (description !== undefined) ctx.line(`${path}.description`, 'mapped', `description (${description.length} characters)`, component);
    const dates = datesOf(ctx, amendment, `${path}.`, component);
    refuseNonEmpty(ctx, amendment, `${path}.`);
    const terms = planTerms(ctx, field(amendment, 'customProperties'), `${path}.customProperties`, versionId);
    const references = [
      ...planDocuments(ctx, field(amendment, 'docs'), 'core', `${path}.docs`, licenceId, versionId),
      ...planDocuments(ctx, field(amendment, 'supplementaryDocs'), 'supplementary', `${path}.supplementaryDocs`, licenceId, versionId),
    ];
    versions.push({
      versionId,
      kind: 'amendment',
      label,
      ...dates,
      ...(status !== undefined && { status }),
      ...(description !== undefined && { description }),
      terms,
      references,
      imported: importedFrom(amendment),
    });
  });
  return versions;
}
