/** Structured logs (JSON lines on stderr). Tokens are redacted wherever they appear in a logged object. */
import { pino } from 'pino';

export function createLogger(level = 'info') {
  return pino(
    {
      level,
      base: { app: 'ai-deals-bot' },
      redact: {
        paths: ['token', '*.token', '*.*.token', 'DISCORD_TOKEN', 'headers.authorization'],
        censor: '[redacted]',
      },
    },
    pino.destination(2),
  );
}

export type Logger = ReturnType<typeof createLogger>;
