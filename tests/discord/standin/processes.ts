/**
 * Running the real bot as a child process for end-to-end tests, the way `npm start` runs it (`tsx <script>`), in
 * its own process group so a test can signal it and clean up every process it started (tsx's child, shards).
 * Not part of the stand-in's protocol: the tests that talk to it through DISCORD_API_BASE share this.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiscordStandIn } from './index.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

/** One JSON log line of the bot (pino: `msg`, `level`, `time` and the logged fields). */
export type LogEntry = Record<string, unknown> & { msg?: string };

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** `Date.now()` when the process exited. */
  at: number;
}

export interface BotProcess {
  child: ChildProcess;
  /** The pid of the process started (tsx, npm), which is also the process group id. */
  pid: number;
  /** Everything written on stdout and stderr so far. */
  output(): string;
  /** The JSON log lines so far (stdout and stderr; pino writes to stderr). */
  entries(): LogEntry[];
  /** Resolves with the first log entry that matches, or rejects after `timeoutMs`. */
  waitForLog(match: (entry: LogEntry) => boolean, timeoutMs: number, what: string): Promise<LogEntry>;
  /** Resolves when the tsx process has exited. */
  exited: Promise<Exit>;
  /**
   * Sends `signal` (default SIGTERM) to the tsx process if it still runs, waits at most `timeoutMs` for it and
   * then for every other process of its group, and SIGKILLs the group if anything is left. Resolves with what
   * was still running and had to be killed (empty when everything exited on its own).
   */
  stop(timeoutMs?: number, signal?: NodeJS.Signals): Promise<string[]>;
}

/**
 * The environment of a bot process that talks to the stand-in: its token and addresses, JSON logs at info
 * level and the shipped knowledge base (an empty KNOWLEDGE_DIR keeps a value from .env out); `extra` adds
 * settings or overrides these.
 */
export function botEnv(
  discord: Pick<DiscordStandIn, 'token' | 'applicationId' | 'apiBase'>,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.apiBase,
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    KNOWLEDGE_DIR: '',
    // Its own database (watches, settings), not data/ in the checkout; `extra` may share one on purpose.
    DATA_DIR: mkdtempSync(join(tmpdir(), 'bot-data-')),
    ...extra,
  };
}

/** Starts `tsx <script>` in ROOT with exactly `env`, detached into its own process group. */
export function spawnTsx(script: string, env: NodeJS.ProcessEnv): BotProcess {
  return spawnProcess(TSX, [script], env);
}

/**
 * Starts `npm run <script>` in ROOT, as the README says to run the bot (which execs `node dist/…`), in its
 * own process group. The vitest global setup has built dist/ already, so npm does not build.
 */
export function spawnNpm(script: string, env: NodeJS.ProcessEnv): BotProcess {
  return spawnProcess('npm', ['run', '--silent', script], env);
}

/** Starts `file args…` in ROOT with exactly `env`, detached into its own process group. */
export function spawnProcess(file: string, args: string[], env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(file, args, {
    cwd: ROOT,
    // Gateway mode serves /healthz and /metrics on METRICS_PORT: a free port, unless a test picks one, so
    // that bots started by test files running side by side do not compete for the default.
    env: { METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${file} ${args.join(' ')}`);
  let text = '';
  const entries: LogEntry[] = [];
  const listeners = new Set<() => void>();
  // stdout and stderr are separate pipes: each keeps its own unfinished line.
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.on('data', (chunk: Buffer) => {
      const s = chunk.toString('utf8');
      text += s;
      const lines = (partial + s).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        try {
          entries.push(JSON.parse(line) as LogEntry);
        } catch {
          // Not a log line.
        }
      }
      for (const listener of [...listeners]) listener();
    });
  }
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() }));
  });
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });

  const waitForLog = (match: (entry: LogEntry) => boolean, timeoutMs: number, what: string) =>
    new Promise<LogEntry>((resolve, reject) => {
      const check = () => {
        const found = entries.find(match);
        if (!found) return false;
        listeners.delete(listener);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const listener = () => {
        check();
      };
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`${what}: no such log line within ${timeoutMs} ms. Output:\n${text.slice(-4000)}`));
      }, timeoutMs);
      listeners.add(listener);
      check();
    });

  const stop = async (timeoutMs = 10_000, signal: NodeJS.Signals = 'SIGTERM'): Promise<string[]> => {
    const end = Date.now() + timeoutMs;
    if (!hasExited) {
      try {
        child.kill(signal);
      } catch {
        // Already gone.
      }
      await within(exited, Math.max(0, end - Date.now())).catch(() => undefined);
    }
    while (groupMembers(pid).length > 0 && Date.now() < end) await sleep(50);
    const left = groupMembers(pid);
    if (left.length > 0 || !hasExited) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // The group is gone.
      }
      await within(exited, 2000).catch(() => undefined);
    }
    return left;
  };

  return {
    child,
    pid,
    output: () => text,
    entries: () => [...entries],
    waitForLog,
    exited,
    stop,
  };
}

/**
 * The processes (`pid comm`) of process group `pgid` that still run: zombies do not count, since orphans may
 * wait a while for a reaper in a container. Falls back to `kill(-pgid, 0)` where /proc is missing.
 */
export function groupMembers(pgid: number): string[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    try {
      process.kill(-pgid, 0);
      return [`group ${pgid}`];
    } catch {
      return [];
    }
  }
  const members: string[] = [];
  for (const p of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${p}/stat`, 'utf8');
    } catch {
      continue;
    }
    // "pid (comm) state ppid pgrp …"; comm may contain spaces and parentheses.
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const [state, , pgrp] = stat
      .slice(close + 2)
      .split(' ')
      .slice(0, 3);
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') members.push(`${p} ${comm}`);
  }
  return members;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or a rejection after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what = 'it'): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Polls `check` every 25 ms until it is true, or rejects after `ms`. */
export async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`${what}: not true within ${ms} ms`);
    await sleep(25);
  }
}
