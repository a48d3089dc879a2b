import { Folded } from '@era/decider';
import { describeEResourceChanges } from './e-resource-changes';
import { eResourceDecider } from './e-resource-decider';
import { EResourceEvent } from './e-resource-events';
import { activated, deactivated, ID, registered } from './testing/e-resource-fixtures';

/** The lines the last event writes, after the ones before it. */
function linesOf(events: Folded<EResourceEvent>[]) {
  const history = events.slice(0, -1).reduce(eResourceDecider.evolve, eResourceDecider.initialState);
  const last = events[events.length - 1];
  return describeEResourceChanges(history, last, eResourceDecider.evolve(history, last));
}

describe('audit-trail lines of an e-resource', () => {
  it('given nothing, when registered, then one line per field given (empty lists and absent fields write none)', () => {
    expect(linesOf([registered()]).map((line) => line.field)).toEqual(['name', 'resourceType', 'accessUrl', 'proxied', 'hidden']);
  });

  it('given a resource, when renamed, then the name and the former names change', () => {
    const revised: EResourceEvent = {
      type: 'EResourceDetailsRevised',
      data: { resourceId: ID, name: 'JSTOR Arts I', alternateNames: [], formerNames: ['JSTOR Arts & Sciences I'], resourceType: 'database', subjects: [] },
    };
    expect(linesOf([registered(), revised])).toEqual([
      { field: 'name', before: 'JSTOR Arts & Sciences I', after: 'JSTOR Arts I' },
      { field: 'formerNames', before: null, after: ['JSTOR Arts & Sciences I'] },
    ]);
  });

  it('given a shown resource, when hidden, then hidden false → true', () => {
    expect(linesOf([registered(), { type: 'EResourceHidden', data: { resourceId: ID, reason: 'outage' } }])).toEqual([
      { field: 'hidden', before: false, after: true },
    ]);
  });

  it('given an activation, when deactivated, then its deactivation null → the deactivation', () => {
    expect(linesOf([registered(), activated(), deactivated('2026-06-01')])).toEqual([
      { field: 'deactivation', activationId: 'a-1', before: null, after: { effectiveOn: '2026-06-01', reason: 'cancelled' } },
    ]);
  });

  it('given an activation, when its start is corrected, then only effectiveFrom changes', () => {
    const corrected: EResourceEvent = {
      type: 'ResourceActivationCorrected',
      data: { resourceId: ID, activationId: 'a-1', effectiveFrom: '2026-02-01', accessKind: 'subscription', audience: { kind: 'everyone' }, reason: 'typo' },
    };
    expect(linesOf([registered(), activated(), corrected])).toEqual([
      { field: 'effectiveFrom', activationId: 'a-1', before: '2026-01-01', after: '2026-02-01' },
    ]);
  });

  it('given nothing activated, when activated, then the activation null → its value', () => {
    expect(linesOf([registered(), activated()])).toEqual([
      {
        field: 'activation',
        activationId: 'a-1',
        before: null,
        after: { effectiveFrom: '2026-01-01', accessKind: 'subscription', audience: { kind: 'everyone' } },
      },
    ]);
  });
});
