import { collect, TOKENS } from '@era/api-testing';
import { addDays, LocalCalendar } from '@era/calendar';
import { eResourceStream } from '@era/e-resources-domain';
import { AzListing } from './a-z/a-z-listing';
import { startAzWithWritesApi } from './testing/a-z-api';

/** Days relative to today: the decider refuses a trial that has already ended, so the scenario is set around today. */
const today = new LocalCalendar('UTC').today();
const day = (offset: number) => addDays(today, offset);
const OPEN = null;

type Period = [from: string, until: string | null];

/**
 * The scenario, one HTTP write per step, and what the public list must say after each: every resource's periods on
 * the list (from included, until excluded), as the associate means them, written out by hand rather than derived.
 * A resource a step does not name keeps what it had.
 */
const steps: { name: string; path: string; body: object; periods?: Record<string, Period[]> }[] = [
  {
    name: 'register Alpha',
    path: '/e-resources',
    body: { id: 'alpha', name: 'Alpha Index', resourceType: 'database', accessUrl: 'https://alpha.example.com/' },
  },
  {
    name: 'activate Alpha from day -30',
    path: '/e-resources/alpha/activations',
    body: { activationId: 'alpha-1', effectiveFrom: day(-30), accessKind: 'subscription', audience: 'everyone', reason: 'Subscribed' },
    periods: { alpha: [[day(-30), OPEN]] },
  },
  {
    name: 'register Beta',
    path: '/e-resources',
    body: { id: 'beta', name: 'The Beta Trial', resourceType: 'database', accessUrl: 'https://beta.example.com/' },
  },
  {
    name: 'activate Beta on trial from day -10 to day 5',
    path: '/e-resources/beta/activations',
    body: { activationId: 'beta-1', effectiveFrom: day(-10), accessKind: 'trial', trialEndsOn: day(5), audience: 'on-campus', reason: 'Trial' },
    periods: { beta: [[day(-10), day(6)]] },
  },
  {
    name: 'register Gamma',
    path: '/e-resources',
    body: { id: 'gamma', name: 'Gamma Online', resourceType: 'database', accessUrl: 'https://gamma.example.com/' },
  },
  {
    name: 'activate Gamma from day -20',
    path: '/e-resources/gamma/activations',
    body: { activationId: 'gamma-1', effectiveFrom: day(-20), accessKind: 'subscription', audience: 'everyone', reason: 'Subscribed' },
    periods: { gamma: [[day(-20), OPEN]] },
  },
  {
    name: 'deactivate Gamma on day -5',
    path: '/e-resources/gamma/activations/gamma-1/deactivation',
    body: { effectiveOn: day(-5), reason: 'cancelled' },
    periods: { gamma: [[day(-20), day(-5)]] },
  },
  {
    name: 'reactivate Gamma from day 10',
    path: '/e-resources/gamma/activations',
    body: { activationId: 'gamma-2', effectiveFrom: day(10), accessKind: 'subscription', audience: 'everyone', reason: 'Resubscribed' },
    periods: {
      gamma: [
        [day(-20), day(-5)],
        [day(10), OPEN],
      ],
    },
  },
  {
    name: "correct Alpha's activation after the fact: from day -15",
    path: '/e-resources/alpha/activations/alpha-1/correction',
    body: { effectiveFrom: day(-15), accessKind: 'subscription', audience: 'everyone', reason: 'The licence started later than typed' },
    periods: { alpha: [[day(-15), OPEN]] },
  },
];

/** Every day on either side of every effective date in the scenario. */
const EFFECTIVE_OFFSETS = [-30, -15, -10, -20, -5, 6, 10];
const activeOnDays = [...new Set(EFFECTIVE_OFFSETS.flatMap((offset) => [day(offset - 1), day(offset)]))].sort();

/** What the list holds on `activeOn` once the first `known` steps are recorded, by the periods written above. */
function expectedOn(activeOn: string, known: number): string[] {
  const periods: Record<string, Period[]> = {};
  for (const step of steps.slice(0, known)) Object.assign(periods, step.periods ?? {});
  return Object.entries(periods)
    .filter(([, list]) => list.some(([from, until]) => from <= activeOn && (until === null || activeOn < until)))
    .map(([id]) => id);
}

