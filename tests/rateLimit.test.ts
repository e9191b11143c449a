import { describe, expect, it } from 'vitest';
import { parseLimit, RateLimiter } from '../src/rateLimit.js';

describe('rate limits', () => {
  it('allows max requests per window, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 2, windowMs: 10_000 }, 100, () => now);
    expect(limiter.take('u')).toBe(0);
    now = 1000;
    expect(limiter.take('u')).toBe(0);
    now = 2000;
    expect(limiter.take('u')).toBe(8000);
    expect(limiter.take('other')).toBe(0);
    now = 10_001;
    expect(limiter.take('u')).toBe(0);
  });

  it('keeps a bounded table whatever the number of users', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 60_000 }, 50);
    for (let i = 0; i < 10_000; i++) limiter.take(`user-${i}`);
    // The oldest keys were evicted: user-0 may click again.
    expect(limiter.take('user-0')).toBe(0);
  });

  it('reads limits as people write them', () => {
    expect(parseLimit('10/30s')).toEqual({ max: 10, windowMs: 30_000 });
    expect(parseLimit('5 / 1m')).toEqual({ max: 5, windowMs: 60_000 });
    expect(parseLimit('ten per minute')).toBeUndefined();
    expect(parseLimit('0/1s')).toBeUndefined();
  });
});
