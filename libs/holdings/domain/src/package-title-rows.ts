import { KbartRowValues } from '@era/kbart';
import { PackageTitle } from './package-title';

/**
 * A package title as the rows of a KBART Phase II file: one row per coverage range, each with the title's own values
 * (identifiers, publisher, type, …) and that range's values. The export writes these; importing them gives the title back.
 */
export function packageTitleRows(title: PackageTitle): KbartRowValues[] {
  return title.coverage.map((range) => ({ ...title.values, ...range }));
}
