// Concurrent callers of one hot read share a statement: while a batch is on its way to PostgreSQL,
// new callers wait in a queue and go together in the next one. On this kind of machine a round
// trip's socket writes and wake-ups cost more than the statement itself, so ten concurrent access
// checks in two statements instead of ten take the database's and the API's CPU off that. Each
// caller still gets its own row, judged by the statement's own clock: nothing is cached.

type Flush<P, R> = (items: P[]) => Promise<R[]>;

interface Waiting<P, R> {
  item: P;
  resolve: (row: R) => void;
  reject: (err: unknown) => void;
}

export class StatementBatcher<P, R> {
  private queue: Waiting<P, R>[] = [];
  private inFlight = 0;
  private scheduled = false;

  /**
   * `flush` answers a batch, one row per item in order. At most `maxInFlight` batches at once (the
   * queue gathers meanwhile), each of at most `maxBatch` items.
   */
  constructor(
    private readonly flush: Flush<P, R>,
    private readonly maxInFlight = 2,
    private readonly maxBatch = 100,
  ) {}

  run(item: P): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** After the current I/O phase, so the requests that arrived together go together. */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.send();
    });
  }

  private send(): void {
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      this.flush(batch.map((w) => w.item))
        .then(
          (rows) => batch.forEach((w, i) => w.resolve(rows[i]!)),
          (err: unknown) => batch.forEach((w) => w.reject(err)),
        )
        .finally(() => {
          this.inFlight--;
          this.schedule();
        });
    }
  }
}
