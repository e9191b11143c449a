import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import { Resolver } from '../search/resolver.js';

/** Everything an answer needs, built once per knowledge base. */
export interface Engine {
  kb: KnowledgeBase;
  resolver: Resolver;
}

export function createEngine(kb: KnowledgeBase): Engine {
  return { kb, resolver: new Resolver(kb) };
}

const languageEngines = new WeakMap<KnowledgeBase, Engine>();

/**
 * The engine whose knowledge text (deal titles, caveats, notes, descriptions) is in `lang` where curators
 * wrote it, English elsewhere: the one place a request's language picks the knowledge it reads, so answer
 * code stays language-blind. Its resolver is built on the same view, so a resolved company carries the
 * translated description too. Without translations for `lang` it is `engine` itself.
 */
export function engineIn(engine: Engine, lang: string): Engine {
  const view = engine.kb.inLanguage(lang);
  if (view === engine.kb) return engine;
  let found = languageEngines.get(view);
  if (!found) {
    found = createEngine(view);
    languageEngines.set(view, found);
  }
  return found;
}
