/**
 * Where rate-limit windows live. In memory (the default) each process counts on its own, so N instances
 * behind a load balancer allow N times the limit; with REDIS_URL every instance counts in the same Redis,
 * and a per-user limit holds across all of them.
 */
import type { Redis } from 'ioredis';
import type { Logger } from './log.js';
import { type Limit, RateLimiter } from './rateLimit.js';
import { whenUsed } from './whenUsed.js';

const ioredis = whenUsed<typeof import('ioredis')>('ioredis');

export interface LimitStore {
  /** Records a request under `key`; resolves to 0 when allowed, or the milliseconds to wait. */
  take(key: string, limit: Limit): Promise<number>;
  close(): Promise<void>;
}

export class MemoryLimitStore implements LimitStore {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly now?: () => number) {}

  take(key: string, limit: Limit): Promise<number> {
    const id = `${limit.max}/${limit.windowMs}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new RateLimiter(limit, undefined, this.now);
      this.limiters.set(id, limiter);
    }
    return Promise.resolve(limiter.take(key));
  }

  async close(): Promise<void> {}
}

/**
 * A sliding window per key in a Redis sorted set, checked and updated by one script, so concurrent
 * instances cannot both take the last slot. Time is Redis's own (TIME), so instances whose clocks differ
 * still agree. The key expires with its window, so idle users cost nothing.
 */
const SLIDING_WINDOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(ARGV[1])
local max = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= max then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(1, tonumber(oldest[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, now .. '-' .. ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

export class RedisLimitStore implements LimitStore {
  private readonly redis: Redis;
  private sequence = 0;
  private warned = 0;

  constructor(
    url: string,
    private readonly logger?: Logger,
    private readonly prefix = 'ai-deals-bot:limit:',
  ) {
    const { Redis: Client } = ioredis();
    this.redis = new Client(url, {
      // A limit check must not hold an interaction past Discord's window: fail fast instead of queueing.
      commandTimeout: 250,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
    });
    this.redis.on('error', (error: unknown) => this.warn(error));
  }

  async take(key: string, limit: Limit): Promise<number> {
    try {
      const unique = `${process.pid}-${this.sequence++}-${Math.random().toString(36).slice(2, 8)}`;
      const wait = await this.redis.eval(
        SLIDING_WINDOW,
        1,
        `${this.prefix}${limit.max}/${limit.windowMs}:${key}`,
        limit.windowMs,
        limit.max,
        unique,
      );
      return Number(wait);
    } catch (error) {
      // Fail open: Redis being down must not stop the bot answering; it is logged (at most every 10 s).
      this.warn(error);
      return 0;
    }
  }

  private warn(error: unknown): void {
    const now = Date.now();
    if (now - this.warned < 10_000) return;
    this.warned = now;
    this.logger?.warn({ err: error }, 'rate limits unavailable in Redis; allowing requests until it is back');
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export function limitStore(redisUrl: string | undefined, logger?: Logger): LimitStore {
  return redisUrl ? new RedisLimitStore(redisUrl, logger) : new MemoryLimitStore();
}
