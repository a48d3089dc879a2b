import { Injectable } from '@nestjs/common';
import { AppendMetadata } from '@era/event-store';
import { namedTitleOf } from '@era/holdings-domain';
import { TitleActivationCommands } from '../title-activations-shared/title-activation-commands';
import { TitleActivationWrite } from '../title-activations-shared/title-activation-write';

export interface DeactivateTitlesInput {
  resourceId: string;
  wholePackage?: true;
  titles?: readonly string[];
  effectiveOn: string;
  reason: string;
}

/** The whole package's activation, or the titles named (resolved against its current list), ended on effectiveOn. */
@Injectable()
export class DeactivateTitlesHandler {
  constructor(private readonly commands: TitleActivationCommands) {}

  async execute({ resourceId, wholePackage, titles, effectiveOn, reason }: DeactivateTitlesInput, metadata: AppendMetadata): Promise<TitleActivationWrite> {
    const id = await this.commands.requirePackage(resourceId);
    const list = await this.commands.titleList(id);
    if (wholePackage) return this.commands.handle({ type: 'DeactivateWholePackage', data: { resourceId: id, effectiveOn, reason } }, list, metadata);
    const keys = this.commands.resolve((titles ?? []).map(namedTitleOf), list);
    return this.commands.handle({ type: 'DeactivatePackageTitles', data: { resourceId: id, effectiveOn, reason, selection: { keys } } }, list, metadata);
  }
}
