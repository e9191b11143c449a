/**
 * The image cannot be built here (no Docker engine, no base images), so what the image runs is tested
 * instead: the Dockerfile's CMD and HEALTHCHECK, read from the Dockerfile itself, run in this checkout with
 * the Dockerfile's ENV; the CMD serves, the health check passes, and SIGTERM (what `docker stop` sends)
 * drains and exits 0. The systemd unit's ExecStart runs a file the build makes.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { type BotProcess, ROOT, spawnProcess, within } from '../discord/standin/processes.js';

const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

/** The JSON exec form of an instruction (CMD ["node", …]) in the last stage. */
function execForm(instruction: string): string[] {
  const line = dockerfile
    .split('\n')
    .filter((l) => l.startsWith(`${instruction} `))
    .at(-1);
  const json = line && /\[.*\]$/.exec(line)?.[0];
  if (!json) throw new Error(`no ${instruction} in exec form`);
  return JSON.parse(json) as string[];
}

/** The runtime stage's ENV, as a map. */
function imageEnv(): Record<string, string> {
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('FROM '));
  const block = /ENV ((?:[^\n]*\\\n)*[^\n]*)/.exec(runtime)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(\w+)=("[^"]*"|\S+)/g)].map((m) => [m[1]!, m[2]!.replace(/^"(.*)"$/, '$1')]),
  );
}

/**
 * How every way of running the bot starts node, so that the memory measured by the benchmark is the memory
 * an operator gets: a 1 MB young generation, V8's smaller heap growth, two malloc arenas, and malloc
 * blocks of 32 KB or more mapped on their own and given back when freed (without it, glibc's heap kept
 * about 8 MB more after 1,001 interactions).
 */
const NODE_FLAGS = ['--max-semi-space-size=1', '--optimize-for-size'];
const MALLOC_SETTINGS = [
  'MALLOC_ARENA_MAX=2',
  'MALLOC_MMAP_THRESHOLD_=32768',
  'MALLOC_TRIM_THRESHOLD_=32768',
];

let bot: BotProcess | undefined;
afterEach(async () => {
  await bot?.stop(10_000);
  bot = undefined;
}, 20_000);

describe('the Dockerfile', () => {
  it('builds in one stage and runs unprivileged on node and the built bundle in another', () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/^RUN npm ci\b/m);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(execForm('CMD')[0]).toBe('node');
    expect(execForm('CMD').at(-1)).toMatch(/^dist\//);
  });

  it("runs the image's CMD with its ENV: serves, passes its HEALTHCHECK, and exits 0 on SIGTERM", async () => {
    const [command, ...args] = execForm('CMD');
    const env = {
      PATH: process.env.PATH,
      ...imageEnv(),
      // Loopback and a free port here; the image listens on 0.0.0.0:8080.
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: '0',
      DISCORD_PUBLIC_KEY: 'cd'.repeat(32),
      SHUTDOWN_GRACE_MS: '3000',
    };
    bot = spawnProcess(command === 'node' ? process.execPath : command!, args, env);
    const listening = await bot.waitForLog((e) => e.msg === 'listening', 20_000, 'listening');
    const [hcCommand, ...hcArgs] = execForm(
      'HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD',
    );
    const check = await promisify(execFile)(hcCommand === 'node' ? process.execPath : hcCommand!, hcArgs, {
      cwd: ROOT,
      env: { ...env, HTTP_PORT: String(listening.port) },
    });
    expect(check.stderr).toBe('');
    bot.child.kill('SIGTERM');
    expect(await within(bot.exited, 8000, 'exit')).toMatchObject({ code: 0, signal: null });
  }, 40_000);

  it('has a health check that fails when nothing answers', async () => {
    const [, ...hcArgs] = execForm(
      'HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD',
    );
    await expect(
      promisify(execFile)(process.execPath, hcArgs, {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HEALTHCHECK_URL: 'http://127.0.0.1:9/healthz' },
      }),
    ).rejects.toMatchObject({ code: 1 });
  });
});

describe('the systemd unit', () => {
  it('starts node on a file the build makes, reloads with SIGHUP and stops with SIGTERM', () => {
    const unit = readFileSync(join(ROOT, 'deploy/ai-deals-bot.service'), 'utf8');
    const exec = /^ExecStart=(\S+)((?: --\S+)*) (\S+)$/m.exec(unit);
    expect(exec?.[1]).toMatch(/\/node$/);
    for (const flag of NODE_FLAGS) expect(exec?.[2]).toContain(flag);
    for (const setting of MALLOC_SETTINGS)
      expect(unit).toMatch(new RegExp(`^Environment=.*\\b${setting}(\\s|$)`, 'm'));
    expect(existsSync(join(ROOT, exec![3]!))).toBe(true);
    expect(unit).toMatch(/^ExecReload=\/bin\/kill -HUP \$MAINPID$/m);
    expect(unit).toMatch(/^KillSignal=SIGTERM$/m);
  });
});

describe('the memory settings', () => {
  it('are the same in the start scripts, the image and the systemd unit', () => {
    const scripts = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    for (const name of ['start', 'start:http', 'start:sharded']) {
      const run = /(\S+=\S+ )*exec node ((?:--\S+ )*)dist\/\S+\.js$/.exec(scripts[name] ?? '');
      expect(run, name).not.toBeNull();
      for (const setting of MALLOC_SETTINGS) expect(run?.[0], name).toContain(`${setting} `);
      expect(run?.[2]?.trim().split(' '), name).toEqual(NODE_FLAGS);
    }
    // V8 flags such as --optimize-for-size are refused in NODE_OPTIONS: the image gives them in CMD.
    expect(execForm('CMD').slice(1, -1)).toEqual(NODE_FLAGS);
    const env = imageEnv();
    expect(
      MALLOC_SETTINGS.map((setting) => `${setting.split('=')[0]}=${env[setting.split('=')[0]!]}`),
    ).toEqual(MALLOC_SETTINGS);
  });
});
