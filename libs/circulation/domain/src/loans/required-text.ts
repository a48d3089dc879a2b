import { LoansRuleViolation } from './loans-rule-violation';

/** Trimmed text that may not be blank (a barcode, a comment, a reason), else the rule's refusal. */
export function requiredText(text: string | undefined, rule: 'field-required' | 'comment-required' | 'reason-required', message: string): string {
  const trimmed = text?.trim() ?? '';
  if (trimmed === '') throw new LoansRuleViolation(rule, message);
  return trimmed;
}
