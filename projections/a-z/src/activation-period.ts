import { addDays } from '@era/calendar';
import { ActivationRecord, OPEN_ENDED } from './documents';

/**
 * The first day an activation is no longer in force: the deactivation's effective day (that day excluded), the day
 * after a trial's last day, whichever comes first; OPEN_ENDED when neither.
 */
export function untilOf(activation: Pick<ActivationRecord, 'accessKind' | 'trialEndsOn' | 'deactivation'>): string {
  const trialEnd = activation.accessKind === 'trial' && activation.trialEndsOn !== undefined ? addDays(activation.trialEndsOn, 1) : OPEN_ENDED;
  const deactivated = activation.deactivation?.effectiveOn ?? OPEN_ENDED;
  return deactivated < trialEnd ? deactivated : trialEnd;
}
