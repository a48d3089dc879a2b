import { Fault, FaultPlan, FaultPoint } from './fault-plan';
import { injectedError, ProcessCrashedError } from './injected-errors';

/**
 * One run of the service over the store files. A crash fault kills it: from then on every call its stores get
 * fails, so the abandoned engine cannot touch the files again, as after a real process exit.
 */
export class SimulatedProcess {
  private crashedAt?: string;
  private readonly crashListeners: (() => void)[] = [];

  constructor(readonly plan: FaultPlan) {}

  get crashed(): boolean {
    return this.crashedAt !== undefined;
  }

  onCrash(listener: () => void): void {
    this.crashListeners.push(listener);
  }

  /** The process ends (crashes at `point`, or exits after a failed start); its stores refuse every later call. */
  exit(point: string): void {
    if (this.crashedAt !== undefined) return;
    this.crashedAt = point;
    for (const listener of this.crashListeners) listener();
  }

  assertAlive(): void {
    if (this.crashedAt !== undefined) throw new ProcessCrashedError(this.crashedAt);
  }

  /**
   * Checks that the process lives, then applies the fault the plan has for this call, if any: throws its error,
   * waits out its delay, or crashes. Resolves 'end' when a subscription should end here.
   */
  async strike(point: FaultPoint, projection?: string): Promise<'end' | undefined> {
    this.assertAlive();
    const fault = this.plan.next(point, projection);
    if (!fault) return undefined;
    return this.apply(fault, point);
  }

  /** As `strike`, for a call that cannot wait: a due delay or end becomes a store error. */
  strikeNow(point: FaultPoint, projection?: string): void {
    this.assertAlive();
    const fault = this.plan.next(point, projection);
    if (!fault) return;
    if (fault.kind === 'crash') this.exit(point);
    throw fault.kind === 'crash' ? new ProcessCrashedError(point) : injectedError(fault.kind === 'error' ? fault.error : 'store');
  }

  private async apply(fault: Fault, point: FaultPoint): Promise<'end' | undefined> {
    switch (fault.kind) {
      case 'error':
        throw injectedError(fault.error);
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        this.assertAlive();
        return undefined;
      case 'end':
        if (point === 'subscription-open' || point === 'subscription-next') return 'end';
        throw injectedError('store');
      case 'crash':
        this.exit(point);
        throw new ProcessCrashedError(point);
    }
  }
}
