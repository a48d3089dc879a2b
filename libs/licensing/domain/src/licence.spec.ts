import { CorrectLicenceDetails, CorrectLicenceStatus, DraftLicence, LicenceCommand, RecordLicenceStatus } from './commands';
import { STATUS_TRANSITIONS } from './licence';
import { licenceDecider } from './licence-decider';
import { LICENCE_STATUSES, LicenceEvent, LicenceStatus } from './licence-events';
import { LICENCE_LIFECYCLES, LicenceListEvent } from './licence-lists-events';
import { evolveLicenceLists } from './licence-lists';
import { defaultLicenceLists } from './licence-lists-decider';
import { initialLicence } from './licence-state';
import { drafted, existing, given, history, LICENCE_ID, licenceSpec, licensingContext, recordedAt } from './testing/licence-fixtures';
import { deciderSpecification } from '@era/decider/testing';

const UUID = '0b6f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10';
const draftData = { licenceId: LICENCE_ID, name: 'Springer Nature 2024', licensor: 'Springer Nature', type: 'local', resourceIds: ['r-1'] };
/** What a new draft of draftData records: the licensor shorthand as an organisation. */
const draftedData = {
  licenceId: LICENCE_ID,
  name: 'Springer Nature 2024',
  type: 'local',
  organisations: [{ name: 'Springer Nature', roles: ['licensor'] }],
  resourceIds: ['r-1'],
};
const draft = (data: Partial<DraftLicence['data']> = {}): DraftLicence => ({ type: 'DraftLicence', data: { ...draftData, ...data } });
const correctDetails = (data: Partial<CorrectLicenceDetails['data']> = {}): CorrectLicenceDetails => ({
  type: 'CorrectLicenceDetails',
  data: { licenceId: LICENCE_ID, reason: 'typo', ...data },
});
const recordStatus = (to: LicenceStatus, reason?: string): RecordLicenceStatus => ({
  type: 'RecordLicenceStatus',
  data: { licenceId: LICENCE_ID, to, reason },
});
const correctStatus = (to: LicenceStatus, reason = 'typed the wrong one'): CorrectLicenceStatus => ({
  type: 'CorrectLicenceStatus',
  data: { licenceId: LICENCE_ID, to, reason },
});
const statusRecorded = (from: LicenceStatus, to: LicenceStatus): LicenceEvent => ({ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from, to } });

/** The lists as a library extended them: FOLIO's "Actual" type and legacy "Current" status (lifecycle active), a deprecated type. */
const extendedLists = (
  [
    { type: 'LicenceListValueDefined', data: { list: 'licence-type', key: 'actual', label: 'Actual' } },
    { type: 'LicenceListValueDefined', data: { list: 'licence-status', key: 'current', label: 'Current', lifecycle: 'active' } },
    { type: 'LicenceListValueDefined', data: { list: 'licence-status', key: 'under-review', label: 'Under review', lifecycle: 'in-negotiation' } },
    { type: 'LicenceListValueDeprecated', data: { list: 'licence-type', key: 'alliance', reason: 'no longer used here' } },
    { type: 'LicenceListValueDeprecated', data: { list: 'organisation-role', key: 'licensee', reason: 'we are always the licensee' } },
  ] satisfies LicenceListEvent[]
).reduce(evolveLicenceLists, defaultLicenceLists);
const extendedSpec = deciderSpecification(licenceDecider, { ...licensingContext, lists: extendedLists });

/** A licence in the given status, reached by legal moves. */
function withStatus(status: LicenceStatus): LicenceEvent[] {
  const path: Record<LicenceStatus, LicenceStatus[]> = {
    'in-negotiation': [],
    'not-yet-active': ['not-yet-active'],
    active: ['active'],
    rejected: ['rejected'],
    expired: ['active', 'expired'],
    terminated: ['active', 'terminated'],
  };
  let from: LicenceStatus = 'in-negotiation';
  const moves = path[status].map((to) => {
    const move = statusRecorded(from, to);
    from = to;
    return move;
  });
  return [drafted(), ...moves];
}

