import type { EntityManager } from '@mikro-orm/postgresql';
import type { Brand } from '@delega/shared/brand';
import { brandOf, type Config } from '../../config/config.ts';
import { AppError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { RequestMeta } from '../../common/request-meta.ts';
import type { Viewer } from '../accounts/session.service.ts';
import { asDate, asDateOrNull } from '../../db/sql.ts';
import { AccessGrantEventType, type ActorRole } from '../grants/access-grant-event.entity.ts';
import { EFFECTIVE_ENDED_AT, EFFECTIVE_STATUS } from '../grants/access-grant.sql.ts';
import { actorRoleOf, authorize, person } from '../grants/grant-access.policy.ts';
import { recordStep } from '../grants/grant-audit.ts';
import { canonicalScopes, SCOPE_LABELS } from '../grants/access-grant-scope.ts';
import { PdfRenderPool } from './pdf-pool.ts';
import {
  buildProtocolDocument,
  type LiveStatus,
  type ProtocolData,
  type ProtocolInstallation,
} from './protocol-document.ts';

/** Public facts about a protocol: no personal data. */
export interface ProtocolFacts {
  protocolNumber: string;
  status: LiveStatus;
  createdAt: Date;
  inviteExpiresAt: Date;
  acceptedAt: Date | null;
  endedAt: Date | null;
  installationCount: number;
  activeInstallationCount: number;
}

/** The status and dates of a protocol, on the grant `g` (see `datesOf`). */
const STATUS_COLUMNS = `g.protocol_number, ${EFFECTIVE_STATUS} as live_status, g.created_at, g.invite_expires_at,
  g.accepted_at, ${EFFECTIVE_ENDED_AT} as ended_at`;

interface StatusRow {
  protocol_number: string;
  live_status: LiveStatus;
  created_at: Date;
  invite_expires_at: Date;
  accepted_at: Date | null;
  ended_at: Date | null;
}

function datesOf(r: StatusRow) {
  return {
    protocolNumber: r.protocol_number,
    status: r.live_status,
    createdAt: asDate(r.created_at),
    inviteExpiresAt: asDate(r.invite_expires_at),
    acceptedAt: asDateOrNull(r.accepted_at),
    endedAt: asDateOrNull(r.ended_at),
  };
}

interface ProtocolRow extends StatusRow {
  id: string;
  verification_code: string;
  titular_id: string;
  invitee_id: string | null;
  business_partner_id: string;
  titular_name: string;
  titular_cpf: string;
  partner_number: string;
  partner_name: string;
  partner_document: string;
  invitee_full_name: string;
  invitee_cpf: string;
  invitee_email: string;
  titular_terms_version: string;
  invitee_permission_terms_version: string | null;
  invitee_platform_terms_version: string | null;
  valid_until: Date | null;
  scopes: string[];
}

/** The PDF protocol of an invite and its public verification. */
export class ProtocolService {
  private pool: PdfRenderPool | null = null;

  constructor(private readonly deps: { config: Config; log: Logger; pool?: PdfRenderPool }) {
    this.pool = deps.pool ?? null;
  }

  /** The names the PDFs print (the bill's too: billing renders through this service). */
  get brand(): Brand {
    return brandOf(this.deps.config);
  }

  /** The render threads, started on first use. */
  get renderPool(): PdfRenderPool {
    this.pool ??= new PdfRenderPool({ log: this.deps.log });
    return this.pool;
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }

  /**
   * Loads the protocol of `grantId` for `viewer`: the titular, or the invitee once accepted. Anyone
   * else, and unknown ids, get NOT_FOUND (existence is not revealed).
   */
  async load(
    em: EntityManager,
    grantId: string,
    viewer: Viewer,
    /** The partners the viewer is titular of now: any current representative reads its grants' protocols. */
    partnerIds?: readonly string[],
  ): Promise<{ data: ProtocolData; role: ActorRole; grantId: string }> {
    const rows = await em.execute<ProtocolRow[]>(
      `select g.id, g.verification_code, ${STATUS_COLUMNS},
              g.titular_id, g.invitee_id, g.business_partner_id, t.full_name as titular_name, t.cpf as titular_cpf,
              bp.number as partner_number, bp.name as partner_name, bp.document as partner_document,
              g.invitee_full_name, g.invitee_cpf, g.invitee_email, g.titular_terms_version,
              g.invitee_permission_terms_version, g.invitee_platform_terms_version, g.valid_until, g.scopes
         from access_grant g
         join app_user t on t.id = g.titular_id
         join business_partner bp on bp.id = g.business_partner_id
        where g.id = ?`,
      [grantId],
    );
    const g = rows[0];
    if (!g) throw new AppError('NOT_FOUND', 'Protocolo não encontrado.');
    // The titular, or the invitee once accepted; anyone else reads NOT_FOUND, like an unknown id.
    const kind = authorize(person(viewer.userId, null, partnerIds), 'DOWNLOAD_PROTOCOL', {
      titularId: g.titular_id,
      inviteeId: g.invitee_id,
      inviteeCpf: g.invitee_cpf,
      businessPartnerId: g.business_partner_id,
    });
    const role = actorRoleOf(kind);

    const installations = await em.execute<
      Array<
        Omit<ProtocolInstallation, 'revokedAt' | 'streetNumber' | 'postalCode'> & {
          street_number: string;
          postal_code: string;
          revoked_at: Date | null;
        }
      >
    >(
      `select i.number, i.street, i.street_number, i.complement, i.district, i.city, i.state, i.postal_code, gi.revoked_at
         from access_grant_installation gi
         join installation i on i.id = gi.installation_id
        where gi.grant_id = ?
        order by i.number`,
      [grantId],
    );

    return {
      grantId: g.id,
      role,
      data: {
        ...datesOf(g),
        verificationCode: g.verification_code,
        titular: { fullName: g.titular_name, cpf: g.titular_cpf },
        partner: { number: g.partner_number, name: g.partner_name, document: g.partner_document },
        invitee: { fullName: g.invitee_full_name, cpf: g.invitee_cpf, email: g.invitee_email },
        titularTermsVersion: g.titular_terms_version,
        inviteeTermsVersions: {
          permission: g.invitee_permission_terms_version,
          platform: g.invitee_platform_terms_version,
        },
        validUntil: asDateOrNull(g.valid_until),
        scopes: canonicalScopes(g.scopes).map((s) => SCOPE_LABELS[s]),
        installations: installations.map((i) => ({
          number: i.number,
          street: i.street,
          streetNumber: i.street_number,
          complement: i.complement,
          district: i.district,
          city: i.city,
          state: i.state,
          postalCode: i.postal_code,
          revokedAt: asDateOrNull(i.revoked_at),
        })),
      },
    };
  }

  /** Renders the PDF in a worker thread. */
  async render(data: ProtocolData, generatedAt = new Date()): Promise<Buffer> {
    const { doc, footerText } = buildProtocolDocument(data, {
      portalUrl: this.deps.config.PORTAL_URL,
      generatedAt,
      inviteTtlHours: this.deps.config.INVITE_TTL_HOURS,
      brand: this.brand,
    });
    return this.renderPool.render(doc, footerText);
  }

  /** "BAIXAR PROTOCOLO": authorizes, renders and records the download in the audit trail. */
  async download(
    em: EntityManager,
    grantId: string,
    viewer: Viewer,
    meta: RequestMeta,
    partnerIds?: readonly string[],
  ): Promise<{ filename: string; pdf: Buffer }> {
    const { data, role } = await this.load(em, grantId, viewer, partnerIds);
    const pdf = await this.render(data);
    await recordStep(em, {
      grantId,
      type: AccessGrantEventType.PROTOCOL_DOWNLOADED,
      role,
      actor: { userId: viewer.userId, meta },
      data: { installationCount: data.installations.length, status: data.status },
    });
    this.deps.log.info(
      { grantId, role, bytes: pdf.length, requestId: meta.requestId },
      'protocol downloaded',
    );
    return { filename: `protocolo-${data.protocolNumber.replace(/[^\w-]/g, '')}.pdf`, pdf };
  }

  /** Public verification by code: live status, dates and counts; null when unknown. */
  async verify(em: EntityManager, code: string): Promise<ProtocolFacts | null> {
    const normalized = code.trim().toUpperCase();
    if (!/^[0-9A-Z]{8,32}$/.test(normalized)) return null;
    const rows = await em.execute<
      (StatusRow & { installation_count: number; active_count: string | number })[]
    >(
      `select ${STATUS_COLUMNS}, g.installation_count,
              case when ${EFFECTIVE_STATUS} in ('INVITED', 'ACCEPTED')
                   then (select count(*) from access_grant_installation gi where gi.grant_id = g.id and gi.revoked_at is null)
                   else 0 end as active_count
         from access_grant g
        where g.verification_code = ?`,
      [normalized],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      ...datesOf(r),
      installationCount: r.installation_count,
      activeInstallationCount: Number(r.active_count),
    };
  }
}
