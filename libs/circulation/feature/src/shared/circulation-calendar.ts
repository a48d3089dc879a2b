import { Inject, Injectable } from '@nestjs/common';
import { LocalCalendar } from '@era/calendar';
import { LibraryCalendar } from '@era/circulation-domain';
import { APP_CONFIG, AppConfig } from '@era/platform';

/** The library's opening calendar in its time zone, from the configuration (LIBRARY_TIMEZONE, LIBRARY_CLOSED_WEEKDAYS, LIBRARY_CLOSURES, …). */
@Injectable()
export class CirculationCalendar {
  readonly library: LibraryCalendar;
  private readonly local: LocalCalendar;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.library = { timeZone: config.timeZone, opening: config.opening };
    this.local = new LocalCalendar(config.timeZone);
  }

  /** The library's local date at an instant (YYYY-MM-DD). */
  dayOf(instant: Date): string {
    return this.local.dayOf(instant.getTime());
  }
}
