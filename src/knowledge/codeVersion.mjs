/**
 * The knowledge layer's code version: SHA-1 over the name and text of every TypeScript file in
 * src/knowledge, by name. A snapshot is served only to the code that wrote it. Plain JavaScript so that
 * both the snapshot (from the sources) and scripts/build.mjs (which writes it into the bundle, where no
 * sources are left to read) take it from this one place.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir @returns {string} */
export function knowledgeCodeHash(dir) {
  const hash = createHash('sha1');
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.ts'))
    .sort())
    hash
      .update(`${name}\0`)
      .update(readFileSync(join(dir, name)))
      .update('\0');
  return hash.digest('hex');
}
