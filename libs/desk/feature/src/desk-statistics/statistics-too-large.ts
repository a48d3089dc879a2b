import { Dimension, TooManyStatisticsRowsError } from '@era/projection-desk-statistics';
import { DomainRefusal } from '@era/platform';

/** A finer time unit and the coarser one to ask for instead. */
const COARSER: Partial<Record<Dimension, Dimension>> = { hour: 'day', day: 'month' };

/** 422 naming the cap, with a grouping that gives fewer rows: fewer dimensions, a coarser time unit, a shorter period. */
export function statisticsTooLarge(error: TooManyStatisticsRowsError): DomainRefusal {
  const coarser = error.groupBy
    .filter((dimension) => COARSER[dimension] !== undefined)
    .map((dimension) => `${COARSER[dimension]} instead of ${dimension}`)
    .join(', ');
  const suggestion =
    `group by fewer dimensions (you asked for ${error.groupBy.length}: ${error.groupBy.join(', ')})` +
    (coarser ? `, by a coarser time unit (${coarser})` : '') +
    ', or ask for a shorter period';
  return new DomainRefusal(
    422,
    'statistics-too-large',
    `the statistics would have more than ${error.maxRows} rows, the most one answer may have: ${suggestion}`,
    {
      title: 'Statistics answer too large',
      extensions: { maxRows: error.maxRows, groupBy: error.groupBy, suggestion },
    },
  );
}
