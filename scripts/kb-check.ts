/**
 * `npm run kb:check [dir]`: validates and cross-checks the knowledge base (always from its JSON files);
 * exit status 1 on any problem. A valid knowledge base gets a fresh snapshot, which the bot loads at
 * start-up instead of validating again (`--no-snapshot` skips it).
 */
import { loadKnowledgeBase } from '../src/knowledge/knowledgeBase.js';
import { knowledgeDir } from '../src/knowledge/paths.js';
import { KnowledgeBaseError } from '../src/knowledge/problems.js';
import { snapshotPath, snapshotRecords, snapshotsEnabled, writeSnapshot } from '../src/knowledge/snapshot.js';
import { staleItems } from '../src/knowledge/stale.js';
import { formatCoverage, translationCoverage } from '../src/knowledge/translations.js';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? knowledgeDir();
try {
  const started = performance.now();
  const kb = loadKnowledgeBase(dir, { snapshot: 'off' });
  const ms = (performance.now() - started).toFixed(0);
  console.log(
    `Knowledge base OK: ${kb.companies.size} companies, ${kb.deals.size} deals, ${kb.sources.size} sources (as of ${kb.meta.asOf}; checked in ${ms} ms)`,
  );
  if (snapshotsEnabled() && !args.includes('--no-snapshot')) {
    const written = performance.now();
    writeSnapshot(dir, snapshotRecords(kb));
    console.log(`Snapshot written to ${snapshotPath(dir)} in ${(performance.now() - written).toFixed(0)} ms`);
  }
  // Warnings, not errors: the knowledge base is valid, but time has made these records doubtful.
  const stale = staleItems(kb);
  if (stale.length > 0) {
    console.log(`${stale.length} item(s) to look at again:`);
    for (const item of stale) console.log(`  - deal "${item.deal}": ${item.message}`);
  }
  // Also warnings: untranslated text is shown in English, and stale text still reads (it may be outdated).
  console.log('Translations (English is shown where there are none):');
  const coverage = translationCoverage([...kb.deals.values()], [...kb.companies.values()], kb.translations, [
    ...kb.sources.values(),
  ]);
  for (const c of coverage) {
    console.log(`  ${formatCoverage(c)}`);
    for (const s of c.stale)
      console.log(
        s.kind === 'relays'
          ? `    - relays "${s.id}": no source carries this text any more; translate the new wording (npm run kb:translations -- --missing ${c.language}) and drop this entry`
          : `    - ${s.kind} "${s.id}": the English changed since it was translated; review it, then npm run kb:translations -- --stamp ${c.language}`,
      );
    const missing =
      c.deals.total - c.deals.done + c.companies.total - c.companies.done + c.relays.total - c.relays.done;
    if (c.hasFile && missing > 0)
      console.log(
        `    ${missing} record(s) to translate: npm run kb:translations -- --missing ${c.language}`,
      );
  }
} catch (error) {
  if (!(error instanceof KnowledgeBaseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
