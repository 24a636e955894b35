// The same-run baseline of the live-events benchmarks: a bare graphql-ws server (graphql-ws 6 on ws,
// no database, no auth) that sends every POST /publish to the open `tick` subscriptions: all of
// them, or (`to`) only those subscribed as one of those recipients, found through an index like the
// API's user id → subscriptions. Its own process, like the API, on PORT.
import http from 'node:http';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

type Tick = { n: number; at: number; to?: number[] };
type Push = (t: Tick) => void;
const everyone = new Set<Push>();
const byRecipient = new Map<number, Set<Push>>();

// graphql-js calls a root function with the field's arguments first.
function ticks(args: { to?: number | null }): AsyncIterableIterator<{ tick: Tick }> {
  const queue: Tick[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const push = (t: Tick) => {
    queue.push(t);
    wake?.();
  };
  const to = args.to ?? null;
  const set = to === null ? everyone : (byRecipient.get(to) ?? byRecipient.set(to, new Set()).get(to)!);
  set.add(push);
  const it: AsyncIterableIterator<{ tick: Tick }> = {
    async next() {
      while (!queue.length && !done) await new Promise<void>((r) => (wake = r));
      if (done) return { done: true, value: undefined };
      return { done: false, value: { tick: queue.shift()! } };
    },
    return() {
      done = true;
      set.delete(push);
      wake?.();
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}

const schema = buildSchema(`
  type Query { hello: String }
  type Tick { n: Int!, at: Float! }
  type Subscription { tick(to: Int): Tick! }
`);
const roots = { subscription: { tick: ticks } };

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', () => {
    if (req.url === '/publish') {
      const t = JSON.parse(body) as Tick;
      if (t.to) for (const r of t.to) for (const s of byRecipient.get(r) ?? []) s(t);
      else for (const s of everyone) s(t);
    }
    res.end(JSON.stringify({ subscribers: everyone.size }));
  });
});
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots }, wss);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare graphql-ws ready'));
process.on('SIGTERM', () => process.exit(0));
