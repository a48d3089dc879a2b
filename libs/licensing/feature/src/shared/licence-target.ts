import { AttachedDocument, LicenceState, LicenceVersion, requireNotWithdrawn } from '@era/licensing-domain';
import { DomainRefusal } from '@era/platform';
import { asLicensingRefusal } from './licensing-refusal';

/** The version a request names, or the 404 the domain would give: for checks made before a decision (uploads, downloads). */
export function requireVersionOf(state: LicenceState, licenceId: string, versionId: string): LicenceVersion {
  if (!state.exists) throw new DomainRefusal(404, 'licence-not-found', `licence ${licenceId} does not exist`);
  const version = state.versions.find((candidate) => candidate.versionId === versionId);
  if (!version) throw new DomainRefusal(404, 'version-not-found', `licence ${licenceId} has no version ${versionId}`);
  return version;
}

/** The version an upload names, which must still take documents: a withdrawn one is refused before a byte is read. */
export function requireOpenVersionOf(state: LicenceState, licenceId: string, versionId: string): LicenceVersion {
  const version = requireVersionOf(state, licenceId, versionId);
  try {
    return requireNotWithdrawn(version, 'given documents');
  } catch (error) {
    throw asLicensingRefusal(error);
  }
}

/** A document attached to any version of the licence, by its SHA-256. */
export function findAttachedDocument(state: LicenceState, sha256: string): AttachedDocument | undefined {
  if (!state.exists) return undefined;
  for (const version of state.versions) {
    const document = version.documents.find((candidate) => candidate.sha256 === sha256);
    if (document) return document;
  }
  return undefined;
}
