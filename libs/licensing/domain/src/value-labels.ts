import { Permission, PERMISSION_LABELS, TermValueContent, TermValueType } from './term-values';

const YES_NO_OTHER_LABELS: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No', other: 'Other' };
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const DURATION_UNITS = ['year', 'month', 'week', 'day'] as const;

/** A term value as a librarian reads it: "Permitted (explicit)", "Yes", "90 days". */
export function valueLabelOf(valueType: TermValueType | undefined, content: TermValueContent): string {
  if (typeof content === 'number') return String(content);
  if (valueType === 'permission' || (valueType === undefined && content in PERMISSION_LABELS)) {
    return PERMISSION_LABELS[content as Permission] ?? content;
  }
  if (valueType === 'yes-no-other') return YES_NO_OTHER_LABELS[content] ?? content;
  if (valueType === 'duration') return durationLabel(content);
  return content;
}

/** P1Y2M → "1 year 2 months"; anything it cannot read stays as written. */
function durationLabel(duration: string): string {
  const match = DURATION.exec(duration);
  if (!match || duration === 'P') return duration;
  const parts = DURATION_UNITS.flatMap((unit, index) => {
    const amount = match[index + 1];
    if (amount === undefined) return [];
    return [`${Number(amount)} ${unit}${Number(amount) === 1 ? '' : 's'}`];
  });
  return parts.length ? parts.join(' ') : duration;
}
