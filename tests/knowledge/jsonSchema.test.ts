import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../src/knowledge/jsonSchema.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/paths.js';

describe('JSON Schemas for editors', () => {
  it.each(Object.entries(renderJsonSchemas()))(
    '%s is generated from the zod schemas and up to date',
    (name, text) => {
      const onDisk = readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'schema', name), 'utf8');
      expect(onDisk, 'run `npm run kb:schema` after changing src/knowledge/schema.ts').toBe(text);
    },
  );
});
