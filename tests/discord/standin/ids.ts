/** Snowflakes and tokens shaped like Discord's, so discord.js parses them as it would real ones. */
import { randomBytes } from 'node:crypto';

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake string: milliseconds since the Discord epoch in the top bits, then worker 1, process 0, a counter. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  const id = ((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment;
  return id.toString();
}

export function isSnowflake(value: unknown): value is string {
  return typeof value === 'string' && /^\d{17,20}$/.test(value);
}

/** A URL-safe random token, like an interaction token (no `:` or `/`, which @discordjs/rest would encode). */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb24${randomBytes(60).toString('base64url')}`;
}

/** A fake bot token in the shape of a real one: base64(user id) . timestamp . hmac. */
export function fakeBotToken(applicationId: string): string {
  const head = Buffer.from(applicationId).toString('base64url');
  return `${head}.${randomBytes(4).toString('base64url')}.${randomBytes(28).toString('base64url')}`;
}

export function sessionId(): string {
  return randomBytes(16).toString('hex');
}

/**
 * A new snowflake whose timestamp is `ms` after `id`'s. Guild `k` of consecutive ids like these lands on shard
 * `(t + k) % n`, so with n shards any n consecutive guilds cover every shard.
 */
export function snowflakeAfter(id: string, ms: number): string {
  increment = (increment + 1n) & 0xfffn;
  const at = (BigInt(id) >> 22n) + BigInt(ms);
  return ((at << 22n) | (1n << 17n) | increment).toString();
}
