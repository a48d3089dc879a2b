import { Injectable } from '@nestjs/common';

/**
 * Labels of the resource-type and subject vocabularies and vendor names, for the public list. The register's
 * vocabulary and organisation read models are not there yet: until they are, a label is its key and a vendor's name
 * is its id (the seam to replace is this class alone).
 */
@Injectable()
export class AzLabels {
  async resourceTypes(): Promise<ReadonlyMap<string, string>> {
    return new Map();
  }

  async subjects(): Promise<ReadonlyMap<string, string>> {
    return new Map();
  }

  async vendorNames(_vendorIds: readonly string[]): Promise<ReadonlyMap<string, string>> {
    return new Map();
  }
}

export interface LabelLookup {
  types: ReadonlyMap<string, string>;
  subjects: ReadonlyMap<string, string>;
  vendors: ReadonlyMap<string, string>;
}

export const labelled = (labels: ReadonlyMap<string, string>, key: string) => ({ key, label: labels.get(key) ?? key });
