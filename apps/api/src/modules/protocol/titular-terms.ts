// The text the titular agrees to before sending an invite ("Antes de enviar o Convite, você precisa
// saber que:"), by version. The protocol prints the version recorded on the grant. The invite's
// validity is the configured one (INVITE_TTL_HOURS), said as `inviteValidityText` says it.
import { DISTRIBUTOR_NAME_DEFAULT } from '@delega/shared/brand';
import { inviteValidityText, PERMISSION_TERMS_VERSION } from '@delega/shared/invites';

/** The titular agrees to the Termos da Permissão de Acesso: its version is theirs. */
export const CURRENT_TITULAR_TERMS_VERSION: string = PERMISSION_TERMS_VERSION;

const TERMS_2026_07 = (inviteTtlHours: number, distributor: string): readonly string[] => [
  'Ao conceder a Permissão de Acesso à(s) sua(s) instalação(ões) a outra pessoa, você concorda com os Termos da Permissão de Acesso, reconhecendo que, as ações praticadas por ela serão válidas, por sua conta e ordem, pelo prazo em que a Permissão de Acesso estiver vigente.',
  `A pessoa convidada receberá um e-mail com um link para confirmar ou recusar o convite de permissão. Caso não seja aceito nas próximas ${inviteValidityText(inviteTtlHours)}, o link ficará indisponível. Nesse caso, o procedimento de envio do convite precisa ser feito novamente.`,
  `Ao acessar o link de aceite no e-mail de Convite, a pessoa será direcionada para uma página de login de acesso no site da ${distributor}. Nesse momento a pessoa deve entrar com sua conta de usuário existente (e-mail e senha) ou fazer o cadastro caso ainda não tenha.`,
  `Ao fazer login no site da ${distributor}, a pessoa pode confirmar o aceite do convite, sendo necessária também, a aceitação dos Termos da Permissão de Acesso e dos Termos de Uso das Plataformas do Grupo ${distributor}.`,
  `Ao finalizar o procedimento de aceite da Permissão de Acesso, a pessoa convidada poderá, em seu nome, fazer solicitações dos serviços descritos anteriormente. Você será informado sobre a validação do aceite em seu e-mail cadastrado na base de dados da ${distributor}.`,
  `Você pode retirar a Permissão de Acesso à(s) sua(s) instalação(ões) a qualquer momento e com efeitos imediatos. Isso pode ser feito no site ou aplicativo da ${distributor} através do ambiente logado com a sua conta de usuário.`,
];

const TERMS_BY_VERSION: Record<string, (inviteTtlHours: number, distributor: string) => readonly string[]> = {
  '2026-07': TERMS_2026_07,
};

/** The numbered points of a version; unknown versions fall back to the current text (flagged). */
export function titularTermsText(
  version: string,
  inviteTtlHours = 12,
  distributor: string = DISTRIBUTOR_NAME_DEFAULT,
): { points: readonly string[]; known: boolean } {
  const points = TERMS_BY_VERSION[version];
  return points
    ? { points: points(inviteTtlHours, distributor), known: true }
    : { points: TERMS_BY_VERSION[CURRENT_TITULAR_TERMS_VERSION]!(inviteTtlHours, distributor), known: false };
}
