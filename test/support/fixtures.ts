import { randomUUID } from 'node:crypto';

export const LOCATIONS = ['main-desk', 'science-library', 'Law Library'] as const;
export const CHANNELS = ['in-person', 'phone', 'email', 'chat'] as const;
export const QUESTION_TYPES = ['directional', 'informational', 'reference', 'technical', 'circulation', 'other'] as const;

export interface InquiryBody {
  id: string;
  location: string;
  channel: string;
  questionType: string;
  readLevel: number;
  durationMinutes: number;
  occurredAt: string;
  referral?: string;
  note?: string;
}

/** Inquiries fall on these (past) days; statistics queries cover all of them. */
export const FIRST_DAY = '2025-03-03';
export const LAST_DAY = '2025-03-07';
export const WHOLE_PERIOD = { from: FIRST_DAY, to: LAST_DAY };

/**
 * A deterministic inquiry for sequence number `n` (client-chosen id, so that a retry is recognised), spread over
 * locations, channels, question types, READ levels, days and hours.
 */
export function inquiry(n: number, overrides: Partial<InquiryBody> = {}): InquiryBody {
  const day = 3 + (n % 5);
  const hour = 8 + ((n * 7) % 12);
  const minute = (n * 13) % 60;
  return {
    id: randomUUID(),
    location: LOCATIONS[n % LOCATIONS.length],
    channel: CHANNELS[(n >> 1) % CHANNELS.length],
    questionType: QUESTION_TYPES[(n * 5) % QUESTION_TYPES.length],
    readLevel: 1 + ((n * 3) % 6),
    durationMinutes: (n * 11) % 45,
    // Mixed offsets: the service stores the instant, so equal data must come back equal whatever the offset.
    occurredAt: `2025-03-0${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${n % 2 ? '+01:00' : 'Z'}`,
    ...(n % 4 === 0 ? { referral: 'subject librarian (chemistry)' } : {}),
    ...(n % 3 === 0 ? { note: `e2e inquiry ${n}` } : {}),
    ...overrides,
  };
}

export interface HeadcountBody {
  id: string;
  location: string;
  countedAt: string;
  count: number;
}

export function headcount(n: number, overrides: Partial<HeadcountBody> = {}): HeadcountBody {
  return {
    id: randomUUID(),
    location: LOCATIONS[n % LOCATIONS.length],
    countedAt: `2025-03-0${3 + (n % 5)}T${String(10 + (n % 8)).padStart(2, '0')}:00:00Z`,
    count: 5 + ((n * 17) % 120),
    ...overrides,
  };
}

/** What GET /desk/inquiries/:id should answer for a recorded body (occurredAt normalised to UTC). */
export function expectedView(body: InquiryBody): Record<string, unknown> {
  const { id, ...rest } = body;
  return { id, ...rest, occurredAt: new Date(body.occurredAt).toISOString() };
}

/** The groupings compared across restarts and rebuilds. */
export const GROUPINGS: readonly string[] = ['', 'location', 'day,channel', 'location,type,readLevel', 'hour,weekday', 'month,location,channel'];
