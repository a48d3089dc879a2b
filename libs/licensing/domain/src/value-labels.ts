import { Permission, PERMISSION_LABELS, TermValue, TermValueContent, TermValueType } from './term-values';
import { TermOption } from './vocabulary-events';

const YES_NO_OTHER_LABELS: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No', other: 'Other' };
const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const DURATION_UNITS = ['year', 'month', 'week', 'day'] as const;

/** What a value left out reads as: its note says what the licence says. */
export const NO_VALUE_LABEL = 'No value: see the note';

/** A term value as a librarian reads it: "Permitted (explicit)", "Yes", "90 days", a choice's option label. */
export function valueLabelOf(valueType: TermValueType | undefined, content: TermValueContent | undefined, options?: readonly TermOption[]): string {
  if (content === undefined) return NO_VALUE_LABEL;
  if (typeof content === 'boolean') return content ? 'Yes' : 'No';
  if (typeof content === 'number') return String(content);
  if (valueType === 'permission' || (valueType === undefined && Object.hasOwn(PERMISSION_LABELS, content))) {
    return Object.hasOwn(PERMISSION_LABELS, content) ? PERMISSION_LABELS[content as Permission] : content;
  }
  if (valueType === 'yes-no-other') return Object.hasOwn(YES_NO_OTHER_LABELS, content) ? YES_NO_OTHER_LABELS[content] : content;
  if (valueType === 'duration') return durationLabel(content);
  if (valueType === 'choice') return options?.find((option) => option.value === content)?.label ?? content;
  return content;
}

/** One value as staff read it in a line of text: its label, marked when it is internal. */
export function markedValueLabel(termValue: TermValue, valueType: TermValueType | undefined, options?: readonly TermOption[]): string {
  const label = valueLabelOf(valueType, termValue.value, options);
  return termValue.internal === true ? `${label} [internal]` : label;
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
