import { Injectable } from '@nestjs/common';
import { DEFAULT_RESOURCE_TYPES } from '@era/e-resources-domain';
import { REGISTER_COLLECTIONS, ResourceTypeDocument } from '@era/projection-e-resource-register';
import { ReadDocument } from '@era/read-store';
import { Reflecting, RegisterReads } from '../register-shared/register-reads';
import { TermView, termView } from '../register-shared/register-views';

export interface ResourceTypeList extends Reflecting {
  /** False until the first write to the vocabulary seeds the defaults into the log: the list then shows those defaults. */
  seeded: boolean;
  /** By key. */
  types: TermView[];
}

@Injectable()
export class ListResourceTypesHandler {
  constructor(private readonly register: RegisterReads) {}

  async execute(minPosition: number | undefined): Promise<ResourceTypeList> {
    const { view, fresh } = await this.register.snapshot(minPosition);
    const stored: ResourceTypeDocument[] = [];
    for await (const type of view.findAll<ResourceTypeDocument & ReadDocument>(REGISTER_COLLECTIONS.resourceTypes)) stored.push(type);
    const seeded = stored.length > 0;
    const types = (seeded ? stored : DEFAULT_RESOURCE_TYPES.map((type) => ({ id: type.key, ...type }))).map(termView).sort((a, b) => (a.key < b.key ? -1 : 1));
    return { seeded, types, position: view.position, fresh };
  }
}
