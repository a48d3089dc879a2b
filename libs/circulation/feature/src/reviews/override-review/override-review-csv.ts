import { stringify } from 'csv-stringify/sync';
import { OverrideListing } from '@era/projection-circulation-overrides';
import { spreadsheetSafe } from '@era/platform';

const COLUMNS = [
  'granted_at',
  'staff_id',
  'role',
  'desk',
  'block_type',
  'permission',
  'reason',
  'due_date',
  'message',
  'patron_blocks',
  'facts',
  'borrower_id',
  'item_id',
  'loan_id',
  'override_id',
];

/** The overrides as CSV for spreadsheets, one row each, the triggering blocks and facts one cell each; a BOM so Excel reads UTF-8. */
export function overrideReviewCsv(overrides: readonly OverrideListing[]): string {
  const rows = overrides.map((listing) =>
    [
      listing.grantedAt,
      listing.staffId,
      listing.role,
      listing.desk,
      listing.blockType,
      listing.permission,
      listing.reason,
      listing.dueDate ?? '',
      listing.message,
      listing.patronBlocksText,
      listing.factsText,
      listing.borrowerId ?? '',
      listing.itemId ?? '',
      listing.loanId ?? '',
      listing.overrideId,
    ].map(spreadsheetSafe),
  );
  return '\ufeff' + stringify([COLUMNS, ...rows], { record_delimiter: 'windows' });
}
