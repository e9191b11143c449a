/** One deal as a block of lines: parties and direction, status, every figure with its qualifier and sources. */
import { type Catalog, catalog } from '../i18n/index.js';
import { type AmountFigure, type KnowledgeBase, periodOf } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';
import type { Citations } from './citations.js';
import { dealStatusText, figureLabel, figureValue, formatMonth } from './format.js';
import { type Block, type Inline, type Line, labelled, toned } from './model.js';

const en = catalog('en');

/**
 * At most this many deals are written out in one answer (newest first): a company with thousands of deals
 * would otherwise cost every request, and every page button, the rendering of all of them.
 */
export const SHOWN_DEALS = 50;

/** Deals that no longer stand, shown muted in one-line lists. */
const FADED: ReadonlySet<Deal['status']> = new Set(['superseded', 'stalled', 'terminated', 'blocked']);

export function companyName(kb: KnowledgeBase, id: string): string {
  return kb.company(id)?.name ?? id;
}

/** "Amazon → OpenAI", "OpenAI → AWS", or "Microsoft ↔ OpenAI" when no money changes hands. */
export function directionText(kb: KnowledgeBase, deal: Deal, t: Catalog = en): string {
  const payers = kb.payers(deal);
  const payees = kb.payees(deal);
  const names = (ids: string[]) =>
    listNames(
      ids.map((id) => companyName(kb, id)),
      4,
      t,
    );
  if (payers.length > 0 && payees.length > 0) return `${names(payers)} → ${names(payees)}`;
  // A secondary sale pays the selling shareholders, who are often people rather than companies.
  const subject = deal.parties.find((p) => p.role === 'subject');
  if (payers.length > 0 && subject)
    return `${names(payers)} → ${t.deal.sellersOf(companyName(kb, subject.company))}`;
  return deal.parties.map((p) => companyName(kb, p.company)).join(' ↔ ');
}

