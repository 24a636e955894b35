import type { MeQuery } from '#lib/graphql/generated/graphql.ts';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user, loaded from the API with the session cookie on every request. */
      user: MeQuery['me'] | null;
      /** Session token from the HttpOnly cookie; never sent to the browser. */
      token: string | null;
    }
    interface PageData {
      user?: MeQuery['me'] | null;
      /** The invite link's validity in words ("12 horas"), from INVITE_TTL_HOURS (root layout). */
      inviteValidity: string;
      /** Product and distributor names and the support phone, from configuration (root layout). */
      brand: { product: string; distributor: string; supportPhone: string | null };
    }
  }
}

export {};
