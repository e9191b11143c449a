/**
 * Everything measured on one knowledge base, in one fresh process: the cold start-up (read and validate,
 * cross-check, index) and the memory it leaves, index-only rebuilds, name resolution and autocomplete,
 * each command's answer, and the plain fuse.js baseline on the same queries — plus, where a target is
 * missed, a CPU profile of the work that misses it.
 */
import { loadavg } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { createEngine, type Engine } from '../src/answers/engine.js';
import { crossCheck } from '../src/knowledge/crossCheck.js';
import { KnowledgeBase, newestFirst } from '../src/knowledge/knowledgeBase.js';
import { readKnowledge } from '../src/knowledge/load.js';
import { formatProblem, KnowledgeBaseError, type Problem } from '../src/knowledge/problems.js';
import { snapshotRecords, writeSnapshot } from '../src/knowledge/snapshot.js';
import { gc, median, type Summary, summarize } from './stats.js';

export interface DatasetJob {
  type: 'dataset';
  label: string;
  dir: string;
  seed: number;
  perKind: number;
  baselinePerKind: number;
  /** Stop the baseline after this long; the kinds are interleaved so each keeps its share. */
  baselineDeadlineMs: number;
  commandBox: { budgetMs: number; minIterations: number; maxIterations: number; hardCapMs: number };
  indexRepeats: number;
  /** Profile a second cold read, validation and cross-check (costs as much as the first). */
  profileLoad: boolean;
  /** Profile the work behind any missed query or command target. */
  profileMisses: boolean;
  targets: { queryP99Ms: number; commandP99Ms: number };
  /** No progress lines on stderr (tests). */
  quiet?: boolean;
}

export interface StartupResult {
  /** Reading the files, JSON.parse and zod validation of every record (readKnowledge). */
  readMs: number;
  crossCheckMs: number;
  /** new KnowledgeBase(...): maps, family, deal and source indexes. */
  indexMs: number;
  /** createEngine: the resolver's name, prefix and trigram indexes. */
  engineMs: number;
  totalMs: number;
  /** Writing the snapshot the next start loads (not part of this start-up). */
  snapshotWriteMs: number | undefined;
  heapUsed: number;
  rss: number;
  heapLimit: number;
}

function memoryAfterGc() {
  gc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss };
}

/** The body of loadKnowledgeBase, one phase at a time, so the start-up can be split into its parts. */
function coldLoad(dir: string): { engine: Engine; startup: StartupResult } {
  const problems: Problem[] = [];
  const t0 = performance.now();
  const raw = readKnowledge(dir, problems);
  const t1 = performance.now();
  if (problems.length === 0) crossCheck(raw, problems);
  const t2 = performance.now();
  if (problems.length > 0 || !raw.meta) {
    throw new Error(
      `the knowledge base in ${dir} does not load:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`,
    );
  }
  const kb = new KnowledgeBase(
    raw.meta,
    raw.companies.map((r) => r.value),
    raw.sources.map((r) => r.value),
    raw.deals.map((r) => r.value),
  );
  const t3 = performance.now();
  const engine = createEngine(kb);
  const t4 = performance.now();
  // What kb:check leaves for the next start (when the benchmark gives a snapshot directory).
  let snapshotWriteMs: number | undefined;
  if (process.env.KB_SNAPSHOT_DIR) {
    writeSnapshot(dir, snapshotRecords(kb));
    snapshotWriteMs = performance.now() - t4;
  }
  const memory = memoryAfterGc();
  return {
    engine,
    startup: {
      readMs: t1 - t0,
      crossCheckMs: t2 - t1,
      indexMs: t3 - t2,
      engineMs: t4 - t3,
      totalMs: t4 - t0,
      snapshotWriteMs,
      ...memory,
      heapLimit: getHeapStatistics().heap_size_limit,
    },
  };
}

