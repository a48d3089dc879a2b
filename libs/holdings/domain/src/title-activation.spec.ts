import { deciderSpecification } from '@era/decider/testing';
import { HoldingsRuleViolation } from './holdings-rule-violation';
import { MAX_KEYS_PER_EVENT } from './limits';
import { TitleReference } from './package-title';
import { PackageTitlesActivated, TitleActivationEvent } from './title-activation-events';
import { TitleActivationContext, titleActivationDecider } from './title-activation';

const title = (key: string): TitleReference => ({ key, publication_title: `Title ${key}` });
const PACKAGE_TITLES = new Map(['id:a', 'id:b', 'id:c'].map((key) => [key, title(key)]));
const context: TitleActivationContext = { now: new Date('2026-03-01T12:00:00Z'), timeZone: 'UTC', titles: (key) => PACKAGE_TITLES.get(key) };
const spec = deciderSpecification(titleActivationDecider, context);
const resourceId = 'pkg-1';

const wholeActivated = (effectiveFrom = '2026-01-01', reason = 'Subscribed'): TitleActivationEvent => ({
  type: 'WholePackageActivated',
  data: { resourceId, effectiveFrom, reason },
});
const titlesActivated = (keys: string[], effectiveFrom = '2026-01-01', reason = 'Bought'): TitleActivationEvent => ({
  type: 'PackageTitlesActivated',
  data: { resourceId, effectiveFrom, reason, titles: keys.map(title) },
});
const titlesDeactivated = (keys: string[], effectiveOn = '2026-02-01', reason = 'Cancelled'): TitleActivationEvent => ({
  type: 'PackageTitlesDeactivated',
  data: { resourceId, effectiveOn, reason, titles: keys.map(title) },
});
const activateTitles = (keys: string[], effectiveFrom = '2026-01-01', reason = 'Bought') =>
  ({ type: 'ActivatePackageTitles', data: { resourceId, effectiveFrom, reason, selection: { keys } } }) as const;
const deactivateTitles = (keys: string[], effectiveOn = '2026-02-01', reason = 'Cancelled') =>
  ({ type: 'DeactivatePackageTitles', data: { resourceId, effectiveOn, reason, selection: { keys } } }) as const;
const activateWhole = (effectiveFrom = '2026-01-01', reason = 'Subscribed') =>
  ({ type: 'ActivateWholePackage', data: { resourceId, effectiveFrom, reason } }) as const;
const deactivateWhole = (effectiveOn = '2026-02-01', reason = 'Cancelled') =>
  ({ type: 'DeactivateWholePackage', data: { resourceId, effectiveOn, reason } }) as const;

