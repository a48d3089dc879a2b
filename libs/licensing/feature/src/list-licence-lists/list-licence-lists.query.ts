import { LicenceList } from '@era/licensing-domain';

export class ListLicenceListsQuery {
  constructor(
    readonly minPosition?: number,
    /** One list only; all six when absent. */
    readonly list?: LicenceList,
  ) {}
}
