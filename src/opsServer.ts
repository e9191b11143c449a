/**
 * Gateway mode's operations endpoint, on a port of its own (METRICS_HOST:METRICS_PORT): GET /healthz for a
 * supervisor's health check (200 while connected to Discord, 503 otherwise, with the knowledge-base
 * version either way) and GET /metrics for Prometheus. HTTP mode serves both on its own port instead.
 */
import { createServer, type Server } from 'node:http';
import type { Engine } from './answers/engine.js';
import { sendMetrics } from './http/server.js';

export interface OpsOptions {
  engine: () => Engine;
  /** Whether the process can serve right now (gateway connected). */
  ready: () => boolean;
}

export function createOpsServer(options: OpsOptions): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics') {
      sendMetrics(res).catch(() => res.writeHead(500).end());
      return;
    }
    if (path !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    const { kb } = options.engine();
    const ready = options.ready();
    const body = JSON.stringify({
      status: ready ? 'ok' : 'not connected',
      knowledgeBase: { version: kb.meta.version, asOf: kb.meta.asOf, deals: kb.deals.size },
    });
    res.writeHead(ready ? 200 : 503, { 'content-type': 'application/json' }).end(body);
  });
}

/** The port for this process: METRICS_PORT, plus the shard id under `npm run start:sharded`, whose shard
 * processes all read the same settings. 0 picks a free port. */
export function opsPort(port: number, env: NodeJS.ProcessEnv = process.env): number {
  const shard = Number(env.SHARDS?.split(',')[0] ?? 0);
  return port === 0 || !Number.isInteger(shard) ? port : port + shard;
}
