/**
 * Prometheus metrics (prom-client), one registry per process: what an operator alerts on. Interactions by
 * command and outcome with their latency, misses of Discord's 3-second window, rate-limit refusals, the
 * knowledge base's version and reload results, the picture queue, and Node's own (event-loop lag, heap,
 * CPU, handles) from collectDefaultMetrics.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { commandsByName } from '../commands/index.js';
import type { InteractionInput } from './discord/react.js';

/** Discord's window for the first answer to an interaction. */
export const DEADLINE_MS = 3000;

export type Outcome = 'ok' | 'error' | 'refused' | 'expired';

export const registry = new Registry();
registry.setDefaultLabels({ app: 'ai-deals-bot' });
collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });

const interactions = new Counter({
  name: 'bot_interactions_total',
  help: 'Interactions handled, by transport, kind, command and outcome.',
  labelNames: ['transport', 'kind', 'command', 'outcome'] as const,
  registers: [registry],
});

const latency = new Histogram({
  name: 'bot_interaction_duration_seconds',
  help: "Time from receiving an interaction to its first answer (Discord's window is 3 s).",
  labelNames: ['transport', 'kind'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5],
  registers: [registry],
});

const deadlineMisses = new Counter({
  name: 'bot_deadline_misses_total',
  help: 'Interactions whose first answer came after the 3-second window (or that Discord no longer knew).',
  labelNames: ['transport'] as const,
  registers: [registry],
});

const refusals = new Counter({
  name: 'bot_rate_limit_refusals_total',
  help: 'Requests refused by a rate limit, by scope (user, channel, pictures).',
  labelNames: ['scope'] as const,
  registers: [registry],
});

const knowledgeBase = new Gauge({
  name: 'bot_knowledge_base_info',
  help: 'The knowledge base being served: 1 for its version and as-of date.',
  labelNames: ['version', 'as_of'] as const,
  registers: [registry],
});

const reloads = new Counter({
  name: 'bot_knowledge_base_reloads_total',
  help: 'Knowledge-base reloads, by result (ok, refused).',
  labelNames: ['result'] as const,
  registers: [registry],
});

const pictureProbes: Array<() => { queued: number; drawing: number }> = [];
new Gauge({
  name: 'bot_pictures',
  help: 'Pictures waiting for a worker thread (queued) and being drawn (drawing).',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    let queued = 0;
    let drawing = 0;
    for (const probe of pictureProbes) {
      const depth = probe();
      queued += depth.queued;
      drawing += depth.drawing;
    }
    this.set({ state: 'queued' }, queued);
    this.set({ state: 'drawing' }, drawing);
  },
});

/** The command an interaction is about, as a label: only known command names, so that what a client
 * sends cannot grow the number of series. */
export function commandLabel(input: InteractionInput): string {
  if (input.kind === 'question') return 'ask';
  const name =
    input.kind === 'component' ? (/^[psmh]:([a-z-]+):/.exec(input.customId)?.[1] ?? '') : input.command;
  return commandsByName.has(name) ? name : 'other';
}

export const metrics = {
  /** One interaction answered (or not): its outcome, and how long its first answer took. */
  interaction(
    transport: 'gateway' | 'http',
    kind: string,
    command: string,
    outcome: Outcome,
    ms: number,
  ): void {
    interactions.inc({ transport, kind, command: command.slice(0, 32), outcome });
    latency.observe({ transport, kind }, ms / 1000);
    if (outcome === 'expired' || ms > DEADLINE_MS) deadlineMisses.inc({ transport });
  },
  refused(scope: 'user' | 'channel' | 'pictures'): void {
    refusals.inc({ scope });
  },
  knowledgeBase(version: string, asOf: string): void {
    knowledgeBase.reset();
    knowledgeBase.set({ version, as_of: asOf }, 1);
  },
  reload(ok: boolean): void {
    reloads.inc({ result: ok ? 'ok' : 'refused' });
  },
  pictures(probe: () => { queued: number; drawing: number }): void {
    pictureProbes.push(probe);
  },
};
