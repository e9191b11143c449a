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
