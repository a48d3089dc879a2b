export type DeskRule =
  | 'inquiry-not-found'
  | 'inquiry-already-voided'
  | 'inquiry-already-recorded'
  | 'headcount-not-found'
  | 'headcount-already-voided'
  | 'headcount-already-recorded'
  | 'occurred-in-future'
  | 'reason-required';

/** A command the desk rules refuse. Nothing is appended when one is raised. */
export class DeskRuleViolation extends Error {
  override readonly name = 'DeskRuleViolation';
  constructor(
    readonly rule: DeskRule,
    message: string,
  ) {
    super(message);
  }
}
