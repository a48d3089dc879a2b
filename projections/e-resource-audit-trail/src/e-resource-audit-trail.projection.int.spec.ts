import { EResourceEvent, eResourceStream } from '@era/e-resources-domain';
import { AppendMetadata } from '@era/event-store';
import { SqliteEventStore } from '@era/event-store-sqlite';
import { ProjectionView, replayProjection } from '@era/projection-engine';
import { ReadDocument } from '@era/read-store';
import { SqliteReadStore } from '@era/read-store-sqlite';
import { E_RESOURCE_AUDIT_COLLECTIONS, EResourceChangeDocument } from './documents';
import { eResourceAuditTrailProjection } from './e-resource-audit-trail.projection';

const associate = { id: 's-associate', role: 'associate' };
const metadata = (reason?: string): AppendMetadata => ({
  actor: associate,
  correlationId: 'c',
  causationId: 'c',
  source: 'api',
  ...(reason ? { reason } : {}),
});
const ID = 'jstor/arts-1';
const activation = { resourceId: ID, activationId: 'a-1', accessKind: 'subscription' as const, audience: { kind: 'everyone' as const } };

describe('resource audit trail projection (real SQLite event store and read store)', () => {
  let events: SqliteEventStore;
  let scratch: SqliteReadStore;
  let view: ProjectionView;

  beforeAll(async () => {
    events = new SqliteEventStore({ file: ':memory:' });
    const history: [EResourceEvent, string?][] = [
      [
        {
          type: 'EResourceRegistered',
          data: { resourceId: ID, name: 'JSTOR', alternateNames: [], formerNames: [], resourceType: 'database', subjects: [], proxied: false, hidden: false },
        },
      ],
      [
        {
          type: 'EResourceDetailsRevised',
          data: {
            resourceId: ID,
            name: 'JSTOR Arts',
            alternateNames: [],
            formerNames: ['JSTOR'],
            resourceType: 'database',
            subjects: ['history'],
            reason: 'Renamed',
          },
        },
      ],
      [{ type: 'EResourceAccessLinkSet', data: { resourceId: ID, accessUrl: 'https://www.jstor.org/', proxied: true } }, 'Link from the vendor'],
      [{ type: 'EResourceStanzaSet', data: { resourceId: ID, stanza: 'Title JSTOR\nURL https://www.jstor.org\n' } }],
      [{ type: 'EResourceStanzaRemoved', data: { resourceId: ID, reason: 'OpenAthens now' } }],
      [{ type: 'EResourceReplaced', data: { resourceId: ID, replacedBy: 'jstor/arts-2', reason: 'Merged' } }],
      [{ type: 'ResourceActivated', data: { ...activation, effectiveFrom: '2026-01-01', reason: 'Subscribed' } }],
      [{ type: 'ResourceActivationCorrected', data: { ...activation, effectiveFrom: '2026-01-15', audience: { kind: 'on-campus' }, reason: 'Mistyped' } }],
      [{ type: 'ResourceDeactivated', data: { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-01', reason: 'cancelled' } }],
      [{ type: 'ResourceDeactivationCorrected', data: { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-07-01', reason: 'Notice period' } }],
      [{ type: 'ResourceDeactivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'Never cancelled' } }],
      [{ type: 'ResourceActivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'Wrong resource' } }],
      [{ type: 'EResourceHidden', data: { resourceId: ID, reason: 'Outage' } }],
      [{ type: 'EResourceShown', data: { resourceId: ID } }],
    ];
    for (const [event, reason] of history) await events.append(eResourceStream(ID), [event], { expectedRevision: 'any', metadata: metadata(reason) });
    scratch = new SqliteReadStore({ file: ':memory:' });
    ({ view } = await replayProjection(events, scratch, eResourceAuditTrailProjection, {}));
  });
  afterAll(async () => {
    await scratch.close();
    await events.close();
  });

  it('writes one line per changed field for every kind of event, in log order, with the reason', async () => {
    const { items } = await view.find<EResourceChangeDocument & ReadDocument>(E_RESOURCE_AUDIT_COLLECTIONS.changes, { limit: 100 });
    expect(items.map((line) => [line.eventType, line.field, line.before, line.after, line.reason ?? null])).toEqual([
      ['EResourceRegistered', 'name', null, 'JSTOR', null],
      ['EResourceRegistered', 'resourceType', null, 'database', null],
      ['EResourceRegistered', 'proxied', null, false, null],
      ['EResourceRegistered', 'hidden', null, false, null],
      ['EResourceDetailsRevised', 'name', 'JSTOR', 'JSTOR Arts', 'Renamed'],
      ['EResourceDetailsRevised', 'formerNames', null, ['JSTOR'], 'Renamed'],
      ['EResourceDetailsRevised', 'subjects', null, ['history'], 'Renamed'],
      ['EResourceAccessLinkSet', 'accessUrl', null, 'https://www.jstor.org/', 'Link from the vendor'],
      ['EResourceAccessLinkSet', 'proxied', false, true, 'Link from the vendor'],
      ['EResourceStanzaSet', 'stanza', null, 'Title JSTOR\nURL https://www.jstor.org\n', null],
      ['EResourceStanzaRemoved', 'stanza', 'Title JSTOR\nURL https://www.jstor.org\n', null, 'OpenAthens now'],
      ['EResourceReplaced', 'replacedBy', null, 'jstor/arts-2', 'Merged'],
      ['ResourceActivated', 'activation', null, { effectiveFrom: '2026-01-01', accessKind: 'subscription', audience: { kind: 'everyone' } }, 'Subscribed'],
      ['ResourceActivationCorrected', 'effectiveFrom', '2026-01-01', '2026-01-15', 'Mistyped'],
      ['ResourceActivationCorrected', 'audience', { kind: 'everyone' }, { kind: 'on-campus' }, 'Mistyped'],
      ['ResourceDeactivated', 'deactivation', null, { effectiveOn: '2026-06-01', reason: 'cancelled' }, 'cancelled'],
      ['ResourceDeactivationCorrected', 'deactivation.effectiveOn', '2026-06-01', '2026-07-01', 'Notice period'],
      ['ResourceDeactivationRetracted', 'deactivation', { effectiveOn: '2026-07-01', reason: 'cancelled' }, null, 'Never cancelled'],
      ['ResourceActivationRetracted', 'retracted', false, true, 'Wrong resource'],
      ['EResourceHidden', 'hidden', false, true, 'Outage'],
      ['EResourceShown', 'hidden', true, false, null],
    ]);
    expect(items.every((line) => line.resourceId === ID && line.actorId === 's-associate' && line.actorRole === 'associate')).toBe(true);
    expect(items.filter((line) => line.eventType.startsWith('Resource')).every((line) => line.activationId === 'a-1')).toBe(true);
  });

  it('a rebuild from the same log writes the same lines', async () => {
    const again = new SqliteReadStore({ file: ':memory:' });
    const { view: rebuilt } = await replayProjection(events, again, eResourceAuditTrailProjection, {});
    const read = async (v: ProjectionView) => (await v.find(E_RESOURCE_AUDIT_COLLECTIONS.changes, { limit: 100 })).items;
    expect(await read(rebuilt)).toEqual(await read(view));
    await again.close();
  });
});
