/**
 * Plain-text rendering of an answer, for the console and `npm run ask`. Knows answers' shape, not deals.
 * Short by default (the headline, then one line per deal, in 80 columns); `full` writes every detail.
 */
import { type Answer, type CitationView, citedIn, type Inline, type Line } from '../answers/model.js';
import { type Catalog, commandText } from '../i18n/index.js';

export interface TextOptions {
  /** Every line of every block and every source, instead of one line per deal. */
  full?: boolean;
  /** Where lines wrap: the console's width, 80 by default; `Infinity` never wraps. */
  width?: number;
}

export function renderText(answer: Answer, t: Catalog, options: TextOptions = {}): string {
  const width = Math.max(options.width ?? 80, 40);
  const full = options.full === true;
  const out: string[] = [answer.title, '='.repeat(Math.min(answer.title.length, width))];
  const wrap = (text: string, indent = '', hanging = indent) =>
    out.push(...wrapText(text, width, indent, hanging));
  if (answer.lead) wrap(renderLine(answer.lead));
  for (const l of answer.highlights ?? []) wrap(renderLine(l), '', '  ');

  const shown: Line[] = [...(answer.lead ? [answer.lead] : []), ...(answer.highlights ?? [])];
  // The short form folds blocks that have a one-line summary; it then says how to see them whole.
  const folded = !full && answer.blocks.some((b) => b.summary !== undefined);
  if (folded) out.push('');
  for (const block of answer.blocks) {
    if (!full && block.summary) {
      wrap(`• ${renderLine(block.summary)}`, '', '  ');
      shown.push(block.summary);
      continue;
    }
    out.push('');
    if (block.heading)
      wrap(block.badge ? `■ ${block.heading}  [${block.badge}]` : `■ ${block.heading}`, '', '  ');
    for (const l of block.lines) wrap(renderLine(l), '  ', '    ');
    shown.push(...block.lines);
  }

  const cited = full ? answer.citations : citedIn(shown, answer.citations);
  if (cited.length > 0) {
    out.push('', t.render.sources);
    for (const c of cited) wrap(citationText(c, t), '  ', '      ');
  }
  if (answer.suggestions && answer.suggestions.length > 0) {
    out.push('', t.render.tryThese);
    for (const s of answer.suggestions) out.push(`  ${commandText(s.command, t)}`);
  }
  out.push('', `${t.render.asOf(answer.asOf)}.`);
  if (folded) out.push(t.render.fullHint);
  return out.join('\n');
}

export function renderLine(l: Line): string {
  const text = l.parts.map(renderInline).join('').trimEnd();
  return l.label ? `${l.label}: ${text}` : text;
}

function renderInline(part: Inline): string {
  return typeof part === 'string' ? part : `[${part.cite}]`;
}

/**
 * What a citation says of its page, in the reader's words ("9 jun 2026", "inglés", "agencia o gran medio",
 * "reproduce Bloomberg"), not as the record stores them: both renderers list these.
 */
export function citationDetails(c: CitationView, t: Catalog): string[] {
  const tier = t.render.tier[c.tier as keyof Catalog['render']['tier']] ?? c.tier;
  return [
    c.date && t.date(c.date),
    t.render.pageLanguage(c.language),
    tier,
    c.relays && t.render.carries(c.relays),
  ].filter((detail): detail is string => Boolean(detail));
}

export function citationText(c: CitationView, t: Catalog): string {
  const details = citationDetails(c, t).join(', ');
  const where = c.url ?? t.render.seedArticle(c.seed ?? '');
  const title = c.title ?? t.render.quotedIn(c.quotedIn ?? '');
  return `[${c.n}] ${c.publisher} — ${title} (${details}) ${where}`;
}

/**
 * Lines of at most `width` columns, broken at spaces; a word longer than the line (a URL) gets a line of its
 * own rather than being cut, so it can still be copied whole.
 */
export function wrapText(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let current = indent;
    let empty = true;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      if (!empty && current.length + 1 + word.length > width) {
        lines.push(current);
        current = hanging + word;
      } else {
        current = empty ? current + word : `${current} ${word}`;
      }
      empty = false;
    }
    lines.push(current.trimEnd());
  }
  return lines;
}
