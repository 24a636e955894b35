// The same-run baseline of the live-events benchmarks: a bare graphql-ws server (graphql-ws 6 on ws,
// no database, no auth) that broadcasts every POST /publish to every open `tick` subscription. Its
// own process, like the API, on PORT.
import http from 'node:http';
import { buildSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

type Tick = { n: number; at: number };
const subscribers = new Set<(t: Tick) => void>();

function ticks(): AsyncIterableIterator<{ tick: Tick }> {
  const queue: Tick[] = [];
  let wake: (() => void) | null = null;
  let done = false;
  const push = (t: Tick) => {
    queue.push(t);
    wake?.();
  };
  subscribers.add(push);
  const it: AsyncIterableIterator<{ tick: Tick }> = {
    async next() {
      while (!queue.length && !done) await new Promise<void>((r) => (wake = r));
      if (done) return { done: true, value: undefined };
      return { done: false, value: { tick: queue.shift()! } };
    },
    return() {
      done = true;
      subscribers.delete(push);
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
  type Subscription { tick: Tick! }
`);
const roots = { subscription: { tick: ticks } };

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', () => {
    if (req.url === '/publish') {
      const t = JSON.parse(body) as Tick;
      for (const s of subscribers) s(t);
    }
    res.end(JSON.stringify({ subscribers: subscribers.size }));
  });
});
const wss = new WebSocketServer({ server, path: '/graphql' });
useServer({ schema, roots }, wss);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare graphql-ws ready'));
process.on('SIGTERM', () => process.exit(0));
