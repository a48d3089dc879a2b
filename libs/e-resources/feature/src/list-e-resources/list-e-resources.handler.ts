import { Injectable } from '@nestjs/common';
import { A_Z_COLLECTIONS, ActivationRecord, ResourceDocument, untilOf } from '@era/projection-a-z';
import { FieldCondition, ReadDocument } from '@era/read-store';
import { AzReads } from '../a-z/a-z-reads';
import { compareFilingPositions, pageOf } from '../a-z/a-z-order';
import { publicLink } from '../a-z/public-link';

export interface ListEResourcesQuery {
  activeOn: string;
  limit: number;
  cursor?: string;
  active?: boolean;
  hidden?: boolean;
  type?: string;
  vendor?: string;
  letter?: string;
  q?: string;
  minPosition?: number;
}

export type StaffActivation = Omit<ActivationRecord, 'currentVersionId'> & { inForce: boolean };

/** A resource as staff see it: everything recorded (internal notes, stanza, every activation), and the public link. */
export type StaffResourceView = Omit<ResourceDocument, 'currentDetailVersionId' | 'activations'> & {
  link?: string;
  activeOn: boolean;
  activations: StaffActivation[];
};

export interface StaffResourcePage {
  activeOn: string;
  items: StaffResourceView[];
  nextCursor?: string;
  /** Global position of the last event the answer reflects. */
  position: number;
}

/** Whether an activation is in force on a day. */
export const inForceOn = (activation: ActivationRecord, day: string) => !activation.retracted && activation.effectiveFrom <= day && untilOf(activation) > day;

@Injectable()
export class ListEResourcesHandler {
  constructor(private readonly reads: AzReads) {}

  async execute(query: ListEResourcesQuery): Promise<StaffResourcePage> {
    const view = await this.reads.view(query.minPosition);
    const where: Record<string, FieldCondition> = {};
    if (query.hidden !== undefined) where.hidden = query.hidden;
    if (query.type !== undefined) where.resourceType = query.type;
    if (query.vendor !== undefined) where.vendorId = query.vendor;
    if (query.letter !== undefined) where.letter = query.letter;
    const { proxyPrefix } = this.reads.linkSettings();
    const views: StaffResourceView[] = [];
    for await (const resource of view.findAll<ResourceDocument & ReadDocument>(A_Z_COLLECTIONS.resources, {
      where,
      ...(query.q !== undefined ? { text: query.q } : {}),
    })) {
      const item = staffView(resource, query.activeOn, proxyPrefix);
      if (query.active !== undefined && item.activeOn !== query.active) continue;
      views.push(item);
    }
    const sorted = views.sort(compareFilingPositions);
    const page = pageOf(sorted, (item) => item, query.limit, query.cursor);
    return { activeOn: query.activeOn, items: page.items, ...(page.nextCursor !== undefined ? { nextCursor: page.nextCursor } : {}), position: view.position };
  }
}

function staffView(resource: ResourceDocument, day: string, proxyPrefix: string | undefined): StaffResourceView {
  const { currentDetailVersionId: _version, activations, ...rest } = resource;
  const link = publicLink(resource.accessUrl, resource.proxied, proxyPrefix);
  const staffActivations = activations.map(({ currentVersionId: _current, ...activation }) => ({ ...activation, inForce: inForceOn(activation, day) }));
  return { ...rest, ...(link !== undefined ? { link } : {}), activeOn: staffActivations.some((a) => a.inForce), activations: staffActivations };
}
