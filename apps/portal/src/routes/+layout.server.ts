import { inviteValidityText } from '@delega/shared/invites';
import { firstName } from '@delega/shared/people';
import { portalConfig } from '#lib/server/config.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
  const config = portalConfig();
  return {
    user: locals.user,
    /** "Olá, Mariana" in the header (worked out here, so the people rules stay out of every page). */
    firstName: locals.user ? firstName(locals.user.fullName) : '',
    mailboxEnabled: config.mailboxEnabled,
    /** "12 horas": what every page says about the invite link's validity (INVITE_TTL_HOURS). */
    inviteValidity: inviteValidityText(config.inviteTtlHours),
    /** The product's and distributor's names and the support phone, from configuration. */
    brand: config.brand,
  };
};
