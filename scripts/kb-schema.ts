/**
 * `npm run kb:schema`: writes the JSON Schemas editors use to check knowledge files, generated from
 * the zod schemas so the two can never disagree (a test fails when the files are stale).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderJsonSchemas } from '../src/knowledge/jsonSchema.js';
import { knowledgeDir } from '../src/knowledge/paths.js';

const dir = join(knowledgeDir(), 'schema');
for (const [name, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${join(dir, name)}`);
}