export function listNames(names: string[], max = 4, t: Catalog = en): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} ${t.more(names.length - max)}`;
}

/**
 * "up to $100 billion" for the deal's headline amount, or undefined when it has none. A figure the
 * parties did not announce says so even in a short mention: "about $20 billion (reported)".
 */
export function headlineText(kb: KnowledgeBase, deal: Deal, t: Catalog = en): string | undefined {
  const amount = kb.headlineAmount(deal);
  return amount ? amountText(kb, amount, t) : undefined;
}

/** "$1.25 billion per month": an amount with its period when it is a fee per period, never read as a whole. */
export function periodicValue(amount: AmountFigure, t: Catalog = en): string {
  const period = periodOf(amount);
  return period ? `${figureValue(amount, t)} ${t.figure.per[period]}` : figureValue(amount, t);
}

/**
 * An amount in a short mention, saying "reported" when the parties did not announce it and "low-confidence
 * sources" when only secondary pages carry it.
 */

export function amountText(kb: KnowledgeBase, amount: AmountFigure, t: Catalog = en): string {
  const value = periodicValue(amount, t);
  if (amount.amount === undefined) return value;
  const marks = [
    ...(amount.disclosure === 'announced' ? [] : [t.disclosureShort[amount.disclosure]]),
    ...(kb.isLowConfidence(amount) ? [t.figure.lowConfidence] : []),
  ];
  return marks.length > 0 ? `${value} (${marks.join('; ')})` : value;
}

/** The period of a fee: the knowledge base's rule, re-exported for the views that print it. */
export { periodOf };

/**
 * What one company (with its group) put into a deal: the whole amount when it paid alone, its own tranche
 * when the deal states it, or "took part in a $122 billion deal (own share undisclosed)", never the whole
 * as if it were the company's own.
 */
export function ownShareText(
  kb: KnowledgeBase,
  deal: Deal,
  family: readonly string[],
  t: Catalog = en,
): string | undefined {
  if (kb.payers(deal).every((id) => family.includes(id))) return headlineText(kb, deal, t);
  const tranche = kb.amountsOf(deal).find((f) => f.paidBy !== undefined && family.includes(f.paidBy));
  if (tranche) return amountText(kb, tranche, t);
  const whole = headlineText(kb, deal, t);
  return whole && whole !== t.undisclosed ? t.answers.ownShareUndisclosed(whole) : undefined;
}

/**
 * A deal named for people, never by its record id: "Amazon → OpenAI, $50 billion equity investment of Feb
 * 2026". The amount tells apart two deals of one pair, kind and month (Amazon's $1.25B and $8B of Sep 2023).
 */
export function shortMention(kb: KnowledgeBase, deal: Deal, t: Catalog = en): string {
  return `${directionText(kb, deal, t)}, ${dealMention(kb, deal, t)}`;
}

/** A one-line mention of a deal, for relations and short lists: "$50 billion equity investment of Feb 2026". */
export function dealMention(kb: KnowledgeBase, deal: Deal, t: Catalog = en): string {
  const value = headlineText(kb, deal, t);
  return t.deal.mention(
    value && value !== t.undisclosed ? value : undefined,
    t.kind[deal.kind],
    formatMonth(deal.date, t),
  );
}

export function dealBlock(kb: KnowledgeBase, deal: Deal, cites: Citations, t: Catalog = en): Block {
  const lines: Line[] = [];
  const dateParts = [t.date(deal.date)];
  if (deal.closed && deal.closed !== deal.date) dateParts.push(t.deal.closedOn(t.date(deal.closed)));
  lines.push(labelled(t.deal.date, dateParts.join(' · ')));
  // The status line cites the pages that reported the current status, not the deal's first page.
  const current = deal.history[deal.history.length - 1]!;
  const confirmed = current.confirmedBy?.length
    ? ` · ${t.deal.confirmedBy(
        listNames(
          current.confirmedBy.map((id) => companyName(kb, id)),
          4,
          t,
        ),
      )}`
    : '';
  lines.push(
    labelled(t.deal.status, `${dealStatusText(deal, t)}${confirmed}`, ' ', ...cites.cite(current.sources, 1)),
  );
  if (deal.history.length > 1) {
    const steps: Inline[] = [];
    deal.history.forEach((step, i) => {
      if (i > 0) steps.push(' → ');
      steps.push(`${t.status[step.status]} (${t.date(step.date)}) `, ...cites.cite(step.sources, 1));
    });
    lines.push(labelled(t.deal.history, ...steps));
  }

  for (const figure of deal.figures) {
    const parts: Inline[] = [figureValue(figure, t)];
    if (figure.kind !== 'amount' || figure.qualifier !== 'undisclosed') {
      parts.push(` · ${t.disclosure[figure.disclosure]}`);
    }
    if (figure.date && figure.date !== deal.date) parts.push(` · ${t.date(figure.date)}`);
    if (kb.isLowConfidence(figure)) parts.push(` · ⚠ ${t.figure.lowConfidence}`);
    if (figure.note) parts.push(` (${figure.note})`);
    parts.push(' ', ...cites.cite(figure.sources));
    lines.push(
      labelled(
        figureLabel(figure, (id) => companyName(kb, id), t),
        ...parts,
      ),
    );
  }

  lines.push(...relationLines(kb, deal, cites, t));
  for (const caveat of deal.caveats) lines.push(toned('warning', `⚠ ${caveat}`));
  lines.push(toned('muted', deal.summary));

  return {
    heading: deal.title,
    badge: `${directionText(kb, deal, t)} · ${t.kind[deal.kind]} · ${t.status[deal.status]}`,
    lines,
    summary: dealSummary(kb, deal, cites, t),
    dealId: deal.id,
  };
}

/**
 * A deal in one line for a first screen: "Amazon → OpenAI · equity investment · $50 billion · signed ·
 * Feb 2026 [3]", citing the page behind the amount (or behind the status when there is no amount).
 */
export function dealSummary(kb: KnowledgeBase, deal: Deal, cites: Citations, t: Catalog): Line {
  const amount = kb.headlineAmount(deal);
  const value = amount && amount.amount !== undefined ? amountText(kb, amount, t) : undefined;
  const current = deal.history[deal.history.length - 1]!;
  const text = [
    directionText(kb, deal, t),
    t.kind[deal.kind],
    value,
    t.status[deal.status],
    formatMonth(deal.date, t),
  ]
    .filter((part): part is string => part !== undefined)
    .join(' · ');
  const parts: Inline[] = [`${text} `, ...cites.cite(amount?.sources ?? current.sources, 1)];
  const faded = FADED.has(deal.status);
  return faded ? toned('muted', ...parts) : { parts };
}

function relationLines(kb: KnowledgeBase, deal: Deal, cites: Citations, t: Catalog): Line[] {
  const lines: Line[] = [];
  const ref = (id: string) => kb.deals.get(id);
  if (deal.supersededBy) {
    const successor = ref(deal.supersededBy);
    if (successor) {
      const value = headlineText(kb, deal, t);
      const history = value ? t.deal.supersededHistory(value, formatMonth(deal.date, t)) : undefined;
      lines.push(
        toned(
          'strong',
          `${t.deal.supersededBy(history, dealMention(kb, successor, t))} `,
          ...cites.cite(successor.sources, 1),
        ),
      );
    }
  }
  for (const id of deal.supersedes) {
    const predecessor = ref(id);
    if (predecessor) lines.push(labelled(t.deal.replaces, dealMention(kb, predecessor, t)));
  }
  if (deal.partOf) {
    const parent = ref(deal.partOf);
    if (parent) lines.push(labelled(t.deal.partOf, `${parent.title}; ${t.deal.countedOnce}`));
  }
  const parts = kb.partsOf(deal.id);
  if (parts.length > 0) {
    lines.push(
      labelled(
        t.deal.includes,
        parts.map((p) => `${directionText(kb, p, t)} ${headlineText(kb, p, t) ?? ''}`.trim()).join('; '),
      ),
    );
  }
  if (deal.expands) {
    const base = ref(deal.expands.deal);
    if (base)
      lines.push(labelled(t.deal.expands, `${base.title}; ${t.deal.expansionEffect[deal.expands.effect]}`));
  }
  for (const expansion of kb.expansionsOf(deal.id)) {
    const effect = expansion.expands ? `; ${t.deal.expansionEffect[expansion.expands.effect]}` : '';
    lines.push(labelled(t.deal.expandedBy, `${dealMention(kb, expansion, t)}${effect}`));
  }
  if (deal.aggregate) lines.push(toned('warning', t.deal.rollUp));
  return lines;
}
