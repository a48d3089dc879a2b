import { LicenceEvent } from './licence-events';
import { attachedDocument, distinct, ExistingLicence, findVersion } from './licence-guards';
import { LicenceState, LicenceVersion, Provenance } from './licence-state';
import { TermValue } from './term-values';

/** Provenance without empty keys, so that folded state stays plain JSON. */
function provenanceOf(provenance: Provenance, directedBy = provenance.directedBy): Provenance {
  const { actorId, actorRole, recordedAt } = provenance;
  return { actorId, actorRole, recordedAt, ...(directedBy && { directedBy }) };
}

/** `provenance` comes from the event's metadata (and `directedBy` from its data). */
export function evolveLicence(state: LicenceState, event: LicenceEvent, provenance: Provenance): LicenceState {
  if (event.type === 'LicenceDrafted') {
    if (state.exists) return state;
    const { licenceId, name, licensor, type, consortium, resourceIds } = event.data;
    return {
      exists: true,
      licenceId,
      name,
      licensor,
      type,
      ...(consortium !== undefined && { consortium }),
      status: 'in-negotiation',
      resourceIds: distinct(resourceIds),
      versions: [],
      drafted: provenanceOf(provenance),
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'LicenceDetailsCorrected': {
      const { name, licensor, type, consortium } = event.data;
      const { consortium: previousConsortium, ...rest } = state;
      const nextConsortium = consortium === undefined ? previousConsortium : (consortium ?? undefined);
      return {
        ...rest,
        ...(name !== undefined && { name }),
        ...(licensor !== undefined && { licensor }),
        ...(type !== undefined && { type }),
        ...(nextConsortium !== undefined && { consortium: nextConsortium }),
      };
    }
    case 'LicenceStatusRecorded':
    case 'LicenceStatusCorrected':
      return { ...state, status: event.data.to };
    case 'LicenceResourcesLinked':
      return { ...state, resourceIds: distinct([...state.resourceIds, ...event.data.resourceIds]) };
    case 'LicenceResourcesUnlinked': {
      const unlinked = new Set(event.data.resourceIds);
      return { ...state, resourceIds: state.resourceIds.filter((id) => !unlinked.has(id)) };
    }
    case 'LicenceVersionRecorded': {
      const { versionId, kind, label, effectiveFrom, effectiveTo, terms, directedBy } = event.data;
      if (findVersion(state, versionId)) return state;
      const version: LicenceVersion = {
        versionId,
        kind,
        label,
        effectiveFrom,
        effectiveTo,
        terms: { ...terms },
        sequence: Math.max(0, ...state.versions.map((v) => v.sequence)) + 1,
        recorded: provenanceOf(provenance, directedBy ?? provenance.directedBy),
        corrections: 0,
        documents: [],
        signatures: [],
      };
      return { ...state, versions: [...state.versions, version] };
    }
    case 'LicenceVersionCorrected': {
      const { versionId, reason, kind, label, effectiveFrom, effectiveTo, terms, directedBy } = event.data;
      return withVersion(state, versionId, ({ confirmed: _cleared, ...version }) => ({
        ...version,
        ...(kind !== undefined && { kind }),
        ...(label !== undefined && { label }),
        ...(effectiveFrom !== undefined && { effectiveFrom }),
        ...(effectiveTo !== undefined && { effectiveTo }),
        terms: terms === undefined ? version.terms : correctedTerms(version.terms, terms),
        corrections: version.corrections + 1,
        lastCorrected: { ...provenanceOf(provenance, directedBy ?? provenance.directedBy), reason },
      }));
    }
    case 'LicenceVersionConfirmed': {
      const { versionId, corrections, note } = event.data;
      // A confirmation vouches for the version as it stood then: one taken before a later correction confirms nothing now.
      return withVersion(state, versionId, (version) =>
        version.corrections === corrections ? { ...version, confirmed: { ...provenanceOf(provenance), ...(note !== undefined && { note }) } } : version,
      );
    }
    case 'LicenceVersionWithdrawn': {
      const { versionId, reason } = event.data;
      return withVersion(state, versionId, (version) => (version.withdrawn ? version : { ...version, withdrawn: { ...provenanceOf(provenance), reason } }));
    }
    case 'LicenceDocumentAttached': {
      const { versionId, sha256, fileName, mediaType, sizeBytes, documentType } = event.data;
      // A document detached earlier and attached again is a new attachment: the detached one stays listed as it was.
      return withVersion(state, versionId, (version) =>
        attachedDocument(version, sha256)
          ? version
          : { ...version, documents: [...version.documents, { sha256, fileName, mediaType, sizeBytes, documentType, attached: provenanceOf(provenance) }] },
      );
    }
    case 'LicenceDocumentDetached': {
      const { versionId, sha256, reason } = event.data;
      return withVersion(state, versionId, (version) => {
        const current = attachedDocument(version, sha256);
        if (!current) return version;
        const detached = { ...provenanceOf(provenance), reason };
        return { ...version, documents: version.documents.map((document) => (document === current ? { ...document, detached } : document)) };
      });
    }
    case 'LicenceSignatureRecorded': {
      const { versionId, signedBy, party, signedOn, documentSha256 } = event.data;
      return withVersion(state, versionId, (version) => ({
        ...version,
        signatures: [
          ...version.signatures,
          { signedBy, party, signedOn, ...(documentSha256 !== undefined && { documentSha256 }), recorded: provenanceOf(provenance) },
        ],
      }));
    }
  }
}

function withVersion(state: ExistingLicence, versionId: string, change: (version: LicenceVersion) => LicenceVersion): LicenceState {
  if (!findVersion(state, versionId)) return state;
  return { ...state, versions: state.versions.map((version) => (version.versionId === versionId ? change(version) : version)) };
}

/** A value replaces the recorded one; null removes a value entered by mistake. */
function correctedTerms(recorded: Readonly<Record<string, TermValue>>, corrections: Readonly<Record<string, TermValue | null>>): Record<string, TermValue> {
  const terms: Record<string, TermValue> = { ...recorded };
  for (const [key, value] of Object.entries(corrections)) {
    if (value === null) delete terms[key];
    else terms[key] = value;
  }
  return terms;
}
