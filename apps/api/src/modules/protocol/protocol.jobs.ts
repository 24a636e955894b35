// Renders a grant's protocol PDF ahead of its download (protocol.render), enqueued by the grant
// effects (grants/grant-effects.ts) in the transaction of every change of a large grant, so the
// titular's BAIXAR PROTOCOLO serves stored bytes instead of waiting for layout. A download that finds the stored PDF
// stale still renders on demand; this job only moves that work off the download.
import type { Services } from '../../app/services.ts';
import { defineQueue, type JobHandler } from '../jobs/job-definitions.ts';

/**
 * `stately` per grant (singletonKey = grant id): at most one render waiting and one running, so a
 * burst of changes to one grant renders once more at most, reading the grant as it is by then.
 */
export const PROTOCOL_RENDER = defineQueue<{ grantId: string }>({
  name: 'protocol.render',
  policy: 'stately',
  retryLimit: 3,
  retryDelaySeconds: 10,
  retryBackoff: true,
  leaseSeconds: 120,
});

/**
 * Grants this large are rendered ahead. A smaller one renders on demand within the download's
 * budget (~100 ms for up to a few hundred installations), so its changes (every grantAccess of a
 * few installations) do not pay for one more job insert in their transaction.
 */
export const RENDER_AHEAD_MIN_INSTALLATIONS = 200;

/** Whether a change of a grant with `installations` enqueues protocol.render. */
export function rendersAhead(installations: number): boolean {
  return installations >= RENDER_AHEAD_MIN_INSTALLATIONS;
}

/**
 * At once: the titular may press BAIXAR PROTOCOLO on the "Convite enviado" page a second later. A
 * burst of changes still renders at most twice (`stately`), and a download that arrives while this
 * process renders waits for the same render (ProtocolService).
 */
export const PROTOCOL_RENDER_DELAY_MS = 0;

export function protocolRenderJob(services: Services): JobHandler<{ grantId: string }> {
  return {
    queue: PROTOCOL_RENDER,
    async handle(job) {
      const outcome = await services.protocol.prepare(services.orm.em.fork(), job.data.grantId);
      services.log.debug({ grantId: job.data.grantId, outcome }, 'protocol rendered ahead');
    },
  };
}
