// A small pool of worker threads rendering PDFs, so a 10,000-installation protocol does not stall
// the event loop that serves every other request.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';

const WORKER_URL = new URL('./pdf-render.worker.mjs', import.meta.url);

interface Job {
  id: number;
  doc: unknown;
  footerText: string;
  resolve: (pdf: Buffer) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export interface PdfPoolOptions {
  /** Threads; default 1 on ≤ 2 cores, else 2. */
  size?: number;
  /** A render taking longer is abandoned and its thread replaced. */
  timeoutMs?: number;
  /**
   * Renders waiting for a thread at most (default 50); one more is refused at once with
   * SERVICE_UNAVAILABLE and a Retry-After, instead of a queue (and memory) that grows without bound.
   */
  maxQueued?: number;
  log?: Logger;
}

export class PdfRenderPool {
  private readonly size: number;
  private readonly timeoutMs: number;
  private readonly maxQueued: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: PdfPoolOptions = {}) {
    this.size = opts.size ?? (os.availableParallelism() > 2 ? 2 : 1);
    this.timeoutMs = opts.timeoutMs ?? 60_000;
    this.maxQueued = opts.maxQueued ?? 50;
  }

  /** Renders waiting for a thread now (not counting those being rendered). */
  get queued(): number {
    return this.queue.length;
  }

  /** Renders a pdfmake document definition (JSON only; the footer text gets page numbers added). */
  render(doc: unknown, footerText = ''): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('PDF pool closed'));
    if (this.queue.length >= this.maxQueued) {
      this.opts.log?.warn({ queued: this.queue.length }, 'PDF render queue full');
      return Promise.reject(
        new AppError(
          'SERVICE_UNAVAILABLE',
          'Muitos documentos sendo gerados agora. Tente novamente em alguns segundos.',
          { retryAfterSeconds: 10 },
        ),
      );
    }
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, doc, footerText, resolve, reject });
      this.pump();
    });
  }

  /** Starts the threads ahead of the first request (pdfmake and fonts take a moment to load). */
  warm(): void {
    while (!this.closed && this.slots.length < this.size) this.spawn();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new Error('PDF pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => this.kill(s, new Error('PDF pool closed'))));
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL);
    // Idle render threads must not keep the process alive.
    worker.unref();
    const slot: Slot = { worker, job: null, timer: null };
    worker.on('message', (msg: { id: number; pdf?: Uint8Array; error?: string }) => {
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      this.finish(slot);
      if (msg.pdf) job.resolve(Buffer.from(msg.pdf.buffer, msg.pdf.byteOffset, msg.pdf.byteLength));
      else job.reject(new Error(`PDF render failed: ${msg.error ?? 'unknown'}`));
      this.pump();
    });
    worker.on('error', (err: Error) => {
      this.opts.log?.error({ err }, 'PDF render thread crashed');
      this.drop(slot, err);
    });
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) this.drop(slot, new Error(`PDF render thread exited (${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    slot.worker.unref();
  }

  private drop(slot: Slot, err: Error): void {
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
    const job = slot.job;
    this.finish(slot);
    job?.reject(err);
    this.pump();
  }

  private async kill(slot: Slot, err: Error): Promise<void> {
    const job = slot.job;
    this.finish(slot);
    job?.reject(err);
    await slot.worker.terminate().catch(() => 0);
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot) {
        if (this.slots.length >= this.size) return;
        slot = this.spawn();
      }
      const job = this.queue.shift()!;
      slot.job = job;
      const s = slot;
      s.timer = setTimeout(() => {
        const i = this.slots.indexOf(s);
        if (i >= 0) this.slots.splice(i, 1);
        void this.kill(s, new Error(`PDF render timed out after ${this.timeoutMs} ms`)).then(() =>
          this.pump(),
        );
      }, this.timeoutMs);
      s.timer.unref();
      s.worker.ref(); // busy threads keep the process alive until they answer
      s.worker.postMessage({ id: job.id, doc: job.doc, footerText: job.footerText });
    }
  }
}
