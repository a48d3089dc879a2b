import { requireCalendarDate } from './calendar-date';
import { LicenceDocumentAttached, LicenceDocumentDetached, LicenceEvent, LicenceSignatureRecorded } from './licence-events';
import { attachedDocument, optionalText, requireLicence, requireOpenVersion, requireReason, requireText } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState } from './licence-state';
import { sameValue } from './same-value';

/**
 * The same document attached again to the same version decides nothing (a retried upload); one detached earlier may
 * be attached again. A withdrawn version takes no documents.
 */
export function decideAttachDocument(state: LicenceState, command: LicenceDocumentAttached): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireOpenVersion(licence, command.versionId, 'given documents');
  const sha256 = command.sha256.toLowerCase();
  if (attachedDocument(version, sha256)) return [];
  const attached: LicenceDocumentAttached = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    sha256,
    fileName: requireText(command.fileName, 'the file name'),
    mediaType: command.mediaType,
    sizeBytes: command.sizeBytes,
    documentType: command.documentType,
  };
  return [{ type: 'LicenceDocumentAttached', data: attached }];
}

/**
 * Detaches a document attached by mistake. Only the attachment ends: the stored file stays (other attachments may name
 * the same content), and signatures that name it keep naming it.
 */
export function decideDetachDocument(state: LicenceState, command: LicenceDocumentDetached): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireOpenVersion(licence, command.versionId, 'changed');
  const sha256 = command.sha256.toLowerCase();
  const reason = requireReason(command.reason, `detaching document ${sha256}`);
  if (!attachedDocument(version, sha256)) {
    const detached = version.documents.filter((document) => document.sha256 === sha256).at(-1)?.detached;
    if (detached) {
      throw new LicenceRuleViolation('document-already-detached', `document ${sha256} was already detached from version ${version.versionId} on ${detached.recordedAt} by ${detached.actorId}`);
    }
    throw new LicenceRuleViolation('document-not-found', `no document ${sha256} is attached to version ${version.versionId}`);
  }
  return [{ type: 'LicenceDocumentDetached', data: { licenceId: licence.licenceId, versionId: version.versionId, sha256, reason } }];
}

/**
 * A signature names the signed document only if that document is attached to the version (and not detached). The
 * same signature recorded again (a retried request) decides nothing. A withdrawn version takes no signatures.
 */
export function decideRecordSignature(state: LicenceState, command: LicenceSignatureRecorded): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireOpenVersion(licence, command.versionId, 'signed');
  const signedBy = requireText(command.signedBy, 'the signatory');
  const signedOn = requireCalendarDate(command.signedOn, 'signed-on');
  const documentSha256 = optionalText(command.documentSha256)?.toLowerCase();
  if (documentSha256 !== undefined && !attachedDocument(version, documentSha256)) {
    throw new LicenceRuleViolation('document-not-attached', `document ${documentSha256} is not attached to version ${version.versionId}; attach it first`);
  }
  const signature: LicenceSignatureRecorded = {
    licenceId: licence.licenceId,
    versionId: version.versionId,
    signedBy,
    party: command.party,
    signedOn,
    ...(documentSha256 !== undefined && { documentSha256 }),
  };
  const { licenceId: _licence, versionId: _version, ...signed } = signature;
  if (version.signatures.some(({ recorded: _recorded, ...existing }) => sameValue(existing, signed))) return [];
  return [{ type: 'LicenceSignatureRecorded', data: signature }];
}
