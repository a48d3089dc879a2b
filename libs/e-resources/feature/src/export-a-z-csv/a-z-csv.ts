import { stringify } from 'csv-stringify/sync';
import { spreadsheetSafe } from '@era/platform';
import { AzEntry } from '../a-z/a-z-listing';

const COLUMNS = [
  'id',
  'name',
  'letter',
  'link',
  'type',
  'subjects',
  'vendor',
  'new',
  'trial',
  'trial_ends_on',
  'access_notes',
  'description',
  'permitted_uses',
];

/** The list as CSV for spreadsheets: one row per entry in filing order, labels not keys; a BOM so Excel reads UTF-8. */
export function azCsv(entries: readonly AzEntry[]): string {
  const rows = entries.map((entry) =>
    [
      entry.id,
      entry.name,
      entry.letter,
      entry.link ?? '',
      entry.resourceType.label,
      entry.subjects.map((subject) => subject.label).join('; '),
      entry.vendor?.name ?? '',
      entry.isNew ? 'yes' : 'no',
      entry.isTrial ? 'yes' : 'no',
      entry.trialEndsOn ?? '',
      entry.accessNotes ?? '',
      entry.description ?? '',
      entry.permittedUses.map((use) => `${use.label}: ${use.note}`).join('; '),
    ].map(spreadsheetSafe),
  );
  return '\ufeff' + stringify([COLUMNS, ...rows], { record_delimiter: 'windows' });
}