describe('drafting a licence', () => {
  it('given no licence, when drafted, then LicenceDrafted with the licensor as an organisation, text trimmed and resources de-duplicated', () => {
    licenceSpec
      .given()
      .when(draft({ name: '  Springer Nature 2024 ', licensor: ' Springer Nature', resourceIds: ['r-1', 'r-2', 'r-1'] }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, resourceIds: ['r-1', 'r-2'] } }]);
  });

  it('given no licence, when drafted without resources, then it governs none yet', () => {
    licenceSpec
      .given()
      .when(draft({ resourceIds: undefined }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, resourceIds: [] } }]);
  });

  it('given no licence, when drafted under an upper-case UUID, then the licence keeps the canonical lower-case id', () => {
    licenceSpec
      .given()
      .when(draft({ licenceId: UUID.toUpperCase() }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, licenceId: UUID } }]);
  });

  it('given the draft, when folded, then the licence is in negotiation with no versions, and who drafted it', () => {
    const [event] = licenceDecider.decide(draft(), initialLicence, licensingContext);
    const state = licenceDecider.evolve(initialLicence, {
      ...event,
      metadata: { actor: { id: 's-9', role: 'associate' }, recordedAt: '2026-01-05T09:00:00.000Z' },
    });
    expect(state).toEqual({
      exists: true,
      ...draftData,
      organisations: [{ name: 'Springer Nature', roles: ['licensor'] }],
      alternateNames: [],
      tags: [],
      contacts: [],
      status: 'in-negotiation',
      lifecycle: 'in-negotiation',
      versions: [],
      drafted: { actorId: 's-9', actorRole: 'associate', recordedAt: '2026-01-05T09:00:00.000Z' },
    });
  });

  it('given no licence, when a consortial licence is drafted with its consortium, then the consortium is an organisation, trimmed', () => {
    licenceSpec
      .given()
      .when(draft({ type: 'consortial', consortium: ' JISC ' }))
      .then([
        {
          type: 'LicenceDrafted',
          data: { ...draftedData, type: 'consortial', organisations: [...draftedData.organisations, { name: 'JISC', roles: ['consortium'] }] },
        },
      ]);
  });

  it('given no licence, when a licence is drafted with no licensor, then it is accepted (the licensor is optional until the licence is active)', () => {
    licenceSpec
      .given()
      .when(draft({ licensor: undefined }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, organisations: [] } }]);
  });

  it('given no licence, when a consortial licence names no consortium, then it is accepted while negotiating', () => {
    licenceSpec
      .given()
      .when(draft({ type: 'consortial' }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, type: 'consortial' } }]);
  });

  it('given no licence, when drafted with every organisation and its roles, a description, alternate names, tags and contacts, then all are kept', () => {
    licenceSpec
      .given()
      .when(
        draft({
          licensor: undefined,
          organisations: [
            { name: ' EBSCO ', roles: ['licensor'] },
            { name: 'Our University', roles: ['licensee'], note: ' signs for every campus ' },
            { name: 'NERL', roles: ['consortium', 'consortium-administrator', 'consortium'] },
          ],
          description: ' The 2024 deal ',
          alternateNames: [' SN 2024 ', 'Springer Nature 2024', 'SpringerLink'],
          tags: [' legacy ', 'Legacy', 'big-deal'],
          contacts: [
            { staffId: 's-librarian', role: 'license-owner' },
            { staffId: 's-librarian', role: 'license-owner' },
            { staffId: 's-associate', role: 'negotiator' },
          ],
        }),
      )
      .then([
        {
          type: 'LicenceDrafted',
          data: {
            ...draftedData,
            organisations: [
              { name: 'EBSCO', roles: ['licensor'] },
              { name: 'Our University', roles: ['licensee'], note: 'signs for every campus' },
              { name: 'NERL', roles: ['consortium', 'consortium-administrator'] },
            ],
            description: 'The 2024 deal',
            alternateNames: ['SN 2024', 'SpringerLink'],
            tags: ['legacy', 'big-deal'],
            contacts: [
              { staffId: 's-librarian', role: 'license-owner' },
              { staffId: 's-associate', role: 'negotiator' },
            ],
          },
        },
      ]);
  });

  it('given no licence, when the licensor shorthand names an organisation listed already, then that organisation takes the role', () => {
    licenceSpec
      .given()
      .when(draft({ organisations: [{ name: 'springer nature', roles: ['licensee'] }] }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, organisations: [{ name: 'springer nature', roles: ['licensee', 'licensor'] }] } }]);
  });

  it('given no licence, when drafted at a status of lifecycle active with its licensor, then the status is recorded with its lifecycle', () => {
    licenceSpec
      .given()
      .when(draft({ status: 'active' }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, status: 'active', lifecycle: 'active' } }]);
    extendedSpec
      .given()
      .when(draft({ status: 'current' }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, status: 'current', lifecycle: 'active' } }]);
  });

  it('given no licence, when drafted at a status of lifecycle expired, then it starts there (a licence entered after the fact)', () => {
    licenceSpec
      .given()
      .when(draft({ status: 'expired', licensor: undefined }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, organisations: [], status: 'expired', lifecycle: 'expired' } }]);
  });

  it('given lists with FOLIO\'s "Actual" type defined, when a licence of type actual is drafted, then it is accepted', () => {
    extendedSpec
      .given()
      .when(draft({ type: 'actual' }))
      .then([{ type: 'LicenceDrafted', data: { ...draftedData, type: 'actual' } }]);
  });

  it.each([
    [
      'an active licence with no licensor',
      { status: 'active', licensor: undefined },
      'licensor-required',
      /needs an organisation in the licensor role to be active/,
    ],
    ['a consortial active licence with no consortium', { status: 'active', type: 'consortial' }, 'consortium-required', /consortium role to be active/],
    [
      'a type the list does not have (FOLIO\'s "Actual", undefined here)',
      { type: 'actual' },
      'unknown-list-value',
      /licence type "actual" is not in the licence-type list; a licence director defines/,
    ],
    [
      'a status the list does not have (FOLIO\'s legacy "Current")',
      { status: 'current' },
      'unknown-list-value',
      /licence status "current" is not in the licence-status list/,
    ],
    [
      'an organisation role the list does not have',
      { organisations: [{ name: 'X', roles: ['publisher'] }] },
      'unknown-list-value',
      /organisation role "publisher"/,
    ],
    ['an organisation without a role', { organisations: [{ name: 'X', roles: [] }] }, 'invalid-organisations', /"X" needs at least one role/],
    ['an organisation with a blank name', { organisations: [{ name: ' ', roles: ['licensee'] }] }, 'field-required', /organisation name must not be blank/],
    [
      'an organisation listed twice',
      {
        organisations: [
          { name: 'EBSCO', roles: ['licensor'] },
          { name: 'ebsco ', roles: ['licensee'] },
        ],
      },
      'invalid-organisations',
      /listed twice/,
    ],
    ['a contact role the list does not have', { contacts: [{ staffId: 's-librarian', role: 'boss' }] }, 'unknown-list-value', /contact role "boss"/],
    ['a malformed contact staff id', { contacts: [{ staffId: 'no spaces please', role: 'negotiator' }] }, 'invalid-licence-details', /is not a staff id/],
    ['a description over 4000 characters', { description: 'x'.repeat(4001) }, 'invalid-licence-details', /at most 4000/],
    ['an alternate name listed twice', { alternateNames: ['SN', 'sn'] }, 'invalid-licence-details', /listed twice/],
    ['21 alternate names', { alternateNames: Array.from({ length: 21 }, (_, i) => `name ${i}`) }, 'invalid-licence-details', /at most 20 alternate names/],
    ['a tag over 100 characters', { tags: ['t'.repeat(101)] }, 'invalid-licence-details', /a tag has at most 100/],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }, 'invalid-licence-details', /at most 50 tags/],
    ['a blank name', { name: ' ' }, 'field-required', /the licence name must not be blank/],
  ])('given no licence, when drafted with %s, then refused', (_, data, rule, message) => {
    licenceSpec
      .given()
      .when(draft(data as Partial<DraftLicence['data']>))
      .thenRefused(rule, message);
  });

  it.each([
    ['a deprecated type', { type: 'alliance' }, /licence type "alliance" is deprecated \(no longer used here\)/],
    ['a deprecated organisation role', { organisations: [{ name: 'Us', roles: ['licensee'] }] }, /organisation role "licensee" is deprecated/],
  ])('given lists where a value is deprecated, when a licence is drafted with %s, then deprecated-list-value', (_, data, message) => {
    extendedSpec
      .given()
      .when(draft(data as Partial<DraftLicence['data']>))
      .thenRefused('deprecated-list-value', message);
  });

  it('given a drafted licence, when the same draft is sent again (a retry), then nothing new', () => {
    licenceSpec.given(history(drafted())).when(draft()).thenNothing();
    const [full] = licenceDecider.decide(draft({ tags: ['a'], description: 'd', status: 'active' }), initialLicence, licensingContext);
    licenceSpec
      .given(history(full as LicenceEvent))
      .when(draft({ tags: [' a '], description: 'd ', status: 'active' }))
      .thenNothing();
  });

  it('given a drafted licence whose status moved on since, when the draft (which gave no status) is sent again, then nothing new', () => {
    licenceSpec
      .given(history(drafted(), statusRecorded('in-negotiation', 'active')))
      .when(draft())
      .thenNothing();
  });

  it('given a drafted licence, when the retry differs only in what the licence normalises away, then nothing new', () => {
    licenceSpec
      .given(history(drafted({ resourceIds: ['r-1', 'r-2'] })))
      .when(draft({ name: ' Springer Nature 2024  ', resourceIds: ['r-2', 'r-1', 'r-2'] }))
      .thenNothing();
    licenceSpec
      .given(history(drafted({ licenceId: UUID })))
      .when(draft({ licenceId: UUID.toUpperCase() }))
      .thenNothing();
    licenceSpec
      .given(history(drafted({ resourceIds: [] })))
      .when(draft({ resourceIds: undefined }))
      .thenNothing();
  });

  it.each([
    ['another name', { name: 'Springer Nature 2025' }],
    ['another licensor', { licensor: 'Springer' }],
    ['another type', { type: 'consortial', consortium: 'JISC' }],
    ['another status', { status: 'not-yet-active' }],
    ['a tag', { tags: ['legacy'] }],
    ['other resources', { resourceIds: ['r-1', 'r-2'] }],
    ['a blank name', { name: ' ' }],
  ])('given a drafted licence, when its id is drafted again with %s, then refused as licence-already-drafted', (_, data) => {
    licenceSpec
      .given(history(drafted()))
      .when(draft(data))
      .thenRefused('licence-already-drafted', /lic-1 has already been drafted with other details/);
  });

  it('given a drafted licence whose name was corrected since, when the first draft is sent again, then refused (it no longer matches)', () => {
    const corrected: LicenceEvent = { type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, name: 'SN 2024', reason: 'typo' } };
    licenceSpec.given(history(drafted(), corrected)).when(draft()).thenRefused('licence-already-drafted');
  });
});

