/** Plain-text rendering of an answer, for the console and `npm run ask`. Knows answers' shape, not deals. */
import type { Answer, CitationView, Inline, Line } from '../answers/model.js';
import { type Catalog, catalog } from '../i18n/index.js';

/** How much to print: the console's `--full` asks for every detail (issue 14: short by default). */
export interface TextOptions {
  full?: boolean;
}

export function renderText(answer: Answer, t: Catalog = catalog('en'), _options: TextOptions = {}): string {
  const out: string[] = [answer.title, '='.repeat(Math.min(answer.title.length, 80))];
  if (answer.lead) out.push(renderLine(answer.lead));
  for (const block of answer.blocks) {
    out.push('');
    if (block.heading) out.push(block.badge ? `■ ${block.heading}  [${block.badge}]` : `■ ${block.heading}`);
    for (const l of block.lines) out.push(`  ${renderLine(l)}`);
  }
  if (answer.citations.length > 0) {
    out.push('', t.render.sources);
    for (const c of answer.citations) out.push(`  ${citationText(c, t)}`);
  }
  if (answer.suggestions && answer.suggestions.length > 0) {
    out.push('', t.render.tryThese);
    for (const s of answer.suggestions) out.push(`  ${s.command}`);
  }
  out.push('', `${t.render.asOf(answer.asOf)}.`);
  return out.join('\n');
}

export function renderLine(l: Line): string {
  const text = l.parts.map(renderInline).join('').trimEnd();
  return l.label ? `${l.label}: ${text}` : text;
}

function renderInline(part: Inline): string {
  return typeof part === 'string' ? part : `[${part.cite}]`;
}

export function citationText(c: CitationView, t: Catalog = catalog('en')): string {
  const tier = t.render.tier[c.tier as keyof Catalog['render']['tier']] ?? c.tier;
  const details = [c.date, c.language, tier, c.relays && t.render.carries(c.relays)]
    .filter(Boolean)
    .join(', ');
  const where = c.url ?? t.render.seedArticle(c.seed ?? '');
  const title = c.title ?? t.render.quotedIn(c.quotedIn ?? '');
  return `[${c.n}] ${c.publisher} — ${title} (${details}) ${where}`;
}
