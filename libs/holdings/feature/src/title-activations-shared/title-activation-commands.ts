import { Inject, Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import {
  evolveTitleList,
  initialTitleList,
  NamedTitle,
  PackageTitleIndex,
  requirePackageId,
  requireResolved,
  resolveTitles,
  TitleActivationCommand,
  titleActivationDecider,
  TitleActivationEvent,
  titleActivationStream,
  TitleListState,
  titleListStream,
  titleLookupOf,
} from '@era/holdings-domain';
import { APP_CONFIG, AppConfig, CommandPath } from '@era/platform';
import { TitleActivationWrite } from './title-activation-write';
import { requirePackage } from '../shared/package-of';

/**
 * A title activation or deactivation of one package: the package checked (registered, of a package type), the
 * identifiers the client named resolved against the package's current title list, and the command decided on the
 * package's activation stream with that list as context.
 */
@Injectable()
export class TitleActivationCommands {
  constructor(
    private readonly commands: CommandPath,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The package's id in canonical form, once it is known to be a package (404 / 422 before anything is read). */
  async requirePackage(resourceId: string): Promise<string> {
    const id = requirePackageId(resourceId);
    await requirePackage(this.commands, id);
    return id;
  }

  /** The package's current titles, as its title-list stream folds. */
  async titleList(resourceId: string): Promise<TitleListState> {
    const { state } = await this.commands.load(titleListStream(resourceId), { initialState: initialTitleList, evolve: evolveTitleList });
    return state;
  }

  /** The keys the names give in the list; unknown (422 unknown-titles) or ambiguous (422 ambiguous-titles) refused. */
  resolve(names: Iterable<NamedTitle>, list: TitleListState): readonly string[] {
    return requireResolved(resolveTitles(names, new PackageTitleIndex(list.titles.values())));
  }

  /** The decision the append will make, made now (for an upload: before its bytes are kept). */
  async decideNow(command: TitleActivationCommand, list: TitleListState): Promise<readonly TitleActivationEvent[]> {
    const { state } = await this.commands.load(titleActivationStream(command.data.resourceId), titleActivationDecider);
    return titleActivationDecider.decide(command, state, { now: this.commands.now(), timeZone: this.config.timeZone, titles: titleLookupOf(list) });
  }

  async handle(command: TitleActivationCommand, list: TitleListState, metadata: AppendMetadata): Promise<TitleActivationWrite> {
    const outcome = await this.commands.handle(titleActivationStream(command.data.resourceId), titleActivationDecider, command, {
      metadata,
      context: () => ({ timeZone: this.config.timeZone, titles: titleLookupOf(list) }),
    });
    return { resourceId: command.data.resourceId, outcome, listedTitles: list.titles.size };
  }
}
