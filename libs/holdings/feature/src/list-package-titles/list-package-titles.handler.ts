import { Injectable } from '@nestjs/common';
import { PackageTitle } from '@era/holdings-domain';
import { DEFAULT_PAGE } from '@era/platform';
import { TitleListImporter } from '../import-title-list/title-list-importer';
import { currentTitleList } from '../shared/current-title-list';
import { requirePackage } from '../shared/package-of';

export interface PackageTitlesPage {
  resourceId: string;
  /** The current version of the list (0: none imported yet). */
  version: number;
  effectiveFrom?: string;
  /** Titles in the current version. */
  total: number;
  /** By key. */
  titles: PackageTitle[];
  nextCursor?: string;
}

/** The package's current titles, by key, a page at a time (the cursor is the last key of the page before). */
@Injectable()
export class ListPackageTitlesHandler {
  constructor(private readonly importer: TitleListImporter) {}

  async execute(resourceId: string, limit = DEFAULT_PAGE, cursor?: string): Promise<PackageTitlesPage> {
    const id = (await requirePackage(this.importer.streams, resourceId)).resourceId;
    const list = await currentTitleList(this.importer.streams, id);
    const keys = [...list.titles.keys()].filter((key) => cursor === undefined || key > cursor).sort();
    const page = keys.slice(0, limit);
    const titles = page.map((key) => list.titles.get(key) as PackageTitle);
    return {
      resourceId: id,
      version: list.version,
      ...(list.effectiveFrom !== undefined && { effectiveFrom: list.effectiveFrom }),
      total: list.titles.size,
      titles,
      ...(keys.length > limit && { nextCursor: page[page.length - 1] }),
    };
  }
}
