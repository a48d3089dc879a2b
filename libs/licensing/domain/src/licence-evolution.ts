import { CalendarDate, EndDateSemantics, LicenceEvent, LicenceOrganisation } from './licence-events';
import { AmendmentEffect, LicenceLifecycle } from './licence-lists-events';
import { attachedDocument, distinct, ExistingLicence, findVersion } from './licence-guards';
import { LicenceDetails, LicenceState, LicenceVersion, Provenance } from './licence-state';
import { TermEntry } from './term-values';

/** Provenance without empty keys, so that folded state stays plain JSON. */
function provenanceOf(provenance: Provenance, directedBy = provenance.directedBy): Provenance {
  const { actorId, actorRole, recordedAt, imported } = provenance;
  return { actorId, actorRole, recordedAt, ...(directedBy && { directedBy }), ...(imported && { imported }) };
}

/** Events recorded before statuses were a list carry no lifecycle: their status keys were lifecycles. */
const lifecycleOf = (status: string, lifecycle: LicenceLifecycle | undefined): LicenceLifecycle => lifecycle ?? (status as LicenceLifecycle);

/** Versions recorded before end-date semantics: a stated end is explicit, none is open-ended. */
const semanticsOf = (semantics: EndDateSemantics | undefined, effectiveTo: CalendarDate | null): EndDateSemantics =>
  semantics ?? (effectiveTo === null ? 'open-ended' : 'explicit');

const firstInRole = (organisations: readonly LicenceOrganisation[], role: string): string | undefined =>
  organisations.find((organisation) => organisation.roles.includes(role))?.name;

/** The licensor and consortium shorthands follow the organisations: the first named in each role. */
function withOrganisations(details: LicenceDetails, organisations: LicenceOrganisation[]): LicenceDetails {
  const { licensor: _licensor, consortium: _consortium, ...rest } = details;
  const licensor = firstInRole(organisations, 'licensor');
  const consortium = firstInRole(organisations, 'consortium');
  return { ...rest, organisations, ...(licensor !== undefined && { licensor }), ...(consortium !== undefined && { consortium }) };
}

/** A legacy licensor or consortium field replaces the organisations in that role. */
function withLegacyParty(organisations: readonly LicenceOrganisation[], role: string, name: string | null | undefined): LicenceOrganisation[] {
  if (name === undefined) return [...organisations];
  const others = organisations.flatMap((organisation) => {
    if (!organisation.roles.includes(role)) return [organisation];
    const roles = organisation.roles.filter((other) => other !== role);
    return roles.length > 0 ? [{ ...organisation, roles }] : [];
  });
  return name === null ? others : [...others, { name, roles: [role] }];
}

