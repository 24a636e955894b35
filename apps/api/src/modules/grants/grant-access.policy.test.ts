import { describe, expect, it } from 'vitest';
import { AppError } from '../../common/errors.ts';
import { ActorRole } from './access-grant-event.entity.ts';
import {
  actorRoleOf,
  authorize,
  decide,
  person,
  viewerKind,
  type Caller,
  type Decision,
  type GrantAction,
  type GrantParties,
} from './grant-access.policy.ts';

const TITULAR = 'titular-id';
const INVITEE = 'invitee-id';
const INVITED_CPF = '52998224725';

const accepted: GrantParties = { titularId: TITULAR, inviteeId: INVITEE, inviteeCpf: INVITED_CPF };
const open: GrantParties = { titularId: TITULAR, inviteeId: null, inviteeCpf: INVITED_CPF };

/** Each kind of caller, with the grant it is asked about. */
const VIEWERS: Record<string, { caller: Caller; grant: GrantParties }> = {
  titular: { caller: person(TITULAR, '11144477735'), grant: accepted },
  'invitee (accepted)': { caller: person(INVITEE, INVITED_CPF), grant: accepted },
  'invited person (not yet accepted)': { caller: person('someone', INVITED_CPF), grant: open },
  'service key': { caller: { kind: 'SERVICE_KEY' }, grant: accepted },
  stranger: { caller: person('stranger-id', '39053344705'), grant: accepted },
  'anonymous (link holder)': { caller: person(null), grant: open },
};

const A: Decision = 'ALLOWED';
const N: Decision = 'NOT_FOUND';
const F: Decision = 'FORBIDDEN';

//                                 titular invitee invited  key stranger anonymous
const EXPECTED: Record<GrantAction, Decision[]> = {
  VIEW: [A, A, N, F, N, N],
  VIEW_EVENTS: [A, A, N, F, N, N],
  SEE_INVITE_OUTCOME: [N, A, A, F, N, N],
  ACCEPT: [F, A, A, F, A, A],
  DECLINE: [A, A, A, F, A, A],
  REVOKE: [A, N, N, F, N, N],
  RESEND: [A, N, N, F, N, N],
  RENOUNCE: [N, A, N, F, N, N],
  DOWNLOAD_PROTOCOL: [A, A, N, F, N, N],
  VIEW_ACTIVITY: [A, A, N, F, N, N],
  NARROW_SCOPES: [A, N, N, F, N, N],
  CHANGE_VALIDITY: [A, N, N, F, N, N],
};

const cases = Object.entries(EXPECTED).flatMap(([action, decisions]) =>
  Object.entries(VIEWERS).map(([who, v], i) => ({
    action: action as GrantAction,
    who,
    ...v,
    expected: decisions[i]!,
  })),
);

describe('company grants: any current representative manages them; a former one only looks', () => {
  const PARTNER = 'partner-id';
  const grant: GrantParties = { ...accepted, businessPartnerId: PARTNER };
  const otherRepresentative = person('rep-b', '39053344705', [PARTNER]);
  const formerCreator = person(TITULAR, '11144477735', []);

  it.each(['REVOKE', 'RESEND', 'CHANGE_VALIDITY', 'NARROW_SCOPES', 'VIEW', 'VIEW_ACTIVITY'] as GrantAction[])(
    '%s by another current representative: ALLOWED',
    (action) => {
      expect(viewerKind(otherRepresentative, grant)).toBe('TITULAR');
      expect(decide(otherRepresentative, action, grant)).toBe('ALLOWED');
    },
  );

  it.each(['REVOKE', 'RESEND', 'CHANGE_VALIDITY', 'NARROW_SCOPES'] as GrantAction[])(
    '%s by its creator who is no longer titular: FORBIDDEN, saying why',
    (action) => {
      expect(decide(formerCreator, 'VIEW', grant)).toBe('ALLOWED');
      expect(() => authorize(formerCreator, action, grant)).toThrow(/não é mais titular/);
    },
  );
});

describe('grant access policy', () => {
  it.each(cases)('$action by the $who: $expected', ({ action, caller, grant, expected }) => {
    expect(decide(caller, action, grant)).toBe(expected);
  });

  it('classifies callers: titular first, the invitee by account or by the invited CPF', () => {
    expect(Object.values(VIEWERS).map((v) => viewerKind(v.caller, v.grant))).toEqual([
      'TITULAR',
      'INVITEE',
      'INVITEE',
      'SERVICE_KEY',
      'STRANGER',
      'STRANGER',
    ]);
    expect(viewerKind(person(INVITEE), accepted)).toBe('INVITEE'); // by account, CPF not read
  });

  it('refuses with the errors a customer reads', () => {
    const refusal = (caller: Caller, action: GrantAction, grant: GrantParties) => {
      try {
        authorize(caller, action, grant);
      } catch (err) {
        expect(err).toBeInstanceOf(AppError);
        return { code: (err as AppError).code, message: (err as AppError).message };
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(person('x'), 'VIEW', accepted)).toEqual({
      code: 'NOT_FOUND',
      message: 'Permissão de acesso não encontrada.',
    });
    expect(refusal(person('x'), 'DOWNLOAD_PROTOCOL', accepted)).toEqual({
      code: 'NOT_FOUND',
      message: 'Protocolo não encontrado.',
    });
    expect(refusal(person(TITULAR), 'ACCEPT', open)).toEqual({
      code: 'FORBIDDEN',
      message: 'Quem concede o acesso não pode aceitar o próprio convite.',
    });
    expect(refusal({ kind: 'SERVICE_KEY' }, 'REVOKE', accepted)).toEqual({
      code: 'FORBIDDEN',
      message: 'Esta chave de API não tem permissão para esta operação.',
    });
    expect(authorize(person(INVITEE), 'RENOUNCE', accepted)).toBe('INVITEE');
  });

  it('records a titular, an invitee or anyone else (ANONYMOUS) in the audit trail', () => {
    expect(actorRoleOf('TITULAR')).toBe(ActorRole.TITULAR);
    expect(actorRoleOf('INVITEE')).toBe(ActorRole.INVITEE);
    expect(actorRoleOf('STRANGER')).toBe(ActorRole.ANONYMOUS);
  });
});
