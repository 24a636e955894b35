// "Solicitações": the titular, or an invitee through an active grant with REQUEST_SERVICES, asks for a
// service on an installation. The grant row is held FOR SHARE while the request is written (the
// revoke holds it FOR UPDATE), so a request racing a revoke is either recorded before the revoke
// commits or refused after it — never recorded after.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertNoFieldErrors, type FieldErrors } from '../../common/errors.ts';
import type { PgPubSub } from '../../graphql/pubsub.ts';
import { DUE_DAYS } from '../billing/bill-calendar.ts';
import { AccessGrantEventType } from '../grants/access-grant-event.entity.ts';
import type { Caller } from '../grants/grant-access.policy.ts';
import { recordActivity } from '../grants/grant-activity.ts';
import type { Actor } from '../grants/grant-audit.ts';
import { authorizeInstallationAction, authorizeUnderLock } from '../grants/installation-authority.query.ts';
import { serviceRequestMade, type ServiceRequestEffectsDeps } from './service-request-effects.ts';
import { ServiceRequestType } from './service-request.entity.ts';
import { serviceRequestsByIds, type ServiceRequestRow } from './service-request.queries.ts';

export const MAX_DESCRIPTION_LENGTH = 1000;

export interface RequestServiceRequest {
  installationNumber: string;
  type: ServiceRequestType;
  dueDay?: number | null;
  description?: string | null;
  idempotencyKey: string;
}

interface ValidRequest {
  number: string;
  type: ServiceRequestType;
  dueDay: number | null;
  description: string | null;
  key: string;
}

function validate(input: RequestServiceRequest): ValidRequest {
  const fields: FieldErrors = {};
  const key = (input.idempotencyKey ?? '').trim();
  if (!key || key.length > 100)
    fields.idempotencyKey = 'Chave de idempotência inválida. Recarregue a página.';
  const description = (input.description ?? '').trim() || null;
  let dueDay: number | null = null;
  if (input.type === ServiceRequestType.DUE_DATE_CHANGE) {
    if (input.dueDay == null || !(DUE_DAYS as readonly number[]).includes(input.dueDay)) {
      fields.dueDay = `Escolha um dos dias de vencimento oferecidos: ${DUE_DAYS.join(', ')}.`;
    } else dueDay = input.dueDay;
    if (description) fields.description = 'A alteração da data de vencimento não leva descrição.';
  } else if (input.type === ServiceRequestType.POWER_OUTAGE) {
    if (input.dueDay != null) fields.dueDay = 'Informar falta de energia não leva dia de vencimento.';
    if (description && description.length > MAX_DESCRIPTION_LENGTH) {
      fields.description = `A descrição pode ter no máximo ${MAX_DESCRIPTION_LENGTH.toLocaleString('pt-BR')} caracteres.`;
    }
  } else {
    fields.type = 'Escolha um tipo de solicitação.';
  }
  assertNoFieldErrors(fields);
  return {
    number: String(input.installationNumber ?? '').trim(),
    type: input.type,
    dueDay,
    description,
    key,
  };
}

export interface RequestServiceDeps extends ServiceRequestEffectsDeps {
  pubsub: PgPubSub;
}

async function byKey(em: EntityManager, requesterId: string, key: string): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from service_request where requester_id = ? and idempotency_key = ?`,
    [requesterId, key],
  );
  return rows[0]?.id ?? null;
}

/** The same key again: the first request, when it asked for the same thing; otherwise CONFLICT. */
async function replay(em: EntityManager, id: string, req: ValidRequest): Promise<ServiceRequestRow> {
  const r = (await serviceRequestsByIds(em, [id])).get(id)!;
  if (r.installation_number !== req.number || r.type !== req.type || r.due_day !== req.dueDay) {
    throw new AppError(
      'CONFLICT',
      'Esta chave de idempotência já foi usada em outra solicitação. Recarregue a página.',
    );
  }
  return r;
}

async function insert(
  tx: EntityManager,
  deps: RequestServiceDeps,
  caller: Caller,
  actor: Actor,
  req: ValidRequest,
): Promise<ServiceRequestRow> {
  const auth = await authorizeUnderLock(tx, caller, 'REQUEST_SERVICE', req.number);
  const rows = await tx.execute<{ id: string }[]>(
    `insert into service_request (id, protocol_number, installation_id, business_partner_id, type, status,
            due_day, description, requester_id, grant_id, idempotency_key, requested_at, ip, port, user_agent)
     values (gen_random_uuid(),
             'SR-' || to_char(now() at time zone 'America/Sao_Paulo', 'YYYY') || '-' || lpad(nextval('service_request_protocol_seq')::text, 6, '0'),
             ?, ?, ?, 'RECEIVED', ?, ?, ?, ?, ?, now(), ?, ?, ?)
     returning id`,
    [
      auth.installation.id,
      auth.installation.businessPartnerId,
      req.type,
      req.dueDay,
      req.description,
      actor.userId,
      auth.grant?.id ?? null,
      req.key,
      actor.meta?.ip ?? null,
      actor.meta?.port ?? null,
      actor.meta?.userAgent?.slice(0, 400) ?? null,
    ],
  );
  const r = (await serviceRequestsByIds(tx, [rows[0]!.id])).get(rows[0]!.id)!;
  const requester = auth.grant
    ? { fullName: auth.grant.invitee.fullName, email: auth.grant.invitee.email }
    : (
        await tx.execute<{ fullName: string; email: string }[]>(
          `select full_name as "fullName", email from app_user where id = ?`,
          [actor.userId],
        )
      )[0]!;
  if (auth.kind === 'GRANTED') {
    await recordActivity(tx, deps.pubsub, auth.grant, AccessGrantEventType.SERVICE_REQUESTED, actor, {
      installationNumber: r.installation_number,
      serviceRequestId: r.id,
      protocolNumber: r.protocol_number,
    });
  }
  await serviceRequestMade(tx, deps, r, requester, auth);
  return r;
}

/**
 * Idempotency: the same key from the same person never makes a second request (a replay returns the
 * first, judged again at this moment); of two concurrent calls with one key, the loser of the unique
 * index returns the winner's.
 */
export async function requestService(
  em: EntityManager,
  deps: RequestServiceDeps,
  caller: Caller,
  actor: Actor,
  input: RequestServiceRequest,
): Promise<ServiceRequestRow> {
  const req = validate(input);
  await authorizeInstallationAction(em, caller, 'REQUEST_SERVICE', req.number);
  const previous = await byKey(em, actor.userId!, req.key);
  if (previous) return replay(em, previous, req);
  try {
    return await em.transactional((tx) => insert(tx, deps, caller, actor, req));
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = await byKey(em, actor.userId!, req.key);
      if (winner) return replay(em, winner, req);
    }
    throw err;
  }
}
