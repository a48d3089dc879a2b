import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { isTitleActiveOn, PackageTitle, titleActivationDecider, titleActivationStream } from '@era/holdings-domain';
import { APP_CONFIG, AppConfig, DEFAULT_PAGE } from '@era/platform';
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
  /** The day `active` is about: today in the library's calendar. */
  activeOn: string;
  /** By key; `active`: the library has access to it today (through the whole package or its own activation). */
  titles: (PackageTitle & { active: boolean })[];
  nextCursor?: string;
}

/** The package's current titles, by key, a page at a time (the cursor is the last key of the page before). */
@Injectable()
export class ListPackageTitlesHandler {
  constructor(
    private readonly importer: TitleListImporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(resourceId: string, limit = DEFAULT_PAGE, cursor?: string): Promise<PackageTitlesPage> {
    const id = (await requirePackage(this.importer.streams, resourceId)).resourceId;
    const list = await currentTitleList(this.importer.streams, id);
    const keys = [...list.titles.keys()].filter((key) => cursor === undefined || key > cursor).sort();
    const page = keys.slice(0, limit);
    const { state: activations } = await this.importer.streams.load(titleActivationStream(id), titleActivationDecider);
    const activeOn = new LocalCalendar(this.config.timeZone).today();
    const titles = page.map((key) => ({ ...(list.titles.get(key) as PackageTitle), active: isTitleActiveOn(activations, key, activeOn) }));
    return {
      resourceId: id,
      version: list.version,
      ...(list.effectiveFrom !== undefined && { effectiveFrom: list.effectiveFrom }),
      total: list.titles.size,
      activeOn,
      titles,
      ...(keys.length > limit && { nextCursor: page[page.length - 1] }),
    };
  }
}
