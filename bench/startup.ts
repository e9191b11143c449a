/**
 * Start-up of the knowledge base in a fresh process, so that nothing else the benchmark loads counts:
 * loadKnowledgeBase + createEngine on a knowledge directory, phase by phase, and the memory after a GC.
 * The running bot's readiness and memory are measured from outside, as its npm scripts run it
 * (bench/botProcess.ts).
 */

export interface StartupJob {
  type: 'startup';
  dir: string;
}

export interface StartupSample {
  /** Importing the knowledge-base modules (zod, schemas), compiled by tsx on the fly. */
  importMs: number;
  /** loadKnowledgeBase: read, zod validation, cross-checks, indexes. */
  loadMs: number;
  engineMs: number;
  /** What the target counts: load, validate and index. */
  startupMs: number;
  /** From process start (node, tsx) to an engine ready to answer. */
  sinceProcessStartMs: number;
  heapUsed: number;
  rss: number;
  /** Memory after GC at each step, to show what the RSS is made of. */
  steps: { step: string; heapUsed: number; rss: number }[];
}

function collect(): { heapUsed: number; rss: number } {
  const g = (globalThis as { gc?: () => void }).gc;
  g?.();
  g?.();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss };
}

export async function measureStartup(job: StartupJob): Promise<StartupSample> {
  const steps: StartupSample['steps'] = [{ step: 'node + tsx loader, nothing imported', ...collect() }];
  let t = performance.now();
  const { loadKnowledgeBase } = await import('../src/knowledge/knowledgeBase.js');
  const { createEngine } = await import('../src/answers/engine.js');
  const importMs = performance.now() - t;
  t = performance.now();
  const kb = loadKnowledgeBase(job.dir);
  const loadMs = performance.now() - t;
  t = performance.now();
  createEngine(kb);
  const engineMs = performance.now() - t;
  const sinceProcessStartMs = performance.now();
  steps.push({ step: 'knowledge base loaded and indexed (zod, schemas, resolver)', ...collect() });
  return {
    steps,
    importMs,
    loadMs,
    engineMs,
    startupMs: loadMs + engineMs,
    sinceProcessStartMs,
    ...collect(),
  };
}
