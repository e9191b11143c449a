import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createOpsServer, opsPort } from '../src/opsServer.js';
import { fixtureEngine } from './helpers.js';

describe("gateway mode's operations port", () => {
  it('says 503 while the gateway is not connected and 200 once it is, with the knowledge version', async () => {
    let ready = false;
    const server = createOpsServer({ engine: fixtureEngine, ready: () => ready });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const before = await fetch(`${base}/healthz`);
      expect(before.status).toBe(503);
      expect(await before.json()).toMatchObject({
        status: 'not connected',
        knowledgeBase: { version: 'fixture' },
      });
      ready = true;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/metrics`)).headers.get('content-type')).toMatch(/^text\/plain/);
      expect((await fetch(`${base}/nothing`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('gives each shard of start:sharded its own port', () => {
    expect(opsPort(9091, { SHARDS: '2' })).toBe(9093);
    expect(opsPort(9091, {})).toBe(9091);
    expect(opsPort(0, { SHARDS: '2' })).toBe(0);
  });
});
