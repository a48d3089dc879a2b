import { canonicalId } from '@era/decider';
import { RegisteredReferences } from './e-resource-context';
import { EResourceDetails } from './e-resource-events';
import { EResourceRuleViolation } from './e-resource-rule-violation';

type Referenced = Pick<EResourceDetails, 'platformId' | 'vendorId'>;

/**
 * A resource's platform and vendor are entries of the register (any organisation may be the vendor: a publisher
 * often sells its own). Only a newly chosen id is checked, so a resource keeps working links to what it had.
 */
export function requireRegisteredReferences(chosen: Referenced, before: Referenced | undefined, register: RegisteredReferences | undefined): void {
  if (register === undefined) return;
  const { platformId, vendorId } = chosen;
  if (platformId !== undefined && platformId !== before?.platformId && !register.platforms.has(canonicalId(platformId))) {
    throw new EResourceRuleViolation('unknown-platform', `platform ${platformId} is not in the register`);
  }
  if (vendorId !== undefined && vendorId !== before?.vendorId && !register.organisations.has(canonicalId(vendorId))) {
    throw new EResourceRuleViolation('unknown-vendor', `vendor ${vendorId} is not an organisation in the register`);
  }
}
