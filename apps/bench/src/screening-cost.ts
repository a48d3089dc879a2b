import { RecordInquiryDto } from '@era/desk';
import { findCredentialInRequest, strictValidationPipe } from '@era/platform';
import { normaliseForScreening, scanForCredential, scanForPersonalData } from '@era/screening';

/** CPU milliseconds (user + system) of one call, after one untimed warm-up call; the median of five. */
async function cpuMs(operation: () => unknown): Promise<number> {
  await operation();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    await operation();
    const used = process.cpuUsage(before);
    samples.push((used.user + used.system) / 1000);
  }
  return samples.sort((a, b) => a - b)[2];
}

const MEGABYTE = 1024 * 1024;
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** What each screen finds hardest: long runs it must follow, labels it must look past, "@" it must inspect. */
const WORST_CASES: { screen: 'personal data' | 'credential'; name: string; unit: string }[] = [
  { screen: 'personal data', name: 'digits and separators', unit: '1 ' },
  { screen: 'personal data', name: 'bracketed digit groups', unit: '(1) 1-1.1 ' },
  { screen: 'personal data', name: '"@" runs', unit: '1@' },
  { screen: 'personal data', name: 'date-like groups', unit: '2026-03-02 ' },
  { screen: 'credential', name: '"password" runs', unit: 'password ' },
  { screen: 'credential', name: '"the password is" runs', unit: 'the password is a ' },
  { screen: 'credential', name: '"api key" runs', unit: 'api-key_' },
];

/** The desk's screen before @era/screening, kept only to show what it cost (quadratic in the length). */
// eslint-disable-next-line regexp/no-super-linear-move -- the old pattern, measured for comparison
const OLD_EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
const OLD_LONG_NUMBER = /\d(?:[\s-]?\d){7,}/;
const oldDeskScreen = (text: string) => OLD_EMAIL.test(text) || OLD_LONG_NUMBER.test(text);

export interface ScreeningFigures {
  /** Per worst case: the full request path on a 1 MB note (refused at the length cap) and the scan alone on 1 MB. */
  cases: { screen: string; name: string; fullPathMs: number; scanMs: number; atLimitMs: number }[];
  /** The old desk pattern on texts of growing length, to show its growth. */
  old: { length: number; ms: number }[];
}

/**
 * The request path a desk note takes: the credential walk over the body (the middleware), then the validation pipe
 * (length, then the personal-data screen). A refusal is the expected outcome, so a thrown validation error is caught.
 */
async function validateNote(note: string): Promise<void> {
  const body = { location: 'main-desk', channel: 'in-person', questionType: 'reference', readLevel: 3, durationMinutes: 10, note };
  if (findCredentialInRequest(body)) return;
  await strictValidationPipe()
    .transform(body, { type: 'body', metatype: RecordInquiryDto })
    .catch(() => undefined);
}

export async function measureScreening(): Promise<ScreeningFigures> {
  const cases: ScreeningFigures['cases'] = [];
  for (const { screen, name, unit } of WORST_CASES) {
    const megabyte = fill(unit, MEGABYTE);
    const atLimit = fill(unit, 10_000);
    const scan = screen === 'credential' ? scanForCredential : scanForPersonalData;
    cases.push({
      screen,
      name,
      fullPathMs: await cpuMs(() => validateNote(megabyte)),
      scanMs: await cpuMs(() => scan(normaliseForScreening(megabyte))),
      atLimitMs: await cpuMs(() => validateNote(atLimit)),
    });
  }
  const old: ScreeningFigures['old'] = [];
  for (const length of [5_000, 10_000, 20_000]) old.push({ length, ms: await cpuMs(() => oldDeskScreen(fill('a', length))) });
  return { cases, old };
}

export const worstRequestPathMs = (cases: ScreeningFigures['cases']) => Math.max(...cases.map((c) => c.fullPathMs));

export function describeScreening({ cases, old }: ScreeningFigures): string {
  const ms = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
  return [
    '  screen         worst case                 1 MB note, request path   1 MB, scan alone (no cap)   10,000 chars, request path',
    ...cases.map((c) => `  ${c.screen.padEnd(14)} ${c.name.padEnd(26)} ${ms(c.fullPathMs)}                ${ms(c.scanMs)}                  ${ms(c.atLimitMs)}`),
    `  old desk pattern on "aaa…": ${old.map((o) => `${o.length.toLocaleString('en-US')} chars ${o.ms.toFixed(1)} ms`).join(', ')} (quadratic)`,
    `  goal, a 1 MB note refused in under 50 ms of CPU: ${worstRequestPathMs(cases) < 50 ? 'met' : 'NOT met'} (worst ${worstRequestPathMs(cases).toFixed(2)} ms); ` +
      `without the length cap the scan alone is linear, worst ${Math.max(...cases.map((c) => c.scanMs)).toFixed(1)} ms per MB`,
  ].join('\n');
}
