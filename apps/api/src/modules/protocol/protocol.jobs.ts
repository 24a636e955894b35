// Renders a grant's protocol PDF ahead of its download (protocol.render), enqueued by the grant
// effects (grants/grant-effects.ts) in the transaction of every change, so the titular's BAIXAR
// PROTOCOLO serves stored bytes instead of waiting for layout. A download that finds the stored PDF
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

/** Changes usually come in small bursts (a grant and its first events): render once they settled. */
export const PROTOCOL_RENDER_DELAY_MS = 1_000;

export function protocolRenderJob(services: Services): JobHandler<{ grantId: string }> {
  return {
    queue: PROTOCOL_RENDER,
    async handle(job) {
      const outcome = await services.protocol.prepare(services.orm.em.fork(), job.data.grantId);
      services.log.debug({ grantId: job.data.grantId, outcome }, 'protocol rendered ahead');
    },
  };
}
