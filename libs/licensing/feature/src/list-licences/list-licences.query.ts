import { LicenceLifecycle, LicenceStatus, LicenceType } from '@era/licensing-domain';

export class ListLicencesQuery {
  constructor(
    readonly limit: number,
    readonly status?: LicenceStatus,
    readonly type?: LicenceType,
    readonly licensor?: string,
    readonly cursor?: string,
    readonly minPosition?: number,
    readonly lifecycle?: LicenceLifecycle,
  ) {}
}
