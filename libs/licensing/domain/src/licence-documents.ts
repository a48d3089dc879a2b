import { requireCalendarDate } from './calendar-date';
import { LicenceDocumentAttached, LicenceEvent, LicenceSignatureRecorded } from './licence-events';
import { optionalText, requireLicence, requireText, requireVersion } from './licence-guards';
import { LicenceRuleViolation } from './licence-rule-violation';
import { LicenceState } from './licence-state';
import { sameValue } from './same-value';

/** The same document attached again to the same version decides nothing (a retried upload). */
export function decideAttachDocument(state: LicenceState, command: LicenceDocumentAttached): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireVersion(licence, command.versionId);
  const sha256 = command.sha256.toLowerCase();
  if (version.documents.some((document) => document.sha256 === sha256)) return [];
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
 * A signature names the signed document only if that document is attached to the version. The same signature
 * recorded again (a retried request) decides nothing.
 */
export function decideRecordSignature(state: LicenceState, command: LicenceSignatureRecorded): LicenceEvent[] {
  const licence = requireLicence(state, command.licenceId);
  const version = requireVersion(licence, command.versionId);
  const signedBy = requireText(command.signedBy, 'the signatory');
  const signedOn = requireCalendarDate(command.signedOn, 'signed-on');
  const documentSha256 = optionalText(command.documentSha256)?.toLowerCase();
  if (documentSha256 !== undefined && !version.documents.some((document) => document.sha256 === documentSha256)) {
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
