import { Injectable } from '@nestjs/common';
import { ItemCommand, itemDeskDecider, itemStreamId, LoanPolicy } from '@era/circulation-domain';
import { AppendMetadata } from '@era/event-store';
import { CirculationWrite } from '../../shared/write-accepted';
import { HoldsDesk } from '../holds-desk';
import { PlaceOnReserveDto } from './course-reserve.dto';

/** The course's short-loan policy for the term: its id names the course and the period, as a loan records it. */
export function shortLoanPolicyOf(body: PlaceOnReserveDto): LoanPolicy {
  const { duration, interval } = body.loanPeriod;
  return {
    id: `course-reserve-${body.courseId}-${duration}-${interval}`,
    loanPeriod: { duration, interval },
    closedDayRule: body.closedDayRule ?? 'move-to-previous-open-day',
    renewalLimit: body.renewalLimit ?? 0,
  };
}

/** Places an item on reserve for a course (a check-out in the term then takes the short-loan policy), or takes it off. */
@Injectable()
export class CourseReserveHandler {
  constructor(private readonly desk: HoldsDesk) {}

  place(barcode: string, body: PlaceOnReserveDto, metadata: AppendMetadata): Promise<CirculationWrite> {
    const { courseId, termStart, termEnd } = body;
    return this.onItem(
      barcode,
      { type: 'PlaceOnReserve', data: { barcode, courseId, termStart, termEnd, shortLoanPolicy: shortLoanPolicyOf(body) } },
      metadata,
    );
  }

  remove(barcode: string, metadata: AppendMetadata): Promise<CirculationWrite> {
    return this.onItem(barcode, { type: 'TakeOffReserve', data: { barcode } }, metadata);
  }

  private async onItem(barcode: string, command: ItemCommand, metadata: AppendMetadata): Promise<CirculationWrite> {
    const outcome = await this.desk.commands.handle(itemStreamId(barcode), itemDeskDecider, command, { metadata, context: () => this.desk.itemContext() });
    return { id: barcode, outcome };
  }
}
