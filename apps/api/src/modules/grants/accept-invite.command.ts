// Aceite: the signed-in invitee accepts an invite.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, assertNoFieldErrors, type FieldErrors } from '../../common/errors.ts';
import { sqlFragment, type SqlFragment } from '../../db/sql.ts';
import { AccessGrantEventType, ActorRole } from './access-grant-event.entity.ts';
import { grantByToken, requireUser, type TokenGrant, type UserRow } from './access-grant.queries.ts';
import { accountIsTitularOf } from '../customers/titularity.sql.ts';
import { byInviteLink, partiesOf, WITHIN_VALIDITY } from './access-grant.sql.ts';
import { authorize, person } from './grant-access.policy.ts';
import { recordStep, type Actor } from './grant-audit.ts';
import { inviteInvalid } from './grant-errors.ts';
import { can } from './grant-state-machine.ts';
import { PERMISSION_TERMS_VERSION, PLATFORM_TERMS_VERSION } from './grant-terms.ts';
import { transition, type GrantDeps } from './grant-transition.ts';
import { inviteeMismatches } from './invitee-match.ts';

function andWhere(a: SqlFragment, b: SqlFragment): SqlFragment {
  return { text: `${a.text} and ${b.text}`, params: [...a.params, ...b.params] };
}

export interface AcceptInviteInput {
  token: string;
  acceptPermissionTerms: boolean;
  acceptPlatformTerms: boolean;
}

function assertTermsAccepted(input: AcceptInviteInput): void {
  const fields: FieldErrors = {};
  if (input.acceptPermissionTerms !== true) {
    fields.acceptPermissionTerms = 'Para aceitar, concorde com os Termos da Permissão de Acesso.';
  }
  if (input.acceptPlatformTerms !== true) {
    fields.acceptPlatformTerms = 'Para aceitar, concorde com os Termos de Uso das Plataformas do Grupo CPFL.';
  }
  assertNoFieldErrors(fields);
}

/**
 * Refuses an account that is not the invited person (INVITEE_MISMATCH, naming the fields), or whose
 * e-mail is unverified and came through the titular's copied link (EMAIL_NOT_VERIFIED). Each refusal
 * is recorded as ACCEPT_REFUSED outside any transaction, and the invite stays usable.
 */
async function refuseUnlessInvitee(em: EntityManager, g: TokenGrant, user: UserRow, actor: Actor) {
  const mismatched = inviteeMismatches(
    { fullName: user.full_name, cpf: user.cpf, email: user.email },
    g.invitee,
  );
  if (Object.keys(mismatched).length > 0) {
    await recordStep(em, {
      grantId: g.id,
      type: AccessGrantEventType.ACCEPT_REFUSED,
      role: ActorRole.ANONYMOUS,
      actor,
      data: { reason: 'INVITEE_MISMATCH', mismatchedFields: Object.keys(mismatched) },
    });
    throw new AppError('INVITEE_MISMATCH', undefined, { fields: mismatched });
  }
  if (!user.email_verified_at && !g.viaMail) {
    await recordStep(em, {
      grantId: g.id,
      type: AccessGrantEventType.ACCEPT_REFUSED,
      role: ActorRole.INVITEE,
      actor,
      data: { reason: 'EMAIL_NOT_VERIFIED' },
    });
    throw new AppError(
      'EMAIL_NOT_VERIFIED',
      'Confirme o seu e-mail antes de aceitar: use o link do convite que enviamos ao seu e-mail ou o link de confirmação de cadastro.',
    );
  }
}

/**
 * E-mail verification. The invitee needs a verified e-mail address, and the link e-mailed to them is
 * itself a verification: it was sent to the invited e-mail, which must equal the account's, so
 * whoever opens it controls that mailbox; accepting through it sets `emailVerifiedAt`. The titular's
 * copy link (for WhatsApp) could be passed to anyone, so it proves nothing about the mailbox: it is
 * a different token, and through it an unverified account is refused (typically one just created by
 * someone typing another person's e-mail).
 *
 * Of any number of concurrent accepts exactly one wins: one conditional UPDATE decides.
 */
export async function acceptInvite(
  em: EntityManager,
  deps: GrantDeps,
  actor: Actor,
  input: AcceptInviteInput,
): Promise<string> {
  assertTermsAccepted(input);
  const g = await grantByToken(em, input.token);
  if (!g || !can('ACCEPT', g)) throw inviteInvalid();
  const user = await requireUser(em, actor.userId!);
  authorize(person(user.id, user.cpf), 'ACCEPT', partiesOf(g));
  await refuseUnlessInvitee(em, g, user, actor);
  const verifiesEmail = !user.email_verified_at && g.viaMail;
  return em.transactional(async (tx) => {
    await transition(tx, deps, {
      name: 'ACCEPT',
      grant: g,
      actor,
      role: ActorRole.INVITEE,
      refusal: inviteInvalid,
      set: sqlFragment(
        `invitee_id = ?, accepted_at = now(),
         invitee_permission_terms_version = ?, invitee_platform_terms_version = ?`,
        user.id,
        PERMISSION_TERMS_VERSION,
        PLATFORM_TERMS_VERSION,
      ),
      // At this moment: the titular still titular of the partner, the chosen validity still ahead.
      where: andWhere(
        byInviteLink(input.token),
        sqlFragment(`${WITHIN_VALIDITY} and ${accountIsTitularOf('g.business_partner_id', 'g.titular_id')}`),
      ),
      audit: {
        permissionTermsVersion: PERMISSION_TERMS_VERSION,
        platformTermsVersion: PLATFORM_TERMS_VERSION,
        via: g.viaMail ? 'EMAILED_LINK' : 'COPIED_LINK',
        ...(verifiesEmail ? { emailVerified: true } : {}),
      },
      becomes: { inviteeAccount: { id: user.id, fullName: user.full_name, email: user.email } },
      detail: {},
    });
    if (verifiesEmail) {
      await tx.execute(
        `update app_user set email_verified_at = now() where id = ? and email = ? and email_verified_at is null`,
        [user.id, g.invitee.email],
      );
    }
    return g.id;
  });
}
