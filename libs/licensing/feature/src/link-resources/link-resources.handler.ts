import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { decideLinkResources, licenceStream } from '@era/licensing-domain';
import { DecisionOutcome } from '@era/platform';
import { LicensingWriter } from '../shared/licensing-writer';
import { licenceModel } from '../shared/stream-models';
import { LinkResourcesCommand } from './link-resources.command';

@CommandHandler(LinkResourcesCommand)
export class LinkResourcesHandler implements ICommandHandler<LinkResourcesCommand, DecisionOutcome<unknown>> {
  constructor(private readonly writer: LicensingWriter) {}

  execute({ licenceId, resourceIds, metadata, ifMatchRevision }: LinkResourcesCommand): Promise<DecisionOutcome<unknown>> {
    return this.writer.write(licenceStream(licenceId), licenceModel, (state) => decideLinkResources(state, { licenceId, resourceIds }), { metadata, ifMatchRevision });
  }
}
