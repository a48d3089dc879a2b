import { stringify } from 'csv-stringify/sync';
import { CashUpAnswer } from './cash-up.handler';
import { spreadsheetSafeRow } from '@era/platform';

/** The cash-up as CSV: one row per desk, method and currency, then a total per currency (desk and method "all"); amounts in minor units. */
export function cashUpCsv(answer: CashUpAnswer): string {
  const rows = [
    ...answer.lines.map((line) => ({
      date: answer.date,
      desk: line.servicePointId,
      method: line.method,
      currency: line.net.currency,
      payments: line.payments,
      takenMinor: line.taken.minor,
      refunds: line.refunds,
      refundedMinor: line.refunded.minor,
      netMinor: line.net.minor,
    })),
    ...answer.totals.map((total) => ({
      date: answer.date,
      desk: 'all',
      method: 'all',
      currency: total.net.currency,
      payments: answer.lines.filter((line) => line.net.currency === total.net.currency).reduce((sum, line) => sum + line.payments, 0),
      takenMinor: total.taken.minor,
      refunds: answer.lines.filter((line) => line.net.currency === total.net.currency).reduce((sum, line) => sum + line.refunds, 0),
      refundedMinor: total.refunded.minor,
      netMinor: total.net.minor,
    })),
  ];
  const columns = ['date', 'desk', 'method', 'currency', 'payments', 'takenMinor', 'refunds', 'refundedMinor', 'netMinor'];
  return '\ufeff' + stringify(rows.map(spreadsheetSafeRow), { header: true, columns, record_delimiter: 'windows' });
}
