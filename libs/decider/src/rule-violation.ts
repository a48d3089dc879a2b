/**
 * How a refusal reads to any caller, HTTP or CLI: the input is malformed beyond shape (`invalid`), names something
 * that does not exist (`not-found`), clashes with what is recorded (`conflict`), or is well-formed but breaks a rule
 * (`unprocessable`), or the staff member's role lacks the permission the rule names (`forbidden`: an override).
 */
export type RefusalKind = 'invalid' | 'not-found' | 'conflict' | 'unprocessable' | 'forbidden';

/** A command a decider refuses. Nothing is appended when one is thrown. */
export abstract class RuleViolation<R extends string = string> extends Error {
  abstract readonly kind: RefusalKind;

  constructor(
    readonly rule: R,
    message: string,
    /** Structured detail a caller can act on (say, each line of a refused file and what is wrong with it). */
    readonly extensions?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

/**
 * The refusal class of one area: each rule's kind read from the area's table, so that a rule's HTTP status (and the
 * CLI's exit) follows from the rule alone. `class DeskRuleViolation extends ruleViolationClass('DeskRuleViolation', KIND_OF_RULE) {}`
 */
export function ruleViolationClass<R extends string>(name: string, kindOfRule: Readonly<Record<R, RefusalKind>>) {
  return class extends RuleViolation<R> {
    override readonly name = name;

    get kind(): RefusalKind {
      return kindOfRule[this.rule];
    }
  };
}
