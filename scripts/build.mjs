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
  rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, src]) => [name, join(ROOT, src)])),
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.11',
    packages: 'external',
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
