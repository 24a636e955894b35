import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let a: TestApi;
let b: TestApi;
beforeAll(async () => {
  a = await startTestApi();
  b = await startTestApi({ databaseUrl: a.databaseUrl });
});
afterAll(async () => {
  await b.close();
  await a.close();
});

function nextOn(api: TestApi, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      off();
      resolve(null);
    }, timeoutMs);
    const off = api.app.services.pubsub.on('SESSION_ENDED', (p) => {
      clearTimeout(timer);
      off();
      resolve(p);
    });
  });
}

describe('pub/sub over LISTEN/NOTIFY', () => {
  it('delivers an event committed in one process to another process', async () => {
    const received = nextOn(b, 5000);
    const em = a.orm.em.fork();
    await em.transactional(async (tem) => {
      await a.app.services.pubsub.notify(tem, 'SESSION_ENDED', { sessionIds: ['committed'] });
    });
    expect(await received).toEqual({ sessionIds: ['committed'] });
  });

  it('delivers nothing when the transaction rolls back', async () => {
    const received = nextOn(b, 1000);
    const em = a.orm.em.fork();
    await expect(
      em.transactional(async (tem) => {
        await a.app.services.pubsub.notify(tem, 'SESSION_ENDED', { sessionIds: ['rolled-back'] });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await received).toBeNull();
  });
});
