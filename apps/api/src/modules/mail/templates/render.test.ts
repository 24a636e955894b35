import { DEFAULT_BRAND } from '@delega/shared/brand';
import { describe, expect, it } from 'vitest';
import type { MailTemplateName, MailTemplates } from '../mail.types.ts';
import { formatDateTime, installationsLabel } from './format.ts';
import { escapeHtml, renderMail, TEMPLATE_NAMES } from './render.ts';

const ctx = { portalUrl: 'https://portal.example', inviteTtlHours: 12, brand: DEFAULT_BRAND };
// 14:06 UTC = 11:06 in São Paulo (UTC−3, no daylight saving since 2019).
const at = new Date('2026-11-27T14:06:00Z');

const samples: { [K in MailTemplateName]: MailTemplates[K] } = {
  'titularity-code': {
    partnerName: 'Ana Souza',
    code: '123456',
    expiresAt: at,
    portalUrl: 'https://portal.example/instalacoes',
  },
  'cpf-reclaimed': {
    fullName: 'Ana Souza',
    side: 'PREVIOUS',
    signInUrl: 'https://portal.example/entrar',
    at,
  },
  'email-verification': {
    fullName: 'Ana Souza',
    verifyUrl: 'https://portal.example/verificar?t=abc',
    expiresAt: at,
  },
  'password-reset': { fullName: 'Ana Souza', resetUrl: 'https://portal.example/senha?t=abc', expiresAt: at },
  'account-exists': {
    fullName: 'Ana Souza',
    signInUrl: 'https://portal.example/entrar',
    resetUrl: 'https://portal.example/esqueci',
  },
  'access-invite': {
    inviteeName: 'Bruno Lima',
    titularName: 'Ana Souza',
    businessPartnerName: 'Souza Comércio Ltda.',
    installationCount: 3,
    inviteUrl: 'https://portal.example/convite/tok',
    expiresAt: at,
  },
  'access-invite-accepted': {
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    protocolNumber: '2026-000001',
    installationCount: 1,
    grantsUrl: 'https://portal.example/acessos',
    acceptedAt: at,
  },
  'access-invite-declined': {
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    protocolNumber: '2026-000001',
    grantsUrl: 'https://portal.example/acessos',
    declinedAt: at,
  },
  'access-revoked': {
    inviteeName: 'Bruno Lima',
    titularName: 'Ana Souza',
    businessPartnerName: 'Souza Comércio Ltda.',
    protocolNumber: '2026-000001',
    installationNumbers: ['0012345', '0012346'],
    wholeGrant: false,
    revokedAt: at,
  },
  'access-renounced': {
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    protocolNumber: '2026-000001',
    grantsUrl: 'https://portal.example/acessos',
    renouncedAt: at,
  },
  'access-invite-expired': {
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    protocolNumber: '2026-000001',
    reinviteUrl: 'https://portal.example/conceder?refazer=1',
    expiredAt: at,
  },
  'service-request-received': {
    requesterName: 'Bruno Lima',
    protocolNumber: 'SR-2026-000001',
    serviceLabel: 'Alteração da data de vencimento',
    detail: 'Novo dia de vencimento: 10.',
    installationNumber: '0012345678',
    onBehalfOf: 'Ana Souza',
    requestedAt: at,
    requestsUrl: 'https://portal.example/instalacoes/0012345678/solicitacoes',
  },
  'service-request-on-your-behalf': {
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    protocolNumber: 'SR-2026-000001',
    serviceLabel: 'Informar falta de energia',
    detail: null,
    installationNumber: '0012345678',
    grantProtocolNumber: '2026-000001',
    requestedAt: at,
    activityUrl: 'https://portal.example/acessos-concedidos?atividade=1',
  },
  'access-scopes-narrowed': {
    inviteeName: 'Bruno Lima',
    titularName: 'Ana Souza',
    businessPartnerName: 'Ana Souza',
    protocolNumber: '2026-000001',
    remaining: ['Consultar contas e consumo'],
    removed: ['Fazer solicitações'],
    narrowedAt: at,
  },
  'access-ended': {
    recipientName: 'Bruno Lima',
    recipient: 'INVITEE',
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    businessPartnerName: 'Souza Comércio Ltda.',
    protocolNumber: '2026-000001',
    reason: 'TITULARITY_CHANGED',
    installationNumbers: [],
    wholeGrant: true,
    wasInvite: false,
    endedAt: at,
    portalUrl: 'https://portal.example',
  },
  'access-validity-reminder': {
    recipientName: 'Ana Souza',
    recipient: 'TITULAR',
    titularName: 'Ana Souza',
    inviteeName: 'Bruno Lima',
    businessPartnerName: 'Souza Comércio Ltda.',
    protocolNumber: '2026-000001',
    validUntil: at,
    url: 'https://portal.example/acessos-concedidos',
  },
  'access-validity-changed': {
    inviteeName: 'Bruno Lima',
    titularName: 'Ana Souza',
    businessPartnerName: 'Souza Comércio Ltda.',
    protocolNumber: '2026-000001',
    validUntil: null,
    url: 'https://portal.example/acessos-recebidos',
  },
  'webhook-endpoint-disabled': {
    team: 'atendimento-ura',
    endpointId: '5f0c2d3e-0000-4000-8000-000000000001',
    url: 'https://ura.example/hooks',
    reason: 'GONE',
    disabledAt: at,
  },
};

