/** Loads and checks the knowledge base; an invalid one stops the process with the same messages as kb:check. */
import { createEngine, type Engine } from './answers/engine.js';
import { loadKnowledgeBase } from './knowledge/knowledgeBase.js';
import { knowledgeDir } from './knowledge/paths.js';
import { KnowledgeBaseError } from './knowledge/problems.js';

export function bootEngine(dir: string = knowledgeDir()): Engine {
  try {
    return createEngine(loadKnowledgeBase(dir, { snapshot: 'write' }));
  } catch (error) {
    if (error instanceof KnowledgeBaseError) {
      process.stderr.write(`Refusing to start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
