/** Settings from the environment (and .env), validated once with one message listing every problem. */
import { z } from 'zod';
import { parseLimit } from '../rateLimit.js';

const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17 to 20 digits)');

const limit = z
  .string()
  .refine(
    (text) => parseLimit(text) !== undefined,
    'a limit such as 10/30s (requests per window: ms, s, m or h)',
  );

const schema = z.object({
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_BASE: z
    .string()
    .url('a URL such as https://discord.com/api')
    .refine((u) => !/\/v\d+\/?$/.test(u), 'the API base without the version (…/api, not …/api/v10)')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  RATE_LIMIT_USER: limit.default('10/30s'),
  RATE_LIMIT_CHANNEL: limit.default('30/30s'),
  SHARD_COUNT: z.coerce.number().int().min(1).max(1000).optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a Redis URL such as redis://127.0.0.1:6379/0')
    .optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9091),
  PICTURE_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  PICTURE_QUEUE: z.coerce.number().int().min(0).max(1000).default(16),
  PICTURES_PER_USER: z.coerce.number().int().min(1).max(100).default(2),
});

export type Settings = z.infer<typeof schema>;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Empty strings count as unset, as a blank line in .env means "not configured". */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new SettingsError(`Invalid settings (see .env.example):\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The worker pool's options from the settings. */
export function pictureOptions(settings: Settings) {
  return {
    ...(settings.PICTURE_WORKERS !== undefined && { size: settings.PICTURE_WORKERS }),
    maxQueue: settings.PICTURE_QUEUE,
    perUser: settings.PICTURES_PER_USER,
  };
}

/** The Discord mode needs both the token and the application id; the message names what is missing. */
export function requireDiscord(
  settings: Settings,
): Settings & { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string } {
  const missing = (['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'] as const).filter((k) => !settings[k]);
  if (missing.length > 0) {
    throw new SettingsError(
      `Missing settings for Discord (see .env.example):\n${missing.map((k) => `  - ${k}: is required`).join('\n')}`,
    );
  }
  return settings as Settings & { DISCORD_TOKEN: string; DISCORD_APPLICATION_ID: string };
}

/** What discord.js's `rest.api` wants; undefined keeps discord.com. */
export function restOptions(settings: Settings): { api?: string } {
  return settings.DISCORD_API_BASE ? { api: settings.DISCORD_API_BASE.replace(/\/$/, '') } : {};
}

/** For entry points: the settings, or their one message on stderr and exit status 1. */
export function settingsOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
