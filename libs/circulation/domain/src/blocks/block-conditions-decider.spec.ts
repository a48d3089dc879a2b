import { deciderSpecification } from '@era/decider/testing';
import { money } from '../money';
import { BLOCK_CONDITIONS } from './block-conditions';
import { ConfigureBlockCondition, RemoveBlockLimit, SetBlockLimit } from './block-conditions-commands';
import { blockConditionsDecider, initialBlockConditions, limitsFor } from './block-conditions-decider';
import { BlockConditionsEvent } from './block-conditions-events';

const NOW = new Date('2026-03-05T12:00:00Z');
const spec = deciderSpecification(blockConditionsDecider, { now: NOW });

const configure = (data: Partial<ConfigureBlockCondition['data']> = {}): ConfigureBlockCondition => ({
  type: 'ConfigureBlockCondition',
  data: {
    condition: 'maxNumberOfOverdueItems',
    blockBorrowing: true,
    blockRenewals: false,
    blockRequests: false,
    message: 'Please return overdue items',
    ...data,
  },
});
const setLimit = (data: Partial<SetBlockLimit['data']> = {}): SetBlockLimit => ({
  type: 'SetBlockLimit',
  data: { patronGroup: 'undergraduate', condition: 'maxNumberOfOverdueItems', value: 3, ...data },
});
const removeLimit = (data: Partial<RemoveBlockLimit['data']> = {}): RemoveBlockLimit => ({
  type: 'RemoveBlockLimit',
  data: { patronGroup: 'undergraduate', condition: 'maxNumberOfOverdueItems', ...data },
});
const overdueLimitSet: BlockConditionsEvent = {
  type: 'PatronBlockLimitSet',
  data: { patronGroup: 'undergraduate', condition: 'maxNumberOfOverdueItems', value: 3 },
};

describe('the block conditions as FOLIO seeds them', () => {
  it('are the six conditions, none blocking anything, without message or limit', () => {
    expect(Object.keys(initialBlockConditions.conditions)).toEqual([...BLOCK_CONDITIONS]);
    for (const settings of Object.values(initialBlockConditions.conditions)) {
      expect(settings).toEqual({ blockBorrowing: false, blockRenewals: false, blockRequests: false, message: '' });
    }
    expect(limitsFor(initialBlockConditions, 'undergraduate')).toEqual({});
  });
});

describe('configuring a condition', () => {
  it.each([
    ['borrowing', { blockBorrowing: true, blockRenewals: false, blockRequests: false }],
    ['renewals', { blockBorrowing: false, blockRenewals: true, blockRequests: false }],
    ['requests', { blockBorrowing: false, blockRenewals: false, blockRequests: true }],
    ['all three', { blockBorrowing: true, blockRenewals: true, blockRequests: true }],
  ])('given the seed, when it blocks %s with a message, then PatronBlockConditionConfigured, message trimmed', (_, flags) => {
    spec
      .given()
      .when(configure({ ...flags, message: '  Please return overdue items ' }))
      .then([{ type: 'PatronBlockConditionConfigured', data: { condition: 'maxNumberOfOverdueItems', ...flags, message: 'Please return overdue items' } }]);
  });

  it('given a configured condition, when configured again the same, then nothing; when switched off without message, then configured off', () => {
    const configured: BlockConditionsEvent = {
      type: 'PatronBlockConditionConfigured',
      data: { condition: 'maxNumberOfOverdueItems', blockBorrowing: true, blockRenewals: false, blockRequests: false, message: 'Please return overdue items' },
    };
    spec.given([configured]).when(configure()).thenNothing();
    spec
      .given([configured])
      .when(configure({ blockBorrowing: false, message: '' }))
      .then([
        {
          type: 'PatronBlockConditionConfigured',
          data: { condition: 'maxNumberOfOverdueItems', blockBorrowing: false, blockRenewals: false, blockRequests: false, message: '' },
        },
      ]);
  });

  it.each([
    ['the borrowing flag without a message', configure({ message: '' }), 'block-message-required'],
    ['the renewals flag with a blank message', configure({ blockBorrowing: false, blockRenewals: true, message: '   ' }), 'block-message-required'],
    ['the requests flag with no message at all', configure({ blockBorrowing: false, blockRequests: true, message: undefined }), 'block-message-required'],
    ['a message without any flag', configure({ blockBorrowing: false }), 'block-message-without-flag'],
    ['a condition that does not exist', configure({ condition: 'maxNumberOfFines' }), 'unknown-block-condition'],
    ['a message over 1000 characters', configure({ message: 'm'.repeat(1001) }), 'text-too-long'],
  ])('given the seed, when configuring %s, then refused', (_, command, rule) => {
    spec.given().when(command).thenRefused(rule);
  });
});

