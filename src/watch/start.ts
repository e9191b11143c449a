/**
 * Starts watches and server settings for a long-running entry point: opens the database (running its
 * migrations), processes the knowledge base it starts with (a restart on a newer version posts what
 * changed since the last one processed), then each one hot reload swaps in. Without a usable database the
 * bot still answers; /watch and /settings say they are unavailable, and the reason is logged.
 */
import type { REST } from 'discord.js';
import { z } from 'zod';
import type { Engine } from '../answers/engine.js';
import { catalog, langOf } from '../i18n/index.js';
import type { Logger } from '../log.js';
import { renderNotice } from '../render/discord.js';
import { Store, storeConfig } from '../store/store.js';
import { gatewayHook, type InteractionHook } from './gateway.js';
import { httpHook, type RawInteractionHook } from './http.js';
import { restPoster } from './poster.js';
import { DEFAULT_LIMITS, type Decider, ServerSide } from './server.js';
import { Watcher } from './watcher.js';

const watchEnv = z.object({
  WATCH_LIMIT_SERVER: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIMITS.perServer),
  WATCH_LIMIT_CHANNEL: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIMITS.perChannel),
  WATCH_LIMIT_USER: z.coerce.number().int().min(1).max(1000).default(DEFAULT_LIMITS.perUser),
  WATCH_DIGEST_AFTER: z.coerce.number().int().min(1).max(100).default(3),
});

export interface KnowledgeSource {
  current(): Engine;
  onSwap(listener: (engine: Engine) => void): () => void;
}

export interface Watches {
  /** For the gateway transport. */
  hook: InteractionHook;
  /** For the HTTP endpoint. */
  rawHook: RawInteractionHook;
  /** Waits for the knowledge base being processed, then closes the database. */
  stop(): Promise<void>;
}

export async function startWatches(options: {
  knowledge: KnowledgeSource;
  /** The REST client watch posts go through, made or loaded when the first post is due. */
  rest: () => Promise<REST>;
  logger: Logger;
  channelName?: (id: string) => string | undefined;
  env?: NodeJS.ProcessEnv;
  /** False when the bot has no token to post with (HTTP mode without DISCORD_TOKEN): nothing is processed. */
  post?: boolean;
}): Promise<Watches> {
  const { knowledge, logger } = options;
  const env = options.env ?? process.env;
  let store: Store;
  let settings: z.infer<typeof watchEnv>;
  try {
    const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
    settings = watchEnv.parse(present);
    store = await Store.open(storeConfig(env));
  } catch (error) {
    logger.error({ err: error }, 'watches and server settings are off: the database could not be opened');
    const off = unavailable();
    return { hook: gatewayHook(off), rawHook: httpHook(off), stop: async () => undefined };
  }
  logger.info({ database: store.description }, 'watches and server settings: database ready');
  const limits = {
    perServer: settings.WATCH_LIMIT_SERVER,
    perChannel: settings.WATCH_LIMIT_CHANNEL,
    perUser: settings.WATCH_LIMIT_USER,
  };
  const server = new ServerSide(store, logger, limits, options.channelName);
  const watcher = new Watcher(store, restPoster(options.rest), logger, {
    digestAfter: settings.WATCH_DIGEST_AFTER,
  });
  const processing = new Set<Promise<unknown>>();
  const run = (engine: Engine) => {
    const work = watcher
      .process(engine)
      .catch((error: unknown) =>
        logger.error({ err: error }, 'watches: processing the knowledge base failed'),
      )
      .finally(() => processing.delete(work));
    processing.add(work);
  };
  let unsubscribe: () => void = () => undefined;
  if (options.post === false) {
    logger.warn('DISCORD_TOKEN is not set: watches can be added, but nothing is posted until it is');
  } else {
    run(knowledge.current());
    unsubscribe = knowledge.onSwap(run);
  }
  return {
    hook: gatewayHook(server),
    rawHook: httpHook(server),
    async stop() {
      unsubscribe();
      await Promise.allSettled([...processing]);
      await store.close();
    },
  };
}

/** /watch and /settings say they are unavailable; everything else is answered as without settings. */
function unavailable(): Decider {
  return {
    async decide(_engine, input) {
      const command = input.kind === 'command' || input.kind === 'autocomplete' ? input.command : '';
      if (!ServerSide.handles(command)) return { input, pictures: true };
      const reaction =
        input.kind === 'autocomplete'
          ? { type: 'autocomplete' as const, choices: [] }
          : {
              type: 'reply' as const,
              message: renderNotice(catalog(langOf(input.locale)).watch.unavailable),
            };
      return { input, pictures: true, reaction };
    },
  };
}
