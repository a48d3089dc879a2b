import { requireCalendarDate } from './calendar-date';
import { AttachDocument, DetachDocument, RecordSignature, ReferenceDocument, RemoveDocumentReference } from './commands';
import {
  DOCUMENT_CATEGORIES,
  DocumentCategory,
  DocumentType,
  LicenceDocumentAttached,
  LicenceDocumentReferenced,
  LicenceEvent,
  LicenceSignatureRecorded,
} from './licence-events';
import { LicensingContext } from './licensing-context';
import { DOCUMENT_LOCATION_MAX, DOCUMENT_NAME_MAX, DOCUMENT_NOTE_MAX, DOCUMENT_URL_MAX, requireListKey, requireWithin } from './list-value-checks';
import { attachedDocument, ExistingLicence, optionalText, requireLicence, requireOpenVersion, requireReason, requireText } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { DocumentReference, LicenceState, LicenceVersion } from './licence-state';
import { sameValue } from './same-value';

/**
 * The version a document is for, which must exist and still take documents: an upload checks this before it reads
 * a byte of the file, and the decision checks it again.
 */
export function requireDocumentTarget(
  state: LicenceState,
  target: { licenceId: string; versionId: string },
): { licence: ExistingLicence; version: LicenceVersion } {
  const licence = requireLicence(state, target.licenceId);
  return { licence, version: requireOpenVersion(licence, target.versionId, 'given documents') };
}

/**
 * The same document attached again to the same version decides nothing (a retried upload); one detached earlier may
 * be attached again. A withdrawn version takes no documents.
 */
export function decideAttachDocument({ data }: AttachDocument, state: LicenceState, context: LicensingContext): LicenceEvent[] {
  const { licence, version } = requireDocumentTarget(state, data);
  const sha256 = data.sha256.toLowerCase();
  if (attachedDocument(version, sha256)) return [];
  const fileName = requireText(data.fileName, 'the file name');
  const name = optionalText(data.name);
  const note = optionalText(data.note);
  const attached: LicenceDocumentAttached = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    sha256,
    fileName,
    mediaType: data.mediaType,
    sizeBytes: data.sizeBytes,
    documentType: requireDocumentType(data.documentType, context),
    ...(name !== undefined && name !== fileName && { name: requireWithin(name, DOCUMENT_NAME_MAX, 'the document name') }),
    ...(note !== undefined && { note: requireWithin(note, DOCUMENT_NOTE_MAX, 'the document note') }),
    ...(data.category !== undefined && { category: requireCategory(data.category) }),
  };
  return [{ type: 'LicenceDocumentAttached', data: attached }];
}

/** A key of the document-type list, not deprecated: an upload checks this before it reads a byte, the decision again. */
export const requireDocumentType = (key: string, context: Pick<LicensingContext, 'lists'>): DocumentType =>
  requireListKey(context.lists, 'document-type', key, 'the document type').key;

function requireCategory(category: unknown): DocumentCategory {
  if (!DOCUMENT_CATEGORIES.some((known) => known === category)) {
    throw new LicenceRuleViolation(
      'invalid-document-reference',
      `a document's category is ${DOCUMENT_CATEGORIES.join(' or ')}, got ${JSON.stringify(category)}`,
    );
  }
  return category as DocumentCategory;
}