describe('formatting', () => {
  it('formats dates in America/Sao_Paulo whatever the process time zone', () => {
    expect(formatDateTime(at)).toBe('27/11/2026 às 11:06 (horário de Brasília)');
    expect(formatDateTime(new Date('2026-11-27T02:30:00Z'))).toBe(
      '26/11/2026 às 23:30 (horário de Brasília)',
    );
  });

  it('pluralises installations with pt-BR thousands', () => {
    expect(installationsLabel(1)).toBe('1 instalação');
    expect(installationsLabel(10000)).toBe('10.000 instalações');
  });

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderMail', () => {
  it.each(TEMPLATE_NAMES)('%s renders Portuguese HTML and text with its links', (name) => {
    const m = renderMail(name, samples[name] as never, ctx);
    expect(m.subject.length).toBeGreaterThan(5);
    expect(m.html).toContain('<html lang="pt-BR">');
    expect(m.html).not.toMatch(/<img|<script|<style/i);
    expect(m.text).not.toMatch(/<[a-z]/i);
    expect(m.links.length).toBeGreaterThan(0);
    for (const link of m.links) {
      expect(m.text).toContain(link);
      expect(m.html).toContain(`href="${link}"`);
    }
  });

  it('every template of the contract has a renderer', () => {
    expect([...TEMPLATE_NAMES].sort()).toEqual(Object.keys(samples).sort());
  });

  it('invite: who, partner, count, link, exact local expiry; no CPF, no address', () => {
    const m = renderMail('access-invite', samples['access-invite'], ctx);
    for (const body of [m.html, m.text]) {
      expect(body).toContain('Ana Souza');
      expect(body).toContain('Souza Comércio Ltda.');
      expect(body).toContain('3 instalações');
      expect(body).toContain('https://portal.example/convite/tok');
      expect(body).toContain('12 horas');
      expect(body).toContain('27/11/2026 às 11:06 (horário de Brasília)');
      expect(body).not.toMatch(/\d{3}\.\d{3}\.\d{3}-\d{2}|\bCPF\b.*\d/);
      expect(body).not.toMatch(/Rua |Avenida /);
    }
    expect(m.links).toEqual(['https://portal.example/convite/tok']);
  });

  it('says the configured invite validity, not a fixed one', () => {
    const invite = renderMail('access-invite', samples['access-invite'], { ...ctx, inviteTtlHours: 1 });
    const expired = renderMail('access-invite-expired', samples['access-invite-expired'], {
      ...ctx,
      inviteTtlHours: 24,
    });
    for (const body of [invite.html, invite.text]) {
      expect(body).toContain('o link vale por 1 hora: até');
      expect(body).not.toContain('12 horas');
    }
    expect(invite.html).toContain('Convite válido por 1 hora, até');
    for (const body of [expired.html, expired.text]) {
      expect(body).toContain('não foi aceito dentro de 24 horas');
      expect(body).not.toContain('12 horas');
    }
  });

  it('escapes every interpolated value and keeps subjects on one line', () => {
    const evil = '<script>alert("x")</script>\r\nBcc: a@b.c';
    const m = renderMail(
      'access-invite',
      { ...samples['access-invite'], titularName: evil, businessPartnerName: '"><img src=x>' },
      ctx,
    );
    expect(m.html).not.toContain('<script>');
    expect(m.html).not.toContain('<img');
    expect(m.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(m.subject).not.toMatch(/[\r\n]/);
    expect(m.text).toContain('<script>'); // plain text is not HTML: shown literally
  });

  it('escapes quotes in links and refuses non-http links', () => {
    const m = renderMail(
      'password-reset',
      { ...samples['password-reset'], resetUrl: 'https://portal.example/r?a="b"&c=1' },
      ctx,
    );
    expect(m.html).not.toContain('"b"');
    expect(() =>
      renderMail('password-reset', { ...samples['password-reset'], resetUrl: 'javascript:alert(1)' }, ctx),
    ).toThrow();
  });

  it('revoked: lists the installation numbers, or says the whole grant ended', () => {
    const partial = renderMail('access-revoked', samples['access-revoked'], ctx);
    expect(partial.text).toContain('Instalação nº 0012345');
    expect(partial.text).toContain('Instalação nº 0012346');
    expect(partial.text).toContain('2 instalações');
    const whole = renderMail(
      'access-revoked',
      { ...samples['access-revoked'], wholeGrant: true, installationNumbers: [] },
      ctx,
    );
    expect(whole.text).toContain('não pode mais atuar');
    expect(whole.subject).toContain('foi retirado');
  });

  it('invite: says the validity the titular chose, or that it lasts until revoked', () => {
    const until = renderMail('access-invite', { ...samples['access-invite'], validUntil: at }, ctx);
    expect(until.text).toContain('Prazo da permissão: até 27/11/2026 às 11:06 (horário de Brasília).');
    const open = renderMail('access-invite', samples['access-invite'], ctx);
    expect(open.text).toContain('Prazo da permissão: até ser retirada por quem concedeu.');
  });

  it('ended: says why, to each person, and lists installations that left a grant that goes on', () => {
    const whole = renderMail('access-ended', samples['access-ended'], ctx);
    expect(whole.text).toContain('A permissão de acesso que Ana Souza concedeu a você terminou');
    expect(whole.text).toContain('troca de titularidade');
    const partial = renderMail(
      'access-ended',
      {
        ...samples['access-ended'],
        recipient: 'TITULAR',
        recipientName: 'Ana Souza',
        reason: 'INSTALLATION_DEACTIVATED',
        wholeGrant: false,
        installationNumbers: ['0012345'],
      },
      ctx,
    );
    expect(partial.text).toContain('1 instalação saiu da permissão de acesso que você concedeu a Bruno Lima');
    expect(partial.text).toContain('Instalação nº 0012345');
    expect(partial.text).toContain('a instalação foi desligada');
    const validity = renderMail(
      'access-ended',
      { ...samples['access-ended'], reason: 'VALIDITY_ENDED' },
      ctx,
    );
    expect(validity.text).toContain('chegou ao fim o prazo escolhido');
  });

  it('expired: links to re-invite', () => {
    const m = renderMail('access-invite-expired', samples['access-invite-expired'], ctx);
    expect(m.links).toEqual(['https://portal.example/conceder?refazer=1']);
    expect(m.text).toContain('Convidar novamente');
  });

  it('signs with the configured product and distributor, and the support phone only when set', () => {
    const plain = renderMail('access-invite', samples['access-invite'], ctx);
    expect(plain.text).toContain('Delega – Portal do Cliente CPFL');
    expect(plain.text).not.toContain('Atendimento');
    const brand = { product: 'Acesso Fácil', distributor: 'Energia Sul', supportPhone: '0800 010 2570' };
    const m = renderMail('access-invite', samples['access-invite'], { ...ctx, brand });
    for (const body of [m.html, m.text]) {
      expect(body).toContain('Acesso Fácil – Portal do Cliente Energia Sul');
      expect(body).toContain('Atendimento Energia Sul: 0800 010 2570');
      expect(body).not.toContain('CPFL');
    }
  });
});
