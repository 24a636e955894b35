import { createHash } from 'node:crypto';
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
  type ProtocolOptions,
} from './protocol-document.ts';
import { freshStoredProtocol, PROTOCOL_LAYOUT_VERSION, storeProtocol } from './protocol-store.ts';

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
  installation_count: number;
}

/** The titular, or the invitee once accepted; anyone else reads NOT_FOUND, like an unknown id. */
function downloadRole(g: ProtocolRow, viewer: Viewer, partnerIds?: readonly string[]): ActorRole {
  const kind = authorize(person(viewer.userId, null, partnerIds), 'DOWNLOAD_PROTOCOL', {
    titularId: g.titular_id,
    inviteeId: g.invitee_id,
    inviteeCpf: g.invitee_cpf,
    businessPartnerId: g.business_partner_id,
  });
  return actorRoleOf(kind);
}

interface InstallationRow {
  number: string;
  street: string;
  street_number: string;
  complement: string | null;
  district: string;
  city: string;
  state: string;
  postal_code: string;
  revoked_at: Date | null;
}

async function installationsOf(em: EntityManager, grantId: string): Promise<InstallationRow[]> {
  return em.execute<InstallationRow[]>(
    `select i.number, i.street, i.street_number, i.complement, i.district, i.city, i.state, i.postal_code, gi.revoked_at
       from access_grant_installation gi
       join installation i on i.id = gi.installation_id
      where gi.grant_id = ?
      order by i.number`,
    [grantId],
  );
}

function toProtocolData(g: ProtocolRow, installations: InstallationRow[]): ProtocolData {
  return {
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
    installations: installations.map((i): ProtocolInstallation => ({
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
  };
}

/** The PDF protocol of an invite and its public verification. */
export class ProtocolService {
  private pool: PdfRenderPool | null = null;
  /** Renders under way in this process, by grant id and fingerprint. */
  private readonly rendering = new Map<string, Promise<Buffer>>();

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
    const g = await this.grantRow(em, grantId);
    const role = downloadRole(g, viewer, partnerIds);
    return { grantId: g.id, role, data: toProtocolData(g, await installationsOf(em, grantId)) };
  }

  private async grantRow(em: EntityManager, grantId: string): Promise<ProtocolRow> {
    const rows = await em.execute<ProtocolRow[]>(
      `select g.id, g.verification_code, ${STATUS_COLUMNS},
              g.titular_id, g.invitee_id, g.business_partner_id, t.full_name as titular_name, t.cpf as titular_cpf,
              bp.number as partner_number, bp.name as partner_name, bp.document as partner_document,
              g.invitee_full_name, g.invitee_cpf, g.invitee_email, g.titular_terms_version,
              g.invitee_permission_terms_version, g.invitee_platform_terms_version, g.valid_until, g.scopes,
              g.installation_count
         from access_grant g
         join app_user t on t.id = g.titular_id
         join business_partner bp on bp.id = g.business_partner_id
        where g.id = ?`,
      [grantId],
    );
    const g = rows[0];
    if (!g) throw new AppError('NOT_FOUND', 'Protocolo não encontrado.');
    return g;
  }

  /** Renders the PDF in a worker thread. */
  async render(data: ProtocolData, generatedAt = new Date()): Promise<Buffer> {
    const { doc, footerText } = buildProtocolDocument(data, this.documentOptions(generatedAt));
    return this.renderPool.render(doc, footerText);
  }

  private documentOptions(generatedAt: Date): ProtocolOptions {
    return {
      portalUrl: this.deps.config.PORTAL_URL,
      generatedAt,
      inviteTtlHours: this.deps.config.INVITE_TTL_HOURS,
      brand: this.brand,
    };
  }

  /**
   * The grant's PDF as it is now: the stored bytes while their fingerprint still matches the grant
   * (protocol-store.ts), else a new render, stored for the next download. Concurrent requests for the
   * same fingerprint in this process share one render.
   */
  private async currentPdf(em: EntityManager, g: ProtocolRow): Promise<{ pdf: Buffer; stored: boolean }> {
    const { generatedAt: _, ...options } = this.documentOptions(new Date());
    const rowDigest = createHash('sha256')
      .update(JSON.stringify([PROTOCOL_LAYOUT_VERSION, options, g]))
      .digest('hex');
    const fresh = await freshStoredProtocol(em, g.id, rowDigest);
    if (fresh.pdf) return { pdf: fresh.pdf, stored: true };
    const key = `${g.id}:${fresh.fingerprint}`;
    let rendering = this.rendering.get(key);
    if (!rendering) {
      rendering = this.renderAndStore(em, g, fresh.fingerprint).finally(() => this.rendering.delete(key));
      this.rendering.set(key, rendering);
    }
    return { pdf: await rendering, stored: false };
  }

  private async renderAndStore(em: EntityManager, g: ProtocolRow, fingerprint: string): Promise<Buffer> {
    const pdf = await this.render(toProtocolData(g, await installationsOf(em, g.id)));
    // Installations read after the fingerprint can only be newer: at worst the next download renders again.
    await storeProtocol(em, g.id, fingerprint, pdf).catch((err: unknown) => {
      this.deps.log.warn({ err, grantId: g.id }, 'protocol PDF not stored');
    });
    return pdf;
  }

  /**
   * Renders and stores the grant's PDF ahead of its download (after the grant is created or changes),
   * unless the stored one is still current. Unknown grants are skipped.
   */
  async prepare(em: EntityManager, grantId: string): Promise<'rendered' | 'current' | 'unknown'> {
    const g = await this.grantRow(em, grantId).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
      throw err;
    });
    if (!g) return 'unknown';
    return (await this.currentPdf(em, g)).stored ? 'current' : 'rendered';
  }

  /** "BAIXAR PROTOCOLO": authorizes, serves the current PDF and records the download in the audit trail. */
  async download(
    em: EntityManager,
    grantId: string,
    viewer: Viewer,
    meta: RequestMeta,
    partnerIds?: readonly string[],
  ): Promise<{ filename: string; pdf: Buffer }> {
    const g = await this.grantRow(em, grantId);
    const role = downloadRole(g, viewer, partnerIds);
    const { pdf, stored } = await this.currentPdf(em, g);
    await recordStep(em, {
      grantId,
      type: AccessGrantEventType.PROTOCOL_DOWNLOADED,
      role,
      actor: { userId: viewer.userId, meta },
      data: { installationCount: g.installation_count, status: g.live_status },
    });
    this.deps.log.info(
      { grantId, role, bytes: pdf.length, stored, requestId: meta.requestId },
      'protocol downloaded',
    );
    return { filename: `protocolo-${g.protocol_number.replace(/[^\w-]/g, '')}.pdf`, pdf };
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