describe('correcting the licence details', () => {
  const springer = [{ name: 'Springer Nature', roles: ['licensor'] }];

  it('given a licence, when corrected, then only the fields that differ go into the event, trimmed', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ name: ' Springer Nature 2024–2026 ', licensor: 'Springer Nature', reason: ' misspelt ' }))
      .then([{ type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, name: 'Springer Nature 2024–2026', reason: 'misspelt' } }]);
  });

  it('given a licence, when the correction is folded, then the details change and nothing else does', () => {
    const before = existing(given(drafted()));
    const [event] = licenceDecider.decide(correctDetails({ name: 'SN 2024' }), before, licensingContext);
    const after = existing(licenceDecider.evolve(before, { ...event, metadata: { actor: { id: 'a', role: 'associate' }, recordedAt: recordedAt(9) } }));
    expect(after).toEqual({ ...before, name: 'SN 2024' });
  });

  it('given a licence under a UUID, when corrected under its upper-case form, then the event names the canonical id', () => {
    licenceSpec
      .given(history(drafted({ licenceId: UUID })))
      .when(correctDetails({ licenceId: UUID.toUpperCase(), name: 'SN 2024' }))
      .then([{ type: 'LicenceDetailsCorrected', data: { licenceId: UUID, name: 'SN 2024', reason: 'typo' } }]);
  });

  it('given a licence, when corrected without a reason, then refused as reason-required', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ name: 'SN', reason: '  ' }))
      .thenRefused('reason-required', /correcting a licence needs a reason/);
  });

  it('given a licence, when the correction repeats what is recorded, then correction-changes-nothing', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ name: 'Springer Nature 2024', type: 'local', organisations: springer, tags: [] }))
      .thenRefused('correction-changes-nothing');
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails())
      .thenRefused('correction-changes-nothing', /leaves licence lic-1 as it is recorded/);
  });

  it('given a local licence, when corrected to consortial with its consortium, then the type and organisations change', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ type: 'consortial', consortium: ' JISC ' }))
      .then([
        {
          type: 'LicenceDetailsCorrected',
          data: { licenceId: LICENCE_ID, type: 'consortial', organisations: [...springer, { name: 'JISC', roles: ['consortium'] }], reason: 'typo' },
        },
      ]);
  });

  it('given a consortial licence, when corrected to local, then its consortium stays named (a type no longer removes organisations)', () => {
    licenceSpec
      .given(history(drafted({ type: 'consortial', consortium: 'JISC' })))
      .when(correctDetails({ type: 'local' }))
      .then([{ type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, type: 'local', reason: 'typo' } }]);
  });

  it('given a consortial licence in negotiation, when its consortium is removed, then the organisations lose it', () => {
    licenceSpec
      .given(history(drafted({ type: 'consortial', consortium: 'JISC' })))
      .when(correctDetails({ consortium: null }))
      .then([{ type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, organisations: springer, reason: 'typo' } }]);
  });

  it('given a licence, when its description, alternate names, tags and contacts are corrected, then each that differs is recorded; a null description removes it', () => {
    const withDescription: LicenceEvent = { type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, description: 'old', reason: 'typo' } };
    licenceSpec
      .given(history(drafted(), withDescription))
      .when(correctDetails({ description: null, alternateNames: ['SN'], tags: ['x'], contacts: [{ staffId: 's-admin', role: 'erm-librarian' }] }))
      .then([
        {
          type: 'LicenceDetailsCorrected',
          data: {
            licenceId: LICENCE_ID,
            description: null,
            alternateNames: ['SN'],
            tags: ['x'],
            contacts: [{ staffId: 's-admin', role: 'erm-librarian' }],
            reason: 'typo',
          },
        },
      ]);
  });

  it('given an active licence, when its licensor would be removed, then licensor-required', () => {
    licenceSpec
      .given(history(...withStatus('active')))
      .when(correctDetails({ organisations: [{ name: 'Us', roles: ['licensee'] }] }))
      .thenRefused('licensor-required', /to be active/);
  });

  it('given an active consortial licence, when its consortium is removed, then consortium-required', () => {
    licenceSpec
      .given(history(drafted({ type: 'consortial', consortium: 'JISC' }), statusRecorded('in-negotiation', 'active')))
      .when(correctDetails({ consortium: null }))
      .thenRefused('consortium-required');
  });

  it('given a licence of a type since deprecated, when another detail is corrected, then the licence keeps its type', () => {
    extendedSpec
      .given(history(drafted({ type: 'alliance' })))
      .when(correctDetails({ name: 'SN' }))
      .then([{ type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, name: 'SN', reason: 'typo' } }]);
    extendedSpec
      .given(history(drafted()))
      .when(correctDetails({ type: 'alliance' }))
      .thenRefused('deprecated-list-value');
  });

  it('given a licence, when the name or licensor is corrected to blank, then field-required', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ name: '  ' }))
      .thenRefused('field-required', /the licence name/);
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ licensor: '' }))
      .thenRefused('field-required', /the licensor/);
  });
});

