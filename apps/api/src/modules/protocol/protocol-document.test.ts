import { describe, expect, it } from 'vitest';
import { buildProtocolDocument, type ProtocolData } from './protocol-document.ts';

const at = new Date('2026-11-27T14:06:00Z');
const data: ProtocolData = {
  protocolNumber: '2026-000001',
  verificationCode: 'abc',
  status: 'ACCEPTED',
  createdAt: at,
  inviteExpiresAt: at,
  acceptedAt: at,
  endedAt: null,
  titular: { fullName: 'Ana Souza', cpf: '11144477735' },
  partner: { number: '0012345678', name: 'Souza Comércio Ltda.', document: '11144477735' },
  invitee: { fullName: 'Bruno Lima', cpf: '52998224725', email: 'bruno@exemplo.com.br' },
  titularTermsVersion: '2026-07',
  inviteeTermsVersions: { permission: '2026-07', platform: '2026-03' },
  validUntil: new Date('2027-06-30T02:59:59Z'),
  installations: [],
};

const text = (d: ProtocolData, inviteTtlHours?: number) =>
  JSON.stringify(
    buildProtocolDocument(d, { portalUrl: 'https://portal.example', generatedAt: at, inviteTtlHours }).doc,
  );

describe('protocol document', () => {
  it('names the configured distributor in the terms and the configured product in its metadata', () => {
    expect(text(data)).toContain('no site da CPFL');
    const brand = { product: 'Acesso Fácil', distributor: 'Energia Sul', supportPhone: null };
    const doc = JSON.stringify(
      buildProtocolDocument(data, { portalUrl: 'https://portal.example', generatedAt: at, brand }).doc,
    );
    expect(doc).toContain('no site da Energia Sul');
    expect(doc).toContain('Termos de Uso das Plataformas do Grupo Energia Sul');
    expect(doc).toContain('"producer":"Acesso Fácil"');
    expect(doc).not.toContain('CPFL');
  });

  it('shows the validity the titular chose, or that it lasts until revoked', () => {
    expect(text(data)).toContain('Prazo da permissão');
    expect(text(data)).toContain('Até 29/06/2027 às 23:59 (horário de Brasília)');
    expect(text({ ...data, validUntil: null })).toContain('Até ser retirada pelo titular');
  });

  it('shows the terms versions both people accepted', () => {
    expect(text(data)).toContain(
      'Titular: Termos da Permissão de Acesso, versão 2026-07. Pessoa convidada: Termos da Permissão de Acesso, versão 2026-07; Termos de Uso das Plataformas, versão 2026-03.',
    );
    expect(text({ ...data, inviteeTermsVersions: { permission: null, platform: null } })).toContain(
      'Pessoa convidada: ainda não aceitou.',
    );
  });

  it('says the configured invite validity, never a fixed "12 horas"', () => {
    const doc = text(data, 24);
    expect(doc).toContain('24 horas, até');
    expect(doc).toContain('nas próximas 24 horas');
    expect(doc).not.toContain('12 horas');
  });
});
