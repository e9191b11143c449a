/**
 * The load generator, run in its own process: a fixed number of keep-alive connections on loopback, each
 * sending the next pre-signed request as soon as the previous answer is in, for a bounded time and at
 * most a bounded number of requests. It speaks HTTP/1.1 over raw sockets so that the client costs as
 * little CPU as possible on a 2-core machine and the server, not the client, sets the pace.
 */
import { connect, type Socket } from 'node:net';
import type { SignedRequest } from './http.js';

export interface LoadJob {
  type: 'load';
  port: number;
  requests: SignedRequest[];
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  maxRequests: number;
}

export interface LoadResult {
  /** Requests answered in the measured window (after the warm-up). */
  requests: number;
  /** Every request sent, warm-up included. */
  sent: number;
  errors: number;
  statuses: Record<string, number>;
  windowMs: number;
  rps: number;
  latencyMs: number[];
  clientCpuMs: number;
  byKind: Record<string, number>;
}

function raw(port: number, r: SignedRequest): Buffer {
  const body = Buffer.from(r.body);
  const head =
    'POST /interactions HTTP/1.1\r\n' +
    `Host: 127.0.0.1:${port}\r\n` +
    'Content-Type: application/json\r\n' +
    'User-Agent: Discord-Interactions/1.0 (+https://discord.com)\r\n' +
    `X-Signature-Ed25519: ${r.signature}\r\n` +
    `X-Signature-Timestamp: ${r.timestamp}\r\n` +
    `Content-Length: ${body.length}\r\n` +
    'Connection: keep-alive\r\n\r\n';
  return Buffer.concat([Buffer.from(head), body]);
}

const HEADER_END = Buffer.from('\r\n\r\n');

/** Reads one response at a time from a keep-alive connection (Content-Length or chunked bodies). */
class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly done: (status: number) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) return;
      const head = this.buffer.subarray(0, end).toString('latin1');
      const status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      let consumed: number;
      if (length) {
        consumed = end + 4 + Number(length[1]);
        if (this.buffer.length < consumed) return;
      } else if (/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
        let at = end + 4;
        for (;;) {
          const lineEnd = this.buffer.indexOf('\r\n', at);
          if (lineEnd < 0) return;
          const size = Number.parseInt(this.buffer.subarray(at, lineEnd).toString('latin1'), 16);
          at = lineEnd + 2 + size + 2;
          if (this.buffer.length < at) return;
          if (size === 0) break;
        }
        consumed = at;
      } else consumed = end + 4;
      this.buffer = this.buffer.subarray(consumed);
      this.done(status);
    }
  }
}

export function runLoad(job: LoadJob): Promise<LoadResult> {
  const payloads = job.requests.map((r) => raw(job.port, r));
  const kinds = job.requests.map((r) => r.kind);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const windowStart = started + job.warmupMs;
  const windowEnd = windowStart + job.durationMs;
  const latencyMs: number[] = [];
  const statuses: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let sent = 0;
  let errors = 0;
  let next = 0;
  let lastDone = windowStart;
  let open = job.concurrency;

  return new Promise((resolve) => {
    const finish = () => {
      if (--open > 0) return;
      const usage = process.cpuUsage(cpu);
      const windowMs = Math.max(1, lastDone - windowStart);
      resolve({
        requests: latencyMs.length,
        sent,
        errors,
        statuses,
        windowMs,
        rps: (latencyMs.length / windowMs) * 1000,
        latencyMs,
        clientCpuMs: (usage.user + usage.system) / 1000,
        byKind,
      });
    };
    for (let c = 0; c < job.concurrency; c++) {
      const socket: Socket = connect({ host: '127.0.0.1', port: job.port, noDelay: true });
      let sentAt = 0;
      let kind = '';
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        socket.destroy();
        finish();
      };
      const send = () => {
        const now = performance.now();
        if (now >= windowEnd || sent >= job.maxRequests) return close();
        const i = next++ % payloads.length;
        kind = kinds[i]!;
        sentAt = now;
        sent++;
        socket.write(payloads[i]!);
      };
      const reader = new ResponseReader((status) => {
        const now = performance.now();
        if (sentAt >= windowStart) {
          latencyMs.push(now - sentAt);
          statuses[status] = (statuses[status] ?? 0) + 1;
          byKind[kind] = (byKind[kind] ?? 0) + 1;
          if (status !== 200) errors++;
          lastDone = now;
        }
        send();
      });
      socket.on('connect', send);
      socket.on('data', (chunk: Buffer) => reader.push(chunk));
      socket.on('error', () => {
        errors++;
        close();
      });
      socket.on('close', close);
    }
  });
}
