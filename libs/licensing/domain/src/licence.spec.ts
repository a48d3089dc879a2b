import { CorrectLicenceDetails, DraftLicence, LicenceCommand, RecordLicenceStatus } from './commands';
import { STATUS_TRANSITIONS } from './licence';
import { licenceDecider } from './licence-decider';
import { LICENCE_STATUSES, LicenceEvent, LicenceStatus } from './licence-events';
import { initialLicence } from './licence-state';
import { drafted, existing, given, history, LICENCE_ID, licenceSpec, licensingContext, recordedAt } from './testing/licence-fixtures';

const UUID = '0b6f3c8e-6f7e-4d1a-9c55-3f1f4b2a9e10';
const draftData = { licenceId: LICENCE_ID, name: 'Springer Nature 2024', licensor: 'Springer Nature', type: 'local' as const, resourceIds: ['r-1'] };
const draft = (data: Partial<DraftLicence['data']> = {}): DraftLicence => ({ type: 'DraftLicence', data: { ...draftData, ...data } });
const correctDetails = (data: Partial<CorrectLicenceDetails['data']> = {}): CorrectLicenceDetails => ({
  type: 'CorrectLicenceDetails',
  data: { licenceId: LICENCE_ID, reason: 'typo', ...data },
});
const recordStatus = (to: LicenceStatus, reason?: string): RecordLicenceStatus => ({
  type: 'RecordLicenceStatus',
  data: { licenceId: LICENCE_ID, to, reason },
});
const statusRecorded = (from: LicenceStatus, to: LicenceStatus): LicenceEvent => ({ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from, to } });

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
  it('given no licence, when drafted, then LicenceDrafted with name and licensor trimmed and resources de-duplicated', () => {
    licenceSpec
      .given()
      .when(draft({ name: '  Springer Nature 2024 ', licensor: ' Springer Nature', resourceIds: ['r-1', 'r-2', 'r-1'] }))
      .then([{ type: 'LicenceDrafted', data: { ...draftData, resourceIds: ['r-1', 'r-2'] } }]);
  });

  it('given no licence, when drafted without resources, then it governs none yet', () => {
    licenceSpec
      .given()
      .when(draft({ resourceIds: undefined }))
      .then([{ type: 'LicenceDrafted', data: { ...draftData, resourceIds: [] } }]);
  });

  it('given no licence, when drafted under an upper-case UUID, then the licence keeps the canonical lower-case id', () => {
    licenceSpec
      .given()
      .when(draft({ licenceId: UUID.toUpperCase() }))
      .then([{ type: 'LicenceDrafted', data: { ...draftData, licenceId: UUID } }]);
  });

  it('given the draft, when folded, then the licence is in negotiation with no versions, and who drafted it', () => {
    const state = licenceDecider.evolve(initialLicence, {
      ...drafted(),
      metadata: { actor: { id: 's-9', role: 'associate' }, recordedAt: '2026-01-05T09:00:00.000Z' },
    });
    expect(state).toEqual({
      exists: true,
      ...draftData,
      status: 'in-negotiation',
      versions: [],
      drafted: { actorId: 's-9', actorRole: 'associate', recordedAt: '2026-01-05T09:00:00.000Z' },
    });
  });

  it('given no licence, when a consortial licence is drafted with its consortium, then the consortium is kept, trimmed', () => {
    licenceSpec
      .given()
      .when(draft({ type: 'consortial', consortium: ' JISC ' }))
      .then([{ type: 'LicenceDrafted', data: { ...draftData, type: 'consortial', consortium: 'JISC' } }]);
  });

  it('given no licence, when a consortial licence names no consortium (or a blank one), then refused as consortium-required', () => {
    licenceSpec
      .given()
      .when(draft({ type: 'consortial' }))
      .thenRefused('consortium-required', /must name its consortium/);
    licenceSpec
      .given()
      .when(draft({ type: 'consortial', consortium: '  ' }))
      .thenRefused('consortium-required');
  });

  it.each(['local', 'national', 'alliance'] as const)('given no licence, when a %s licence names a consortium, then consortium-not-applicable', (type) => {
    licenceSpec
      .given()
      .when(draft({ type, consortium: 'JISC' }))
      .thenRefused('consortium-not-applicable', new RegExp(`a ${type} licence names no consortium`));
  });

  it('given no licence, when the name or licensor is blank, then refused as field-required', () => {
    licenceSpec
      .given()
      .when(draft({ name: ' ' }))
      .thenRefused('field-required', /the licence name must not be blank/);
    licenceSpec
      .given()
      .when(draft({ licensor: '' }))
      .thenRefused('field-required', /the licensor must not be blank/);
  });

  it('given a drafted licence, when the same draft is sent again (a retry), then nothing new', () => {
    licenceSpec.given(history(drafted())).when(draft()).thenNothing();
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
    ['another type', { type: 'consortial' as const, consortium: 'JISC' }],
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
      .when(correctDetails({ name: 'Springer Nature 2024', type: 'local' }))
      .thenRefused('correction-changes-nothing');
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails())
      .thenRefused('correction-changes-nothing', /leaves licence lic-1 as it is recorded/);
  });

  it('given a local licence, when corrected to consortial without a consortium, then consortium-required', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ type: 'consortial' }))
      .thenRefused('consortium-required');
  });

  it('given a local licence, when corrected to consortial with its consortium, then both change', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ type: 'consortial', consortium: ' JISC ' }))
      .then([{ type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, type: 'consortial', consortium: 'JISC', reason: 'typo' } }]);
  });

  it('given a consortial licence, when corrected to local, then its consortium is dropped with it', () => {
    const consortial = history(drafted({ type: 'consortial', consortium: 'JISC' }));
    const event: LicenceEvent = { type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, type: 'local', consortium: null, reason: 'typo' } };
    licenceSpec
      .given(consortial)
      .when(correctDetails({ type: 'local' }))
      .then([event]);
    const after = existing(given(drafted({ type: 'consortial', consortium: 'JISC' }), event));
    expect(after.type).toBe('local');
    expect('consortium' in after).toBe(false);
  });

  it('given a local licence, when a consortium is added without changing the type, then consortium-not-applicable', () => {
    licenceSpec
      .given(history(drafted()))
      .when(correctDetails({ consortium: 'JISC' }))
      .thenRefused('consortium-not-applicable');
  });

  it('given a consortial licence, when its consortium is removed, then consortium-required', () => {
    licenceSpec
      .given(history(drafted({ type: 'consortial', consortium: 'JISC' })))
      .when(correctDetails({ consortium: null }))
      .thenRefused('consortium-required');
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

  it('knows the legal moves of a licence', () => {
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

  it.each(legal)('given a licence %s, when it becomes %s, then LicenceStatusRecorded from → to with the reason trimmed', (from, to) => {
    licenceSpec
      .given(history(...withStatus(from)))
      .when(recordStatus(to, ' signed '))
      .then([{ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from, to, reason: 'signed' } }]);
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

  it('given a licence, when the recorded status is folded, then it is the new status; a blank reason is left out', () => {
    const event: LicenceEvent = { type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from: 'in-negotiation', to: 'active' } };
    licenceSpec.given(history(drafted())).when(recordStatus('active', ' ')).then([event]);
    expect(existing(given(drafted(), event)).status).toBe('active');
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
