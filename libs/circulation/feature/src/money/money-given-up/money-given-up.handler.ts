import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { APP_CONFIG, AppConfig, DomainRefusal } from '@era/platform';
import { MoneyGivenUpReport, moneyGivenUpOf, TooManyGivenUpEntriesError } from '@era/projection-circulation-fee-fines';
import { FeeFinesView } from '../fee-fines-view';
import { FIRST_DAY, LAST_DAY, libraryDays } from '../library-days';
import { MoneyGivenUpQueryDto } from './money-given-up.dto';

export type MoneyGivenUpAnswer = MoneyGivenUpReport & { position: number; fresh: boolean };

@Injectable()
export class MoneyGivenUpHandler {
  constructor(
    private readonly fees: FeeFinesView,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(query: MoneyGivenUpQueryDto, minPosition: number | undefined): Promise<MoneyGivenUpAnswer> {
    const bounded = query.from !== undefined || query.to !== undefined;
    const period = bounded ? libraryDays(new LocalCalendar(this.config.timeZone), query.from ?? FIRST_DAY, query.to ?? LAST_DAY) : {};
    const { view, fresh } = await this.fees.at(minPosition);
    try {
      const report = await moneyGivenUpOf(view, { ...period, staffId: query.staff, servicePointId: query.desk, kind: query.kind });
      return { ...report, position: view.position, fresh };
    } catch (error) {
      if (error instanceof TooManyGivenUpEntriesError) {
        throw new DomainRefusal(422, 'review-too-large', `${error.message}: narrow the review by period, desk, staff member or kind`);
      }
      throw error;
    }
  }
}
