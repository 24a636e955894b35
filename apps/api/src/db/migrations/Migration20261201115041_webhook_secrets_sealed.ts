import { Migration } from '@mikro-orm/migrations';
import { DEV_MAIL_KEYRING, mailKeyringProblem, parseMailKeyring, type MailKeyring } from '../../config/mail-keys.ts';
import { openSecret, sealSecret } from '../../modules/webhooks/webhook-secrets.ts';

/** The data-at-rest keyring the app seals with (MAIL_ENCRYPTION_KEYS; the development key elsewhere). */
function keyring(): MailKeyring {
  const value = process.env.MAIL_ENCRYPTION_KEYS;
  if (value && !mailKeyringProblem(value)) return parseMailKeyring(value);
  if (process.env.NODE_ENV === 'production')
    throw new Error('MAIL_ENCRYPTION_KEYS is needed to seal the existing webhook secrets');
  return DEV_MAIL_KEYRING;
}

interface PlainRow {
  id: string;
  secret: string;
  previous_secret: string | null;
}

interface SealedRow {
  id: string;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  secret_key_id: string;
}

// Webhook signing secrets were stored in the clear: seal every existing one, then drop the plain columns.
export class Migration20261201115041_webhook_secrets_sealed extends Migration {

  override name = 'Migration20261201115041_webhook_secrets_sealed';

  override async up(): Promise<void> {
    await this.execute(`alter table "webhook_endpoint" add "secret_sealed" varchar(200) null, add "previous_secret_sealed" varchar(200) null, add "secret_key_id" varchar(20) null;`);
    const rows = (await this.execute(`select id, secret, previous_secret from "webhook_endpoint"`)) as unknown as PlainRow[];
    if (rows.length > 0) {
      const keys = keyring();
      for (const r of rows)
        await this.execute(
          `update "webhook_endpoint" set secret_sealed = ?, previous_secret_sealed = ?, secret_key_id = ? where id = ?`,
          [
            sealSecret(keys, r.id, 'current', r.secret),
            r.previous_secret ? sealSecret(keys, r.id, 'previous', r.previous_secret) : null,
            keys.currentId,
            r.id,
          ],
        );
    }
    await this.execute(`alter table "webhook_endpoint" alter column "secret_sealed" set not null, alter column "secret_key_id" set not null, drop column "previous_secret", drop column "secret";`);
  }

  override async down(): Promise<void> {
    await this.execute(`alter table "webhook_endpoint" add "previous_secret" varchar(100) null, add "secret" varchar(100) null;`);
    const rows = (await this.execute(`select id, secret_sealed, previous_secret_sealed, secret_key_id from "webhook_endpoint"`)) as unknown as SealedRow[];
    if (rows.length > 0) {
      const keys = keyring();
      for (const r of rows)
        await this.execute(`update "webhook_endpoint" set secret = ?, previous_secret = ? where id = ?`, [
          openSecret(keys, r.secret_key_id, r.id, 'current', r.secret_sealed),
          r.previous_secret_sealed ? openSecret(keys, r.secret_key_id, r.id, 'previous', r.previous_secret_sealed) : null,
          r.id,
        ]);
    }
    await this.execute(`alter table "webhook_endpoint" alter column "secret" set not null, drop column "secret_sealed", drop column "previous_secret_sealed", drop column "secret_key_id";`);
  }

}
