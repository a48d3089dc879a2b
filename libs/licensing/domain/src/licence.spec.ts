import { LICENCE_STATUSES, LicenceStatus } from './licence-events';
import { drafted, existing, given, LICENCE_ID, recordedAt, ruleOf, violationOf } from './licence-fixtures';
import {
  decideCorrectLicenceDetails,
  decideDraftLicence,
  decideLinkResources,
  decideRecordStatus,
  decideUnlinkResources,
  evolveLicence,
  STATUS_TRANSITIONS,
} from './licence';
import { initialLicence, LicenceState } from './licence-state';

const draft = { licenceId: LICENCE_ID, name: 'Springer Nature 2024', licensor: 'Springer Nature', type: 'local' as const, resourceIds: ['r-1'] };
const withStatus = (status: LicenceStatus): LicenceState => ({ ...existing(given(drafted())), status });

describe('drafting a licence', () => {
  it('given no licence, when drafted, then LicenceDrafted with name and licensor trimmed and resources de-duplicated', () => {
    const events = decideDraftLicence(initialLicence, { ...draft, name: '  Springer Nature 2024 ', licensor: ' Springer Nature', resourceIds: ['r-1', 'r-2', 'r-1'] });
    expect(events).toEqual([{ type: 'LicenceDrafted', data: { ...draft, resourceIds: ['r-1', 'r-2'] } }]);
  });

  it('given the draft, when folded, then the licence is in negotiation with no versions, and who drafted it', () => {
    const state = evolveLicence(initialLicence, drafted(), { actorId: 's-9', actorRole: 'associate', recordedAt: '2026-01-05T09:00:00.000Z' });
    expect(state).toEqual({
      exists: true,
      ...draft,
      status: 'in-negotiation',
      versions: [],
      drafted: { actorId: 's-9', actorRole: 'associate', recordedAt: '2026-01-05T09:00:00.000Z' },
    });
  });

  it('given no licence, when a consortial licence is drafted with its consortium, then the consortium is kept', () => {
    const [event] = decideDraftLicence(initialLicence, { ...draft, type: 'consortial', consortium: ' JISC ' });
    expect(event.data).toMatchObject({ type: 'consortial', consortium: 'JISC' });
  });

  it('given no licence, when a consortial licence names no consortium, then refused as consortium-required', () => {
    expect(ruleOf(() => decideDraftLicence(initialLicence, { ...draft, type: 'consortial' }))).toBe('consortium-required');
    expect(ruleOf(() => decideDraftLicence(initialLicence, { ...draft, type: 'consortial', consortium: '  ' }))).toBe('consortium-required');
  });

  it.each(['local', 'national', 'alliance'] as const)('given no licence, when a %s licence names a consortium, then consortium-not-applicable', (type) => {
    expect(ruleOf(() => decideDraftLicence(initialLicence, { ...draft, type, consortium: 'JISC' }))).toBe('consortium-not-applicable');
  });

  it('given no licence, when the name or licensor is blank, then refused as field-required', () => {
    expect(ruleOf(() => decideDraftLicence(initialLicence, { ...draft, name: ' ' }))).toBe('field-required');
    expect(ruleOf(() => decideDraftLicence(initialLicence, { ...draft, licensor: '' }))).toBe('field-required');
  });

  it('given a drafted licence, when drafted again, then refused as licence-already-drafted', () => {
    expect(ruleOf(() => decideDraftLicence(given(drafted()), draft))).toBe('licence-already-drafted');
  });
});

