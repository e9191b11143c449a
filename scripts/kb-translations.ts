/**
 * `npm run kb:translations -- --missing es`: what is still shown in English to Spanish readers, with the
 * English text to translate, record by record.
 * `npm run kb:translations -- --stamp es [id…]`: writes into knowledge/translations/es.json the fingerprint
 * (`from`) of the English each translation was written from, so kb:check can say when the English moves.
 * Without ids it stamps the records that have no fingerprint yet; with ids it re-stamps those (after a
 * curator has reviewed a stale translation). Without a language it does every language that has a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { knowledgeDir } from '../src/knowledge/paths.js';
import { KnowledgeBaseError } from '../src/knowledge/problems.js';
import {
  companyFingerprint,
  dealFingerprint,
  isTranslationLanguage,
  missingDealText,
  relaysTexts,
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from '../src/knowledge/translations.js';

const USAGE = 'usage: npm run kb:translations -- --missing <es|it>  |  --stamp [es|it] [record id…]';

const [mode, language, ...ids] = process.argv.slice(2);
const dir = knowledgeDir();
const fileOf = (lang: TranslationLanguage) => join(dir, 'translations', `${lang}.json`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function load() {
  try {
    return loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) fail(`${error.message}\nFix these first (npm run kb:check).`);
    throw error;
  }
}

if (language !== undefined && !isTranslationLanguage(language))
  fail(`unknown language "${language}"; expected ${TRANSLATION_LANGUAGES.join(' or ')}\n${USAGE}`);

if (mode === '--missing') {
  if (!language) fail(USAGE);
  const kb = load();
  const t = kb.translations.get(language);
  let count = 0;
  for (const deal of kb.deals.values()) {
    const missing = missingDealText(deal, t?.deals.get(deal.id));
    if (missing.length === 0) continue;
    count++;
    console.log(`deal ${deal.id}`);
    for (const m of missing) console.log(`  ${m.field}: ${m.text}`);
  }
  for (const company of kb.companies.values()) {
    if (t?.companies.get(company.id)?.description) continue;
    count++;
    console.log(`company ${company.id}\n  description: ${company.description}`);
  }
  // What a cited page carries: one entry per distinct English text, in the file's "relays".
  for (const relays of relaysTexts(kb.sources.values())) {
    if (t?.relays.has(relays)) continue;
    count++;
    console.log(`relays\n  ${JSON.stringify(relays)}`);
  }
  console.log(`${count} record(s) with text to translate into ${language}`);
} else if (mode === '--stamp') {
  const kb = load();
  const languages = language ? [language] : TRANSLATION_LANGUAGES.filter((l) => existsSync(fileOf(l)));
  if (languages.length === 0) fail('no translation file to stamp');
  for (const lang of languages) {
    const path = fileOf(lang);
    if (!existsSync(path)) fail(`${path} does not exist`);
    // The file passed the loader's checks above, so its shape is the schema's.
    const json = JSON.parse(readFileSync(path, 'utf8')) as {
      deals?: Record<string, { from?: string }>;
      companies?: Record<string, { from?: string }>;
    };
    const wanted = new Set(ids);
    const unknown = ids.filter((id) => !json.deals?.[id] && !json.companies?.[id]);
    if (unknown.length > 0)
      fail(`${path} has no translation for ${unknown.map((id) => `"${id}"`).join(', ')}`);
    let stamped = 0;
    const stamp = (id: string, record: { from?: string }, fingerprint: string) => {
      if (wanted.size > 0 ? !wanted.has(id) : record.from !== undefined) return;
      if (record.from !== fingerprint) stamped++;
      record.from = fingerprint;
    };
    for (const [id, record] of Object.entries(json.deals ?? {})) {
      const deal = kb.deals.get(id);
      if (deal) stamp(id, record, dealFingerprint(deal));
    }
    for (const [id, record] of Object.entries(json.companies ?? {})) {
      const company = kb.companies.get(id);
      if (company) stamp(id, record, companyFingerprint(company));
    }
    writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`${path}: ${stamped} fingerprint(s) written`);
  }
} else {
  fail(USAGE);
}
