/**
 * Packages that only some deployments need (Redis, PostgreSQL, pretty logs, the picture renderer) are
 * loaded on first use instead of at start-up: each costs 7–21 MB of memory and up to 0.3 s before the bot
 * is ready, and a bot that never draws a picture or talks to Redis should pay for neither.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function that loads the CommonJS package `name` the first time it is called, then returns it. */
export function whenUsed<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => {
    loaded ??= require(name) as T;
    return loaded;
  };
}

type DiscordJs = typeof import('discord.js');

/**
 * discord.js, imported where it is first needed (the console never needs it; an HTTP endpoint only for a
 * follow-up or a watch post). Bundled (dist/), a dynamic import of a CommonJS package gives only its
 * `default` export, module.exports; run from the sources, node also gives its named exports. `default`
 * is module.exports either way, so it is what is read.
 */
export async function importDiscordJs(): Promise<DiscordJs> {
  const loaded = (await import('discord.js')) as DiscordJs & { default?: DiscordJs };
  return loaded.default ?? loaded;
}
