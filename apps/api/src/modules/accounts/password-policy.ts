/**
 * The password policy for new passwords (sign-up, reset): 8 to 128 characters, not a common
 * password, not the account's own e-mail or CPF. Returns a Portuguese message, or null when fine.
 * Length counts characters (code points), so accented letters and emoji count as one.
 */
import { checkPasswordLength } from '@delega/shared/people';

// The length rule and its messages are shared with the portal's forms.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@delega/shared/people';

/**
 * Passwords attackers try first: international top lists plus Brazilian favourites (football clubs,
 * "senha", "brasil", the product's own names). Compared lower-cased.
 */
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  '12345678910',
  '87654321',
  '987654321',
  '0987654321',
  '11111111',
  '00000000',
  '12341234',
  '12121212',
  '11223344',
  '112233445566',
  '123123123',
  '123321123',
  '10203040',
  '1020304050',
  '102030405060',
  '147258369',
  '159753456',
  '741852963',
  '123456a',
  '12345678a',
  'a12345678',
  '123456789a',
  'a1b2c3d4',
  'abc12345',
  'abcd1234',
  'abcdefgh',
  '1q2w3e4r',
  '1q2w3e4r5t',
  'q1w2e3r4',
  'qwerty12',
  'qwerty123',
  'qwertyui',
  'qwertyuiop',
  'asdfghjk',
  'asdf1234',
  'zaq12wsx',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'iloveyou',
  'welcome1',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'superman',
  'letmein1',
  'changeme',
  'trustno1',
  'dragon12',
  'monkey12',
  'master12',
  'admin123',
  'admin1234',
  'administrator',
  'senha123',
  'senha1234',
  'senha12345',
  'senha@123',
  'senhasenha',
  'minhasenha',
  'novasenha',
  'mudar123',
  'mudar@123',
  '123mudar',
  'trocar123',
  'brasil',
  'brasil10',
  'brasil123',
  'brasil2024',
  'brasil2025',
  'brasil2026',
  'brasil@123',
  'flamengo',
  'flamengo1',
  'flamengo123',
  'corinthians',
  'corinthians1',
  'corinthians123',
  'palmeiras',
  'palmeiras1',
  'palmeiras123',
  'saopaulo',
  'saopaulo123',
  'vasco123',
  'vascodagama',
  'gremio123',
  'cruzeiro',
  'santos123',
  'botafogo',
  'fluminense',
  'internacional',
  'amorzinho',
  'teamo123',
  'meuamor1',
  'jesus123',
  'jesuscristo',
  'deusefiel',
  'deuseamor',
  'gabriel1',
  'cpfl1234',
  'cpfl2026',
  'cpfl@123',
  'delega123',
  'delega2026',
  'portal123',
]);

function isTrivial(lower: string): boolean {
  if (COMMON_PASSWORDS.has(lower)) return true;
  // One character repeated ("aaaaaaaa") or a run of consecutive digits ("23456789").
  if (/^(.)\1*$/u.test(lower)) return true;
  if (/^\d+$/.test(lower)) {
    let up = true;
    let down = true;
    for (let i = 1; i < lower.length; i++) {
      const d = lower.charCodeAt(i) - lower.charCodeAt(i - 1);
      if (d !== 1) up = false;
      if (d !== -1) down = false;
    }
    if (up || down) return true;
  }
  return false;
}

export function passwordProblem(
  password: string,
  owner: { email?: string | null; cpf?: string | null } = {},
): string | null {
  const length = checkPasswordLength(password);
  if (!length.ok) return length.message;
  const lower = password.toLowerCase();
  const email = owner.email?.trim().toLowerCase();
  if (email && (lower === email || lower === email.split('@')[0])) {
    return 'A senha não pode ser igual ao seu e-mail ou CPF.';
  }
  if (owner.cpf && /^[\d.\-\s]+$/.test(password) && password.replace(/\D/g, '') === owner.cpf) {
    return 'A senha não pode ser igual ao seu e-mail ou CPF.';
  }
  if (isTrivial(lower)) return 'Esta senha é muito comum e fácil de adivinhar. Escolha outra.';
  return null;
}