describe('recording the status', () => {
  const pairs = LICENCE_STATUSES.flatMap((from) => LICENCE_STATUSES.filter((to) => to !== from).map((to) => [from, to] as const));
  const legal = pairs.filter(([from, to]) => STATUS_TRANSITIONS[from].includes(to));
  const illegal = pairs.filter(([from, to]) => !STATUS_TRANSITIONS[from].includes(to));

  it('knows the legal moves of a licence, by lifecycle', () => {
    expect(LICENCE_STATUSES).toEqual(LICENCE_LIFECYCLES);
    expect(legal.map(([from, to]) => `${from}→${to}`)).toEqual([
      'in-negotiation→not-yet-active',
      'in-negotiation→active',
      'in-negotiation→rejected',
      'not-yet-active→active',
      'not-yet-active→terminated',
      'active→expired',
      'active→terminated',
      'rejected→in-negotiation',
      'expired→active',
    ]);
  });

  it.each(legal)('given a licence %s, when it becomes %s, then LicenceStatusRecorded from → to with its lifecycle and the reason trimmed', (from, to) => {
    licenceSpec
      .given(history(...withStatus(from)))
      .when(recordStatus(to, ' signed '))
      .then([{ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from, to, lifecycle: to, reason: 'signed' } }]);
  });

  it.each(illegal)('given a licence %s, when it becomes %s, then refused as illegal-status-transition naming both', (from, to) => {
    licenceSpec
      .given(history(...withStatus(from)))
      .when(recordStatus(to))
      .thenRefused('illegal-status-transition', `from ${from} to ${to}`);
  });

  it.each(LICENCE_STATUSES.map((status) => [status, status]))('given a licence %s, when it becomes %s again, then status-unchanged', (status) => {
    licenceSpec
      .given(history(...withStatus(status)))
      .when(recordStatus(status))
      .thenRefused('status-unchanged', `is already ${status}`);
  });

  it('given a licence, when the recorded status is folded, then it is the new status and lifecycle; a blank reason is left out', () => {
    const event: LicenceEvent = { type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'active', lifecycle: 'active' } };
    licenceSpec.given(history(drafted())).when(recordStatus('active', ' ')).then([event]);
    expect(existing(given(drafted(), event))).toMatchObject({ status: 'active', lifecycle: 'active' });
  });

  it('given a licence with no licensor, when it becomes active, then licensor-required; once a licensor is named, it may', () => {
    const noLicensor: LicenceEvent = { type: 'LicenceDrafted', data: { ...draftedData, organisations: [] } };
    licenceSpec
      .given(history(noLicensor))
      .when(recordStatus('active'))
      .thenRefused('licensor-required', 'licence lic-1 needs an organisation in the licensor role to be active');
    licenceSpec
      .given(history(noLicensor))
      .when(recordStatus('not-yet-active'))
      .then([{ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'not-yet-active', lifecycle: 'not-yet-active' } }]);
    licenceSpec.given(history(noLicensor)).when(correctStatus('active')).thenRefused('licensor-required');
  });

  it('given a consortial licence naming no consortium, when it becomes active, then consortium-required', () => {
    licenceSpec
      .given(history(drafted({ type: 'consortial' })))
      .when(recordStatus('active'))
      .thenRefused('consortium-required', /consortial licence lic-1 needs an organisation in the consortium role/);
  });

  it('given lists with "current" of lifecycle active, when an active licence moves to current (same lifecycle), then allowed and recorded with its lifecycle', () => {
    extendedSpec
      .given(history(...withStatus('active')))
      .when(recordStatus('current'))
      .then([{ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'active', to: 'current', lifecycle: 'active' } }]);
  });

  it('given lists with "current" of lifecycle active, when a licence current moves to expired, then the transition is read on its lifecycle', () => {
    const current: LicenceEvent = {
      type: 'LicenceStatusRecorded',
      data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'current', lifecycle: 'active' },
    };
    extendedSpec
      .given(history(drafted(), current))
      .when(recordStatus('expired'))
      .then([{ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'current', to: 'expired', lifecycle: 'expired' } }]);
    extendedSpec
      .given(history(drafted(), current))
      .when(recordStatus('under-review'))
      .thenRefused('illegal-status-transition', 'from current (lifecycle active) to under-review (lifecycle in-negotiation)');
  });

  it.each([
    ['a status the list does not have', 'current', 'unknown-list-value'],
    ['a status of no list value at all', 'signed', 'unknown-list-value'],
  ])('given the default lists, when a licence is moved to %s, then refused', (_, to, rule) => {
    licenceSpec.given(history(drafted())).when(recordStatus(to)).thenRefused(rule, `licence status "${to}" is not in the licence-status list`);
  });
});

