import type { Timers } from '../ports';

/**
 * Coalesces a burst of changes into one update: paths gather while changes keep coming,
 * and `apply` runs once the burst has been quiet for `settleMs` — one run at a time, so
 * an update never overlaps the one before. Without timers a burst settles on a microtask
 * (enough for the one-shot CLI).
 */
export class UpdateQueue {
  private pending = new Set<string>();
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly apply: (paths: string[]) => Promise<void>,
    private readonly timers: Timers | null,
    private readonly settleMs: number,
  ) {}

  /** A change: `path` is applied with the next run (null: run, with no note to re-read). */
  add(path: string | null): void {
    if (this.stopped) return;
    if (path) this.pending.add(path);
    if (this.timer) this.timers?.clearTimeout(this.timer);
    const fire = () => {
      if (this.timer !== token) return;
      this.timer = null;
      void this.flush();
    };
    const token: unknown = this.timers ? this.timers.setTimeout(fire, this.settleMs) : {};
    this.timer = token;
    if (!this.timers) void Promise.resolve().then(fire);
  }

  /**
   * A change to apply without waiting for the burst to settle: the plugin's own write,
   * whose result the person is looking at. It runs as soon as the run under way ends.
   */
  addNow(path: string): void {
    if (this.stopped) return;
    this.pending.add(path);
    if (this.timer) this.timers?.clearTimeout(this.timer);
    this.timer = null;
    void this.flush();
  }

  /** Resolves once every change added so far has been applied. */
  async settled(): Promise<void> {
    while (this.timer || this.running) {
      if (this.timer) {
        this.timers?.clearTimeout(this.timer);
        this.timer = null;
        await this.flush();
      } else await this.running;
    }
  }

  /** Drops what is pending and its timer; nothing more is applied. */
  stop(): void {
    this.stopped = true;
    if (this.timer) this.timers?.clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private async flush(): Promise<void> {
    if (this.running) await this.running;
    if (this.stopped) return;
    const paths = [...this.pending];
    this.pending.clear();
    this.running = this.apply(paths);
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }
}
