import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideUnlinkResources, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { UnlinkResourcesCommand } from './unlink-resources.command';

@CommandHandler(UnlinkResourcesCommand)
export class UnlinkResourcesHandler implements ICommandHandler<UnlinkResourcesCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ unlinking, metadata, ifMatchRevision }: UnlinkResourcesCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(unlinking.licenceId), licenceModel, (state) => decideUnlinkResources(state, unlinking), { metadata, ifMatchRevision });
  }
}
