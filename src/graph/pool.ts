/**
 * Pictures are drawn on worker threads, never on the event loop: laying out a graph takes 150–600 ms and
 * encoding its PNG 100–240 ms, and ten `/graph` at once drawn on the main thread pushed everyone else's
 * autocomplete past a second. The queue is bounded and so is each user's share of it; past either, the
 * request is refused at once with PicturesBusy (the user is asked to try again) instead of waiting.
 *
 * A worker redraws from the command name and the answer's stable options (the same ones its buttons
 * carry), on its own engine loaded from the knowledge directory; `generation` tells it when the main
 * thread has swapped in a reloaded knowledge base, so that it reloads too.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Engine } from '../answers/engine.js';
import type { OptionValue } from '../commands/command.js';
import type { Lang } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { metrics } from '../metrics.js';
import { startWorker } from '../workers.js';

export interface PictureJob {
  command: string;
  options: Record<string, OptionValue>;
  lang: Lang;
  generation: number;
}

export interface PictureRequest {
  id: number;
  job: PictureJob;
}

export type PictureReply = { id: number; png: Uint8Array } | { id: number; error: string };

/** Refused: the queue is full, or this user already has their share of pictures waiting. */
export class PicturesBusy extends Error {
  override name = 'PicturesBusy';
  constructor(
    readonly reason: 'queue' | 'user',
    /** A fair guess at when to try again, in seconds. */
    readonly retryAfterS: number,
  ) {
    super(reason === 'queue' ? 'too many pictures are being drawn' : 'this user has pictures being drawn');
  }
}

export interface PoolOptions {
  /** The knowledge directory the workers load. */
  dir: string;
  /** Worker threads (default: one per core but one, at least one, at most four). */
  size?: number;
  /** Pictures waiting for a worker, beyond those being drawn. */
  maxQueue?: number;
  /** Pictures one user may have waiting or being drawn at once. */
  perUser?: number;
  logger?: Logger;
}

/** Draws one picture for one user; a transport binds the user and passes it to `react`. */
export type DrawPicture = (job: Omit<PictureJob, 'generation'>, engine: Engine) => Promise<Buffer>;

interface Task {
  id: number;
  job: PictureJob;
  user: string;
  resolve(png: Buffer): void;
  reject(error: Error): void;
}

const generations = new WeakMap<Engine, number>();
let nextGeneration = 1;

/** A number per engine object: a reload makes a new engine, hence a new number. */
function generationOf(engine: Engine): number {
  let generation = generations.get(engine);
  if (generation === undefined) {
    generation = nextGeneration++;
    generations.set(engine, generation);
  }
  return generation;
}

export class PicturePool {
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly perUser: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private readonly perUserCount = new Map<string, number>();
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.size = options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1));
    this.maxQueue = options.maxQueue ?? 16;
    this.perUser = options.perUser ?? 2;
    metrics.pictures(() => this.depth);
  }

  /** Pictures waiting for a worker and being drawn, for metrics. */
  get depth(): { queued: number; drawing: number } {
    return { queued: this.queue.length, drawing: this.busy.size };
  }

  /** The drawing function for one user's request. */
  forUser(user: string): DrawPicture {
    return (job, engine) => this.draw({ ...job, generation: generationOf(engine) }, user);
  }

  draw(job: PictureJob, user: string): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('the picture pool is closed'));
    const mine = this.perUserCount.get(user) ?? 0;
    if (mine >= this.perUser) return Promise.reject(new PicturesBusy('user', 5));
    const freeWorker = this.idle.length > 0 || this.started < this.size;
    if (!freeWorker && this.queue.length >= this.maxQueue)
      return Promise.reject(new PicturesBusy('queue', 10));
    this.perUserCount.set(user, mine + 1);
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, user, resolve, reject });
      this.pump();
    });
  }

  /** Stops the workers; pictures not drawn yet are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) this.finish(task, new Error('shutting down'));
    const workers = [...this.idle, ...this.busy.keys()];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.started < this.size) worker = this.spawn();
      if (!worker) return;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      // Referenced while it draws, so a process waiting for a picture stays alive; idle, it holds nothing.
      worker.ref();
      worker.postMessage({ id: task.id, job: task.job } satisfies PictureRequest);
    }
  }

  private spawn(): Worker {
    this.started++;
    const worker = startWorker('pictureWorker', import.meta.url, { workerData: { dir: this.options.dir } });
    worker.on('message', (reply: PictureReply) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      if (task && task.id === reply.id) {
        this.finish(
          task,
          'png' in reply
            ? Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength)
            : new Error(reply.error),
        );
      }
      worker.unref();
      if (!this.closed) this.idle.push(worker);
      this.pump();
    });
    // A worker that dies (an uncaught error, out of memory, terminated at close) fails the picture it was
    // drawing, never leaves it pending, and is replaced on the next picture.
    const lost = (error: Error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const idle = this.idle.indexOf(worker);
      if (idle >= 0) this.idle.splice(idle, 1);
      this.started--;
      if (task) this.finish(task, error);
      if (!this.closed) this.pump();
    };
    worker.on('error', (error) => {
      this.options.logger?.error({ err: error }, 'a picture worker failed; starting another');
      lost(error);
    });
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker))
        lost(new Error(`picture worker exited (${code})`));
    });
    worker.unref();
    return worker;
  }

  private finish(task: Task, outcome: Buffer | Error): void {
    const left = (this.perUserCount.get(task.user) ?? 1) - 1;
    if (left > 0) this.perUserCount.set(task.user, left);
    else this.perUserCount.delete(task.user);
    if (outcome instanceof Error) task.reject(outcome);
    else task.resolve(outcome);
  }
}
