// The customer-records operations for operators (the same as the `customers:write` GraphQL mutations):
//   pnpm --filter @delega/api customer-records transfer <installation> <to-partner-number> --operator <name>
//   pnpm --filter @delega/api customer-records deactivate <installation> --operator <name>
//   pnpm --filter @delega/api customer-records remove-representative <partner-number> <cpf> --operator <name>
//   pnpm --filter @delega/api customer-records end-partner <partner-number> --operator <name>
// Each is idempotent and audited (customer_record_change, source `cli:<name>`); the grants it affects
// end in the same transaction, and both people are told (e-mail outbox, live events).
import { loadConfig } from '../config/config.ts';
import { createLogger } from '../common/logger.ts';
import { AppError } from '../common/errors.ts';
import { initOrm, migrate, resolveDatabase } from '../db/database.ts';
import { PgPubSub } from '../graphql/pubsub.ts';
import {
  deactivateInstallation,
  endBusinessPartner,
  removePartnerRepresentative,
  transferInstallation,
  type CustomerRecordsDeps,
} from '../modules/customers/customer-records.command.ts';
import { CustomersService } from '../modules/customers/customers.service.ts';
import { AccessGrantService } from '../modules/grants/access-grant.service.ts';
import { MailService } from '../modules/mail/mail.service.ts';
import { startJobQueue } from '../app/job-system.ts';
import type { JobQueue } from '../modules/jobs/job-queue.ts';
import type { EntityManager } from '@mikro-orm/postgresql';

const USAGE = `usage: customer-records <command> <args> --operator <name>
  transfer <installation> <to-partner-number>     troca de titularidade
  deactivate <installation>                       instalação desligada
  remove-representative <partner-number> <cpf>    representante removido
  end-partner <partner-number>                    parceiro de negócio encerrado`;

type Run = (
  em: EntityManager,
  deps: CustomerRecordsDeps,
  args: string[],
) => ReturnType<typeof endBusinessPartner>;

const COMMANDS: Record<string, { arity: number; run: Run }> = {
  transfer: {
    arity: 2,
    run: (em, deps, [installationNumber, toBusinessPartnerNumber]) =>
      transferInstallation(em, deps, {
        installationNumber: installationNumber!,
        toBusinessPartnerNumber: toBusinessPartnerNumber!,
      }),
  },
  deactivate: { arity: 1, run: (em, deps, [n]) => deactivateInstallation(em, deps, n!) },
  'remove-representative': {
    arity: 2,
    run: (em, deps, [businessPartnerNumber, cpf]) =>
      removePartnerRepresentative(em, deps, { businessPartnerNumber: businessPartnerNumber!, cpf: cpf! }),
  },
  'end-partner': { arity: 1, run: (em, deps, [n]) => endBusinessPartner(em, deps, n!) },
};

const argv = process.argv.slice(2);
const at = argv.indexOf('--operator');
const operator = at >= 0 ? argv[at + 1] : undefined;
const positional = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv;
const [name, ...args] = positional;
const command = name ? COMMANDS[name] : undefined;
if (!command || args.length !== command.arity || !operator || !/^[\w.-]{2,100}$/.test(operator)) {
  console.error(USAGE);
  process.exit(2);
}

const config = loadConfig();
const log = createLogger('warn');
const db = await resolveDatabase(config, log);
const orm = await initOrm(db.url);
const pubsub = new PgPubSub(db.url, log);
let jobs: JobQueue | null = null;
try {
  await migrate(orm);
  jobs = await startJobQueue({ ...config, WORKERS_ENABLED: false }, log, db.sessionUrl);
  const mail = new MailService({ config, log, jobs });
  const customers = new CustomersService({ config, log });
  const grants = new AccessGrantService({ config, log, pubsub, mail, customers });
  const r = await command.run(orm.em.fork(), { authority: grants, source: `cli:${operator}` }, args);
  console.log(
    r.changed
      ? `Done: ${r.grantsEnded} grant(s) ended, ${r.grantsReduced} grant(s) lost this installation.`
      : 'Nothing to do: the records already said so.',
  );
} catch (err) {
  if (err instanceof AppError) {
    console.error(`${err.code}: ${err.message}`);
    process.exitCode = 1;
  } else throw err;
} finally {
  await jobs?.stop();
  await pubsub.stop();
  await orm.close();
  await db.stop();
}