export async function runDataset(job: DatasetJob) {
  const log = (text: string) => {
    if (!job.quiet) process.stderr.write(`  [${job.label}] ${text}\n`);
  };
  const began = { wall: performance.now(), cpu: process.cpuUsage(), load: loadavg() };
  const { engine, startup } = coldLoad(job.dir);
  const { kb } = engine;
  log(`start-up ${Math.round(startup.totalMs)} ms (${kb.companies.size} companies, ${kb.deals.size} deals)`);

  // Everything else is imported after the memory reading, so that it counts only the bot's own modules.
  const { buildQueries, companyKeys } = await import('./queries.js');
  const { measureQueries, measureBaseline, classifyTypoFailures, classifyMisses } = await import(
    './measure.js'
  );
  const { sameFamily } = await import('./queries.js');
  const { findHighlights, commandCases, measureCommand } = await import('./commands.js');
  const { profile } = await import('./profile.js');
  const { measureAnchor } = await import('./anchor.js');
  const { timePictures, timeDealKeystrokes, resolveAndComplete } = await import('./parts.js');
  const { react } = await import('../src/discord/react.js');

  const companies = [...kb.companies.values()];
  const sources = [...kb.sources.values()];
  const deals = [...kb.deals.values()];
  const counts = {
    companies: companies.length,
    deals: deals.length,
    sources: sources.length,
    aliases: companies.reduce((n, c) => n + c.aliases.length, 0),
    keys: companyKeys(companies).size,
  };

  // Index-only: the same records indexed again, without reading or validating.
  const indexRuns: { kbMs: number; engineMs: number; sortMs: number }[] = [];
  for (let r = 0; r < job.indexRepeats; r++) {
    gc();
    let t = performance.now();
    const again = new KnowledgeBase(kb.meta, companies, sources, deals);
    const kbMs = performance.now() - t;
    t = performance.now();
    createEngine(again);
    const engineMs = performance.now() - t;
    t = performance.now();
    [...deals].sort(newestFirst);
    indexRuns.push({ kbMs, engineMs, sortMs: performance.now() - t });
  }
  const indexOnly = {
    runs: indexRuns,
    kbMs: median(indexRuns.map((r) => r.kbMs)),
    engineMs: median(indexRuns.map((r) => r.engineMs)),
    totalMs: median(indexRuns.map((r) => r.kbMs + r.engineMs)),
    /** Of kbMs: sorting the deals newest first with newestFirst (String#localeCompare). */
    sortMs: median(indexRuns.map((r) => r.sortMs)),
  };
  log(`index-only ${Math.round(indexOnly.totalMs)} ms`);

  const profiles = [];
  if (job.profileLoad) {
    // A second cold load, one profile per phase, so that each phase's functions are attributed to it.
    const problems: Problem[] = [];
    let raw: ReturnType<typeof readKnowledge> | undefined;
    let again: KnowledgeBase | undefined;
    const n = counts.deals.toLocaleString('en-US');
    profiles.push(
      await profile(
        `start-up phase 1, readKnowledge (read, JSON.parse, zod), ${n} deals`,
        () => {
          raw = readKnowledge(job.dir, problems);
        },
        1000,
        0,
      ),
    );
    profiles.push(
      await profile(`start-up phase 2, crossCheck, ${n} deals`, () => crossCheck(raw!, problems), 1000, 0),
    );
    if (problems.length > 0) throw new KnowledgeBaseError(problems);
    profiles.push(
      await profile(
        `start-up phase 3, new KnowledgeBase (indexes), ${n} deals`,
        () => {
          again = new KnowledgeBase(
            kb.meta,
            raw!.companies.map((r) => r.value),
            raw!.sources.map((r) => r.value),
            raw!.deals.map((r) => r.value),
          );
        },
        1000,
        0,
      ),
    );
    profiles.push(
      await profile(
        `start-up phase 4, createEngine (resolver indexes), ${n} deals`,
        () => {
          createEngine(again!);
        },
        1000,
        0,
      ),
    );
    raw = undefined;
    again = undefined;
    log('profiled the load');
  }

  // Name resolution and autocomplete.
  gc();
  const queries = buildQueries(companies, { perKind: job.perKind, seed: job.seed });
  const run = measureQueries(engine, queries, job.seed);
  log(`queries: ${queries.length}, resolve p99 ${run.overall.resolve.p99.toFixed(3)} ms`);
  // The second baseline: a bare deletion index on the same queries, the limit an index alone reaches.
  const anchor = measureAnchor(kb, queries);
  log(`anchor: p99 ${anchor.overall.p99.toFixed(3)} ms`);
  const familyOf = (id: string) => kb.familyOf(id);
  const typoFailures = (['typo1', 'typo2'] as const).map((kind) => {
    const failed = queries.flatMap((q, i) => {
      if (q.kind !== kind || q.expected === null) return [];
      const r = engine.resolver.resolve(q.text);
      const ok = r.status === 'found' && sameFamily(q.expected, r.match.company.id, familyOf);
      return ok ? [] : [{ text: q.text, expected: q.expected, index: i }];
    });
    return { kind, failed: failed.length, ...classifyTypoFailures(companies, failed.slice(0, 25), familyOf) };
  });
  const foundMisses = queries
    .filter((q) => q.kind === 'miss' && engine.resolver.resolve(q.text).status === 'found')
    .map((q) => q.text);
  const missFailures = { found: foundMisses.length, ...classifyMisses(companies, foundMisses.slice(0, 25)) };

  // The money graph is built once per knowledge base (on the first picture or loop asked for): built here,
  // timed on its own, so that the commands below time an answer and not this one-off build.
  const { flows, mostLoops: _, ...pictures } = await timePictures(engine);
  log(`money graph built in ${Math.round(pictures.graphBuildMs)} ms (${flows} flows)`);
  const dealAutocomplete = await timeDealKeystrokes(engine);
  log(`/sources deal: autocomplete p99 ${dealAutocomplete.keystrokes.p99.toFixed(3)} ms`);

  // Commands.
  const highlights = findHighlights(engine);
  const commands = commandCases(engine, highlights).map((c) => measureCommand(c, engine, job.commandBox));
  log(`commands: worst react p99 ${Math.max(...commands.map((c) => c.react.p99)).toFixed(2)} ms`);

  if (job.profileMisses) {
    // One profile per family of query kinds that misses: exact names (autocomplete fills up with typo
    // candidates), typos, longer prefixes, misses.
    for (const name of ['exact', 'typo1', 'prefix4', 'miss'] as const) {
      const kind = run.kinds.find((k) => k.kind === name);
      if (
        !kind ||
        (kind.resolve.p99 <= job.targets.queryP99Ms && kind.autocomplete.p99 <= job.targets.queryP99Ms)
      )
        continue;
      const texts = queries
        .filter((q) => q.kind === name)
        .map((q) => q.text)
        .slice(0, 100);
      profiles.push(
        await profile(
          `resolve + autocomplete, ${name} queries (${texts.length}), ${counts.companies} companies`,
          await resolveAndComplete(engine, texts),
        ),
      );
    }
    const cases = commandCases(engine, highlights);
    for (const result of commands) {
      if (result.react.p99 <= job.targets.commandP99Ms) continue;
      const c = cases.find((x) => x.name === result.name)!;
      const slow = result.react.p50 > 1000;
      const iterations = slow
        ? 1
        : Math.max(3, Math.min(50, Math.ceil(1000 / Math.max(result.react.p50, 0.01))));
      profiles.push(
        await profile(
          `${result.name}: ${c.command}, ${counts.deals.toLocaleString('en-US')} deals (${iterations} run${iterations > 1 ? 's' : ''})`,
          () => {
            for (let i = 0; i < iterations; i++) react(engine, c.input);
          },
          slow ? 2000 : 200,
          slow ? 0 : 1000,
        ),
      );
    }
    log('profiled the misses');
  }

  // The plain fuse.js baseline, on the first queries of each kind.
  gc();
  const baseline = measureBaseline(companies, queries, job.baselinePerKind, familyOf, job.baselineDeadlineMs);
  const ours = (samples: Float64Array): Summary => summarize(baseline.indexes.map((i) => samples[i]!));
  const oursResolve = ours(run.resolveMs);
  const oursAutocomplete = ours(run.autocompleteMs);
  const comparison = {
    queries: baseline.indexes.length,
    baseline: baseline.overall,
    resolve: oursResolve,
    autocomplete: oursAutocomplete,
    ratio: {
      resolveP50: baseline.overall.p50 / oursResolve.p50,
      resolveP99: baseline.overall.p99 / oursResolve.p99,
      autocompleteP50: baseline.overall.p50 / oursAutocomplete.p50,
      autocompleteP99: baseline.overall.p99 / oursAutocomplete.p99,
    },
  };
  log(`baseline: ${baseline.indexes.length} queries, p50 ${baseline.overall.p50.toFixed(1)} ms`);

  const cpu = process.cpuUsage(began.cpu);
  const wallMs = performance.now() - began.wall;
  return {
    label: job.label,
    /** This process's CPU time over its wall time: well under 100% means it waited, for the other core's
     * work or for another process on the machine. Load averages at start and end say how busy it was. */
    machine: {
      wallMs,
      cpuShare: (cpu.user + cpu.system) / 1000 / wallMs,
      loadavgStart: began.load,
      loadavgEnd: loadavg(),
    },
    counts,
    startup,
    indexOnly,
    queries: { perKind: job.perKind, total: queries.length, kinds: run.kinds, overall: run.overall },
    typoFailures,
    missFailures,
    highlights,
    commands,
    baseline: {
      buildMs: baseline.buildMs,
      entries: baseline.entries,
      kinds: baseline.kinds,
      overall: baseline.overall,
    },
    comparison,
    anchor,
    pictures,
    dealAutocomplete,
    profiles,
  };
}

export type DatasetResult = Awaited<ReturnType<typeof runDataset>>;
