/** One deal as a block of lines: parties and direction, status, every figure with its qualifier and sources. */
import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';
import type { Citations } from './citations.js';
import {
  capitalize,
  DISCLOSURE_WORDS,
  dealStatusText,
  figureLabel,
  figureValue,
  formatDate,
  formatMonth,
  KIND_WORDS,
  STATUS_WORDS,
} from './format.js';
import { type Block, type Inline, type Line, labelled, toned } from './model.js';

export function companyName(kb: KnowledgeBase, id: string): string {
  return kb.company(id)?.name ?? id;
}

/** "Amazon → OpenAI", "OpenAI → AWS", or "Microsoft ↔ OpenAI" when no money changes hands. */
export function directionText(kb: KnowledgeBase, deal: Deal): string {
  const payers = kb.payers(deal);
  const payees = kb.payees(deal);
  const names = (ids: string[]) => listNames(ids.map((id) => companyName(kb, id)));
  if (payers.length > 0 && payees.length > 0) return `${names(payers)} → ${names(payees)}`;
  return deal.parties.map((p) => companyName(kb, p.company)).join(' ↔ ');
}

export function listNames(names: string[], max = 4): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** "up to $100 billion" for the deal's headline amount, or undefined when it has none. */
export function headlineText(kb: KnowledgeBase, deal: Deal): string | undefined {
  const amount = kb.headlineAmount(deal);
  return amount ? figureValue(amount) : undefined;
}

/** A one-line mention of a deal, for relations and short lists: "$50 billion equity investment of Feb 2026". */
export function dealMention(kb: KnowledgeBase, deal: Deal): string {
  const value = headlineText(kb, deal);
  const what = KIND_WORDS[deal.kind];
  return `${value && value !== 'undisclosed' ? `${value} ` : ''}${what} of ${formatMonth(deal.date)}`;
}

export function dealBlock(kb: KnowledgeBase, deal: Deal, cites: Citations): Block {
  const lines: Line[] = [];
  const dateParts = [formatDate(deal.date)];
  if (deal.closed) dateParts.push(`closed ${formatDate(deal.closed)}`);
  lines.push(labelled('Date', dateParts.join(' · ')));
  lines.push(labelled('Status', dealStatusText(deal), ' ', ...cites.cite(deal.sources, 1)));

  for (const figure of deal.figures) {
    const parts: Inline[] = [figureValue(figure)];
    if (figure.kind !== 'amount' || figure.qualifier !== 'undisclosed') {
      parts.push(` · ${DISCLOSURE_WORDS[figure.disclosure]}`);
    }
    if (figure.note) parts.push(` (${figure.note})`);
    parts.push(' ', ...cites.cite(figure.sources));
    lines.push(
      labelled(
        figureLabel(figure, (id) => companyName(kb, id)),
        ...parts,
      ),
    );
  }

  lines.push(...relationLines(kb, deal, cites));
  for (const caveat of deal.caveats) lines.push(toned('warning', `⚠ ${caveat}`));
  lines.push(toned('muted', deal.summary));

  return {
    heading: `${deal.title}`,
    badge: `${directionText(kb, deal)} · ${KIND_WORDS[deal.kind]} · ${STATUS_WORDS[deal.status]}`,
    lines,
  };
}

function relationLines(kb: KnowledgeBase, deal: Deal, cites: Citations): Line[] {
  const lines: Line[] = [];
  const ref = (id: string) => kb.deals.get(id);
  if (deal.supersededBy) {
    const successor = ref(deal.supersededBy);
    if (successor) {
      const value = headlineText(kb, deal);
      const history = value ? `${capitalize(value)} in ${formatMonth(deal.date)}, superseded` : 'Superseded';
      lines.push(
        toned(
          'strong',
          `${history} by the ${dealMention(kb, successor)} (${successor.id}) `,
          ...cites.cite(successor.sources, 1),
        ),
      );
    }
  }
  for (const id of deal.supersedes) {
    const predecessor = ref(id);
    if (predecessor) lines.push(labelled('Replaces', `${dealMention(kb, predecessor)} (${predecessor.id})`));
  }
  if (deal.partOf) {
    const parent = ref(deal.partOf);
    if (parent)
      lines.push(labelled('Part of', `${parent.title} (${parent.id}); counted once, in the larger deal`));
  }
  const parts = kb.partsOf(deal.id);
  if (parts.length > 0) {
    lines.push(
      labelled(
        'Includes',
        parts.map((p) => `${directionText(kb, p)} ${headlineText(kb, p) ?? ''}`.trim()).join('; '),
      ),
    );
  }
  if (deal.expands) {
    const base = ref(deal.expands);
    if (base) lines.push(labelled('Expands', `${base.title} (${base.id})`));
  }
  for (const expansion of kb.expansionsOf(deal.id)) {
    lines.push(labelled('Expanded by', `${dealMention(kb, expansion)} (${expansion.id})`));
  }
  if (deal.aggregate) lines.push(toned('warning', '⚠ A roll-up of other deals: not added to any total.'));
  return lines;
}
