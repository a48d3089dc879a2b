import { Injectable } from '@nestjs/common';
import { organisationNames, PlatformDocument, REGISTER_COLLECTIONS } from '@era/projection-e-resource-register';
import { ReadDocument } from '@era/read-store';
import { Reflecting, RegisterReads } from '../register-shared/register-reads';
import { PlatformView, platformView } from '../register-shared/register-views';

export interface PlatformList extends Reflecting {
  /** In library filing order of their names, each with its provider's name. */
  platforms: PlatformView[];
}

@Injectable()
export class ListPlatformsHandler {
  constructor(private readonly register: RegisterReads) {}

  async execute(providerId: string | undefined, minPosition: number | undefined): Promise<PlatformList> {
    const { view, fresh } = await this.register.snapshot(minPosition);
    const where = providerId === undefined ? undefined : { providerId };
    const documents: PlatformDocument[] = [];
    for await (const document of view.findAll<PlatformDocument & ReadDocument>(REGISTER_COLLECTIONS.platforms, { where, sort: { field: 'filingKey' } })) {
      documents.push(document);
    }
    const names = await organisationNames(view, [...new Set(documents.map((platform) => platform.providerId))]);
    return { platforms: documents.map((document) => platformView(document, names.get(document.providerId))), position: view.position, fresh };
  }
}