/** The ids in filing order: Alpha Index, The Beta Trial (files under B), Gamma Online. */
const FILING_ORDER = ['alpha', 'beta', 'gamma'];
const inFilingOrder = (ids: string[]) => [...ids].sort((a, b) => FILING_ORDER.indexOf(a) - FILING_ORDER.indexOf(b));

describe('the A-Z list as of any day and any moment of recording, through HTTP (the scenario)', () => {
  let api: Awaited<ReturnType<typeof startAzWithWritesApi>>;
  /** recordedAt of each step's event. */
  const recordedAt: string[] = [];

  beforeAll(async () => {
    api = await startAzWithWritesApi();
    for (const step of steps) {
      const response = await api.http().post(step.path).set(api.as(TOKENS.associate)).send(step.body);
      if (response.status >= 300) throw new Error(`${step.name}: ${response.status} ${JSON.stringify(response.body)}`);
      const id = response.body.id as string;
      const events = await collect(api.events.readStream(eResourceStream(id)));
      recordedAt.push(events[events.length - 1].metadata.recordedAt);
      // Distinct instants, so that "just before" one recording is after the previous one.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  });
  afterAll(() => api.close());

  const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();
  const listed = async (activeOn: string, knownAt?: string) => {
    const query = `activeOn=${activeOn}${knownAt === undefined ? '' : `&knownAt=${encodeURIComponent(knownAt)}`}`;
    const response = await api.http().get(`/a-z?${query}`).expect(200);
    return response.body as AzListing;
  };

  it('answers every day before and after each effective date, as known before and after each recording', async () => {
    const table: { activeOn: string; knownAt: string; known: number }[] = [];
    for (const [index, instant] of recordedAt.entries()) {
      table.push({ knownAt: justBefore(instant), known: index, activeOn: '' }, { knownAt: instant, known: index + 1, activeOn: '' });
    }
    const actual: string[] = [];
    const expected: string[] = [];
    for (const activeOn of activeOnDays) {
      for (const { knownAt, known } of table) {
        const listing = await listed(activeOn, knownAt);
        expect({ activeOn: listing.activeOn, knownAt: listing.knownAt }).toEqual({ activeOn, knownAt });
        actual.push(`${activeOn} as known at ${knownAt} (after ${known} steps): ${listing.entries.map((entry) => entry.id).join(' ')}`);
        expected.push(`${activeOn} as known at ${knownAt} (after ${known} steps): ${inFilingOrder(expectedOn(activeOn, known)).join(' ')}`);
      }
    }
    expect(actual).toEqual(expected);
    expect(actual).toHaveLength(activeOnDays.length * steps.length * 2);
  });

  it('answers as recorded now without knownAt, naming the last recording that shaped the list', async () => {
    for (const activeOn of activeOnDays) {
      const listing = await listed(activeOn);
      expect(listing.entries.map((entry) => entry.id)).toEqual(inFilingOrder(expectedOn(activeOn, steps.length)));
      expect(listing.knownAt).toBe(recordedAt[recordedAt.length - 1]);
    }
  });

  it('marks the trial while it is in force, with its last day', async () => {
    const during = await listed(day(5));
    expect(during.entries.find((entry) => entry.id === 'beta')).toMatchObject({ isTrial: true, trialEndsOn: day(5), isNew: true });
    expect((await listed(day(6))).entries.map((entry) => entry.id)).toEqual(['alpha']);
    expect((await listed(day(5), undefined)).letters).toEqual([
      { letter: 'A', count: 1 },
      { letter: 'B', count: 1 },
    ]);
  });

  it('takes a hidden resource off the public list from its recording on, and never shows it to the public since', async () => {
    const beforeHiding = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.http().post('/e-resources/alpha/hide').set(api.as(TOKENS.associate)).send({ reason: 'Access broken' }).expect(200);
    expect((await listed(day(0))).entries.map((entry) => entry.id)).toEqual(['beta']);
    expect((await listed(day(0), beforeHiding)).entries.map((entry) => entry.id)).toEqual(['alpha', 'beta']);
    await api.http().get('/a-z/alpha').expect(404);
    const staff = await api.http().get('/e-resources?hidden=true').set(api.as(TOKENS.desk)).expect(200);
    expect(staff.body.items.map((item: { id: string }) => item.id)).toEqual(['alpha']);
  });
});
