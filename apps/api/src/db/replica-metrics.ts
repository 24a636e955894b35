// The read replica's figures on /metrics: where the access check was answered, and how often the
// replica could not be used at all. A replica that is always behind under constant writes shows
// as primary reads growing while replica reads stay flat: safe, but the replica is not helping.
import { Counter } from 'prom-client';
import type { Metrics } from '../modules/metrics/metrics.ts';
import type { ReadReplica } from './read-replica.ts';

export function replicaFigures(metrics: Metrics, replica: ReadReplica): void {
  if (!replica.configured) return;
  const registers = [metrics.registry];
  new Counter({
    name: 'delega_replica_reads_total',
    help: 'Reads meant for the read replica, by where they ran: replica (caught up), or primary (behind or unavailable).',
    labelNames: ['served_by'] as const,
    registers,
    collect() {
      this.reset();
      this.inc({ served_by: 'replica' }, replica.reads.replica);
      this.inc({ served_by: 'primary' }, replica.reads.primary);
    },
  });
  new Counter({
    name: 'delega_replica_unavailable_total',
    help: 'Reads that found the replica unreachable, refusing or not a standby (each then ran on the primary).',
    registers,
    collect() {
      this.reset();
      this.inc(replica.reads.unavailable);
    },
  });
}
