import { LicenceDetails, ListEntry, VocabularyTerm } from '@era/licensing-domain';
import { LicenceDocument, ListValueDocument, TermDocument } from './documents';

/**
 * A stored document less the read model's own bookkeeping (id, revision, positions): what the domain folded.
 * Stored documents also carry the engine's `_position`, which is dropped here too.
 */
export function licenceDetailsOf(document: LicenceDocument): LicenceDetails {
  const {
    id: _id,
    revision: _revision,
    lastPosition: _lastPosition,
    updatedAt: _updatedAt,
    _position,
    ...details
  } = document as LicenceDocument & {
    _position?: number;
  };
  return details;
}

export function termOf(document: TermDocument): VocabularyTerm {
  const { id: _id, _position, ...term } = document as TermDocument & { _position?: number };
  return term;
}

export function listValueOf(document: ListValueDocument): ListEntry {
  const { id: _id, list: _list, _position, ...value } = document as ListValueDocument & { _position?: number };
  return value;
}
