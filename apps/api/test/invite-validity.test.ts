// INVITE_TTL_HOURS is one value: the link's expiry and every e-mail text that states the validity.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createWorld, invite, mails } from './grants-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ env: { INVITE_TTL_HOURS: '2', WORKERS_ENABLED: 'false' } });
});
afterAll(() => api.close());

it('an invite valid for 2 hours expires after 2 hours and its e-mail says "2 horas"', async () => {
  const w = await createWorld(api);
  const { grant } = await invite(api, w);
  const hours = (Date.parse(grant.inviteExpiresAt) - Date.parse(grant.createdAt)) / 3_600_000;
  expect(hours).toBeCloseTo(2, 2);
  const sent = (await mails(api, 'access-invite')).find((m) => m.to_email === grant.invitee.email);
  expect(sent?.text).toContain('o link vale por 2 horas: até');
  expect(sent?.text).not.toContain('12 horas');
});
