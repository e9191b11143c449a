import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root, found upwards from this module: src/knowledge/ when run from source, dist/ when built. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The knowledge directory shipped with the bot; KNOWLEDGE_DIR points elsewhere for tests or staging. */
export const DEFAULT_KNOWLEDGE_DIR = join(packageRoot(), 'knowledge/');

export function knowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR;
}
