import type { Logger } from './logger.ts';

/**
 * Writes that need not hold up the answer (recording when a session or key was last used). Failures
 * are logged; `settle()` waits for those in flight (process shutdown, tests).
 */
export class BackgroundWrites {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly log: Logger,
    private readonly what: string,
  ) {}

  run(task: () => Promise<unknown>): void {
    const p: Promise<void> = task()
      .then(() => undefined)
      .catch((err: unknown) => this.log.error({ err }, `${this.what} failed`))
      .finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}