describe('correcting the licence details', () => {
  const correct = (state: LicenceState, fields: object) => decideCorrectLicenceDetails(state, { licenceId: LICENCE_ID, reason: 'typo', ...fields });

  it('given a licence, when corrected, then only the fields that differ go into the event', () => {
    expect(correct(given(drafted()), { name: ' Springer Nature 2024–2026 ', licensor: 'Springer Nature', reason: ' misspelt ' })).toEqual([
      { type: 'LicenceDetailsCorrected', data: { licenceId: LICENCE_ID, name: 'Springer Nature 2024–2026', reason: 'misspelt' } },
    ]);
  });

  it('given a licence, when the correction is folded, then the details change and nothing else does', () => {
    const before = existing(given(drafted()));
    const after = existing(evolveLicence(before, correct(before, { name: 'SN 2024' })[0], { actorId: 'a', actorRole: 'associate', recordedAt: recordedAt(9) }));
    expect(after).toEqual({ ...before, name: 'SN 2024' });
  });

  it('given a licence, when corrected without a reason, then refused as reason-required', () => {
    expect(ruleOf(() => correct(given(drafted()), { name: 'SN', reason: '  ' }))).toBe('reason-required');
  });

  it('given a licence, when the correction repeats what is recorded, then correction-changes-nothing', () => {
    expect(ruleOf(() => correct(given(drafted()), { name: 'Springer Nature 2024', type: 'local' }))).toBe('correction-changes-nothing');
    expect(ruleOf(() => correct(given(drafted()), {}))).toBe('correction-changes-nothing');
  });

  it('given a local licence, when corrected to consortial without a consortium, then consortium-required', () => {
    expect(ruleOf(() => correct(given(drafted()), { type: 'consortial' }))).toBe('consortium-required');
  });

  it('given a local licence, when corrected to consortial with its consortium, then both change', () => {
    expect(correct(given(drafted()), { type: 'consortial', consortium: 'JISC' })[0].data).toMatchObject({ type: 'consortial', consortium: 'JISC' });
  });

  it('given a consortial licence, when corrected to local, then its consortium is dropped with it', () => {
    const consortial = given(drafted({ type: 'consortial', consortium: 'JISC' }));
    const [event] = correct(consortial, { type: 'local' });
    expect(event.data).toEqual({ licenceId: LICENCE_ID, type: 'local', consortium: null, reason: 'typo' });
    const after = existing(evolveLicence(consortial, event, { actorId: 'a', actorRole: 'associate', recordedAt: recordedAt(9) }));
    expect(after.type).toBe('local');
    expect('consortium' in after).toBe(false);
  });

  it('given a local licence, when a consortium is added without changing the type, then consortium-not-applicable', () => {
    expect(ruleOf(() => correct(given(drafted()), { consortium: 'JISC' }))).toBe('consortium-not-applicable');
  });

  it('given a consortial licence, when its consortium is removed, then consortium-required', () => {
    expect(ruleOf(() => correct(given(drafted({ type: 'consortial', consortium: 'JISC' })), { consortium: null }))).toBe('consortium-required');
  });

  it('given a licence, when the name is corrected to blank, then field-required', () => {
    expect(ruleOf(() => correct(given(drafted()), { name: '  ' }))).toBe('field-required');
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

  it.each(legal)('given a licence %s, when it becomes %s, then LicenceStatusRecorded from → to', (from, to) => {
    const events = decideRecordStatus(withStatus(from), { licenceId: LICENCE_ID, to, reason: ' signed ' });
    expect(events).toEqual([{ type: 'LicenceStatusRecorded', data: { licenceId: LICENCE_ID, from, to, reason: 'signed' } }]);
  });

  it.each(illegal)('given a licence %s, when it becomes %s, then refused as illegal-status-transition naming both', (from, to) => {
    const violation = violationOf(() => decideRecordStatus(withStatus(from), { licenceId: LICENCE_ID, to }));
    expect(violation.rule).toBe('illegal-status-transition');
    expect(violation.message).toContain(`from ${from} to ${to}`);
  });

  it.each(LICENCE_STATUSES.map((status) => [status, status]))('given a licence %s, when it becomes %s again, then status-unchanged', (status) => {
    expect(ruleOf(() => decideRecordStatus(withStatus(status), { licenceId: LICENCE_ID, to: status }))).toBe('status-unchanged');
  });

  it('given a licence, when the recorded status is folded, then it is the new status; a blank reason is left out', () => {
    const [event] = decideRecordStatus(given(drafted()), { licenceId: LICENCE_ID, to: 'active', reason: ' ' });
    expect(event.data).toEqual({ licenceId: LICENCE_ID, from: 'in-negotiation', to: 'active' });
    expect(existing(given(drafted(), event)).status).toBe('active');
  });
});

describe('linking and unlinking e-resources', () => {
  it('given a licence, when resources are linked, then only those not yet linked go into the event', () => {
    const events = decideLinkResources(given(drafted()), { licenceId: LICENCE_ID, resourceIds: ['r-1', 'r-2', 'r-2', 'r-3'] });
    expect(events).toEqual([{ type: 'LicenceResourcesLinked', data: { licenceId: LICENCE_ID, resourceIds: ['r-2', 'r-3'] } }]);
    expect(existing(given(drafted(), ...events)).resourceIds).toEqual(['r-1', 'r-2', 'r-3']);
  });

  it('given a licence, when every resource given is linked already, then resource-already-linked', () => {
    expect(ruleOf(() => decideLinkResources(given(drafted()), { licenceId: LICENCE_ID, resourceIds: ['r-1'] }))).toBe('resource-already-linked');
  });

  it('given a licence, when no resource is given, then field-required', () => {
    expect(ruleOf(() => decideLinkResources(given(drafted()), { licenceId: LICENCE_ID, resourceIds: [] }))).toBe('field-required');
    expect(ruleOf(() => decideUnlinkResources(given(drafted()), { licenceId: LICENCE_ID, resourceIds: [] }))).toBe('field-required');
  });

  it('given linked resources, when unlinked with a reason, then LicenceResourcesUnlinked and the fold drops them', () => {
    const state = given(drafted({ resourceIds: ['r-1', 'r-2'] }));
    const events = decideUnlinkResources(state, { licenceId: LICENCE_ID, resourceIds: ['r-1'], reason: ' wrong package ' });
    expect(events).toEqual([{ type: 'LicenceResourcesUnlinked', data: { licenceId: LICENCE_ID, resourceIds: ['r-1'], reason: 'wrong package' } }]);
    expect(existing(given(drafted({ resourceIds: ['r-1', 'r-2'] }), ...events)).resourceIds).toEqual(['r-2']);
  });

  it('given a licence, when a resource that is not linked is unlinked, then resource-not-linked naming it', () => {
    const violation = violationOf(() => decideUnlinkResources(given(drafted()), { licenceId: LICENCE_ID, resourceIds: ['r-1', 'r-9'] }));
    expect(violation.rule).toBe('resource-not-linked');
    expect(violation.message).toContain('r-9');
  });
});

describe('a licence that does not exist', () => {
  it('refuses every licence decision with licence-not-found, and the fold ignores events before the draft', () => {
    expect(ruleOf(() => decideCorrectLicenceDetails(initialLicence, { licenceId: LICENCE_ID, name: 'x', reason: 'y' }))).toBe('licence-not-found');
    expect(ruleOf(() => decideRecordStatus(initialLicence, { licenceId: LICENCE_ID, to: 'active' }))).toBe('licence-not-found');
    expect(ruleOf(() => decideLinkResources(initialLicence, { licenceId: LICENCE_ID, resourceIds: ['r-1'] }))).toBe('licence-not-found');
    expect(ruleOf(() => decideUnlinkResources(initialLicence, { licenceId: LICENCE_ID, resourceIds: ['r-1'] }))).toBe('licence-not-found');
    const status = { type: 'LicenceStatusRecorded' as const, data: { licenceId: LICENCE_ID, from: 'in-negotiation' as const, to: 'active' as const } };
    expect(given(status)).toEqual(initialLicence);
  });
});