/** An absolute http or https URL, within its cap. */
function requireUrl(value: string): string {
  requireWithin(value, DOCUMENT_URL_MAX, 'the document URL');
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (parsed === undefined || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new LicenceRuleViolation('invalid-document-reference', `the document URL must be an absolute http or https URL, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The reference as the request states it: what a retry would record again. */
function referenceAsSent(data: ReferenceDocument['data'], context: LicensingContext): Omit<LicenceDocumentReferenced, 'licenceId' | 'versionId'> {
  const referenceId = requireWithin(requireText(data.referenceId, 'the reference id'), 200, 'the reference id');
  const name = requireWithin(requireText(data.name, 'the document name'), DOCUMENT_NAME_MAX, 'the document name');
  const url = optionalText(data.url);
  const location = optionalText(data.location);
  const note = optionalText(data.note);
  if (url === undefined && location === undefined) {
    throw new LicenceRuleViolation('invalid-document-reference', `document reference "${name}" needs a URL or a location (or both): where the document is`);
  }
  return {
    referenceId,
    name,
    documentType: requireDocumentType(data.documentType, context),
    category: data.category === undefined ? 'core' : requireCategory(data.category),
    ...(url !== undefined && { url: requireUrl(url) }),
    ...(location !== undefined && { location: requireWithin(location, DOCUMENT_LOCATION_MAX, 'the document location') }),
    ...(note !== undefined && { note: requireWithin(note, DOCUMENT_NOTE_MAX, 'the document note') }),
  };
}

/** The reference under an id as it stands now: removed ones stay listed but no longer count. */
const currentReference = (version: LicenceVersion, referenceId: string): DocumentReference | undefined =>
  version.references.find((reference) => reference.referenceId === referenceId && reference.removed === undefined);

/**
 * A document known by URL or location, without its file. Its id is stable within the version: the same reference
 * sent again decides nothing (a retry, or a re-import), another reference under the same id is refused. A reference
 * removed earlier may be recorded again under its id. A withdrawn version takes none.
 */
export function decideReferenceDocument({ data }: ReferenceDocument, state: LicenceState, context: LicensingContext): LicenceEvent[] {
  const { licence, version } = requireDocumentTarget(state, data);
  const sent = referenceAsSent(data, context);
  const recorded = currentReference(version, sent.referenceId);
  if (recorded) {
    const { referenced: _referenced, removed: _removed, ...asRecorded } = recorded;
    if (sameValue(asRecorded, sent)) return [];
    throw new LicenceRuleViolation(
      'document-reference-already-recorded',
      `version ${version.versionId} already has a document reference ${sent.referenceId}, recorded with other details; remove it first to record another`,
    );
  }
  return [{ type: 'LicenceDocumentReferenced', data: { licenceId: licence.licenceId, versionId: version.versionId, ...sent } }];
}

/** Removes a reference recorded by mistake; it stays listed, marked removed. The reason is mandatory. */
export function decideRemoveDocumentReference({ data }: RemoveDocumentReference, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const version = requireOpenVersion(licence, data.versionId, 'changed');
  const referenceId = requireText(data.referenceId, 'the reference id');
  const reason = requireReason(data.reason, `removing document reference ${referenceId}`);
  if (!currentReference(version, referenceId)) {
    const removed = version.references.filter((reference) => reference.referenceId === referenceId).at(-1)?.removed;
    if (removed) {
      throw new LicenceRuleViolation(
        'document-reference-already-removed',
        `document reference ${referenceId} was already removed from version ${version.versionId} on ${removed.recordedAt} by ${removed.actorId}`,
      );
    }
    throw new LicenceRuleViolation('document-reference-not-found', `version ${version.versionId} has no document reference ${referenceId}`);
  }
  return [{ type: 'LicenceDocumentReferenceRemoved', data: { licenceId: licence.licenceId, versionId: version.versionId, referenceId, reason } }];
}

/**
 * Detaches a document attached by mistake. Only the attachment ends: the stored file stays (other attachments may name
 * the same content), and signatures that name it keep naming it.
 */
export function decideDetachDocument({ data }: DetachDocument, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const version = requireOpenVersion(licence, data.versionId, 'changed');
  const sha256 = data.sha256.toLowerCase();
  const reason = requireReason(data.reason, `detaching document ${sha256}`);
  if (!attachedDocument(version, sha256)) {
    const detached = version.documents.filter((document) => document.sha256 === sha256).at(-1)?.detached;
    if (detached) {
      throw new LicenceRuleViolation(
        'document-already-detached',
        `document ${sha256} was already detached from version ${version.versionId} on ${detached.recordedAt} by ${detached.actorId}`,
      );
    }
    throw new LicenceRuleViolation('document-not-found', `no document ${sha256} is attached to version ${version.versionId}`);
  }
  return [{ type: 'LicenceDocumentDetached', data: { licenceId: licence.licenceId, versionId: version.versionId, sha256, reason } }];
}

/**
 * A signature names the signed document only if that document is attached to the version (and not detached). The
 * same signature recorded again (a retried request) decides nothing. A withdrawn version takes no signatures.
 */
export function decideRecordSignature({ data }: RecordSignature, state: LicenceState): LicenceEvent[] {
  const licence = requireLicence(state, data.licenceId);
  const version = requireOpenVersion(licence, data.versionId, 'signed');
  const signedBy = requireText(data.signedBy, 'the signatory');
  const signedOn = requireCalendarDate(data.signedOn, 'signed-on');
  const documentSha256 = optionalText(data.documentSha256)?.toLowerCase();
  if (documentSha256 !== undefined && !attachedDocument(version, documentSha256)) {
    throw new LicenceRuleViolation('document-not-attached', `document ${documentSha256} is not attached to version ${version.versionId}; attach it first`);
  }
  const signature: LicenceSignatureRecorded = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    signedBy,
    party: data.party,
    signedOn,
    ...(documentSha256 !== undefined && { documentSha256 }),
  };
  const { licenceId: _licence, versionId: _version, ...signed } = signature;
  if (version.signatures.some(({ recorded: _recorded, ...existing }) => sameValue(existing, signed))) return [];
  return [{ type: 'LicenceSignatureRecorded', data: signature }];
}
