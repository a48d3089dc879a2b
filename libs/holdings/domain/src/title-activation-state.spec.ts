import { TitleActivationEvent } from './title-activation-events';
import { evolveTitleActivations, initialTitleActivations, isTitleActiveOn } from './title-activation-state';

const resourceId = 'pkg-1';
const titles = (...keys: string[]) => keys.map((key) => ({ key, publication_title: key }));
const fold = (...events: TitleActivationEvent[]) => events.reduce(evolveTitleActivations, initialTitleActivations);

describe('which titles of a package are active on a day', () => {
  it('given a whole-package activation and one title excluded, every other title is active from its day, the excluded one until its day', () => {
    const state = fold(
      { type: 'WholePackageActivated', data: { resourceId, effectiveFrom: '2026-01-01', reason: 'Subscribed' } },
      { type: 'PackageTitlesDeactivated', data: { resourceId, effectiveOn: '2026-03-01', reason: 'Dropped', titles: titles('id:a') } },
    );
    expect(isTitleActiveOn(state, 'id:b', '2025-12-31')).toBe(false);
    expect(isTitleActiveOn(state, 'id:b', '2026-01-01')).toBe(true);
    expect(isTitleActiveOn(state, 'id:a', '2026-02-28')).toBe(true);
    expect(isTitleActiveOn(state, 'id:a', '2026-03-01')).toBe(false);
  });

  it('given an excluded title activated again, it is active again from that day', () => {
    const state = fold(
      { type: 'WholePackageActivated', data: { resourceId, effectiveFrom: '2026-01-01', reason: 'Subscribed' } },
      { type: 'PackageTitlesDeactivated', data: { resourceId, effectiveOn: '2026-03-01', reason: 'Dropped', titles: titles('id:a') } },
      { type: 'PackageTitlesActivated', data: { resourceId, effectiveFrom: '2026-05-01', reason: 'Back', titles: titles('id:a') } },
    );
    expect(isTitleActiveOn(state, 'id:a', '2026-04-30')).toBe(false);
    expect(isTitleActiveOn(state, 'id:a', '2026-05-01')).toBe(true);
  });

  it('given a whole-package deactivation, title-level activations and exclusions end with it', () => {
    const state = fold(
      { type: 'WholePackageActivated', data: { resourceId, effectiveFrom: '2026-01-01', reason: 'Subscribed' } },
      { type: 'PackageTitlesActivated', data: { resourceId, effectiveFrom: '2026-01-01', reason: 'Also', titles: titles('id:a') } },
      { type: 'PackageTitlesDeactivated', data: { resourceId, effectiveOn: '2026-02-01', reason: 'Dropped', titles: titles('id:b') } },
      { type: 'WholePackageDeactivated', data: { resourceId, effectiveOn: '2026-06-01', reason: 'Cancelled' } },
      { type: 'WholePackageActivated', data: { resourceId, effectiveFrom: '2027-01-01', reason: 'Renewed' } },
    );
    expect(isTitleActiveOn(state, 'id:a', '2026-06-01')).toBe(false);
    expect(isTitleActiveOn(state, 'id:b', '2026-12-31')).toBe(false);
    expect(isTitleActiveOn(state, 'id:b', '2027-01-01')).toBe(true);
  });

  it('given titles activated one by one, only they are active', () => {
    const state = fold({ type: 'PackageTitlesActivated', data: { resourceId, effectiveFrom: '2026-01-01', reason: 'Bought', titles: titles('id:a') } });
    expect(isTitleActiveOn(state, 'id:a', '2026-01-01')).toBe(true);
    expect(isTitleActiveOn(state, 'id:b', '2026-01-01')).toBe(false);
  });
});
