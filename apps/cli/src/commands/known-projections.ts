import { ALL_PROJECTIONS } from '@era/projection-catalogue';
import { ProjectionDefinition } from '@era/projection-engine';
import { CliError } from '../errors';

/** The projection of that name, or an error listing the known ones. */
export function projectionNamed(name: string, projections: readonly ProjectionDefinition[] = ALL_PROJECTIONS): ProjectionDefinition {
  const definition = projections.find((projection) => projection.name === name);
  if (!definition) {
    const known = projections.map((projection) => projection.name).join(', ') || '(none)';
    throw new CliError(`unknown projection "${name}"; known projections: ${known}`);
  }
  return definition;
}
