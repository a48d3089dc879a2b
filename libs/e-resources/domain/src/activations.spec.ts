import { eResourceDecider } from './e-resource-decider';
import { EResourceCommand } from './e-resource-commands';
import { EResourceEvent, ResourceActivated } from './e-resource-events';
import { E_RESOURCE_RULES, EResourceRuleViolation } from './e-resource-rule-violation';
import { activate, activated, activation, command, deactivated, ID, registered, registration, spec } from './testing/e-resource-fixtures';

describe('activating', () => {
  it('given a resource with a link, when activated, then ResourceActivated', () => {
    spec.given([registered()]).when(activate()).then([activated()]);
  });

  it('given a resource without an access URL, when activated, then refused: no activation without a link', () => {
    spec
      .given([registered({ accessUrl: undefined })])
      .when(activate())
      .thenRefused('access-url-required');
  });

  it('given the link was removed, when activated, then refused', () => {
    spec
      .given([registered(), { type: 'EResourceAccessLinkSet', data: { resourceId: ID, accessUrl: null, proxied: true } }])
      .when(activate())
      .thenRefused('access-url-required');
  });

  it('given an open-ended subscription, when another subscription is activated later, then refused as overlapping', () => {
    spec
      .given([registered(), activated()])
      .when(activate({ activationId: 'a-2', effectiveFrom: '2027-01-01' }))
      .thenRefused('overlapping-activation', /a-1/);
  });

  it('given an open-ended subscription, when an open-access activation is added, then it is recorded (another kind)', () => {
    spec
      .given([registered(), activated()])
      .when(activate({ activationId: 'a-2', accessKind: 'open-access' }))
      .then([activated({ activationId: 'a-2', accessKind: 'open-access' })]);
  });

  it('given a subscription deactivated on 2026-06-01, when the next starts on 2026-06-01, then recorded (the deactivation day is excluded)', () => {
    spec
      .given([registered(), activated(), deactivated('2026-06-01')])
      .when(activate({ activationId: 'a-2', effectiveFrom: '2026-06-01' }))
      .then([activated({ activationId: 'a-2', effectiveFrom: '2026-06-01' })]);
  });

  it('given a subscription deactivated on 2026-06-01, when another starts on 2026-05-31, then refused as overlapping', () => {
    spec
      .given([registered(), activated(), deactivated('2026-06-01')])
      .when(activate({ activationId: 'a-2', effectiveFrom: '2026-05-31' }))
      .thenRefused('overlapping-activation');
  });

  it('given a trial to 2026-04-30, when another trial starts on its last day, then refused; the day after, recorded', () => {
    const trial = activated({ accessKind: 'trial', effectiveFrom: '2026-03-01', trialEndsOn: '2026-04-30' });
    spec
      .given([registered(), trial])
      .when(activate({ activationId: 'a-2', accessKind: 'trial', effectiveFrom: '2026-04-30', trialEndsOn: '2026-05-31' }))
      .thenRefused('overlapping-activation');
    spec
      .given([registered(), trial])
      .when(activate({ activationId: 'a-2', accessKind: 'trial', effectiveFrom: '2026-05-01', trialEndsOn: '2026-05-31' }))
      .then([activated({ activationId: 'a-2', accessKind: 'trial', effectiveFrom: '2026-05-01', trialEndsOn: '2026-05-31' })]);
  });

  it('given a retracted subscription, when a new one covers the same days, then recorded (a retracted one never was)', () => {
    spec
      .given([registered(), activated(), { type: 'ResourceActivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'wrong resource' } }])
      .when(activate({ activationId: 'a-2' }))
      .then([activated({ activationId: 'a-2' })]);
  });

  it('given a trial, when activated without trialEndsOn, then refused', () => {
    spec
      .given([registered()])
      .when(activate({ accessKind: 'trial' }))
      .thenRefused('trial-end-required');
  });

  it('given a subscription, when sent with trialEndsOn, then refused', () => {
    spec
      .given([registered()])
      .when(activate({ trialEndsOn: '2026-12-31' }))
      .thenRefused('trial-end-not-applicable');
  });

  it('given a trial whose end was yesterday, when activated, then refused; ending today, recorded', () => {
    spec
      .given([registered()])
      .when(activate({ accessKind: 'trial', effectiveFrom: '2026-03-01', trialEndsOn: '2026-03-09' }))
      .thenRefused('trial-end-in-past', /2026-03-10/);
    spec
      .given([registered()])
      .when(activate({ accessKind: 'trial', effectiveFrom: '2026-03-01', trialEndsOn: '2026-03-10' }))
      .then([activated({ accessKind: 'trial', effectiveFrom: '2026-03-01', trialEndsOn: '2026-03-10' })]);
  });

  it('given a trial, when it ends before it starts, then refused', () => {
    spec
      .given([registered()])
      .when(activate({ accessKind: 'trial', effectiveFrom: '2026-05-01', trialEndsOn: '2026-04-30' }))
      .thenRefused('trial-end-before-start');
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01'])('given a resource, when effectiveFrom is %s, then refused as no real day', (effectiveFrom) => {
    spec.given([registered()]).when(activate({ effectiveFrom })).thenRefused('invalid-calendar-date');
  });

  it('given a resource, when a user-group audience names no group, then refused', () => {
    spec
      .given([registered()])
      .when(activate({ audience: { kind: 'user-group', group: '  ' } }))
      .thenRefused('audience-group-required');
  });

  it('given a resource, when activated without a reason, then refused', () => {
    spec
      .given([registered()])
      .when(activate({ reason: ' ' }))
      .thenRefused('reason-required');
  });

  it('given an activation, when the same one is sent again, then nothing new; with other details, refused', () => {
    spec.given([registered(), activated()]).when(activate()).thenNothing();
    spec
      .given([registered(), activated()])
      .when(activate({ effectiveFrom: '2026-02-01' }))
      .thenRefused('activation-already-recorded');
  });
});

describe('deactivating', () => {
  const deactivate = (data: Partial<Extract<EResourceCommand, { type: 'DeactivateResource' }>['data']> = {}) =>
    command('DeactivateResource', { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-01', reason: 'cancelled', ...data });

  it('given an activation, when deactivated, then ResourceDeactivated', () => {
    spec
      .given([registered(), activated()])
      .when(deactivate())
      .then([deactivated('2026-06-01')]);
  });

  it('given an activation from 2026-01-01, when deactivated on 2025-12-31, then refused: before the activation', () => {
    spec
      .given([registered(), activated()])
      .when(deactivate({ effectiveOn: '2025-12-31' }))
      .thenRefused('deactivation-before-activation');
  });

  it('given a deactivated activation, when deactivated on another day, then refused as not in force (409); the same again is a retry', () => {
    spec
      .given([registered(), activated(), deactivated('2026-06-01')])
      .when(deactivate({ effectiveOn: '2026-07-01' }))
      .thenRefused('activation-not-in-force');
    spec
      .given([registered(), activated(), deactivated('2026-06-01')])
      .when(deactivate())
      .thenNothing();
    expect(new EResourceRuleViolation('activation-not-in-force', '').kind).toBe('conflict');
  });

  it('given a retracted activation, when deactivated, then refused as not in force', () => {
    spec
      .given([registered(), activated(), { type: 'ResourceActivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'error' } }])
      .when(deactivate())
      .thenRefused('activation-not-in-force');
  });

  it('given no such activation, when deactivated, then refused as not found', () => {
    spec
      .given([registered(), activated()])
      .when(deactivate({ activationId: 'a-9' }))
      .thenRefused('activation-not-found');
  });

  it('given a trial to 2026-04-30, when deactivated on 2026-04-15, then recorded; on 2026-05-01, refused (it ends by itself)', () => {
    const trial = activated({ accessKind: 'trial', effectiveFrom: '2026-03-01', trialEndsOn: '2026-04-30' });
    spec
      .given([registered(), trial])
      .when(deactivate({ effectiveOn: '2026-04-15', reason: 'trial-ended' }))
      .then([{ type: 'ResourceDeactivated', data: { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-04-15', reason: 'trial-ended' } }]);
    spec
      .given([registered(), trial])
      .when(deactivate({ effectiveOn: '2026-05-01', reason: 'trial-ended' }))
      .thenRefused('activation-not-in-force', /ends by itself/);
  });

  it('given an activation, when replacedBy comes with reason cancelled, then refused; with replaced, recorded', () => {
    spec
      .given([registered(), activated()])
      .when(deactivate({ replacedBy: 'jstor-2' }))
      .thenRefused('replaced-by-not-applicable');
    spec
      .given([registered(), activated()])
      .when(deactivate({ reason: 'replaced', replacedBy: 'jstor-2' }))
      .then([
        { type: 'ResourceDeactivated', data: { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-01', reason: 'replaced', replacedBy: 'jstor-2' } },
      ]);
  });

  it('given an activation, when the reason is not a deactivation reason, then refused', () => {
    spec
      .given([registered(), activated()])
      .when(deactivate({ reason: 'bored' as never }))
      .thenRefused('invalid-deactivation-reason');
  });
});

describe('corrections and retractions', () => {
  const correct = (data: Partial<ResourceActivated> = {}) => command('CorrectActivation', { ...activation({ reason: 'typo in the date', ...data }) });

  it('given an activation, when corrected, then ResourceActivationCorrected with the whole activation', () => {
    spec
      .given([registered(), activated()])
      .when(correct({ effectiveFrom: '2026-01-15' }))
      .then([{ type: 'ResourceActivationCorrected', data: activation({ effectiveFrom: '2026-01-15', reason: 'typo in the date' }) }]);
  });

  it.each(['CorrectActivation', 'RetractActivation', 'CorrectDeactivation', 'RetractDeactivation'] as const)(
    'given a deactivated activation, when %s comes without a reason, then refused',
    (type) => {
      const data = { resourceId: ID, activationId: 'a-1', reason: '  ' };
      const sent =
        type === 'CorrectActivation'
          ? correct({ effectiveFrom: '2026-01-15', reason: ' ' })
          : ({ type, data: { ...data, effectiveOn: '2026-07-01' } } as EResourceCommand);
      spec
        .given([registered(), activated(), deactivated('2026-06-01')])
        .when(sent)
        .thenRefused('reason-required');
    },
  );

  it('given two subscriptions back to back, when a correction would make them overlap, then refused', () => {
    spec
      .given([registered(), activated(), deactivated('2026-06-01'), activated({ activationId: 'a-2', effectiveFrom: '2026-06-01' })])
      .when(correct({ activationId: 'a-2', effectiveFrom: '2026-05-01' }))
      .thenRefused('overlapping-activation');
  });

  it('given a deactivated activation, when corrected to start after its deactivation, then refused', () => {
    spec
      .given([registered(), activated(), deactivated('2026-06-01')])
      .when(correct({ effectiveFrom: '2026-07-01' }))
      .thenRefused('deactivation-before-activation');
  });

  it('given a correction that changes nothing, then nothing new (a retry)', () => {
    spec.given([registered(), activated()]).when(correct()).thenNothing();
  });

  it('given a retracted activation, when corrected, then refused', () => {
    spec
      .given([registered(), activated(), { type: 'ResourceActivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'error' } }])
      .when(correct({ effectiveFrom: '2026-02-01' }))
      .thenRefused('activation-retracted');
  });

  it('given an activation, when retracted, then ResourceActivationRetracted', () => {
    spec
      .given([registered(), activated()])
      .when(command('RetractActivation', { resourceId: ID, activationId: 'a-1', reason: 'recorded on the wrong resource' }))
      .then([{ type: 'ResourceActivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'recorded on the wrong resource' } }]);
  });

  it('given a deactivation, when its date is corrected, then ResourceDeactivationCorrected; to before the activation, refused', () => {
    const given = [registered(), activated(), deactivated('2026-06-01')];
    spec
      .given(given)
      .when(command('CorrectDeactivation', { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-15', reason: 'notice came late' }))
      .then([{ type: 'ResourceDeactivationCorrected', data: { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-15', reason: 'notice came late' } }]);
    spec
      .given(given)
      .when(command('CorrectDeactivation', { resourceId: ID, activationId: 'a-1', effectiveOn: '2025-06-15', reason: 'typo' }))
      .thenRefused('deactivation-before-activation');
  });

  it('given no deactivation, when its date is corrected, then refused as a conflict', () => {
    spec
      .given([registered(), activated()])
      .when(command('CorrectDeactivation', { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-15', reason: 'typo' }))
      .thenRefused('activation-not-deactivated');
  });

  it('given a successor subscription, when the deactivation is moved later or retracted, then refused as overlapping', () => {
    const given = [registered(), activated(), deactivated('2026-06-01'), activated({ activationId: 'a-2', effectiveFrom: '2026-06-01' })];
    spec
      .given(given)
      .when(command('CorrectDeactivation', { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-06-02', reason: 'late' }))
      .thenRefused('overlapping-activation');
    spec
      .given(given)
      .when(command('RetractDeactivation', { resourceId: ID, activationId: 'a-1', reason: 'never cancelled' }))
      .thenRefused('overlapping-activation');
  });

  it('given a deactivation, when retracted, then ResourceDeactivationRetracted and the activation is in force again', () => {
    const retracted: EResourceEvent = { type: 'ResourceDeactivationRetracted', data: { resourceId: ID, activationId: 'a-1', reason: 'never cancelled' } };
    spec
      .given([registered(), activated(), deactivated('2026-06-01')])
      .when(command('RetractDeactivation', { resourceId: ID, activationId: 'a-1', reason: 'never cancelled' }))
      .then([retracted]);
    spec
      .given([registered(), activated(), deactivated('2026-06-01'), retracted])
      .when(command('DeactivateResource', { resourceId: ID, activationId: 'a-1', effectiveOn: '2026-09-01', reason: 'cancelled' }))
      .then([deactivated('2026-09-01')]);
  });
});

describe('the rules', () => {
  it('each refusal maps to a kind', () => {
    for (const rule of E_RESOURCE_RULES) expect(['invalid', 'not-found', 'conflict', 'unprocessable']).toContain(new EResourceRuleViolation(rule, '').kind);
  });

  it('folded, the state shows the activation with who recorded it, its deactivation and its correction', () => {
    const metadata = { actor: { id: 's-ann', role: 'associate' }, recordedAt: '2026-03-01T09:00:00.000Z' };
    const state = [registered(), activated(), deactivated('2026-06-01')]
      .map((event) => ({ ...event, metadata }))
      .reduce(eResourceDecider.evolve, eResourceDecider.initialState);
    expect(state).toMatchObject({
      exists: true,
      name: registration.name,
      activations: [{ activationId: 'a-1', recorded: { actorId: 's-ann' }, deactivation: { effectiveOn: '2026-06-01', reason: 'cancelled' } }],
    });
  });
});
