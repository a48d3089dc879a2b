import { stringify } from 'csv-stringify/sync';
import { MoneyGivenUpReport } from '@era/projection-circulation-fee-fines';
import { spreadsheetSafeRow } from '@era/platform';

const COLUMNS = [
  'actedAt',
  'kind',
  'staffId',
  'staffRole',
  'desk',
  'borrowerId',
  'chargeId',
  'feeFineType',
  'currency',
  'amountMinor',
  'balanceAfterMinor',
  'reason',
  'method',
  'target',
  'account',
  'actionId',
];

/** One row per waiver, refund, transfer or cancellation on one charge; amounts in minor units; formulas defused; a BOM so Excel reads UTF-8. */
export function moneyGivenUpCsv(report: MoneyGivenUpReport): string {
  const rows = report.entries.map((entry) => ({
    actedAt: entry.actedAt,
    kind: entry.kind,
    staffId: entry.staffId,
    staffRole: entry.staffRole,
    desk: entry.servicePointId,
    borrowerId: entry.borrowerId,
    chargeId: entry.chargeId,
    feeFineType: entry.feeFineType,
    currency: entry.amount.currency,
    amountMinor: entry.amount.minor,
    balanceAfterMinor: entry.balanceAfter.minor,
    reason: entry.reason ?? '',
    method: entry.method ?? '',
    target: entry.target ?? '',
    account: entry.account ?? '',
    actionId: entry.actionId,
  }));
  return '\ufeff' + stringify(rows.map(spreadsheetSafeRow), { header: true, columns: COLUMNS, record_delimiter: 'windows' });
}
