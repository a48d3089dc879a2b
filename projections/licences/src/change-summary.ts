import { LicenceChange, markedValueLabel, TermOption, TermValue, TermValueType } from '@era/licensing-domain';

/** What a summary needs beyond the change itself: the term as the vocabulary named it, and the version concerned. */
export interface SummaryContext {
  termLabel?: string;
  valueType?: TermValueType;
  /** A choice term's options: a value reads as its option's label. */
  options?: readonly TermOption[];
  version?: { label: string; effectiveFrom: string | null };
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  licensor: 'Licensor',
  type: 'Type',
  consortium: 'Consortium',
  status: 'Status',
  lifecycle: 'Lifecycle',
  organisations: 'Organisations',
  description: 'Description',
  alternateNames: 'Alternate names',
  tags: 'Tags',
  contacts: 'Internal contacts',
  kind: 'Version kind',
  label: 'Version label',
  effectiveFrom: 'Effective from',
  effectiveTo: 'Effective to',
  endDateSemantics: 'End date semantics',
  confirmation: 'Confirmation',
};

/**
 * One audit-trail line in words, e.g.
 * `ILL electronic: Prohibited (explicit) → Permitted (explicit) (version "Amendment 1", effective 2025-01-01)`.
 * Corrections, withdrawals and detachments say so, so that a mistake put right never reads as a change of the licence.
 */
export function summariseChange(change: LicenceChange, context: SummaryContext = {}): string {
  const version = context.version ? ` (version "${context.version.label}")` : '';
  switch (change.field) {
    case 'term': {
      const withdrawn = change.kind === 'version-withdrawn' ? ' withdrawn' : '';
      const where = context.version
        ? ` (version "${context.version.label}"${withdrawn}, effective ${context.version.effectiveFrom ?? 'from a start not stated'})`
        : '';
      return `${context.termLabel ?? change.termKey}: ${termChange(change.before, change.after, context)}${where}`;
    }
    case 'licence':
      return `Licence drafted: ${licenceText(change.after)}`;
    case 'resources':
      return resourcesText(change.before, change.after);
    case 'version':
      return change.kind === 'version-withdrawn' ? `Version withdrawn: ${versionText(change.before)}` : `Version recorded: ${versionText(change.after)}`;
    case 'document':
      return change.kind === 'document-detached'
        ? `Document detached (the file is kept): ${documentText(change.before)}${version}`
        : `Document attached: ${documentText(change.after)}${version}`;
    case 'reference':
      return change.kind === 'document-reference-removed'
        ? `Document reference removed: ${referenceText(change.before)}${version}`
        : `Document referenced: ${referenceText(change.after)}${version}`;
    case 'status':
      // A version's status is its amendment status (a correction of the version), not the licence's.
      if (change.versionId !== undefined) return `Amendment status: ${show('status', change.before)} → ${show('status', change.after)}${version}`;
      return `${change.kind === 'status-corrected' ? 'Status corrected' : 'Status'}: ${show('status', change.before)} → ${show('status', change.after)}`;
    case 'signature':
      return `Signature recorded: ${signatureText(change.after)}${version}`;
    default:
      return `${FIELD_LABELS[change.field] ?? change.field}: ${show(change.field, change.before)} → ${show(change.field, change.after)}${version}`;
  }
}

/**
 * A term line: the value before and after, each as a librarian reads it and marked [internal] when it is; the same
 * single value with other notes or another flag reads as what changed about it. Several values read joined by "; ".
 */
function termChange(before: unknown, after: unknown, { valueType, options }: SummaryContext): string {
  const was = asTermEntry(before);
  const now = asTermEntry(after);
  if (was && now && !Array.isArray(was) && !Array.isArray(now) && was.value === now.value) {
    const notes = [
      noteChange('public note', was.publicNote, now.publicNote),
      noteChange('internal note', was.internalNote, now.internalNote),
      was.internal === now.internal ? '' : now.internal ? 'now internal' : 'no longer internal',
    ];
    return `${markedValueLabel(now, valueType, options)}, ${notes.filter(Boolean).join('; ') || 'unchanged'}`;
  }
  const text = (entry: TermValue | TermValue[] | undefined) =>
    entry === undefined
      ? 'not recorded'
      : (Array.isArray(entry) ? entry : [entry]).map((termValue) => markedValueLabel(termValue, valueType, options)).join('; ');
  return `${text(was)} → ${text(now)}`;
}