describe('limits per patron group', () => {
  it('given none, when a count limit and a balance limit are set, then PatronBlockLimitSet for that group', () => {
    spec
      .given()
      .when(setLimit({ patronGroup: ' graduate ' }))
      .then([{ type: 'PatronBlockLimitSet', data: { patronGroup: 'graduate', condition: 'maxNumberOfOverdueItems', value: 3 } }]);
    spec
      .given()
      .when(setLimit({ condition: 'maxOutstandingFeeFineBalance', value: money(2500, 'EUR') }))
      .then([{ type: 'PatronBlockLimitSet', data: { patronGroup: 'undergraduate', condition: 'maxOutstandingFeeFineBalance', value: money(2500, 'EUR') } }]);
  });

  it('given a limit, when set again the same, then nothing; set otherwise, then set anew; other groups keep theirs', () => {
    spec.given([overdueLimitSet]).when(setLimit()).thenNothing();
    spec
      .given([overdueLimitSet])
      .when(setLimit({ value: 5 }))
      .then([{ type: 'PatronBlockLimitSet', data: { patronGroup: 'undergraduate', condition: 'maxNumberOfOverdueItems', value: 5 } }]);
    const state = [overdueLimitSet].reduce(blockConditionsDecider.evolve, initialBlockConditions);
    expect(limitsFor(state, 'undergraduate')).toEqual({ maxNumberOfOverdueItems: 3 });
    expect(limitsFor(state, 'faculty')).toEqual({});
  });

  it('given a limit, when removed, then PatronBlockLimitRemoved and the group has no limit left', () => {
    spec
      .given([overdueLimitSet])
      .when(removeLimit())
      .then([{ type: 'PatronBlockLimitRemoved', data: { patronGroup: 'undergraduate', condition: 'maxNumberOfOverdueItems' } }]);
    const removed: BlockConditionsEvent = { type: 'PatronBlockLimitRemoved', data: { patronGroup: 'undergraduate', condition: 'maxNumberOfOverdueItems' } };
    expect(limitsFor([overdueLimitSet, removed].reduce(blockConditionsDecider.evolve, initialBlockConditions), 'undergraduate')).toEqual({});
  });

  it.each([
    ['a negative count', setLimit({ value: -1 }), 'invalid-block-limit'],
    ['a fractional count', setLimit({ value: 2.5 }), 'invalid-block-limit'],
    ['money for a count', setLimit({ value: money(300, 'EUR') }), 'invalid-block-limit'],
    ['a number for the balance', setLimit({ condition: 'maxOutstandingFeeFineBalance', value: 25 }), 'invalid-block-limit'],
    ['a balance with fractions of a cent', setLimit({ condition: 'maxOutstandingFeeFineBalance', value: money(25.5, 'EUR') }), 'invalid-block-limit'],
    ['a negative balance', setLimit({ condition: 'maxOutstandingFeeFineBalance', value: money(-1, 'EUR') }), 'invalid-block-limit'],
    ['a balance without a real currency code', setLimit({ condition: 'maxOutstandingFeeFineBalance', value: money(100, 'eur') }), 'invalid-block-limit'],
    ['a blank patron group', setLimit({ patronGroup: ' ' }), 'invalid-patron-group'],
    ['a patron group over 100 characters', setLimit({ patronGroup: 'g'.repeat(101) }), 'invalid-patron-group'],
    ['an unknown condition', setLimit({ condition: 'maxNumberOfFines' }), 'unknown-block-condition'],
    ['the removal of a limit never set', removeLimit({ patronGroup: 'faculty' }), 'block-limit-not-found'],
  ])('given a limit for undergraduates, when %s, then refused', (_, command, rule) => {
    spec.given([overdueLimitSet]).when(command).thenRefused(rule);
  });
});
