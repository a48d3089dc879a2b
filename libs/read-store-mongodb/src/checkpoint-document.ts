import { Checkpoint } from '@era/read-store';

/** A checkpoint as Mongo holds it: keyed by its slot, so reading or replacing one is a primary-key operation. */
export interface CheckpointDocument {
  _id: string;
  projection: string;
  version: number;
  generation: string;
  position: number;
  updatedAt: string;
}

export function toCheckpointDocument(checkpoint: Checkpoint): CheckpointDocument {
  const { slot, projection, version, generation, position, updatedAt } = checkpoint;
  return { _id: slot, projection, version, generation, position, updatedAt };
}

/** Field by field, so nothing Mongo-specific (or added later by hand) leaks into the Checkpoint. */
export function fromCheckpointDocument(document: CheckpointDocument): Checkpoint {
  const { _id, projection, version, generation, position, updatedAt } = document;
  return { slot: _id, projection, version, generation, position, updatedAt };
}
