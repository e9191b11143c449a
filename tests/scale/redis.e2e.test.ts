/**
 * Scale-out on real parts: two `npm run start:http` instances behind nginx (round robin, loopback),
 * sharing rate limits through Debian's redis-server. A per-user limit of 4 per minute holds across both
 * (in memory each would allow 4, 8 in all), and after an edit of the knowledge directory both serve the
 * same new version. Skips, saying why, when redis-server or nginx is not installed (.ci/run installs them).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotProcess, spawnNpm, until, within } from '../discord/standin/processes.js';
import { plainText } from '../discord/v2.js';
import { freePort, scratchKnowledge } from '../helpers.js';

function binary(name: string): string | undefined {
  const dirs = (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/usr/local/sbin']);
  return dirs.map((d) => join(d, name)).find((p) => existsSync(p));
}

const REDIS = binary('redis-server');
const NGINX = binary('nginx');
const missing = [!REDIS && 'redis-server', !NGINX && 'nginx'].filter(Boolean);
if (missing.length > 0) {
  console.warn(
    `tests/scale skipped: ${missing.join(' and ')} not installed (apt-get install redis-server nginx)`,
  );
}

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const der = publicKey.export({ format: 'der', type: 'spki' });
const PUBLIC_KEY = der.subarray(der.length - 32).toString('hex');
const USER = '200000000000000001';

/** Waits until something accepts connections on `port`. */
async function listening(port: number, what: string): Promise<void> {
  const end = Date.now() + 15_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (ok) return;
    if (Date.now() > end) throw new Error(`${what} not listening on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let sequence = 0;
function ask(question: string) {
  sequence++;
  return {
    id: String(3_000_000_000_000_000 + sequence),
    application_id: '1234567890123456789',
    type: 2,
    token: `token-${sequence}`,
    version: 1,
    channel_id: '300000000000000001',
    member: { user: { id: USER } },
    locale: 'en-US',
    data: { id: '1', name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
  };
}

async function post(base: string, payload: unknown) {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(
    null,
    Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]),
    privateKey,
  ).toString('hex');
  const res = await fetch(`${base}/interactions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body,
  });
  return {
    upstream: res.headers.get('x-upstream'),
    json: (await res.json()) as { data?: { components?: unknown } },
  };
}

const children: ChildProcess[] = [];
const bots: BotProcess[] = [];
let proxy = '';
let instances: string[] = [];
let kb: ReturnType<typeof scratchKnowledge>;

function start(file: string, args: string[]): ChildProcess {
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

describe.skipIf(missing.length > 0)('two HTTP instances behind nginx, limits in Redis', () => {
  beforeAll(async () => {
    const [redisPort, nginxPort] = await Promise.all([freePort(), freePort()]);
    const redis = start(REDIS!, [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
    ]);
    let redisOut = '';
    redis.stdout?.on('data', (c: Buffer) => {
      redisOut += c;
    });
    await until(() => /Ready to accept connections/.test(redisOut), 10_000, 'redis-server ready');

    kb = scratchKnowledge();
    for (let i = 0; i < 2; i++) {
      bots.push(
        spawnNpm('start:http', {
          ...process.env,
          DISCORD_PUBLIC_KEY: PUBLIC_KEY,
          HTTP_HOST: '127.0.0.1',
          HTTP_PORT: '0',
          REDIS_URL: `redis://127.0.0.1:${redisPort}/0`,
          RATE_LIMIT_USER: '4/60s',
          RATE_LIMIT_CHANNEL: '1000/60s',
          KNOWLEDGE_DIR: kb.dir,
          LOG_LEVEL: 'info',
          LOG_FORMAT: 'json',
        }),
      );
    }
    const ports = await Promise.all(
      bots.map(async (b) =>
        Number((await b.waitForLog((e) => e.msg === 'listening', 20_000, 'listening')).port),
      ),
    );
    instances = ports.map((p) => `http://127.0.0.1:${p}`);

    const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
    // nginx's workers drop root for nobody; they need to reach their temp paths inside this directory.
    chmodSync(dir, 0o777);
    const conf = join(dir, 'nginx.conf');
    writeFileSync(
      conf,
      `worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream bots { ${ports.map((p) => `server 127.0.0.1:${p};`).join(' ')} }
  server {
    listen 127.0.0.1:${nginxPort};
    location / { proxy_pass http://bots; add_header X-Upstream $upstream_addr always; }
  }
}
`,
    );
    start(NGINX!, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf]);
    await listening(nginxPort, 'nginx');
    proxy = `http://127.0.0.1:${nginxPort}`;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop(10_000)));
    for (const child of children) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await within(new Promise((r) => child.once('exit', r)), 5000).catch(() => child.kill('SIGKILL'));
      }
    }
  }, 30_000);

  it('holds a per-user limit across both instances', async () => {
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await post(proxy, ask('who invested in Beta AI?')));
    const upstreams = new Set(results.map((r) => r.upstream));
    // Round robin: both instances answered some of the eight.
    expect(upstreams.size).toBe(2);
    const refused = results.filter((r) => /Slow down/.test(plainText(r.json.data)));
    expect(results.length - refused.length).toBe(4);
    expect(refused).toHaveLength(4);
  }, 30_000);

  it('serves the same knowledge version on both after an edit', async () => {
    kb.edit('meta.json', (json) => {
      json.version = 'scaled-reload';
    });
    const version = async (base: string) =>
      ((await (await fetch(`${base}/healthz`)).json()) as { knowledgeBase: { version: string } })
        .knowledgeBase.version;
    for (const base of instances) {
      await expect.poll(() => version(base), { timeout: 10_000 }).toBe('scaled-reload');
    }
    expect(await version(proxy)).toBe('scaled-reload');
  }, 30_000);
});
