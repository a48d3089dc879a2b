import { isCalendarDate, WEEKDAYS } from '@era/calendar';
import { ConfigurationError } from './configuration-error';

/** When the library's desks are open, as loans' due dates and the hold shelf count days (in LIBRARY_TIMEZONE). */
export interface OpeningConfig {
  /** Weekdays always closed (LIBRARY_CLOSED_WEEKDAYS, e.g. `Sun` or `Sat,Sun`; default none). */
  closedWeekdays: (typeof WEEKDAYS)[number][];
  /** Dated closures (LIBRARY_CLOSURES, comma-separated YYYY-MM-DD: holidays, closure days). */
  closures: string[];
  /** Local HH:mm the desks open and close (LIBRARY_OPENS_AT, LIBRARY_CLOSES_AT): hour loans fall due at them. */
  opensAt?: string;
  closesAt?: string;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_CLOSURES = 1000;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

export function loadOpeningConfig(env: NodeJS.ProcessEnv): OpeningConfig {
  const closedWeekdays = list(env.LIBRARY_CLOSED_WEEKDAYS).map((day) => {
    const weekday = WEEKDAYS.find((known) => known.toLowerCase() === day.toLowerCase());
    if (weekday === undefined) throw new ConfigurationError(`LIBRARY_CLOSED_WEEKDAYS lists days among ${WEEKDAYS.join(', ')}; got ${day}`);
    return weekday;
  });
  if (WEEKDAYS.every((day) => closedWeekdays.includes(day))) throw new ConfigurationError('LIBRARY_CLOSED_WEEKDAYS may not close every weekday');
  const closures = list(env.LIBRARY_CLOSURES);
  if (closures.length > MAX_CLOSURES) throw new ConfigurationError(`LIBRARY_CLOSURES lists at most ${MAX_CLOSURES} dates`);
  for (const closure of closures) if (!isCalendarDate(closure)) throw new ConfigurationError(`LIBRARY_CLOSURES lists YYYY-MM-DD dates; got ${closure}`);
  const time = (name: 'LIBRARY_OPENS_AT' | 'LIBRARY_CLOSES_AT'): string | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    if (!TIME_OF_DAY.test(value)) throw new ConfigurationError(`${name} is a local time HH:mm; got ${value}`);
    return value;
  };
  const [opensAt, closesAt] = [time('LIBRARY_OPENS_AT'), time('LIBRARY_CLOSES_AT')];
  if (opensAt !== undefined && closesAt !== undefined && opensAt >= closesAt) throw new ConfigurationError('LIBRARY_OPENS_AT must be before LIBRARY_CLOSES_AT');
  return { closedWeekdays, closures, ...(opensAt !== undefined && { opensAt }), ...(closesAt !== undefined && { closesAt }) };
}
