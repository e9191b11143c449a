import { fileURLToPath } from 'node:url';

/** The knowledge directory shipped with the bot; KNOWLEDGE_DIR points elsewhere for tests or staging. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

export function knowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR || DEFAULT_KNOWLEDGE_DIR;
}
