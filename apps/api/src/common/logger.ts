import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. Secrets and personal data are redacted by key name as a safety net;
 * code must still never pass passwords, tokens, full CPFs or e-mails to the logger.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'delega-api' },
    redact: {
      paths: [
        'password',
        'token',
        'cpf',
        'cnpj',
        'email',
        '*.password',
        '*.token',
        '*.cpf',
        '*.email',
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-api-key"]',
        'variables',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
