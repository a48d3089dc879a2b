import { Injectable } from '@nestjs/common';
import { AmendmentEffect, LICENCE_LISTS, LicenceLifecycle, LicenceList, LicenceListsState } from '@era/licensing-domain';
import { LicenceReads } from '../read-side/licence-reads';
import { Reflecting } from '../read-side/reflecting';
import { ListLicenceListsQuery } from './list-licence-lists.query';

export interface ListValueView {
  key: string;
  label: string;
  description?: string;
  lifecycle?: LicenceLifecycle;
  amendmentEffect?: AmendmentEffect;
  /** A deprecated value stays on the licences that have it but is taken by none anew. */
  deprecated: boolean;
  deprecationReason?: string;
}

export interface LicenceListsView extends Reflecting {
  /** False until the first write that needs the lists seeds their defaults into the log: the lists then show those defaults. */
  seeded: boolean;
  lists: Partial<Record<LicenceList, ListValueView[]>>;
}

/** A list's values in the order they were defined (the defaults first, in the seed's order). */
export function listValues(state: LicenceListsState, list: LicenceList): ListValueView[] {
  return Object.values(state.lists[list]).map(({ deprecated, ...value }) => ({
    ...value,
    deprecated: deprecated !== undefined,
    ...(deprecated !== undefined && { deprecationReason: deprecated.reason }),
  }));
}

@Injectable()
export class ListLicenceListsHandler {
  constructor(private readonly licences: LicenceReads) {}

  async execute({ minPosition, list }: ListLicenceListsQuery): Promise<LicenceListsView> {
    const { view, fresh } = await this.licences.snapshot(minPosition);
    const state = await this.licences.lists(view);
    const lists = Object.fromEntries((list ? [list] : LICENCE_LISTS).map((name) => [name, listValues(state, name)]));
    return { seeded: state.seeded, lists, position: view.position, fresh };
  }
}
