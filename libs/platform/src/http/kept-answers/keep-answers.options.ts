import { InjectionToken } from '@nestjs/common';

export const KEEP_ANSWERS = 'era:keep-answers';

/** Looks up a provider of the application, undefined when it has none (an optional port). */
export type ResolveProvider = <T>(token: InjectionToken) => T | undefined;

/** What a read route that keeps its answers says about them (see KeepAnswers). */
export interface KeepAnswersOptions {
  /**
   * The read models (projection names) the answer is a function of, besides the request: their positions are part of
   * what makes a kept answer current. A function when some come from optional ports of the application.
   */
  readModels: readonly string[] | ((resolve: ResolveProvider) => readonly string[]);
  /** Query parameters with which the answer is not kept (e.g. `asOf`, answered from the log, not a read model). */
  notWith?: readonly string[];
}
