import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MemoryLimitStore, RedisLimitStore } from '../src/limitStore.js';
import { createLogger } from '../src/log.js';

describe('limit stores', () => {
  it('counts in memory per key and per limit', async () => {
    let now = 0;
    const store = new MemoryLimitStore(() => now);
    const limit = { max: 2, windowMs: 1000 };
    expect(await store.take('u:a', limit)).toBe(0);
    expect(await store.take('u:a', limit)).toBe(0);
    expect(await store.take('u:a', limit)).toBe(1000);
    expect(await store.take('u:b', limit)).toBe(0);
    now = 1001;
    expect(await store.take('u:a', limit)).toBe(0);
  });

  it('lets requests through, quickly, when Redis cannot be reached', async () => {
    // A port nothing listens on: take one and give it back.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    const lines: string[] = [];
    const logger = createLogger('warn', {
      format: 'json',
      destination: { write: (l: string) => lines.push(l) },
    });
    const store = new RedisLimitStore(`redis://127.0.0.1:${port}/0`, logger);
    try {
      const started = Date.now();
      expect(await store.take('u:a', { max: 1, windowMs: 1000 })).toBe(0);
      expect(await store.take('u:a', { max: 1, windowMs: 1000 })).toBe(0);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(lines.join('')).toContain('rate limits unavailable in Redis');
    } finally {
      await store.close();
    }
  });
});
