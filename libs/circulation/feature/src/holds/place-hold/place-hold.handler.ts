import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { canonicalId } from '@era/decider';
import { OverrideGranted, RequestHold } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { canonicalTitleId, HoldsDesk } from '../holds-desk';
import { PlaceHoldDto } from './place-hold.dto';

export interface HoldPlacedWrite extends CirculationWrite {
  titleId: string;
  overrides: OverrideGranted[];
}

/**
 * A hold on a title: the borrower's standing for requests (unknown, erased or expired borrowers refused; the blocks
 * with the request flag), then the title's stream decides, granting the overrides sent in the same append.
 */
@Injectable()
export class PlaceHoldHandler {
  constructor(private readonly desk: HoldsDesk) {}

  async execute(body: PlaceHoldDto, metadata: AppendMetadata): Promise<HoldPlacedWrite> {
    const titleId = canonicalTitleId(body.titleId);
    const holdId = canonicalId(body.holdId ?? randomUUID());
    const titleKnown = await this.desk.titleKnown(titleId);
    const atDesk = await this.desk.standing.standingFor(body.borrowerId, 'requests');
    const command: RequestHold = {
      type: 'RequestHold',
      data: {
        titleId,
        holdId,
        borrowerId: atDesk.standing.borrowerId,
        pickupLocation: body.pickupLocation,
        overrides: (body.overrides ?? []).map(({ overrideId, ...override }) => ({ ...override, overrideId: overrideId ?? randomUUID() })),
      },
    };
    const outcome = await this.desk.onTitle(titleId, command, metadata, {
      titleKnown,
      borrower: atDesk.standing,
      ...(atDesk.patronBlock && { requestRefusal: atDesk.patronBlock }),
    });
    const overrides = outcome.events.flatMap((event) => (event.type === 'OverrideGranted' ? [event.data] : []));
    return { id: holdId, titleId, overrides, outcome };
  }
}
