/**
 * Settings of the HTTP interactions mode: the shared ones from config/settings.ts plus the public key and
 * where to listen, validated together so that one message lists every problem.
 */
import { z } from 'zod';
import { readSettings, type Settings, SettingsError } from '../config/settings.js';

const schema = z.object({
  DISCORD_PUBLIC_KEY: z
    .string({ error: 'is required: the application public key (General Information → Public Key)' })
    .regex(/^[0-9a-fA-F]{64}$/, 'the application public key, 64 hex characters'),
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'a port number from 0 to 65535')
    .transform(Number)
    .pipe(z.number().max(65535, 'a port number from 0 to 65535'))
    .default(8080),
});

export type HttpSettings = Settings & z.infer<typeof schema>;

/** Empty strings count as unset, as in readSettings. */
export function readHttpSettings(env: NodeJS.ProcessEnv = process.env): HttpSettings {
  const problems: string[] = [];
  let shared: Settings | undefined;
  try {
    shared = readSettings(env);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    problems.push(...error.message.split('\n').filter((line) => line.startsWith('  - ')));
  }
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`));
  }
  if (problems.length > 0 || !shared || !parsed.success) {
    throw new SettingsError(`Invalid settings (see .env.example):\n${problems.join('\n')}`);
  }
  return { ...shared, ...parsed.data };
}
