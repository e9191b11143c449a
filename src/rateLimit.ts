/**
 * Abuse limits: a sliding window per key (user, channel). Memory is bounded: old entries are dropped as
 * they expire and the table never holds more than `maxKeys` keys.
 */
export interface Limit {
  /** Requests allowed per window. */
  max: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: Limit,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a request; returns 0 when allowed, or the milliseconds to wait. */
  take(key: string): number {
    const now = this.now();
    const since = now - this.limit.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      return recent[0]! + this.limit.windowMs - now;
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
    return 0;
  }
}

/** Parses "10/60s", "5/1m", "100/1h" into a limit. */
export function parseLimit(text: string): Limit | undefined {
  const match = /^(\d+)\s*\/\s*(\d+)\s*(ms|s|m|h)$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[match[3] as 'ms' | 's' | 'm' | 'h'];
  const max = Number(match[1]);
  const windowMs = Number(match[2]) * unit;
  return max > 0 && windowMs > 0 ? { max, windowMs } : undefined;
}
