/**
 * Pictures on worker threads: the PNG a worker draws is the one the main thread would draw, the drawing
 * happens in the pool (never on the calling thread), and the queue and each user's share are bounded.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { react } from '../../src/discord/react.js';
import { PicturePool, PicturesBusy } from '../../src/graph/pool.js';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/paths.js';
import { realEngine } from '../helpers.js';

const pools: PicturePool[] = [];
function pool(options: Partial<ConstructorParameters<typeof PicturePool>[0]> = {}) {
  const p = new PicturePool({ dir: DEFAULT_KNOWLEDGE_DIR, size: 1, ...options });
  pools.push(p);
  return p;
}

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

const graphOf = (company: string) =>
  ({ kind: 'command', command: 'graph', options: new Map([['company', company]]) }) as const;

describe('the picture pool', () => {
  it('draws a /graph picture on a worker, byte for byte the one the main thread draws', async () => {
    const engine = realEngine();
    const pictures = pool();
    const reaction = react(engine, graphOf('openai'), pictures.forUser('alice'));
    expect(reaction.type).toBe('reply');
    const file = reaction.type === 'reply' ? reaction.message.files?.[0] : undefined;
    expect(file?.name).toMatch(/\.png$/);
    const drawing = file!.data();
    // Handed to the pool at once: the calling thread does not lay out or encode anything.
    expect(pictures.depth).toEqual({ queued: 0, drawing: 1 });
    const png = await drawing;
    const plain = react(engine, graphOf('openai'));
    const own = plain.type === 'reply' ? await plain.message.files![0]!.data() : undefined;
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.equals(own!)).toBe(true);
  }, 60_000);

  it('refuses at once past the queue bound', async () => {
    const engine = realEngine();
    const pictures = pool({ maxQueue: 1, perUser: 10 });
    const job = { command: 'loops', options: {}, lang: 'en' as const };
    const first = pictures.forUser('a')(job, engine);
    const second = pictures.forUser('b')(job, engine);
    await expect(pictures.forUser('c')(job, engine)).rejects.toMatchObject({ reason: 'queue' });
    await expect(Promise.all([first, second])).resolves.toHaveLength(2);
  }, 60_000);

  it("bounds one user's share and leaves others theirs", async () => {
    const engine = realEngine();
    const pictures = pool({ perUser: 1 });
    const job = { command: 'loops', options: {}, lang: 'en' as const };
    const mine = pictures.forUser('alice')(job, engine);
    const again = pictures.forUser('alice')(job, engine);
    await expect(again).rejects.toBeInstanceOf(PicturesBusy);
    await expect(again).rejects.toMatchObject({ reason: 'user' });
    const theirs = pictures.forUser('bob')(job, engine);
    await Promise.all([mine, theirs]);
    // Alice's picture is done: she may ask again.
    await expect(pictures.forUser('alice')(job, engine)).resolves.toBeInstanceOf(Buffer);
  }, 60_000);

  it('fails a picture whose worker stops, instead of leaving it pending', async () => {
    const pictures = new PicturePool({ dir: DEFAULT_KNOWLEDGE_DIR, size: 1 });
    const job = { command: 'loops', options: {}, lang: 'en' as const };
    const drawing = pictures.forUser('alice')(job, realEngine());
    await pictures.close();
    await expect(drawing).rejects.toThrow(/exited/);
  }, 60_000);
});
