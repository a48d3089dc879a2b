import { Inject, Injectable } from '@nestjs/common';
import { E_RESOURCE_REGISTER_PROJECTION, organisationNames, vocabularyLabels } from '@era/projection-e-resource-register';
import { liveView } from '@era/projection-engine';
import { ReadStore } from '@era/read-store';
import { READ_STORE } from '@era/platform';

/**
 * Labels of the resource-type and subject vocabularies and vendor names, from the register as it stands now (a
 * relabelled term shows its new label on past days too). A key the register does not know shows as itself, a vendor
 * it does not know by its id.
 */
@Injectable()
export class AzLabels {
  constructor(@Inject(READ_STORE) private readonly reads: ReadStore) {}

  async lookup(vendorIds: readonly string[]): Promise<LabelLookup> {
    const view = await liveView(this.reads, E_RESOURCE_REGISTER_PROJECTION);
    const { types, subjects } = await vocabularyLabels(view);
    return { types, subjects, vendors: vendorIds.length === 0 ? new Map() : await organisationNames(view, vendorIds) };
  }
}

export interface LabelLookup {
  types: ReadonlyMap<string, string>;
  subjects: ReadonlyMap<string, string>;
  vendors: ReadonlyMap<string, string>;
}

export const labelled = (labels: ReadonlyMap<string, string>, key: string) => ({ key, label: labels.get(key) ?? key });