describe('correcting the status', () => {
  it('given a licence, when its status is corrected to any other, then LicenceStatusCorrected with the lifecycle of the new status', () => {
    licenceSpec
      .given(history(...withStatus('active')))
      .when(correctStatus('in-negotiation'))
      .then([
        {
          type: 'LicenceStatusCorrected',
          data: { licenceId: LICENCE_ID, from: 'active', to: 'in-negotiation', lifecycle: 'in-negotiation', reason: 'typed the wrong one' },
        },
      ]);
  });

  it('given a licence, when its status is corrected to one the list does not have, then unknown-list-value', () => {
    licenceSpec.given(history(drafted())).when(correctStatus('current')).thenRefused('unknown-list-value');
  });
});

describe('linking and unlinking e-resources', () => {
  const link = (resourceIds: string[]): LicenceCommand => ({ type: 'LinkResources', data: { licenceId: LICENCE_ID, resourceIds } });
  const unlink = (resourceIds: string[], reason?: string): LicenceCommand => ({
    type: 'UnlinkResources',
    data: { licenceId: LICENCE_ID, resourceIds, reason },
  });

  it('given a licence, when resources are linked, then only those not yet linked go into the event', () => {
    const linked: LicenceEvent = { type: 'LicenceResourcesLinked', data: { licenceId: LICENCE_ID, resourceIds: ['r-2', 'r-3'] } };
    licenceSpec
      .given(history(drafted()))
      .when(link(['r-1', 'r-2', 'r-2', 'r-3']))
      .then([linked]);
    expect(existing(given(drafted(), linked)).resourceIds).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('given a licence, when every resource given is linked already, then resource-already-linked', () => {
    licenceSpec
      .given(history(drafted()))
      .when(link(['r-1']))
      .thenRefused('resource-already-linked', /already linked to r-1/);
  });

  it('given a licence, when no resource is given, then field-required', () => {
    licenceSpec
      .given(history(drafted()))
      .when(link([]))
      .thenRefused('field-required', /at least one e-resource to link/);
    licenceSpec
      .given(history(drafted()))
      .when(unlink([]))
      .thenRefused('field-required', /at least one e-resource to unlink/);
  });

  it('given linked resources, when unlinked with a reason, then LicenceResourcesUnlinked and the fold drops them', () => {
    const unlinked: LicenceEvent = { type: 'LicenceResourcesUnlinked', data: { licenceId: LICENCE_ID, resourceIds: ['r-1'], reason: 'wrong package' } };
    licenceSpec
      .given(history(drafted({ resourceIds: ['r-1', 'r-2'] })))
      .when(unlink(['r-1'], ' wrong package '))
      .then([unlinked]);
    expect(existing(given(drafted({ resourceIds: ['r-1', 'r-2'] }), unlinked)).resourceIds).toEqual(['r-2']);
  });

  it('given a licence, when a resource that is not linked is unlinked, then resource-not-linked naming it', () => {
    licenceSpec
      .given(history(drafted()))
      .when(unlink(['r-1', 'r-9']))
      .thenRefused('resource-not-linked', /not linked to r-9$/);
  });
});

describe('a licence that does not exist', () => {
  const commands: LicenceCommand[] = [
    correctDetails({ name: 'x', reason: 'y' }),
    recordStatus('active'),
    { type: 'CorrectLicenceStatus', data: { licenceId: LICENCE_ID, to: 'active', reason: 'typo' } },
    { type: 'LinkResources', data: { licenceId: LICENCE_ID, resourceIds: ['r-1'] } },
    { type: 'UnlinkResources', data: { licenceId: LICENCE_ID, resourceIds: ['r-1'] } },
    { type: 'RecordVersion', data: { licenceId: LICENCE_ID, versionId: 'v-1', kind: 'original', label: 'Licence', effectiveFrom: '2024-01-01', terms: {} } },
    { type: 'CorrectVersion', data: { licenceId: LICENCE_ID, versionId: 'v-1', label: 'x', reason: 'y' } },
    { type: 'ConfirmVersion', data: { licenceId: LICENCE_ID, versionId: 'v-1' } },
    { type: 'WithdrawVersion', data: { licenceId: LICENCE_ID, versionId: 'v-1', reason: 'y' } },
    {
      type: 'AttachDocument',
      data: {
        licenceId: LICENCE_ID,
        versionId: 'v-1',
        sha256: 'a'.repeat(64),
        fileName: 'a.pdf',
        mediaType: 'application/pdf',
        sizeBytes: 1,
        documentType: 'licence',
      },
    },
    { type: 'DetachDocument', data: { licenceId: LICENCE_ID, versionId: 'v-1', sha256: 'a'.repeat(64), reason: 'y' } },
    { type: 'RecordSignature', data: { licenceId: LICENCE_ID, versionId: 'v-1', signedBy: 'J. Vendor', party: 'licensor', signedOn: '2024-01-01' } },
  ];

  it.each(commands.map((command) => [command.type, command]))('given no licence, when %s, then refused as licence-not-found', (_, command) => {
    licenceSpec.given().when(command).thenRefused('licence-not-found', 'licence lic-1 does not exist');
  });

  it('given no licence, when asked under an upper-case UUID, then the refusal names the canonical id', () => {
    licenceSpec.given().when(recordStatus('active')).thenRefused('licence-not-found');
    licenceSpec
      .given()
      .when({ type: 'RecordLicenceStatus', data: { licenceId: UUID.toUpperCase(), to: 'active' } })
      .thenRefused('licence-not-found', `licence ${UUID} does not exist`);
  });

  it('given events before the draft, when folded, then they are ignored', () => {
    expect(given(statusRecorded('in-negotiation', 'active'))).toEqual(initialLicence);
  });
});
