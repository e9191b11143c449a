/**
 * Starting a worker thread from built code and from source alike. Built, every entry point and worker is
 * a flat file in dist/, so a worker is the .js file beside the bundle that starts it. From source (tests,
 * `npm run dev`) it is the .ts file beside the caller, loaded through tsx's API: `--import tsx` in a
 * worker's execArgv is not honoured by every Node version.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startWorker(name: string, callerUrl: string, options: WorkerOptions = {}): Worker {
  if (!callerUrl.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, callerUrl), options);
  const url = new URL(`./${name}.ts`, callerUrl).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
