import { Command, DecisionContext, Decider, DomainEvent, Folded } from '../decider';
import { RuleViolation } from '../rule-violation';

/**
 * Given events, when a command, then the events decided, nothing, or a refusal: the shape of every decider's unit
 * tests (after Emmett's DeciderSpecification).
 */
export function deciderSpecification<C extends Command, S, E extends DomainEvent, X extends DecisionContext>(decider: Decider<C, S, E, X>, defaultContext: X) {
  return {
    given(history: readonly Folded<E>[] = []) {
      const state = history.reduce(decider.evolve, decider.initialState);
      return {
        when(command: C, context: Partial<X> = {}) {
          const run = () => decider.decide(command, state, { ...defaultContext, ...context });
          return {
            then(expected: readonly E[]) {
              expect(run()).toEqual(expected);
            },
            thenNothing() {
              expect(run()).toEqual([]);
            },
            thenRefused(rule: string, message?: string | RegExp) {
              let refusal: unknown;
              try {
                run();
              } catch (error) {
                refusal = error;
              }
              expect(refusal).toBeInstanceOf(RuleViolation);
              expect((refusal as RuleViolation).rule).toBe(rule);
              if (message !== undefined) expect((refusal as RuleViolation).message).toMatch(message);
            },
            /** The decided events, for assertions that compare only part of them. */
            events: run,
          };
        },
      };
    },
  };
}
