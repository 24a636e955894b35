// "Segunda via de conta" as the titular's browser gets it: GET /bills/<id>.pdf with the session
// cookie (what the portal's proxy forwards), timed to the last byte, for the newest bill of one of the
// main titular's installations (24 months of history, as the demo seed gives every installation).
import { todayInBrazil } from '@delega/shared/billing';
import { billHistory } from '../src/seeds/factories.ts';
import { insertBillHistories } from '../src/seeds/bills.ts';
import type { CustomerClass } from '../src/modules/customers/installation.entity.ts';
import { token } from './access.bench.ts';
import { profiled, type BenchContext } from './lib/context.ts';
import { percentile } from './stats.ts';

/** Gives the big company's first installation its bill history; returns the newest bill's id. */
async function seedBills(ctx: BenchContext): Promise<string> {
  const em = ctx.orm.em.fork();
  const number = ctx.seed.bigNumber(0);
  const [inst] = await em.execute<Array<{ id: string; customer_class: CustomerClass }>>(
    `select id, customer_class from installation where number = ?`,
    [number],
  );
  if (!inst) throw new Error(`installation ${number} not in the seed`);
  const existing = await em.execute<Array<{ id: string }>>(
    `select id from bill where installation_id = ? order by reference_month desc limit 1`,
    [inst.id],
  );
  if (!existing[0]) {
    const bills = billHistory({ number, customerClass: inst.customer_class }, { today: todayInBrazil() });
    await insertBillHistories(em, [{ installationId: inst.id, bills }]);
  }
  const [newest] = await em.execute<Array<{ id: string }>>(
    `select id from bill where installation_id = ? order by reference_month desc limit 1`,
    [inst.id],
  );
  return newest!.id;
}

export default async function billsBench(ctx: BenchContext): Promise<void> {
  const billId = await seedBills(ctx);
  const cookie = `delega_session=${await token(ctx, ctx.seed.main.email)}`;
  let bytes = 0;
  const download = async (): Promise<void> => {
    const res = await fetch(`${ctx.api.url}/bills/${billId}.pdf`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`bill download answered ${res.status}: ${await res.text()}`);
    bytes = (await res.arrayBuffer()).byteLength;
  };
  // Same-run baseline, interleaved with the bill: a PDF download that renders nothing (the stored
  // protocol of a 1-installation grant: the same session, policy check, one SQL read and the bytes).
  const protocolId = ctx.seed.protocol.find((p) => p.installations === 1)!.grantId;
  const stored = async (): Promise<void> => {
    const res = await fetch(`${ctx.api.url}/protocol/${protocolId}.pdf`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`protocol download answered ${res.status}`);
    await res.arrayBuffer();
  };
  // The first downloads start the render thread and warm pdfmake (and store the protocol).
  for (let i = 0; i < 5; i++) {
    await download();
    await stored();
  }
  const bill: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < (ctx.quick ? 20 : 40); i++) {
    for (const [fn, times] of [
      [download, bill],
      [stored, base],
    ] as const) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
  }
  const r = { p50: percentile(bill, 50), p95: percentile(bill, 95), times: bill };
  const b = percentile(base, 95);
  ctx.out.add({
    id: 'api.bill-pdf',
    group: 'bill PDF',
    workload: `GET /bills/<id>.pdf, the newest bill of one installation (24 months of history, ${(bytes / 1024).toFixed(0)} KiB), session cookie, to the last byte`,
    baseline: b,
    baselineWorkload:
      'GET /protocol/<id>.pdf of a stored 1-installation protocol (no render), interleaved, p95',
    value: r.p95,
    unit: 'ms',
    target: 'p95 ≤ 100 ms',
    met: r.p95 <= 100,
    detail: `p50 ${r.p50.toFixed(1)} ms, ${r.times.length} runs: ${r.times.map((x) => x.toFixed(0)).join(', ')} ms`,
  });
  await profiled(ctx, 'api.bill-pdf.main-thread', download);
}
