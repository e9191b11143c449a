/**
 * A picture-drawing thread (see pool.ts). It keeps its own engine, loaded from the knowledge directory,
 * and redraws a picture from the command and the stable options the answer was built from: layout (SVG)
 * and PNG encoding, 0.2–1 s of CPU, happen here and never on the event loop that answers Discord.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { commandsByName } from '../../commands/index.js';
import { createEngine, type Engine } from '../answers/engine.js';
import { optionReader } from '../commands/command.js';
import { loadKnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { PictureJob, PictureReply, PictureRequest } from './pool.js';

const { dir } = workerData as { dir: string };
let engine: Engine | undefined;
/** The main thread's engine generation this thread's engine was loaded for. */
let loadedFor: number | undefined;

function draw(job: PictureJob): Buffer {
  if (!engine || loadedFor !== job.generation) {
    engine = createEngine(loadKnowledgeBase(dir));
    loadedFor = job.generation;
  }
  const command = commandsByName.get(job.command);
  if (!command) throw new Error(`no command ${job.command}`);
  const answer = command.execute({
    engine,
    options: optionReader(new Map(Object.entries(job.options))),
    lang: job.lang,
  });
  if (!answer.image) throw new Error(`/${job.command} gave no picture for these options`);
  return answer.image.png();
}

parentPort?.on('message', ({ id, job }: PictureRequest) => {
  let reply: PictureReply;
  try {
    // A copy in an ArrayBuffer of its own, transferred without another copy.
    const png = new Uint8Array(draw(job));
    reply = { id, png };
    parentPort?.postMessage(reply, [png.buffer]);
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
    parentPort?.postMessage(reply);
  }
});
