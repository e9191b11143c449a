/** Plain-text rendering of an answer, for the console and `npm run ask`. Knows answers' shape, not deals. */
import type { Answer, CitationView, Inline, Line } from '../answers/model.js';

const TIER_WORDS: Record<string, string> = {
  primary: 'primary source',
  major: 'wire or major outlet',
  trade: 'trade press',
  aggregator: 'aggregator',
};

export function renderText(answer: Answer): string {
  const out: string[] = [answer.title, '='.repeat(Math.min(answer.title.length, 80))];
  if (answer.lead) out.push(renderLine(answer.lead));
  for (const block of answer.blocks) {
    out.push('');
    if (block.heading) out.push(block.badge ? `■ ${block.heading}  [${block.badge}]` : `■ ${block.heading}`);
    for (const l of block.lines) out.push(`  ${renderLine(l)}`);
  }
  if (answer.citations.length > 0) {
    out.push('', 'Sources');
    for (const c of answer.citations) out.push(`  ${citationText(c)}`);
  }
  if (answer.suggestions && answer.suggestions.length > 0) {
    out.push('', 'Try:');
    for (const s of answer.suggestions) out.push(`  ${s.command}`);
  }
  out.push('', `Knowledge base as of ${answer.asOf}.`);
  return out.join('\n');
}

export function renderLine(l: Line): string {
  const text = l.parts.map(renderInline).join('').trimEnd();
  return l.label ? `${l.label}: ${text}` : text;
}

function renderInline(part: Inline): string {
  return typeof part === 'string' ? part : `[${part.cite}]`;
}

export function citationText(c: CitationView): string {
  const details = [c.date, c.language, TIER_WORDS[c.tier] ?? c.tier, c.relays && `carries ${c.relays}`]
    .filter(Boolean)
    .join(', ');
  const where = c.url ?? `seed article ${c.seed} (no public address)`;
  return `[${c.n}] ${c.publisher} — ${c.title} (${details}) ${where}`;
}
