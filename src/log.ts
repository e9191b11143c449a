/**
 * Structured logs on stderr: JSON lines in production, pino-pretty's readable lines in development.
 *
 * Secrets never reach the output, whatever path they take: every line is scrubbed just before it is
 * written, so a token inside an error's message, stack or `url` (discord.js's DiscordAPIError carries the
 * request URL, and an interaction's URL holds its token, which can post as the bot for 15 minutes), in a
 * nested cause or in a message text is replaced as surely as one in a `token` field.
 */
import { pino } from 'pino';
import type PinoPretty from 'pino-pretty';
import { whenUsed } from './whenUsed.js';

const prettyStream = whenUsed<typeof PinoPretty>('pino-pretty');

const REDACTED = '[redacted]';

/**
 * What a secret looks like: the token segment of interaction and webhook URLs, interaction tokens
 * (base64 of "interaction:…"), and bot tokens (base64 user id . timestamp . HMAC, also after "Bot ").
 */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/(\/(?:webhooks|interactions)\/\d{1,20}\/)[^/?#\s"'\\]+/g, `$1${REDACTED}`],
  [/aW50ZXJhY3Rpb24[\w-]{8,}/g, REDACTED],
  [/[\w-]{20,}\.[\w-]{4,8}\.[\w-]{20,}/g, REDACTED],
];

/** The text with every token-shaped secret replaced. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

export type LogFormat = 'json' | 'pretty';

/** LOG_FORMAT when set; otherwise readable lines for a person at a terminal outside production. */
export function logFormat(env: NodeJS.ProcessEnv = process.env): LogFormat {
  if (env.LOG_FORMAT === 'json' || env.LOG_FORMAT === 'pretty') return env.LOG_FORMAT;
  return env.NODE_ENV !== 'production' && process.stderr.isTTY ? 'pretty' : 'json';
}

export interface LoggerOptions {
  format?: LogFormat;
  /** Where lines go (default stderr); tests pass a collector. */
  destination?: { write(line: string): unknown };
}

export function createLogger(level = 'info', options: LoggerOptions = {}) {
  const format = options.format ?? logFormat();
  const sink =
    options.destination ??
    (format === 'pretty'
      ? prettyStream()({ destination: 2, colorize: true, sync: true })
      : pino.destination(2));
  return pino(
    {
      level,
      base: { app: 'ai-deals-bot' },
      redact: {
        paths: ['token', '*.token', '*.*.token', 'DISCORD_TOKEN', 'headers.authorization'],
        censor: REDACTED,
      },
      serializers: {
        // The request body of a failed REST call may hold a whole PNG; its JSON part is enough to debug.
        err: (error: unknown) => {
          const serialized = pino.stdSerializers.err(error as Error) as Record<string, unknown>;
          const body = serialized.requestBody as { json?: unknown } | undefined;
          if (body) serialized.requestBody = { json: body.json };
          return serialized;
        },
      },
    },
    { write: (line: string) => sink.write(scrubSecrets(line)) },
  );
}

export type Logger = ReturnType<typeof createLogger>;