describe('title activation decider', () => {
  describe('whole package', () => {
    it('activates the whole package from a day, with the reason trimmed', () => {
      spec.given().when(activateWhole('2026-01-01', '  Subscribed  ')).then([wholeActivated()]);
    });

    it('decides nothing for the same activation again (a retry)', () => {
      spec.given([wholeActivated()]).when(activateWhole()).thenNothing();
    });

    it('refuses an activation overlapping the one in force', () => {
      spec
        .given([wholeActivated()])
        .when(activateWhole('2026-06-01'))
        .thenRefused('overlapping-activation', /already activated from 2026-01-01/);
    });

    it('activates again after a deactivation that ended the first one', () => {
      spec
        .given([wholeActivated(), { type: 'WholePackageDeactivated', data: { resourceId, effectiveOn: '2026-02-01', reason: 'Cancelled' } }])
        .when(activateWhole('2026-03-01', 'Renewed'))
        .then([wholeActivated('2026-03-01', 'Renewed')]);
    });

    it('deactivates the whole package in force', () => {
      spec
        .given([wholeActivated()])
        .when(deactivateWhole())
        .then([{ type: 'WholePackageDeactivated', data: { resourceId, effectiveOn: '2026-02-01', reason: 'Cancelled' } }]);
    });

    it('decides nothing for the same deactivation again', () => {
      spec
        .given([wholeActivated(), { type: 'WholePackageDeactivated', data: { resourceId, effectiveOn: '2026-02-01', reason: 'Cancelled' } }])
        .when(deactivateWhole())
        .thenNothing();
    });

    it('refuses a deactivation when no whole-package activation is in force', () => {
      spec
        .given([titlesActivated(['id:a'])])
        .when(deactivateWhole())
        .thenRefused('no-whole-package-activation');
    });

    it('refuses a deactivation before the activation takes effect', () => {
      spec
        .given([wholeActivated('2026-03-01')])
        .when(deactivateWhole('2026-02-01'))
        .thenRefused('deactivation-before-activation', /2026-03-01/);
    });

    it('refuses a date that is not a real calendar day, and a blank reason', () => {
      spec.given().when(activateWhole('2026-02-30')).thenRefused('invalid-calendar-date');
      spec.given().when(activateWhole('2026-01-01', '   ')).thenRefused('reason-required');
      spec
        .given()
        .when(activateWhole('2026-01-01', 'x'.repeat(2001)))
        .thenRefused('reason-too-long');
    });
  });

  describe('chosen titles', () => {
    it('activates the titles, each once, sorted by key', () => {
      spec
        .given()
        .when(activateTitles(['id:c', 'id:a', 'id:c']))
        .then([titlesActivated(['id:a', 'id:c'])]);
    });

    it('refuses keys the package does not hold, naming them, and decides nothing', () => {
      let refusal: unknown;
      try {
        titleActivationDecider.decide(activateTitles(['id:a', 'id:x', 'id:y']), titleActivationDecider.initialState, context);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(HoldingsRuleViolation);
      expect((refusal as HoldingsRuleViolation).kind).toBe('unprocessable');
      expect((refusal as HoldingsRuleViolation).extensions).toEqual({ unknown: ['id:x', 'id:y'], count: 2 });
    });

    it('names at most 20 unknown keys in the refusal, and says how many there were', () => {
      const keys = Array.from({ length: 30 }, (_, i) => `id:unknown-${String(i).padStart(2, '0')}`);
      const refusal = (() => {
        try {
          titleActivationDecider.decide(activateTitles(keys), titleActivationDecider.initialState, context);
        } catch (error) {
          return error as HoldingsRuleViolation;
        }
      })();
      expect(refusal?.extensions).toEqual({ unknown: keys.slice(0, 20), count: 30 });
      expect(refusal?.message).toMatch(/and 10 more/);
    });

    it('decides nothing for titles already active by their own activation from that day (a retry)', () => {
      spec
        .given([titlesActivated(['id:a', 'id:b'])])
        .when(activateTitles(['id:a', 'id:b']))
        .thenNothing();
    });

    it('activates only the titles not already active', () => {
      spec
        .given([titlesActivated(['id:a'])])
        .when(activateTitles(['id:a', 'id:b'], '2026-01-15'))
        .then([titlesActivated(['id:b'], '2026-01-15')]);
    });

    it('activates again a title excluded from the whole package', () => {
      spec
        .given([wholeActivated(), titlesDeactivated(['id:a'])])
        .when(activateTitles(['id:a'], '2026-03-01'))
        .then([titlesActivated(['id:a'], '2026-03-01')]);
    });

    it('splits a large selection into events of at most MAX_KEYS_PER_EVENT titles, naming the uploaded list in each part', () => {
      const keys = Array.from({ length: 2 * MAX_KEYS_PER_EVENT + 1 }, (_, i) => `id:${String(i).padStart(5, '0')}`);
      const many: TitleActivationContext = { ...context, titles: (key) => (keys.includes(key) ? title(key) : undefined) };
      const list = { sha256: 'a'.repeat(64), sizeBytes: 100, fileName: 'list.txt' };
      const events = spec
        .given()
        .when(
          {
            type: 'ActivatePackageTitles',
            data: { resourceId, effectiveFrom: '2026-01-01', reason: 'Bought', selection: { keys: [...keys].reverse(), upload: { list } } },
          },
          many,
        )
        .events();
      expect(events.map((event) => (event.data as PackageTitlesActivated).titles.length)).toEqual([MAX_KEYS_PER_EVENT, MAX_KEYS_PER_EVENT, 1]);
      expect(events.map((event) => (event.data as PackageTitlesActivated).upload)).toEqual([1, 2, 3].map((part) => ({ list, part, parts: 3 })));
      expect(events.flatMap((event) => (event.data as PackageTitlesActivated).titles.map((t) => t.key))).toEqual(keys);
    });

    it('refuses an empty selection', () => {
      spec.given().when(activateTitles([])).thenRefused('no-titles-selected');
    });
  });

  describe('deactivating chosen titles', () => {
    it('deactivates titles active by their own activation', () => {
      spec
        .given([titlesActivated(['id:a', 'id:b'])])
        .when(deactivateTitles(['id:b']))
        .then([titlesDeactivated(['id:b'])]);
    });

    it('deactivates (excludes) a title active through the whole package', () => {
      spec
        .given([wholeActivated()])
        .when(deactivateTitles(['id:c']))
        .then([titlesDeactivated(['id:c'])]);
    });

    it('decides nothing for the same deactivation again', () => {
      spec
        .given([titlesActivated(['id:a']), titlesDeactivated(['id:a'])])
        .when(deactivateTitles(['id:a']))
        .thenNothing();
      spec
        .given([wholeActivated(), titlesDeactivated(['id:a'])])
        .when(deactivateTitles(['id:a']))
        .thenNothing();
    });

    it('refuses a title not active on the day, naming it', () => {
      spec
        .given([titlesActivated(['id:a'])])
        .when(deactivateTitles(['id:a', 'id:b']))
        .thenRefused('titles-not-active', /id:b/);
    });

    it('refuses a deactivation before the title’s activation takes effect', () => {
      spec
        .given([titlesActivated(['id:a'], '2026-03-01')])
        .when(deactivateTitles(['id:a'], '2026-02-01'))
        .thenRefused('deactivation-before-activation');
    });

    it('refuses a title excluded already (by another deactivation) as not active', () => {
      spec
        .given([wholeActivated(), titlesDeactivated(['id:a'], '2026-02-01')])
        .when(deactivateTitles(['id:a'], '2026-03-01'))
        .thenRefused('titles-not-active');
    });

    it('refuses a title whose activation the whole-package deactivation ended', () => {
      spec
        .given([
          wholeActivated(),
          titlesActivated(['id:a']),
          { type: 'WholePackageDeactivated', data: { resourceId, effectiveOn: '2026-02-01', reason: 'Cancelled' } },
        ])
        .when(deactivateTitles(['id:a'], '2026-03-01'))
        .thenRefused('titles-not-active');
    });

    it('after a new whole-package activation, earlier exclusions no longer apply', () => {
      spec
        .given([
          wholeActivated(),
          titlesDeactivated(['id:a']),
          { type: 'WholePackageDeactivated', data: { resourceId, effectiveOn: '2026-03-01', reason: 'Cancelled' } },
          wholeActivated('2026-04-01', 'Renewed'),
        ])
        .when(deactivateTitles(['id:a'], '2026-05-01'))
        .then([titlesDeactivated(['id:a'], '2026-05-01')]);
    });
  });
});
