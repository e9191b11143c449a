import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { CitationView, Inline } from './model.js';

/** How many sources an answer line cites inline; `/sources` lists them all. */
export const INLINE_SOURCES = 2;

/** Numbers sources in the order an answer first cites them, so "[1]" means the same thing throughout. */
export class Citations {
  private readonly numbers = new Map<string, number>();
  private readonly views: CitationView[] = [];

  constructor(private readonly kb: KnowledgeBase) {}

  /** Citation marks for the best `limit` of the given sources. */
  cite(sourceIds: readonly string[], limit = INLINE_SOURCES): Inline[] {
    return this.kb
      .rankSources(sourceIds)
      .slice(0, limit)
      .map((id) => ({ cite: this.number(id) }));
  }

  number(sourceId: string): number {
    const known = this.numbers.get(sourceId);
    if (known) return known;
    const source = this.kb.sources.get(sourceId);
    if (!source) throw new Error(`unknown source ${sourceId}`);
    const n = this.views.length + 1;
    this.numbers.set(sourceId, n);
    this.views.push({
      n,
      sourceId,
      publisher: source.publisher,
      ...(source.title && { title: source.title }),
      ...(source.quotedIn && {
        quotedIn: this.kb.sources.get(source.quotedIn)?.publisher ?? source.quotedIn,
      }),
      language: source.language,
      tier: source.tier,
      ...(source.date && { date: source.date }),
      ...(source.url && { url: source.url }),
      ...(source.seed && { seed: source.seed }),
      ...(source.relays && { relays: source.relays }),
    });
    return n;
  }

  list(): CitationView[] {
    return [...this.views];
  }
}
