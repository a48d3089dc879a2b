import { periodOf } from '@era/e-resources-domain';
import { ActivationRecord, OPEN_ENDED } from './documents';

/**
 * The first day an activation is no longer in force (the domain's periodOf: a deactivation's day, the day after a
 * trial's end, whichever is first), OPEN_ENDED when neither: a sentinel, so that `until > D` is a range condition.
 */
export function untilOf(activation: Pick<ActivationRecord, 'effectiveFrom' | 'accessKind' | 'trialEndsOn' | 'deactivation'>): string {
  return periodOf(activation).until ?? OPEN_ENDED;
}
