import { MS_PER_MINUTE } from '@era/calendar';

/** How the patron reached the desk. */
export const CHANNELS = ['in-person', 'phone', 'email', 'chat'] as const;
export type Channel = (typeof CHANNELS)[number];

/** What kind of question it was (informational covers policy questions). */
export const QUESTION_TYPES = ['directional', 'informational', 'reference', 'technical', 'circulation', 'other'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The READ scale (Reference Effort Assessment Data): 1 is a quick directional answer, 6 in-depth research help. */
export const READ_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type ReadLevel = (typeof READ_LEVELS)[number];

export const MAX_INQUIRY_MINUTES = 600;
export const MAX_HEADCOUNT = 100_000;
/** Desk clocks drift; an entry a few minutes "in the future" is a clock, not a mistake. */
export const CLOCK_SKEW_MS = 5 * MS_PER_MINUTE;
