import { OverrideApplied } from './item-events';
import { LoansRule, LoansRuleViolation } from './loans-rule-violation';
import { OverridableBlock, OverrideGrant } from './loans-context';

/** A rule that would refuse the command, and the override type that may lift it. */
export interface Refusal {
  readonly rule: LoansRule;
  readonly block: OverridableBlock;
  readonly message: string;
}

/**
 * Lifts each refusal with a granted override of its type, or refuses with the first one left (listing them all, so
 * the desk can ask for every override at once, as FOLIO reports every block).
 */
export function applyOverrides(refusals: readonly Refusal[], grants: readonly OverrideGrant[] = []): OverrideApplied[] {
  const unlifted = refusals.filter((refusal) => !grants.some((grant) => grant.block === refusal.block));
  if (unlifted.length > 0) {
    const [first] = unlifted;
    throw new LoansRuleViolation(first.rule, first.message, { blocks: unlifted.map(({ rule, block, message }) => ({ rule, block, message })) });
  }
  return refusals.flatMap((refusal) => {
    const grant = grants.find((g) => g.block === refusal.block);
    return grant ? [{ overrideId: grant.overrideId, block: grant.block, reason: grant.reason, refusal: refusal.message }] : [];
  });
}
