import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { AccessGrantEventType } from '../grants/access-grant-event.entity.ts';
import type { Caller } from '../grants/grant-access.policy.ts';
import { recordActivity, type ActivityData, type ActivityType } from '../grants/grant-activity.ts';
import type { Actor } from '../grants/grant-audit.ts';
import {
  authorizeInstallationAction,
  type InstallationAuthority,
} from '../grants/installation-authority.query.ts';
import type { ProtocolService } from '../protocol/protocol.service.ts';
import { DUE_DAYS } from './bill-calendar.ts';
import { buildBillDocument } from './bill-document.ts';
import {
  billById,
  billInstallationNumber,
  billPage,
  consumption,
  currentDueDay,
  MAX_CONSUMPTION_MONTHS,
  type BillRow,
  type ConsumptionFigures,
} from './billing.queries.ts';

const billNotFound = () => new AppError('NOT_FOUND', 'Conta não encontrada.');

const month = (iso: string) => iso.slice(0, 7);

/**
 * Segunda via, histórico de consumo and the due days, for the titular or an invitee with an active
 * grant (scope VIEW_BILLS) on the installation, judged at each call. Every act under a grant is
 * recorded as its activity.
 */
export class BillingService {
  constructor(private readonly deps: { log: Logger; pubsub: PgPubSub; protocol: ProtocolService }) {}

  private async record(
    em: EntityManager,
    auth: InstallationAuthority,
    type: ActivityType,
    actor: Actor,
    data: Omit<ActivityData, 'installationNumber'>,
  ): Promise<void> {
    if (auth.kind !== 'GRANTED') return;
    const grant = auth.grant;
    await em.transactional((tx) =>
      recordActivity(tx, this.deps.pubsub, grant, type, actor, {
        installationNumber: auth.installation.number,
        ...data,
      }),
    );
  }

  async bills(
    em: EntityManager,
    caller: Caller,
    actor: Actor,
    number: string,
    args: { first?: number | null; after?: string | null },
  ): Promise<{ rows: BillRow[]; hasNextPage: boolean; totalCount: number }> {
    const auth = await authorizeInstallationAction(em, caller, 'VIEW_BILLS', number);
    const page = await billPage(em, auth.installation.id, args);
    await this.record(em, auth, AccessGrantEventType.BILL_VIEWED, actor, {
      referenceMonths: page.rows.map((r) => month(r.reference_month)),
    });
    return page;
  }

  async consumption(
    em: EntityManager,
    caller: Caller,
    actor: Actor,
    number: string,
    months: number,
  ): Promise<ConsumptionFigures> {
    if (!Number.isInteger(months) || months < 1 || months > MAX_CONSUMPTION_MONTHS) {
      throw AppError.validation({
        months: `Informe de 1 a ${MAX_CONSUMPTION_MONTHS} meses.`,
      });
    }
    const auth = await authorizeInstallationAction(em, caller, 'VIEW_CONSUMPTION', number);
    const figures = await consumption(em, auth.installation.id, months);
    await this.record(em, auth, AccessGrantEventType.CONSUMPTION_VIEWED, actor, { months });
    return figures;
  }

  async dueDateOptions(
    em: EntityManager,
    caller: Caller,
    number: string,
  ): Promise<{ installationNumber: string; currentDueDay: number | null; days: number[] }> {
    const auth = await authorizeInstallationAction(em, caller, 'REQUEST_SERVICE', number);
    return {
      installationNumber: auth.installation.number,
      currentDueDay: await currentDueDay(em, auth.installation.id),
      days: [...DUE_DAYS],
    };
  }

  /** GET /bills/<id>.pdf: a bill of an installation the caller may see, else NOT_FOUND (never told apart). */
  async download(
    em: EntityManager,
    caller: Caller,
    actor: Actor,
    billId: string,
  ): Promise<{ filename: string; pdf: Buffer }> {
    const number = await billInstallationNumber(em, billId);
    if (!number) throw billNotFound();
    const auth = await authorizeInstallationAction(em, caller, 'DOWNLOAD_BILL', number).catch(
      (err: unknown) => {
        throw err instanceof AppError && err.code === 'NOT_FOUND' ? billNotFound() : err;
      },
    );
    const data = await billById(em, billId);
    if (!data) throw billNotFound();
    const { doc, footerText } = buildBillDocument(
      {
        titular: { fullName: data.partnerName, customerCode: data.customerCode },
        installation: data.installation,
        bill: {
          referenceMonth: data.bill.reference_month,
          readingStart: data.bill.reading_start,
          readingEnd: data.bill.reading_end,
          consumptionKwh: data.bill.consumption_kwh,
          amountCentavos: data.bill.amount_centavos,
          dueDate: data.bill.due_date,
          status: data.bill.status,
          paidAt: data.bill.paid_at,
          barcode: data.bill.barcode,
        },
        history: data.history,
      },
      { generatedAt: new Date(), brand: this.deps.protocol.brand },
    );
    const pdf = await this.deps.protocol.renderPool.render(doc, footerText);
    await this.record(em, auth, AccessGrantEventType.BILL_DOWNLOADED, actor, {
      referenceMonths: [month(data.bill.reference_month)],
      billId,
    });
    this.deps.log.info({ billId, kind: auth.kind, bytes: pdf.length }, 'bill downloaded');
    return {
      filename: `conta-${data.installation.number}-${month(data.bill.reference_month)}.pdf`,
      pdf,
    };
  }
}
