import { randomBytes } from 'node:crypto';
import { ReadStore } from '@era/read-store';
import { physicalCollection, ProjectionDefinition } from './projection';

/** A fresh storage generation: `<name>.v<version>.<random>`, so that a rebuild never writes over live models. */
export function newGeneration(definition: ProjectionDefinition): string {
  return `${definition.name}.v${definition.version}.${randomBytes(4).toString('hex')}`;
}

export async function createGenerationCollections(reads: ReadStore, definition: ProjectionDefinition, generation: string): Promise<void> {
  for (const collection of definition.collections) {
    await reads.ensureCollection({ ...collection, name: physicalCollection(generation, collection.name) });
  }
}

export async function dropGeneration(reads: ReadStore, generation: string): Promise<void> {
  for (const name of await reads.listCollections()) {
    if (name.startsWith(`${generation}.`)) await reads.dropCollection(name);
  }
}

/** Drops the collections of a projection's generations that no checkpoint refers to any more. */
export async function dropAbandonedGenerations(reads: ReadStore, projection: string): Promise<string[]> {
  const inUse = new Set((await reads.listCheckpoints()).map((checkpoint) => checkpoint.generation));
  const dropped: string[] = [];
  for (const name of await reads.listCollections()) {
    const generation = name.split('.').slice(0, 3).join('.');
    if (name.startsWith(`${projection}.v`) && !inUse.has(generation)) {
      await reads.dropCollection(name);
      dropped.push(name);
    }
  }
  return dropped;
}
