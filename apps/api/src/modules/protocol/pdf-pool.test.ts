import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.ts';
import { PdfRenderPool } from './pdf-pool.ts';

const pool = new PdfRenderPool({ size: 1, maxQueued: 2 });

afterAll(async () => {
  await pool.close();
});

describe('PdfRenderPool queue cap', () => {
  it('refuses a render beyond the waiting cap at once with SERVICE_UNAVAILABLE and a retry delay, and renders the rest', async () => {
    const doc = { content: 'Protocolo' };
    const running = pool.render(doc);
    const waiting = [pool.render(doc), pool.render(doc)];
    expect(pool.queued).toBe(2);
    const refused = await pool.render(doc).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('SERVICE_UNAVAILABLE');
    expect((refused as AppError).details.retryAfterSeconds).toBeGreaterThan(0);
    const pdfs = await Promise.all([running, ...waiting]);
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Once the queue drained, renders are accepted again.
    expect((await pool.render(doc)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
