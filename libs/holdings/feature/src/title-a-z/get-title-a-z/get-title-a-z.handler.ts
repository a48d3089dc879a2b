import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@era/platform';
import { ActiveTitle, activeTitlesOn, membersOf, workIdsOf, worksWithIdentifiers } from '@era/projection-title-a-z';
import { ProjectionView } from '@era/projection-engine';
import { decodeTitleCursor, encodeTitleCursor } from '../title-cursor';
import { FiledWork, filedWorks, TitleWork } from '../title-works';
import { TitleAzReads } from '../title-a-z-reads';
import { GetTitleAzQuery } from './get-title-a-z.query';

export interface TitleAzPage {
  activeOn: string;
  knownAt: string;
  items: TitleWork[];
  nextCursor?: string;
}

const afterCursor = (cursor: { filingKey: string; workId: string }) => (filed: FiledWork) =>
  filed.filingKey > cursor.filingKey || (filed.filingKey === cursor.filingKey && filed.work.workId > cursor.workId);

/**
 * The public title A-Z: works whose titles are active on the day as recorded by the instant, in packages not hidden.
 * A letter or words find titles; each found title brings its whole work (every active package's title of it).
 */
@Injectable()
export class GetTitleAzHandler {
  constructor(
    private readonly reads: TitleAzReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(query: GetTitleAzQuery): Promise<TitleAzPage> {
    const view = await this.reads.view(query.minPosition);
    const asOf = { activeOn: query.activeOn, knownAt: query.knownAt };
    const active = await this.activeTitles(view, query);
    const works = filedWorks(
      active,
      await workIdsOf(
        view,
        active.map((a) => a.title.ref),
      ),
      this.config.aZ.proxyPrefix,
    ).filter(
      (filed) => (query.letter === undefined || filed.letter === query.letter) && (query.type === undefined || filed.work.publicationType === query.type),
    );
    const after = query.cursor !== undefined ? works.filter(afterCursor(decodeTitleCursor(query.cursor))) : works;
    const page = after.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      ...asOf,
      items: page.map((filed) => filed.work),
      ...(after.length > page.length && last ? { nextCursor: encodeTitleCursor(last.filingKey, last.work.workId) } : {}),
    };
  }

  /** The active titles of every work the query finds. */
  private async activeTitles(view: ProjectionView, query: GetTitleAzQuery): Promise<ActiveTitle[]> {
    const asOf = { activeOn: query.activeOn, knownAt: query.knownAt };
    if (query.identifier !== undefined) {
      const refs = await membersOf(view, await worksWithIdentifiers(view, [query.identifier]));
      return refs.length === 0 ? [] : activeTitlesOn(view, asOf, { refs, ...(query.q !== undefined ? { text: query.q } : {}) });
    }
    if (query.letter === undefined && query.q === undefined) return activeTitlesOn(view, asOf);
    const found = await activeTitlesOn(view, asOf, {
      ...(query.letter !== undefined ? { letter: query.letter } : {}),
      ...(query.q !== undefined ? { text: query.q } : {}),
    });
    const workIds = [
      ...new Set(
        (
          await workIdsOf(
            view,
            found.map((a) => a.title.ref),
          )
        ).values(),
      ),
    ];
    const refs = await membersOf(view, workIds);
    return refs.length === 0 ? found : activeTitlesOn(view, asOf, { refs });
  }
}