const noteChange = (what: string, before: string | undefined, after: string | undefined) =>
  before === after ? '' : `${what} ${quoted(before)} → ${quoted(after)}`;

const quoted = (text: string | undefined) => (text === undefined ? 'none' : `"${text}"`);

const isTermValue = (value: unknown): value is TermValue => value !== null && typeof value === 'object' && !Array.isArray(value);

/** One value, or the values of a term that takes several; undefined for "none" (null, or anything else). */
function asTermEntry(value: unknown): TermValue | TermValue[] | undefined {
  if (Array.isArray(value)) return value.every(isTermValue) && value.length > 0 ? value : undefined;
  return isTermValue(value) ? value : undefined;
}

type Fields = Record<string, unknown>;
const fields = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});
const words = (code: unknown) => String(code).replace(/-/g, ' ');

function licenceText(value: unknown): string {
  const { name, licensor, type, consortium, status, lifecycle } = fields(value);
  const consortial = consortium ? `, consortium ${String(consortium)}` : '';
  const meaning = lifecycle ? ` (lifecycle ${words(lifecycle)})` : '';
  return `"${String(name)}" (${licensor ? `licensor ${String(licensor)}` : 'no licensor yet'}, ${words(type)}${consortial}, ${words(status)}${meaning})`;
}

function resourcesText(before: unknown, after: unknown): string {
  const was = Array.isArray(before) ? before.map(String) : [];
  const now = Array.isArray(after) ? after.map(String) : [];
  const linked = now.filter((id) => !was.includes(id));
  const unlinked = was.filter((id) => !now.includes(id));
  const parts = [linked.length ? `linked ${linked.join(', ')}` : '', unlinked.length ? `unlinked ${unlinked.join(', ')}` : ''];
  return `E-resources: ${parts.filter(Boolean).join('; ') || 'unchanged'}`;
}

function versionText(value: unknown): string {
  const { kind, label, effectiveFrom, effectiveTo, endDateSemantics, status } = fields(value);
  const end = effectiveTo ? String(effectiveTo) : endDateSemantics === 'implicit' ? 'an implied end' : 'open end';
  const amendmentStatus = status ? `, status ${words(status)}` : '';
  return `${words(kind)} "${String(label)}", effective ${effectiveFrom ? String(effectiveFrom) : 'from a start not stated'} to ${end}${amendmentStatus}`;
}

function documentText(value: unknown): string {
  const { fileName, documentType, sha256, name, category } = fields(value);
  const named = name !== undefined && name !== fileName ? `"${String(name)}", ` : '';
  const supplementary = category === 'supplementary' ? ', supplementary' : '';
  return `${named}${String(fileName)} (${words(documentType)}${supplementary}, SHA-256 ${String(sha256)})`;
}

function referenceText(value: unknown): string {
  const { name, documentType, category, url, location } = fields(value);
  const where = [url ? `at ${String(url)}` : '', location ? `kept at ${String(location)}` : ''].filter(Boolean).join(', ');
  return `"${String(name)}" (${words(documentType)}, ${String(category)}) ${where}`;
}

function signatureText(value: unknown): string {
  const { signedBy, party, signedOn } = fields(value);
  return `${String(signedBy)} for the ${String(party)} on ${String(signedOn)}`;
}

/** An organisation with its roles, a contact with their role: `EBSCO (licensor, licensee)`, `s-librarian (license owner)`. */
function listItemText(field: string, item: unknown): string {
  if (field === 'organisations') {
    const { name, roles } = fields(item);
    return `${String(name)} (${Array.isArray(roles) ? roles.map(words).join(', ') : ''})`;
  }
  if (field === 'contacts') {
    const { staffId, role } = fields(item);
    return `${String(staffId)} (${words(role)})`;
  }
  return typeof item === 'string' ? `"${item}"` : JSON.stringify(item);
}

function show(field: string, value: unknown): string {
  if (value === undefined || value === null) return field === 'effectiveTo' ? 'open end' : field === 'effectiveFrom' ? 'not stated' : 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((item) => listItemText(field, item)).join('; ');
  if (field === 'status' || field === 'type' || field === 'kind' || field === 'lifecycle') return words(value);
  if (typeof value === 'string' && field === 'description') return `"${value}"`;
  if (typeof value === 'string' && (field === 'name' || field === 'label')) return `"${value}"`;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
