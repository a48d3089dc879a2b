import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { CashUp } from '@era/circulation-domain';
import { APP_CONFIG, AppConfig } from '@era/platform';
import { cashUpOf } from '@era/projection-circulation-fee-fines';
import { FeeFinesView } from '../fee-fines-view';
import { libraryDays } from '../library-days';

export type CashUpAnswer = CashUp & { date: string; timeZone: string; desk?: string; from: string; to: string; position: number; fresh: boolean };

@Injectable()
export class CashUpHandler {
  constructor(
    private readonly fees: FeeFinesView,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A day's takings in the library's time zone: the instants of that local day, whatever the server's zone. */
  async execute(date: string | undefined, desk: string | undefined, minPosition: number | undefined, now: Date): Promise<CashUpAnswer> {
    const calendar = new LocalCalendar(this.config.timeZone);
    const day = date ?? calendar.today(now.getTime());
    const period = libraryDays(calendar, day, day);
    const { view, fresh } = await this.fees.at(minPosition);
    const report = await cashUpOf(view, period, desk);
    return { date: day, timeZone: this.config.timeZone, ...(desk !== undefined && { desk }), ...period, ...report, position: view.position, fresh };
  }
}
