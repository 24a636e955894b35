import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Every page of this group is for a signed-in person: a visitor goes to "Entrar" and comes back here
// afterwards. The guard reads the URL, so it runs again on every navigation inside the group. It
// decides navigation only: the data stays protected by the API, which every page load calls with the
// visitor's own session.
export const load: LayoutServerLoad = ({ locals, url }) => {
  if (!locals.user) redirect(303, `/entrar?next=${encodeURIComponent(url.pathname + url.search)}`);
  return { user: locals.user };
};
