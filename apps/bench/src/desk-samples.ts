import { randomUUID } from 'node:crypto';
import { AppendMetadata } from '@era/event-store';
import { SeededRandom as Rng } from '@era/fault-injection';
import { Channel, CHANNELS, InquiryRecorded, QUESTION_TYPES, QuestionType, READ_LEVELS, ReadLevel } from '@era/desk-domain';

/** Small seeded PRNG (mulberry32): the same seed gives the same event mix, run after run. */
export { Rng };

export const LOCATIONS = [
  'Main Library Information Desk',
  'Main Library Reference',
  'Science Library',
  'Law Library',
  'Medical Library',
  'Music & Arts Library',
  'Special Collections',
  'Learning Commons',
  'Branch Library North',
  'Virtual Reference',
] as const;
const LOCATION_WEIGHTS = [24, 14, 12, 7, 9, 4, 3, 15, 6, 6];
const CHANNEL_WEIGHTS: Record<Channel, number> = { 'in-person': 58, phone: 10, email: 13, chat: 19 };
const QUESTION_WEIGHTS: Record<QuestionType, number> = { directional: 28, informational: 24, reference: 18, technical: 14, circulation: 12, other: 4 };
const READ_WEIGHTS = [34, 30, 19, 10, 5, 2];
/** Typical minutes per READ level (1: a quick pointer … 6: an in-depth consultation). */
const MINUTES_BY_READ: Record<ReadLevel, [number, number]> = { 1: [1, 3], 2: [2, 8], 3: [5, 20], 4: [10, 45], 5: [20, 90], 6: [45, 180] };
const REFERRALS = ['subject librarian', 'IT help desk', 'interlibrary loan', 'writing centre', 'archives'];
const NOTES = ['database access from off campus', 'citation style question', 'printer out of toner', 'group study room booking', 'thesis formatting'];
const STAFF = Array.from({ length: 40 }, (_, i) => ({
  id: `staff-${String(i + 1).padStart(3, '0')}`,
  role: i < 8 ? 'librarian' : i < 16 ? 'associate' : i < 28 ? 'desk' : 'student',
}));

/** An inquiry as a desk would record it, finished `lagMinutes` before it is entered at `enteredAt`. */
export function sampleInquiry(rng: Rng, enteredAt: number): InquiryRecorded {
  const readLevel = rng.pick(READ_LEVELS, READ_WEIGHTS);
  const [min, max] = MINUTES_BY_READ[readLevel];
  const durationMinutes = rng.int(min, max);
  const location = rng.pick(LOCATIONS, LOCATION_WEIGHTS);
  const channel =
    location === 'Virtual Reference'
      ? rng.pick(['chat', 'email'] as const)
      : rng.pick(
          CHANNELS,
          CHANNELS.map((c) => CHANNEL_WEIGHTS[c]),
        );
  const inquiry: InquiryRecorded = {
    inquiryId: randomUUID(),
    location,
    channel,
    questionType: rng.pick(
      QUESTION_TYPES,
      QUESTION_TYPES.map((q) => QUESTION_WEIGHTS[q]),
    ),
    readLevel,
    durationMinutes,
    occurredAt: new Date(enteredAt - (durationMinutes + rng.int(0, 10)) * 60_000).toISOString(),
  };
  if (rng.next() < 0.05) inquiry.referral = rng.pick(REFERRALS);
  if (rng.next() < 0.1) inquiry.note = rng.pick(NOTES);
  return inquiry;
}

/** Metadata of an API write by a desk staff member. */
export function sampleMetadata(rng: Rng, reason?: string): AppendMetadata {
  return {
    actor: rng.pick(STAFF),
    ...(reason ? { reason } : {}),
    correlationId: randomUUID(),
    causationId: randomUUID(),
    source: 'api',
  };
}

export const VOID_REASONS = ['entered twice', 'wrong location', 'wrong READ level, re-entered', 'test entry'];
