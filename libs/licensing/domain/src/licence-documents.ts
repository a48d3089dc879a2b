import { requireCalendarDate } from './calendar-date';
import { AttachDocument, DetachDocument, RecordSignature } from './commands';
import { LicenceDocumentAttached, LicenceEvent, LicenceSignatureRecorded } from './licence-events';
import { attachedDocument, ExistingLicence, optionalText, requireLicence, requireOpenVersion, requireReason, requireText } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState, LicenceVersion } from './licence-state';
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
export function decideAttachDocument({ data }: AttachDocument, state: LicenceState): LicenceEvent[] {
  const { licence, version } = requireDocumentTarget(state, data);
  const sha256 = data.sha256.toLowerCase();
  if (attachedDocument(version, sha256)) return [];
  const attached: LicenceDocumentAttached = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    sha256,
    fileName: requireText(data.fileName, 'the file name'),
    mediaType: data.mediaType,
    sizeBytes: data.sizeBytes,
    documentType: data.documentType,
  };
  return [{ type: 'LicenceDocumentAttached', data: attached }];
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
