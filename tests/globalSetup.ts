/**
 * Builds dist/ once before any test file runs: the end-to-end tests start the bot the way the README and
 * the Dockerfile do (`npm start`, `node dist/…`), on what this checkout's sources compile to.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
