import { z } from 'zod';
import { companiesFile, dealsFile, metaFile, sourcesFile } from './schema.js';
import { translationsFile } from './translations.js';

const FILES = {
  'companies.schema.json': { schema: companiesFile, title: 'ai-deals-bot companies' },
  'sources.schema.json': { schema: sourcesFile, title: 'ai-deals-bot sources' },
  'deals.schema.json': { schema: dealsFile, title: 'ai-deals-bot deals' },
  'meta.schema.json': { schema: metaFile, title: 'ai-deals-bot knowledge base metadata' },
  'translations.schema.json': { schema: translationsFile, title: 'ai-deals-bot knowledge translations' },
} as const;

/** File name → JSON Schema text, as written to knowledge/schema/. */
export function renderJsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title }] of Object.entries(FILES)) {
    // "input" so that fields with defaults stay optional for the person editing the file.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    out[name] = `${JSON.stringify({ ...json, title }, null, 2)}\n`;
  }
  return out;
}
