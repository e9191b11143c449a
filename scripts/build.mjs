#!/usr/bin/env node
/**
 * `npm run build`: bundles each entry point into one ES module in dist/ with esbuild. Packages stay
 * external (node_modules is resolved at run time), so the bundle holds only this project's code.
 * Production runs `node dist/<entry>.js` directly: no TypeScript loader at start-up, no wrapper process
 * between a supervisor's signals and the bot.
 *
 * `--if-stale` builds only when dist/ is missing or older than a source file: `npm start` uses it, so a
 * fresh checkout works with `npm ci && npm start` and a built image (without esbuild) starts at once.
 * Plain JavaScript on purpose: it must run before anything is compiled, and without devDependencies.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');

/** dist/<name>.js ← source. Flat names: a bundle finds its sibling workers next to itself. */
export const ENTRIES = {
  main: 'src/main.ts',
  http: 'src/http/main.ts',
  sharded: 'src/sharded.ts',
  ask: 'src/console/ask.ts',
  'deploy-commands': 'scripts/deploy-commands.ts',
  'kb-check': 'scripts/kb-check.ts',
  healthcheck: 'src/healthcheck.ts',
  reloadWorker: 'src/reloadWorker.ts',
  pictureWorker: 'src/graph/pictureWorker.ts',
};

/**
 * Packages left to node's resolver at run time: native addons (better-sqlite3, resvg), packages that load
 * their own files or workers by path (pino's transports), packages loaded only on first use by name
 * (src/whenUsed.ts: pg, ioredis, pino-pretty), and optional native speed-ups discord.js's tree looks for.
 */
const KEEP_EXTERNAL = [
  'better-sqlite3',
  '@resvg/resvg-js',
  'pino',
  'pino-pretty',
  'thread-stream',
  'pg',
  'pg-native',
  'ioredis',
  'zlib-sync',
  'bufferutil',
  'utf-8-validate',
];

const INPUTS = ['src', 'commands', 'scripts/build.mjs', 'package.json', 'package-lock.json'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function stale() {
  const built = Object.keys(ENTRIES).map((name) => join(OUT, `${name}.js`));
  if (!built.every((file) => existsSync(file))) return true;
  // An installed image ships dist/ without the sources: nothing to rebuild from.
  if (!existsSync(join(ROOT, 'src'))) return false;
  const oldest = Math.min(...built.map((file) => statSync(file).mtimeMs));
  return INPUTS.some((input) => existsSync(join(ROOT, input)) && newest(join(ROOT, input)) > oldest);
}

export async function build() {
  // Imported here: a production install has no esbuild and never needs it once dist/ exists.
  const esbuild = await import('esbuild');
  // The bundle has no sources to hash: the knowledge code's version is written into it (snapshot.ts).
  const { knowledgeCodeHash } = await import('../src/knowledge/codeVersion.mjs');
  rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, join(ROOT, src)])),
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.11',
    // Pure-JavaScript packages (discord.js and its tree, zod, fuse.js, prom-client) are bundled: node then
    // reads and resolves one file instead of hundreds at start-up, which took a quarter of the CPU the
    // gateway bot spent before it was ready. Packages that must stay files of their own stay external.
    external: KEEP_EXTERNAL,
    // Code reached only through import() (discord.js in HTTP mode, pictures) stays in chunks of its own, so
    // it is still read only when first used.
    splitting: true,
    // Flat, beside the entry points: code that finds files from its own location (workers, fonts,
    // migrations) sees dist/ wherever esbuild put it.
    chunkNames: 'chunk-[hash]',
    // The bundled CommonJS packages call require() for node's modules; an ES module has none of its own.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // Minified, names kept (stack traces still name every function; dist/*.map maps them to the sources):
    // node reads, decodes and compiles half as much text at start-up, and V8 keeps each bundle's source as
    // one string for as long as the process runs: 9.5 MB of the gateway bot's heap unminified, 2.6 MB so.
    minify: true,
    keepNames: true,
    define: { KB_CODE_VERSION: JSON.stringify(knowledgeCodeHash(join(ROOT, 'src', 'knowledge'))) },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ifStale = process.argv.includes('--if-stale');
  if (ifStale && !stale()) process.exit(0);
  try {
    await build();
  } catch (error) {
    if (ifStale && existsSync(join(OUT, 'main.js')) && error?.code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write(
        'dist/ is older than the sources but esbuild is not installed; running it as is\n',
      );
      process.exit(0);
    }
    throw error;
  }
  if (!ifStale) process.stdout.write(`built ${Object.keys(ENTRIES).length} entry points in dist/\n`);
}
