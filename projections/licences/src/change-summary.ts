import { LicenceChange, TermValue, TermValueType, valueLabelOf } from '@era/licensing-domain';

/** What a summary needs beyond the change itself: the term as the vocabulary named it, and the version concerned. */
export interface SummaryContext {
  termLabel?: string;
  valueType?: TermValueType;
  version?: { label: string; effectiveFrom: string | null };
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  licensor: 'Licensor',
  type: 'Type',
  consortium: 'Consortium',
  status: 'Status',
  kind: 'Version kind',
  label: 'Version label',
  effectiveFrom: 'Effective from',
  effectiveTo: 'Effective to',
  endDateSemantics: 'End date semantics',
  description: 'Description',
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
      return `${context.termLabel ?? change.termKey}: ${termChange(change.before, change.after, context.valueType)}${where}`;
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

function termChange(before: unknown, after: unknown, valueType: TermValueType | undefined): string {
  const was = asTermValue(before);
  const now = asTermValue(after);
  if (was && now && was.value === now.value) {
    const notes = [noteChange('public note', was.publicNote, now.publicNote), noteChange('internal note', was.internalNote, now.internalNote)];
    return `${valueLabelOf(valueType, now.value)}, ${notes.filter(Boolean).join('; ') || 'unchanged'}`;
  }
  const text = (value: TermValue | undefined) => (value ? valueLabelOf(valueType, value.value) : 'not recorded');
  return `${text(was)} → ${text(now)}`;
}

const noteChange = (what: string, before: string | undefined, after: string | undefined) =>
  before === after ? '' : `${what} ${quoted(before)} → ${quoted(after)}`;

const quoted = (text: string | undefined) => (text === undefined ? 'none' : `"${text}"`);

function asTermValue(value: unknown): TermValue | undefined {
  if (value === null || typeof value !== 'object' || !('value' in value)) return undefined;
  return value as TermValue;
}

type Fields = Record<string, unknown>;
const fields = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});
const words = (code: unknown) => String(code).replace(/-/g, ' ');

function licenceText(value: unknown): string {
  const { name, licensor, type, consortium, status } = fields(value);
  const consortial = consortium ? `, consortium ${String(consortium)}` : '';
  return `"${String(name)}" (licensor ${String(licensor)}, ${words(type)}${consortial}, ${words(status)})`;
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

function show(field: string, value: unknown): string {
  if (value === undefined || value === null) return field === 'effectiveTo' ? 'open end' : field === 'effectiveFrom' ? 'not stated' : 'none';
  if (field === 'status' || field === 'type' || field === 'kind') return words(value);
  if (typeof value === 'string' && (field === 'name' || field === 'label')) return `"${value}"`;
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
