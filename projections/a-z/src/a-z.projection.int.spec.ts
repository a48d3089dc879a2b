import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { EResourceEvent, eResourceStream, EResourceRegistered } from '@era/e-resources-domain';
import { ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { azProjection } from './a-z.projection';
import { A_Z_COLLECTIONS, ActivationVersionDocument, ResourceDocument, STILL_CURRENT } from './documents';
import { listedOn } from './listed-on';

const metadata: AppendMetadata = { actor: { id: 's-associate', role: 'associate' }, correlationId: 'c', causationId: 'c', source: 'api' };

const registered = (resourceId: string, name: string, extra: Partial<EResourceRegistered> = {}): EResourceEvent => ({
  type: 'EResourceRegistered',
  data: {
    resourceId,
    name,
    alternateNames: [],
    formerNames: [],
    resourceType: 'database',
    subjects: ['history'],
    accessUrl: `https://${resourceId}.example.com/`,
    proxied: true,
    hidden: false,
    internalNotes: 'Renewal in March',
    ...extra,
  },
});

/** Recording instants, one per event, an hour apart from T(1). */
const T = (n: number) => new Date(Date.UTC(2026, 0, 1, n)).toISOString();
const justBefore = (instant: string) => new Date(Date.parse(instant) - 1).toISOString();

describe('a-z projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  let view: ProjectionView;
  let tick = 0;
  const write = async (event: EResourceEvent) => {
    tick += 1;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(T(tick)));
    try {
      await events.append(eResourceStream(event.data.resourceId), [event], { expectedRevision: 'any', metadata });
    } finally {
      clock.mockRestore();
    }
  };

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    await write(registered('r-jstor', 'The JSTOR Archive')); // T1
    await write({
      type: 'ResourceActivated',
      data: {
        resourceId: 'r-jstor',
        activationId: 'a1',
        effectiveFrom: '2026-01-10',
        accessKind: 'subscription',
        audience: { kind: 'everyone' },
        reason: 'Subscribed',
      },
    }); // T2
    await write(registered('r-trial', 'Émile Zola Online')); // T3
    await write({
      type: 'ResourceActivated',
      data: {
        resourceId: 'r-trial',
        activationId: 't1',
        effectiveFrom: '2026-02-01',
        accessKind: 'trial',
        trialEndsOn: '2026-02-28',
        audience: { kind: 'on-campus' },
        reason: 'Trial',
      },
    }); // T4
    await write({ type: 'ResourceDeactivated', data: { resourceId: 'r-jstor', activationId: 'a1', effectiveOn: '2026-03-01', reason: 'cancelled' } }); // T5
    await write({
      type: 'ResourceActivated',
      data: {
        resourceId: 'r-jstor',
        activationId: 'a2',
        effectiveFrom: '2026-04-01',
        accessKind: 'subscription',
        audience: { kind: 'everyone' },
        reason: 'Back',
      },
    }); // T6
    await write({
      type: 'ResourceActivationCorrected',
      data: {
        resourceId: 'r-trial',
        activationId: 't1',
        effectiveFrom: '2026-02-10',
        accessKind: 'trial',
        trialEndsOn: '2026-02-28',
        audience: { kind: 'on-campus' },
        reason: 'Vendor opened it later',
      },
    }); // T7
    await write(registered('r-hidden', 'Hidden Database', { hidden: true })); // T8
    await write({
      type: 'ResourceActivated',
      data: {
        resourceId: 'r-hidden',
        activationId: 'h1',
        effectiveFrom: '2026-01-01',
        accessKind: 'subscription',
        audience: { kind: 'everyone' },
        reason: 'Staff only',
      },
    }); // T9
    await write({ type: 'EResourceDetailsRevised', data: { ...detailsOf(registered('r-jstor', 'JSTOR')), resourceId: 'r-jstor', reason: 'Renamed' } }); // T10
    await write({ type: 'ResourceActivationRetracted', data: { resourceId: 'r-jstor', activationId: 'a2', reason: 'Recorded in error' } }); // T11
    await write({ type: 'EResourceStanzaSet', data: { resourceId: 'r-jstor', stanza: 'Title JSTOR\nURL https://www.jstor.org\nDomain jstor.org' } }); // T12
    scratch = new SqliteReadStore({ file: ':memory:' });
    ({ view } = await replayProjection(events, scratch, azProjection, {}));
  });
  afterAll(async () => {
    await scratch.close();
    events.close();
  });

  const listOn = (activeOn: string, knownAt: string) => listedOn(view, { activeOn, knownAt });
  const ids = async (activeOn: string, knownAt: string, includeHidden = false) =>
    (await listedOn(view, { activeOn, knownAt }, { includeHidden })).map((listed) => listed.details.resourceId).sort();

  it('answers each day as recorded at each instant, before and after every activation, deactivation and correction', async () => {
    // Before the activation was recorded, nothing; once recorded, from its effective day.
    expect(await ids('2026-01-15', justBefore(T(2)))).toEqual([]);
    expect(await ids('2026-01-09', T(2))).toEqual([]);
    expect(await ids('2026-01-10', T(2))).toEqual(['r-jstor']);
    // The deactivation (effective 1 March, that day excluded) counts only once recorded.
    expect(await ids('2026-03-05', T(4))).toEqual(['r-jstor']);
    expect(await ids('2026-02-28', T(5))).toEqual(['r-jstor', 'r-trial']);
    expect(await ids('2026-03-01', T(5))).toEqual([]);
    // Reactivated from 1 April, and that reactivation retracted at T11.
    expect(await ids('2026-04-02', T(6))).toEqual(['r-jstor']);
    expect(await ids('2026-04-02', justBefore(T(11)))).toEqual(['r-jstor']);
    expect(await ids('2026-04-02', T(11))).toEqual([]);
    // The trial: 1 February as first recorded, 10 February after the correction; ends with 28 February.
    expect(await ids('2026-02-05', T(6))).toEqual(['r-jstor', 'r-trial']);
    expect(await ids('2026-02-05', T(7))).toEqual(['r-jstor']);
    expect(await ids('2026-02-10', T(7))).toEqual(['r-jstor', 'r-trial']);
    expect(await ids('2026-03-01', T(12))).toEqual([]);
  });

  it('keeps hidden resources out unless the staff view asks, and shows names as recorded then', async () => {
    expect(await ids('2026-01-15', T(12))).toEqual(['r-jstor']);
    expect(await ids('2026-01-15', T(12), true)).toEqual(['r-hidden', 'r-jstor']);
    const nameAt = async (knownAt: string) =>
      (await listedOn(view, { activeOn: '2026-01-15', knownAt })).find((l) => l.details.resourceId === 'r-jstor')?.details;
    expect(await nameAt(justBefore(T(10)))).toMatchObject({ name: 'The JSTOR Archive', filingKey: 'jstor archive', letter: 'J' });
    expect(await nameAt(T(10))).toMatchObject({ name: 'JSTOR', filingKey: 'jstor', letter: 'J' });
  });

  it('gives each in-force activation, and whether the first activation known then began within the "new" window', async () => {
    const listed = async (activeOn: string, knownAt: string) =>
      Object.fromEntries((await listedOn(view, { activeOn, knownAt }, { newForDays: 30 })).map((l) => [l.details.resourceId, l]));
    const [trial] = [(await listed('2026-02-20', T(12)))['r-trial']];
    expect(trial.inForce).toEqual([expect.objectContaining({ accessKind: 'trial', trialEndsOn: '2026-02-28', from: '2026-02-10', until: '2026-03-01' })]);
    expect(trial.isNew).toBe(true);
    expect((await listed('2026-02-20', T(12)))['r-jstor'].isNew).toBe(false);
    expect((await listed('2026-02-08', T(12)))['r-jstor'].isNew).toBe(true);
    // Reactivated on 1 April (as known before the retraction): in force by a recent activation, but not new, since
    // its first one began on 10 January.
    const reactivated = (await listed('2026-04-02', T(6)))['r-jstor'];
    expect(reactivated.inForce.map((a) => a.activationId)).toEqual(['a2']);
    expect(reactivated.isNew).toBe(false);
    expect((await listOn('2026-02-20', T(12))).every((l) => !l.isNew)).toBe(true);
  });

  it('stores activation versions with sentinels, closed by the recording of what superseded them', async () => {
    const versions = (await view.find<ActivationVersionDocument & ReadDocument>(A_Z_COLLECTIONS.activationVersions, { where: { resourceId: 'r-jstor' } }))
      .items;
    expect(versions.map(({ activationId, from, until, validFrom, validTo }) => ({ activationId, from, until, validFrom, validTo }))).toEqual([
      { activationId: 'a1', from: '2026-01-10', until: '9999-12-31', validFrom: T(2), validTo: T(5) },
      { activationId: 'a1', from: '2026-01-10', until: '2026-03-01', validFrom: T(5), validTo: STILL_CURRENT },
      { activationId: 'a2', from: '2026-04-01', until: '9999-12-31', validFrom: T(6), validTo: T(11) },
    ]);
  });

  it('keeps the resource as it stands for staff: internal notes, stanza, every activation with its end', async () => {
    const resource = await view.get<ResourceDocument & ReadDocument>(A_Z_COLLECTIONS.resources, 'r-jstor');
    expect(resource).toMatchObject({
      name: 'JSTOR',
      internalNotes: 'Renewal in March',
      stanza: expect.stringContaining('Title JSTOR'),
      activations: [
        expect.objectContaining({ activationId: 'a1', deactivation: { effectiveOn: '2026-03-01', reason: 'cancelled' }, retracted: false }),
        expect.objectContaining({ activationId: 'a2', retracted: true }),
      ],
    });
  });
});

function detailsOf(event: EResourceEvent) {
  if (event.type !== 'EResourceRegistered') throw new Error('a registration');
  const { resourceId: _id, accessUrl: _url, proxied: _proxied, hidden: _hidden, ...details } = event.data;
  return details;
}