/** `provenance` comes from the event's metadata (and `directedBy` from its data). */
export function evolveLicence(state: LicenceState, event: LicenceEvent, provenance: Provenance): LicenceState {
  if (event.type === 'LicenceDrafted') {
    if (state.exists) return state;
    const { licenceId, name, licensor, type, consortium, organisations, status, lifecycle, description, alternateNames, tags, contacts, resourceIds } =
      event.data;
    const parties = organisations ?? withLegacyParty(withLegacyParty([], 'licensor', licensor), 'consortium', consortium);
    const drafted: LicenceDetails = {
      licenceId,
      name,
      type,
      organisations: [],
      ...(description !== undefined && { description }),
      alternateNames: [...(alternateNames ?? [])],
      tags: [...(tags ?? [])],
      contacts: [...(contacts ?? [])],
      status: status ?? 'in-negotiation',
      lifecycle: lifecycleOf(status ?? 'in-negotiation', lifecycle),
      resourceIds: distinct(resourceIds),
      versions: [],
      drafted: provenanceOf(provenance),
    };
    return { exists: true, ...withOrganisations(drafted, parties) };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'LicenceDetailsCorrected': {
      const { name, licensor, type, consortium, organisations, description, alternateNames, tags, contacts } = event.data;
      const { description: previousDescription, exists: _exists, ...rest } = state;
      const nextDescription = description === undefined ? previousDescription : (description ?? undefined);
      const parties = withLegacyParty(withLegacyParty(organisations ?? state.organisations, 'licensor', licensor), 'consortium', consortium);
      const corrected: LicenceDetails = {
        ...rest,
        ...(name !== undefined && { name }),
        ...(type !== undefined && { type }),
        ...(nextDescription !== undefined && { description: nextDescription }),
        ...(alternateNames !== undefined && { alternateNames: [...alternateNames] }),
        ...(tags !== undefined && { tags: [...tags] }),
        ...(contacts !== undefined && { contacts: [...contacts] }),
      };
      return { exists: true, ...withOrganisations(corrected, parties) };
    }
    case 'LicenceStatusRecorded':
    case 'LicenceStatusCorrected':
      return { ...state, status: event.data.to, lifecycle: lifecycleOf(event.data.to, event.data.lifecycle) };
    case 'LicenceResourcesLinked':
      return { ...state, resourceIds: distinct([...state.resourceIds, ...event.data.resourceIds]) };
    case 'LicenceResourcesUnlinked': {
      const unlinked = new Set(event.data.resourceIds);
      return { ...state, resourceIds: state.resourceIds.filter((id) => !unlinked.has(id)) };
    }
    case 'LicenceVersionRecorded': {
      const { versionId, kind, label, effectiveFrom, effectiveTo, endDateSemantics, status, amendmentEffect, description, terms, directedBy } = event.data;
      if (findVersion(state, versionId)) return state;
      const version: LicenceVersion = {
        versionId,
        kind,
        label,
        effectiveFrom,
        effectiveTo,
        endDateSemantics: semanticsOf(endDateSemantics, effectiveTo),
        ...(status !== undefined && { status }),
        ...(status !== undefined && amendmentEffect !== undefined && { amendmentEffect }),
        ...(description !== undefined && { description }),
        terms: { ...terms },
        sequence: Math.max(0, ...state.versions.map((v) => v.sequence)) + 1,
        recorded: provenanceOf(provenance, directedBy ?? provenance.directedBy),
        corrections: 0,
        documents: [],
        references: [],
        signatures: [],
      };
      return { ...state, versions: [...state.versions, version] };
    }
    case 'LicenceVersionCorrected': {
      const { versionId, reason, kind, label, effectiveFrom, effectiveTo, endDateSemantics, status, amendmentEffect, description, terms, directedBy } =
        event.data;
      // A corrected status brings its own effect (none: by-dates); an uncorrected one keeps the effect it had.
      const effectAfter = (was: AmendmentEffect | undefined) => (status === undefined ? was : status === null ? undefined : amendmentEffect);
      return withVersion(
        state,
        versionId,
        ({ confirmed: _cleared, status: wasStatus, amendmentEffect: wasEffect, description: wasDescription, ...version }) => ({
          ...version,
          ...(effectAfter(wasEffect) !== undefined && { amendmentEffect: effectAfter(wasEffect) }),
          ...(kind !== undefined && { kind }),
          ...(label !== undefined && { label }),
          ...(effectiveFrom !== undefined && { effectiveFrom }),
          ...(effectiveTo !== undefined && { effectiveTo }),
          // A corrected end without its semantics keeps the semantics it had, unless they no longer fit (an end given to an open-ended version).
          endDateSemantics:
            endDateSemantics ??
            (effectiveTo === undefined
              ? version.endDateSemantics
              : effectiveTo !== null && version.endDateSemantics === 'open-ended'
                ? 'explicit'
                : version.endDateSemantics),
          ...((status === undefined ? wasStatus : (status ?? undefined)) !== undefined && { status: status === undefined ? wasStatus : (status ?? undefined) }),
          ...((description === undefined ? wasDescription : (description ?? undefined)) !== undefined && {
            description: description === undefined ? wasDescription : (description ?? undefined),
          }),
          terms: terms === undefined ? version.terms : correctedTerms(version.terms, terms),
          corrections: version.corrections + 1,
          lastCorrected: { ...provenanceOf(provenance, directedBy ?? provenance.directedBy), reason },
        }),
      );
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
      const { versionId, sha256, fileName, mediaType, sizeBytes, documentType, name, note, category } = event.data;
      const described = { ...(name !== undefined && { name }), ...(note !== undefined && { note }), ...(category !== undefined && { category }) };
      // A document detached earlier and attached again is a new attachment: the detached one stays listed as it was.
      return withVersion(state, versionId, (version) =>
        attachedDocument(version, sha256)
          ? version
          : {
              ...version,
              documents: [...version.documents, { sha256, fileName, mediaType, sizeBytes, documentType, ...described, attached: provenanceOf(provenance) }],
            },
      );
    }
    case 'LicenceDocumentReferenced': {
      const { licenceId: _licence, versionId, ...reference } = event.data;
      return withVersion(state, versionId, (version) =>
        version.references.some((existing) => existing.referenceId === reference.referenceId && existing.removed === undefined)
          ? version
          : { ...version, references: [...version.references, { ...reference, referenced: provenanceOf(provenance) }] },
      );
    }
    case 'LicenceDocumentReferenceRemoved': {
      const { versionId, referenceId, reason } = event.data;
      return withVersion(state, versionId, (version) => ({
        ...version,
        references: version.references.map((reference) =>
          reference.referenceId === referenceId && reference.removed === undefined
            ? { ...reference, removed: { ...provenanceOf(provenance), reason } }
            : reference,
        ),
      }));
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
function correctedTerms(recorded: Readonly<Record<string, TermEntry>>, corrections: Readonly<Record<string, TermEntry | null>>): Record<string, TermEntry> {
  const terms: Record<string, TermEntry> = { ...recorded };
  for (const [key, value] of Object.entries(corrections)) {
    if (value === null) delete terms[key];
    else terms[key] = value;
  }
  return terms;
}
