/**
 * How a long-running entry point (gateway bot, HTTP endpoint) stops. The process is always `node` itself
 * (`npm start` execs it), so SIGTERM and SIGINT reach it whether they are sent to npm, which forwards them,
 * to the process group, or to node: each drains once and exits 0. SIGHUP reloads (see reload.ts).
 */
import type { Logger } from './log.js';

export interface Lifecycle {
  /** True once a shutdown has begun: new work is refused from then on. */
  readonly stopping: boolean;
}

/**
 * Calls `stop` once on the first SIGINT or SIGTERM and exits with 0 when it resolves (1 when it throws).
 * Listeners stay installed (`on`, not `once`): a second signal (npm forwarding a signal also sent to the
 * group) must not find the default handler and kill the process in the middle of its drain.
 *
 * Under npm (`npm_lifecycle_event` is set), npm dies from SIGHUP, which it does not forward; node would
 * then serve on with no parent and nothing to stop it. So when the parent that started it goes away, the
 * process shuts down the same way. Send SIGHUP to node's pid (logged at start) to reload.
 */
export function onShutdown(logger: Logger, stop: (reason: string) => Promise<void>): Lifecycle {
  const state = { stopping: false };
  const begin = (reason: string, fields: Record<string, unknown>) => {
    if (state.stopping) return;
    state.stopping = true;
    logger.info(fields, 'shutting down');
    stop(reason).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => begin(signal, { signal }));
  }
  if (process.env.npm_lifecycle_event) {
    const parent = process.ppid;
    const timer = setInterval(() => {
      if (process.ppid !== parent)
        begin('parent exited', { reason: 'npm, which started this process, exited' });
    }, 1000);
    timer.unref();
  }
  return state;
}
