/**
 * Gives the event loop a turn once the current synchronous stretch has run ~10 ms:
 * loops over thousands of notes stay well under a frame's worth of blocking. Without
 * `yieldNow` (the one-shot CLI) no turn is ever due.
 */
export class Pacer {
  /** When the current synchronous stretch began. */
  private start = 0;

  constructor(private readonly yieldNow?: () => Promise<void>) {}

  /** A new stretch begins (work resumed after waiting for something else). */
  restart(): void {
    this.start = Date.now();
  }

  /** Whether a turn is due: checked before awaiting in loops over every file. */
  due(): boolean {
    return !!this.yieldNow && Date.now() - this.start >= 10;
  }

  async turn(): Promise<void> {
    if (!this.due()) return;
    await this.yieldNow!();
    this.start = Date.now();
  }
}
