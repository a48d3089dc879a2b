import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { namedTitleOf } from '@era/holdings-domain';
import { TitleActivationCommands } from '../title-activations-shared/title-activation-commands';
import { TitleActivationWrite } from '../title-activations-shared/title-activation-write';

export interface ActivateTitlesInput {
  resourceId: string;
  wholePackage?: true;
  titles?: readonly string[];
  effectiveFrom: string;
  reason: string;
}

/** The whole package, or the titles named (resolved against its current list), activated from effectiveFrom. */
@Injectable()
export class ActivateTitlesHandler {
  constructor(private readonly commands: TitleActivationCommands) {}

  async execute({ resourceId, wholePackage, titles, effectiveFrom, reason }: ActivateTitlesInput, metadata: AppendMetadata): Promise<TitleActivationWrite> {
    const id = await this.commands.requirePackage(resourceId);
    const list = await this.commands.titleList(id);
    if (wholePackage) return this.commands.handle({ type: 'ActivateWholePackage', data: { resourceId: id, effectiveFrom, reason } }, list, metadata);
    const keys = this.commands.resolve((titles ?? []).map(namedTitleOf), list);
    return this.commands.handle({ type: 'ActivatePackageTitles', data: { resourceId: id, effectiveFrom, reason, selection: { keys } } }, list, metadata);
  }
}
