/**
 * Start-up and memory of the bot itself, each in a fresh process so that nothing else the benchmark
 * loads counts: `load` times loadKnowledgeBase + createEngine on a knowledge directory; `gateway` and
 * `http` bring up the bot's transport as `npm start` / `npm run start:http` do (without connecting to
 * Discord), answer a few interactions, and read the memory after a GC.
 */
import type { AddressInfo } from 'node:net';
import { postSigned, signingKey } from './http.js';

export interface StartupJob {
  type: 'startup';
  dir: string;
  mode: 'load' | 'gateway' | 'http';
}

export interface StartupSample {
  mode: StartupJob['mode'];
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
  /** The transport up and a few interactions answered (gateway and http modes). */
  afterTraffic?: { heapUsed: number; rss: number; interactions: number };
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

/** 143 rounds of the 7 sample inputs: the memory is read after 1,001 interactions. */
const ROUNDS = 143;

const SAMPLE_INPUTS = [
  {
    kind: 'command',
    command: 'deal',
    options: [
      ['company', 'Amazon'],
      ['with', 'OpenAI'],
    ],
  },
  { kind: 'command', command: 'backers', options: [['company', 'Anthropic']] },
  { kind: 'command', command: 'company', options: [['name', 'NVIDIA']] },
  { kind: 'command', command: 'top', options: [] },
  { kind: 'autocomplete', value: 'op' },
  { kind: 'autocomplete', value: 'nvdia' },
  { kind: 'component', customId: 'p:deal:1:amazon,openai' },
] as const;

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
  const engine = createEngine(kb);
  const engineMs = performance.now() - t;
  const sinceProcessStartMs = performance.now();
  steps.push({ step: 'knowledge base loaded and indexed (zod, schemas, resolver)', ...collect() });
  const sample: StartupSample = {
    steps,
    mode: job.mode,
    importMs,
    loadMs,
    engineMs,
    startupMs: loadMs + engineMs,
    sinceProcessStartMs,
    ...collect(),
  };
  if (job.mode === 'load') return sample;

  const { react } = await import('../src/discord/react.js');
  const { createLogger } = await import('../src/log.js');
  const logger = createLogger('error');
  let interactions = 0;

  if (job.mode === 'gateway') {
    const { createGatewayClient } = await import('../src/discord/gateway.js');
    const { readSettings } = await import('../src/config/settings.js');
    const { EngineHolder } = await import('../src/reload.js');
    const holder = new EngineHolder(job.dir, engine, logger);
    const bot = createGatewayClient(holder.current, readSettings({}), logger);
    steps.push({ step: 'discord.js gateway client created (not logged in)', ...collect() });
    for (let round = 0; round < ROUNDS; round++) {
      for (const input of SAMPLE_INPUTS) {
        if (input.kind === 'command')
          react(engine, { kind: 'command', command: input.command, options: new Map(input.options) });
        else if (input.kind === 'autocomplete')
          react(engine, {
            kind: 'autocomplete',
            command: 'deal',
            focused: { name: 'company', value: input.value },
          });
        else react(engine, { kind: 'component', customId: input.customId });
        interactions++;
      }
    }
    sample.afterTraffic = { ...collect(), interactions };
    steps.push({ step: `after ${interactions} interactions answered`, ...sample.afterTraffic });
    await bot.client.destroy();
    return sample;
  }

  const { createInteractionServer } = await import('../src/http/server.js');
  const key = signingKey();
  const server = createInteractionServer({ engine: () => engine, publicKey: key.publicKeyHex, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  steps.push({
    step: 'HTTP interactions server listening (imports discord.js for follow-ups)',
    ...collect(),
  });
  const post = async (payload: unknown) => {
    const { status } = await postSigned(port, key, payload);
    if (status !== 200) throw new Error(`HTTP ${status}`);
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const input of SAMPLE_INPUTS) {
      const base = { id: String(round), application_id: '1', token: 'token', version: 1 };
      if (input.kind === 'command')
        await post({
          ...base,
          type: 2,
          data: {
            name: input.command,
            options: input.options.map(([name, value]) => ({ name, type: 3, value })),
          },
        });
      else if (input.kind === 'autocomplete')
        await post({
          ...base,
          type: 4,
          data: { name: 'deal', options: [{ name: 'company', type: 3, value: input.value, focused: true }] },
        });
      else await post({ ...base, type: 3, data: { custom_id: input.customId, component_type: 2 } });
      interactions++;
    }
  }
  sample.afterTraffic = { ...collect(), interactions };
  steps.push({ step: `after ${interactions} signed requests answered`, ...sample.afterTraffic });
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return sample;
}
