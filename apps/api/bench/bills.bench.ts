// "Segunda via de conta" as the titular's browser gets it: GET /bills/<id>.pdf with the session
// cookie (what the portal's proxy forwards), timed to the last byte, for the newest bill of one of the
// main titular's installations (24 months of history, as the demo seed gives every installation).
import { todayInBrazil } from '@delega/shared/billing';
import { billHistory } from '../src/seeds/factories.ts';
import { insertBillHistories } from '../src/seeds/bills.ts';
import type { CustomerClass } from '../src/modules/customers/installation.entity.ts';
import { token } from './access.bench.ts';
import { profiled, type BenchContext } from './lib/context.ts';
import { sequential } from './lib/load.ts';

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
  // The first downloads start the render thread and warm pdfmake's fonts.
  const r = await sequential(download, { warmup: 3, n: ctx.quick ? 10 : 30 });
  ctx.out.add({
    id: 'api.bill-pdf',
    group: 'bill PDF',
    workload: `GET /bills/<id>.pdf, the newest bill of one installation (24 months of history, ${(bytes / 1024).toFixed(0)} KiB), session cookie, to the last byte`,
    baseline: null,
    baselineWorkload: null,
    value: r.p95,
    unit: 'ms',
    target: 'p95 ≤ 100 ms',
    met: r.p95 <= 100,
    detail: `p50 ${r.p50.toFixed(1)} ms, ${r.times.length} runs: ${r.times.map((x) => x.toFixed(0)).join(', ')} ms`,
  });
  await profiled(ctx, 'api.bill-pdf.main-thread', download);
}
