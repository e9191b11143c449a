/**
 * Entry point of the benchmark's child processes: one job per process, sent over IPC, answered over IPC.
 * Nothing is imported up front, so a start-up or memory job loads only what it measures.
 */
import type { BotProcessJob } from './botProcess.js';
import type { DatasetJob } from './dataset.js';
import type { GenerateJob } from './generateJob.js';
import type { LoadJob } from './load.js';
import type { StartupJob } from './startup.js';

export type Job = DatasetJob | GenerateJob | LoadJob | StartupJob | BotProcessJob;

async function run(job: Job): Promise<unknown> {
  switch (job.type) {
    case 'dataset':
      return (await import('./dataset.js')).runDataset(job);
    case 'generate':
      return (await import('./generateJob.js')).runGenerate(job);
    case 'load':
      return (await import('./load.js')).runLoad(job);
    case 'startup':
      return (await import('./startup.js')).measureStartup(job);
    case 'bot-process':
      return (await import('./botProcess.js')).measureBotProcess(job);
  }
}

process.once('message', (job: Job) => {
  run(job).then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (error: unknown) =>
      process.send?.(
        { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) },
        () => process.exit(1),
      ),
  );
});
