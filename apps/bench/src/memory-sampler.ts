export interface MemoryFigures {
  /** After start-up and a forced GC, before the measured work. */
  baselineRss: number;
  baselineHeapUsed: number;
  /** Highest values seen by the sampler during the measured work. */
  peakRss: number;
  peakHeapUsed: number;
  /** The kernel's high-water mark of the whole process (getrusage maxrss): cannot miss a spike between samples. */
  maxRss: number;
  samples: number;
}

/**
 * Samples rss and heapUsed every 100 ms. A loop that never yields to the event loop starves the timer, so the
 * measured code can also call `sample()` itself (e.g. from a progress callback).
 */
export class MemorySampler {
  private readonly baselineRss: number;
  private readonly baselineHeapUsed: number;
  private peakRss = 0;
  private peakHeapUsed = 0;
  private samples = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly intervalMs = 100) {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    this.baselineRss = rss;
    this.baselineHeapUsed = heapUsed;
  }

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.peakRss = Math.max(this.peakRss, rss);
    this.peakHeapUsed = Math.max(this.peakHeapUsed, heapUsed);
    this.samples += 1;
  }

  stop(): MemoryFigures {
    clearInterval(this.timer);
    this.sample();
    return {
      baselineRss: this.baselineRss,
      baselineHeapUsed: this.baselineHeapUsed,
      peakRss: this.peakRss,
      peakHeapUsed: this.peakHeapUsed,
      maxRss: process.resourceUsage().maxRSS * 1024,
      samples: this.samples,
    };
  }
}
