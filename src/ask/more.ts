/**
 * `/ask` answers that lead with a direct first line, then the sourced deal cards:
 * - yes/no checks ("did X raise N?", "is the deal closed?") → "Yes: …", "No: …", "Partly: …",
 *   "Not confirmed: …", with the deal's status and date, read from its history and the disclosure of its
 *   headline amount;
 * - comparisons of two or more companies → each one's money side by side, summed by src/answers/totals.ts
 *   (never here), and a winner only when every side is one sum of the same kind;
 * - "when…" → the dates of the deals, oldest first;
 * - a specific deal (a round by its letter, a month, a product, an amount, a merger's valuation) → that
 *   deal's card first;
 * - what's new → the deals whose status changed last.
 * Every amount these lines write is a deal's own figure or a sum from totals.ts.
 */

import { Citations } from '../answers/citations.js';
import {
  amountText,
  companyName,
  dealBlock,
  dealMention,
  directionText,
  listNames,
} from '../answers/dealView.js';
import type { Engine } from '../answers/engine.js';
import { figureLabel, figureValue, formatDate, formatMonth } from '../answers/format.js';
import { type Answer, type Block, type Line, line, toned } from '../answers/model.js';
import { backingDeals } from '../answers/money.js';
import { computeTotals, sidedTotals, sumTerms, totalsText } from '../answers/totals.js';
import type { Catalog } from '../i18n/index.js';
import { INACTIVE_STATUSES } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';
import {
  asksShare,
  asksValuation,
  dealsNaming,
  namesDeal,
  readKind,
  type Understanding,
} from './understand.js';

/** How many deal cards an answer of this module shows. */
const CARDS = 5;

/** Words of the question that point at a kind of deal: "is SpaceX public", "la quotazione". */
const KIND_HINTS: [RegExp, Deal['kind'][]][] = [
  [
    /\b(?:borrow\S*|loans?|lend\S*|lent|debt|prestamos?|presta\S*|deudas?|creditos?|prestit[oi]|debit[oi])\b/,
    ['debt-financing'],
  ],
  [/\b(?:shares|stock(?! market| exchange)|acciones|azioni)\b/, ['secondary-sale', 'equity-investment']],
  [
    /\b(?:public|listed|listing|xco\d+ list|ipo|quotazione|quotat[ao]|quotarsi|quotare|bolsa|salida|cotiza|cotizar)\b/,
    ['ipo'],
  ],
  [
    /\b(?:invest\S*|invirti\S*|invers\S*|investit\S*|investiment\S*|stake|raise\S*|shareholders?|accionistas?|azionist[ai])\b/,
    ['equity-investment', 'funding-round'],
  ],
  [/\b(?:buy\S*|bought|acqui\S*|compr\S*|adquir\S*)\b/, ['acquisition']],
];

function families(engine: Engine, ids: readonly string[]): Set<string>[] {
  return ids.map((id) => new Set(engine.kb.familyOf(id)));
}

/** Deals every named company (or a subsidiary) takes part in, newest first. */
export function dealsAmong(engine: Engine, ids: readonly string[]): Deal[] {
  const fams = families(engine, ids);
  return engine.kb.dealList.filter((d) => fams.every((f) => d.parties.some((p) => f.has(p.company))));
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.02 * Math.max(a, b);
}

/**
 * The one deal a question names by its round letter, its month, a product, an amount, or (for a
 * valuation asked of two companies) the deal between them that values them; undefined otherwise.
 */
export function pinDeal(engine: Engine, u: Understanding): Deal | undefined {
  // Words of a kind ("borrowed", "go public"): deals of that kind first, among the companies named or, if
  // they have none together, of one of them ("SoftBank borrowed $40B for its OpenAI stake" is SoftBank's loan).
  const kinds = hintedKinds(u.template);
  if (kinds) {
    const among = dealsAmong(engine, u.companies).filter((d) => kinds.includes(d.kind));
    const ofOne = u.companies.flatMap((id) => dealsAmong(engine, [id]).filter((d) => kinds.includes(d.kind)));
    const pool = among.length > 0 ? among : u.companies.length > 1 ? ofOne : [];
    const hinted = pinAmong(engine, u, pool, true);
    // Without a round, month, product or amount, a kind pins a deal only when it is the only one.
    const specific = u.round || u.month || u.product || u.mention || u.claimAmount !== undefined;
    if (hinted && (specific || pool.filter((d) => !d.aggregate).length === 1)) return hinted;
  }
  // "How much of OpenAI does Microsoft own?": the newest live deal between them that states a stake.
  if (u.companies.length >= 2 && asksShare(u.template)) {
    const withStake = dealsAmong(engine, u.companies).filter(
      (d) => !INACTIVE_STATUSES.has(d.status) && d.figures.some((f) => f.kind === 'stake'),
    );
    if (withStake[0]) return withStake[0];
  }
  // A deal named by a place or programme may have none of the companies as a party ("Stargate Norway").
  if (u.mention && dealsAmong(engine, u.companies).every((d) => !namesDeal(d, u.mention!)))
    return pinAmong(engine, u, dealsNaming(engine, u.companies));
  return pinAmong(engine, u, dealsAmong(engine, u.companies));
}

/** The kinds of deal the question's words point at, if any. */
export function hintedKinds(template: string): Deal['kind'][] | undefined {
  return KIND_HINTS.find(([re]) => re.test(template))?.[1];
}

/** `byKind`: `among` holds only deals of the kind the words point at, which is reason enough to pin one. */
function pinAmong(
  engine: Engine,
  u: Understanding,
  among: readonly Deal[],
  byKind = false,
): Deal | undefined {
  // A valuation of two companies (a merger), or of one deal named by its kind ("the secondary sale").
  const kind = u.intent === 'valuation' ? readKind(u.template) : undefined;
  const byValuation = u.intent === 'valuation' && (u.companies.length >= 2 || kind !== undefined);
  if (
    !u.round &&
    !u.month &&
    !u.product &&
    !u.mention &&
    u.claimAmount === undefined &&
    !byValuation &&
    !byKind
  )
    return undefined;
  let deals = [...among];
  if (kind) deals = deals.filter((d) => d.kind === kind);
  if (u.round) {
    const letter = new RegExp(`\\bseries ${u.round}\\b`, 'i');
    deals = deals.filter((d) => letter.test(d.title));
  }
  if (u.month) {
    const month = u.month;
    deals = deals.filter((d) => d.date.startsWith(month) || d.figures.some((f) => f.date?.startsWith(month)));
    // A deal of that month before one with only a figure of that month ("the October 2024 round", not the
    // tranche of an older deal paid that month).
    const ofMonth = deals.filter((d) => d.date.startsWith(month));
    if (ofMonth.length > 0) deals = ofMonth;
  }
  if (u.mention) {
    const mention = u.mention;
    deals = deals.filter((d) => namesDeal(d, mention));
  }
  if (u.product) {
    const owner = [...engine.kb.companies.values()].find((c) => c.products.some((p) => p.name === u.product));
    const product = owner?.products.find((p) => p.name === u.product);
    const spellings = [u.product, ...(product?.aliases ?? [])].map((s) => s.toLowerCase());
    deals = deals.filter((d) => spellings.some((s) => `${d.title} ${d.summary}`.toLowerCase().includes(s)));
  }
  if (u.claimAmount !== undefined) {
    const claim = u.claimAmount;
    const bears = (amount: number) => (u.claimAtLeast ? amount >= claim * 0.98 : close(amount, claim));
    // An amount, or a valuation ("the round where Anthropic was valued at $61.5B", "raising at 25B"); a
    // tranche paid by a company not named is not the claim ("did Microsoft put 10B in": not NVIDIA's 10B).
    const named = new Set(u.companies.flatMap((id) => engine.kb.familyOf(id)));
    const claimed = (d: Deal, kind: 'amount' | 'valuation') =>
      d.figures.some(
        (f) =>
          f.kind === kind &&
          f.amount !== undefined &&
          bears(f.amount) &&
          (f.kind !== 'amount' || f.paidBy === undefined || named.has(f.paidBy)),
      );
    const byAmount = deals.filter((d) => claimed(d, 'amount'));
    // A valuation only when the words say one ("valued at", "raising at 25B"), never for "more than N".
    const atValuation =
      !u.claimAtLeast && (asksValuation(u.template) || /\b(?:at|a|al|con|with) xamt\b/.test(u.template));
    deals = byAmount.length > 0 || !atValuation ? byAmount : deals.filter((d) => claimed(d, 'valuation'));
  }
  if (u.intent === 'valuation') deals = deals.filter((d) => d.figures.some((f) => f.kind === 'valuation'));
  // A kind named ("the October 2024 round"): deals of that kind first, when some are left.
  const named = readKind(u.template);
  const ofNamedKind = named ? deals.filter((d) => d.kind === named) : [];
  if (ofNamedKind.length > 0) deals = ofNamedKind;
  // A live deal before one that was replaced or fell through, then newest first.
  const live = deals.filter((d) => !INACTIVE_STATUSES.has(d.status) || d.status === 'stalled');
  return live[0] ?? deals[0];
}

function cards(engine: Engine, deals: readonly Deal[], t: Catalog): { blocks: Block[]; cites: Citations } {
  const cites = new Citations(engine.kb);
  const blocks = deals.slice(0, CARDS).map((d) => dealBlock(engine.kb, d, cites, t));
  return { blocks, cites };
}

function ref(engine: Engine, d: Deal, t: Catalog): string {
  return t.askMore.dealRef(directionText(engine.kb, d, t), dealMention(engine.kb, d, t));
}

function baseAnswer(engine: Engine, title: string, lead: Line, deals: readonly Deal[], t: Catalog): Answer {
  const { blocks, cites } = cards(engine, deals, t);
  return {
    status: 'ok',
    title,
    lead,
    blocks,
    citations: cites.list(),
    asOf: engine.kb.meta.asOf,
    suggestions: [],
  };
}

// ---------------------------------------------------------------------------------------------------
// Yes/no

/** The verdict on one deal: what its status and its headline amount's disclosure allow saying. */
function verdictOn(engine: Engine, u: Understanding, d: Deal, t: Catalog): string {
  const m = t.askMore;
  const v = m.verdict;
  const status = t.status[d.status];
  const when = formatDate(d.statusDate ?? d.date, t);
  const r = ref(engine, d, t);
  // "Is the deal dead?": yes when it fell through, no while it is live.
  if (u.claimState === 'ended') {
    if (INACTIVE_STATUSES.has(d.status) && d.status !== 'talks')
      return `${v.yes}: ${m.isStatus(r, status, when)}`;
    if (d.status === 'reported' || d.status === 'talks')
      return `${v.notConfirmed}: ${m.isStatus(r, status, when)}`;
    return `${v.no}: ${m.isStatus(r, status, when)}`;
  }
  if (d.status === 'reported' || d.status === 'talks')
    return `${v.notConfirmed}: ${m.isStatus(r, status, when)}`;
  if (INACTIVE_STATUSES.has(d.status)) return `${v.no}: ${m.isStatus(r, status, when)}`;
  // "Is OpenAI listed yet?": a filing is not a listing; an IPO is listed or it is not.
  if (d.kind === 'ipo' && u.claimState === 'closed' && d.status !== 'closed')
    return `${v.no}: ${t.askExtra.notListed(r, status, when)}`;
  // "Is it all paid?": a deal in tranches (upfront, conditional, on milestones) is paid only in part.
  if (u.claimState === 'paid') {
    const parts = engine.kb
      .amountsOf(d)
      .filter((f) => f.label !== undefined && f.amount !== undefined)
      .map((f) => `${f.label}: ${figureValue(f, t)}`);
    if (parts.length > 0) return `${v.partly}: ${t.askExtra.inParts(r, listNames(parts, 4, t))}`;
  }
  const headline = engine.kb.headlineAmount(d);
  // A claim of an amount, or of confirmation, is only partly borne out by an amount that is not announced;
  // "did xAI get a Pentagon contract?" is answered by the contract, whatever its total's disclosure.
  const aboutFigure =
    u.claimAmount !== undefined || u.claimState === 'confirmed' || u.claimState === undefined;
  if (
    aboutFigure &&
    headline?.amount !== undefined &&
    headline.disclosure !== 'announced' &&
    !ownShareAnnounced(engine, u, d)
  )
    return `${v.partly}: ${m.figureReported(r, status, when, amountText(engine.kb, headline, t))}`;
  const completes = ['acquisition', 'equity-investment', 'funding-round', 'ipo'].includes(d.kind);
  const unfinished = d.status === 'announced' || d.status === 'letter-of-intent';
  if (u.claimState === 'closed' && d.status !== 'closed' && (completes || unfinished))
    return `${v.partly}: ${m.notClosedYet(r, status, when)}`;
  if (u.claimState === 'signed' && unfinished) return `${v.partly}: ${m.notClosedYet(r, status, when)}`;
  return `${v.yes}: ${m.isStatus(r, status, when)}`;
}

/**
 * A deal shared by several companies whose total is derived (the Pentagon's four $200M ceilings) but whose
 * share for the company asked about is announced: the claim about that company is borne out.
 */
function ownShareAnnounced(engine: Engine, u: Understanding, d: Deal): boolean {
  if (u.claimAmount !== undefined || u.companies.length < 2) return false;
  return engine.kb.amountsOf(d).some((f) => f.label !== undefined && f.disclosure === 'announced');
}

/**
 * The deal a yes/no question is about when it names none: of a kind the words point at, the first
 * company's own deal before a round it shared with others ("did Microsoft invest in Anthropic?" is its own
 * $5B, not the $30B round it joined), else the newest live one.
 */
function likelyDeal(engine: Engine, u: Understanding, deals: readonly Deal[]): Deal | undefined {
  const first = u.companies[0];
  const family = first ? engine.kb.familyOf(first) : [];
  const own = (d: Deal) => {
    const payers = engine.kb.payers(d);
    return payers.length > 0 && payers.every((id) => family.includes(id));
  };
  // A deal of only the companies named before one they share with others ("is the Oracle OpenAI deal
  // confirmed?" is their own contract, not a programme with eight suppliers).
  const named = new Set(u.companies.flatMap((id) => engine.kb.familyOf(id)));
  const onlyNamed = (d: Deal) => d.parties.every((p) => named.has(p.company));
  const pick = (list: readonly Deal[]) => {
    const live = list.filter((d) => d.status !== 'superseded' && !d.aggregate);
    return live.find(own) ?? live.find(onlyNamed) ?? live[0] ?? list[0];
  };
  for (const [re, kinds] of KIND_HINTS) {
    if (!re.test(u.template)) continue;
    const hinted = deals.filter((d) => kinds.includes(d.kind));
    if (hinted.length > 0) return pick(hinted);
  }
  return pick(deals);
}

/** A yes/no answer, or undefined when the question is not one this can settle. */
export function checkAnswer(engine: Engine, u: Understanding, t: Catalog): Answer | undefined {
  const { kb } = engine;
  const m = t.askMore;
  const names = u.companies.map((id) => companyName(kb, id));
  const deals = dealsAmong(engine, u.companies);
  if (deals.length === 0) return undefined;
  const pinned = pinDeal(engine, u);
  const title = listNames(names, 4, t);
  if (u.claimAmount !== undefined && !pinned) {
    const lead = `${m.verdict.no}: ${m.noDealOfThatSize(listNames(names, 4, t), undefined)}`;
    // The deal the claim was most likely about leads the cards ("did Microsoft put 10B in Anthropic": its
    // own investment, not the newest round it took part in).
    const likely = likelyDeal(engine, u, deals);
    const ordered = likely ? [likely, ...deals.filter((d) => d !== likely)] : deals;
    return baseAnswer(engine, title, line(lead), ordered, t);
  }
  // "Did Samsung invest in OpenAI?": an investment is asked, and the two have deals, but none of that kind.
  const kinds = hintedKinds(u.template);
  const investing = kinds?.includes('equity-investment');
  if (!pinned && investing && u.companies.length === 2 && deals.every((d) => !kinds!.includes(d.kind))) {
    const others = deals
      .slice(0, 3)
      .map((d) => t.ask.dealMention(t.kind[d.kind], t.status[d.status], formatMonth(d.date, t)));
    const lead = `${m.verdict.no}: ${t.askExtra.noInvestmentBetween(names[0]!, names[1]!, listNames(others, 4, t))}`;
    return baseAnswer(engine, title, line(lead), deals, t);
  }
  const chosen = pinned ?? likelyDeal(engine, u, deals);
  if (!chosen) return undefined;
  const rest = deals.filter((d) => d !== chosen);
  // "Did OpenAI raise $1.4 trillion?": the amount exists, but not as money into OpenAI.
  if (u.intent === 'backers' && u.companies.length === 1) {
    const family = new Set(kb.familyOf(u.companies[0]!));
    const received = chosen.parties.some((p) => family.has(p.company) && p.role === 'investee');
    if (!received) {
      const lead = `${m.verdict.no}: ${m.notRaised(names[0]!, ref(engine, chosen, t))}`;
      return baseAnswer(engine, title, line(lead), [chosen, ...rest], t);
    }
  }
  return baseAnswer(engine, title, line(verdictOn(engine, u, chosen, t)), [chosen, ...rest], t);
}

// ---------------------------------------------------------------------------------------------------
// A named deal, and dates

export function pinnedAnswer(engine: Engine, u: Understanding, pinned: Deal, t: Catalog): Answer {
  const { kb } = engine;
  const m = t.askMore;
  let lead = m.pinnedLead(ref(engine, pinned, t));
  if (u.intent === 'valuation') {
    const focus = u.focus ?? u.companies[0]!;
    const valuations = pinned.figures.filter((f) => f.kind === 'valuation');
    const month = u.month;
    const figure =
      (month && valuations.find((f) => (f.date ?? pinned.date).startsWith(month))) || valuations[0];
    if (figure)
      lead = m.pinnedValuation(
        companyName(kb, focus),
        figureValue(figure, t),
        figureLabel(figure, (id) => companyName(kb, id), t),
        formatDate(figure.date ?? pinned.date, t),
      );
  } else if (u.intent === 'backers') {
    const investors = kb.payers(pinned).map((id) => companyName(kb, id));
    if (investors.length > 0)
      lead =
        pinned.kind === 'debt-financing'
          ? t.askExtra.lenders(listNames(investors, 8, t))
          : m.pinnedInvestors(listNames(investors, 8, t));
  }
  return baseAnswer(engine, pinned.title, line(lead), [pinned], t);
}

export function whenAnswer(engine: Engine, u: Understanding, t: Catalog): Answer | undefined {
  const { kb } = engine;
  const m = t.askMore;
  const pinned = pinDeal(engine, u);
  // Oldest first; roll-ups (a company's total commitments) are not dates of a deal between the two.
  const all = dealsAmong(engine, u.companies).filter((d) => !d.aggregate);
  // "when did SpaceX buy xAI": the deals of the kind asked about, when the pair has any.
  const kinds = u.intent === 'acquired' ? (['acquisition'] as Deal['kind'][]) : hintedKinds(u.template);
  const ofKind = kinds ? all.filter((d) => kinds.includes(d.kind)) : [];
  const among = ofKind.length > 0 ? ofKind : all;
  const deals = pinned
    ? [pinned]
    : [...(among.length > 0 ? among : dealsAmong(engine, u.companies))].reverse();
  if (deals.length === 0) return undefined;
  const items = deals
    .slice(0, CARDS)
    .map((d) =>
      m.whenItem(
        directionText(kb, d, t),
        t.kind[d.kind],
        formatDate(d.date, t),
        d.statusDate ? `${t.status[d.status]}, ${formatDate(d.statusDate, t)}` : t.status[d.status],
      ),
    );
  const names = listNames(
    u.companies.map((id) => companyName(kb, id)),
    4,
    t,
  );
  return baseAnswer(engine, m.whenTitle(names), line(m.whenLead(items.join('; '))), deals, t);
}

// ---------------------------------------------------------------------------------------------------
// Comparisons

export function compareAnswer(engine: Engine, u: Understanding, t: Catalog): Answer {
  if (!u.focus && asksValuation(u.template)) return valuationCompare(engine, u, t);
  const { kb } = engine;
  const m = t.askMore;
  const focus = u.focus ?? hub(engine, u.companies);
  const focusFamily = focus ? new Set(kb.familyOf(focus)) : undefined;
  let reversed = false;
  // "who signed more compute contracts": only deals of the kind named count.
  const ofKind = (deals: readonly Deal[]) => (u.kind ? deals.filter((d) => d.kind === u.kind) : [...deals]);
  const sides = u.companies
    .filter((id) => id !== focus)
    .map((id) => {
      const family = kb.familyOf(id);
      const company = kb.company(id);
      if (!focusFamily && u.kind) {
        // A kind named: every deal of that kind the company is in, taken by side. A compute contract it
        // buys and one it sells are money out and money in: they are summed apart, never together.
        const sided = sidedTotals(kb, ofKind(dealsAmong(engine, [id])), family);
        const counted = [...sided.paid.counted, ...sided.received.counted];
        return { id, label: companyName(kb, id), counted, sided, groups: [] };
      }
      if (!focusFamily) {
        const totals = computeTotals(kb, company ? backingDeals(engine, company) : []);
        return {
          id,
          label: companyName(kb, id),
          totals,
          counted: totals.counted,
          groups: sumTerms(totals.terms),
        };
      }
      // Money from this company into the focus; failing that, from the focus into it ("which got the
      // bigger Microsoft contract, Nebius or IREN").
      const paying = (payers: readonly string[], payees: ReadonlySet<string>) =>
        kb
          .dealsOf(id)
          .filter(
            (d) => kb.payers(d).some((p) => payers.includes(p)) && kb.payees(d).some((p) => payees.has(p)),
          );
      const into = ofKind(paying(family, focusFamily));
      const focusIds = [...focusFamily];
      const from = into.length > 0 ? [] : ofKind(paying(focusIds, new Set(family)));
      if (from.length > 0) reversed = true;
      const totals = into.length > 0 ? computeTotals(kb, into, family) : computeTotals(kb, from, focusIds);
      const [a, b] = from.length > 0 ? [focus!, id] : [id, focus!];
      return {
        id,
        label: `${companyName(kb, a)} → ${companyName(kb, b)}`,
        totals,
        counted: totals.counted,
        groups: sumTerms(totals.terms),
      };
    });
  const lines: Line[] = sides.map((s) =>
    s.sided
      ? line(
          m.compareKindSide(
            s.label,
            s.sided.live,
            totalsText(s.sided.paid, t),
            totalsText(s.sided.received, t),
          ),
        )
      : line(m.compareSide(s.label, (s.totals && totalsText(s.totals, t)) ?? m.nothingRecorded)),
  );
  // A winner only when every side is a single sum of one confirmation, currency and qualifier, and the
  // same for all: "$8 billion" beats "$3 billion", but "up to $40 billion" and "$8 billion" are not ranked.
  const groups = sides.map((s) => s.groups);
  const firm = (q: string) => q === 'exact' || q === 'about' || q === 'more-than' || q === 'at-least';
  const comparable =
    groups.every((g) => g.length === 1 && firm(g[0]!.qualifier)) &&
    groups.every(
      (g) =>
        g[0]!.currency === groups[0]![0]!.currency &&
        g[0]!.qualifier === groups[0]![0]!.qualifier &&
        g[0]!.disclosure === groups[0]![0]!.disclosure,
    );
  const byKind = sides.flatMap((s) => (s.sided ? [{ id: s.id, live: s.sided.live }] : []));
  if (byKind.length >= 2 && byKind.length === sides.length) {
    // Deals of one kind compare by how many each has: like with like, whichever side each is on.
    const sorted = [...byKind].sort((a, b) => b.live - a.live);
    const [first, second] = [sorted[0]!, sorted[1]!];
    if (first.live > second.live)
      lines.push(toned('strong', m.moreDeals(companyName(kb, first.id), first.live, second.live)));
    else {
      const tied = sorted.filter((s) => s.live === first.live).map((s) => companyName(kb, s.id));
      lines.push(toned('muted', m.sameDeals(listNames(tied, 4, t), first.live)));
    }
  } else if (comparable && sides.length >= 2) {
    const sorted = [...sides].sort((a, b) => b.groups[0]!.amount - a.groups[0]!.amount);
    if (sorted[0]!.groups[0]!.amount > sorted[1]!.groups[0]!.amount)
      lines.push(toned('strong', m.winner(companyName(kb, sorted[0]!.id))));
    else lines.push(toned('muted', m.noWinner));
  } else {
    lines.push(toned('muted', m.noWinner));
  }
  const names = listNames(
    sides.map((s) => companyName(kb, s.id)),
    4,
    t,
  );
  const into = focus ? companyName(kb, focus) : undefined;
  const shown = sides.flatMap((s) => s.counted.slice(0, 2));
  const { blocks, cites } = cards(engine, shown, t);
  return {
    status: 'ok',
    title: reversed
      ? m.compareTitle(listNames([names, into ?? ''], 4, t), undefined)
      : m.compareTitle(names, into),
    lead: line(
      reversed && into
        ? m.compareLeadBetween(into)
        : !into && u.kind
          ? m.compareLeadKind(t.kind[u.kind])
          : m.compareLead(into),
    ),
    blocks: [{ lines }, ...blocks],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions: [],
  };
}

/**
 * "Which is worth more, OpenAI or Anthropic?": each company's latest valuation, dated and cited, and the
 * higher one only when every side has one in the same currency and none is a qualified figure ("up to").
 */
function valuationCompare(engine: Engine, u: Understanding, t: Catalog): Answer {
  const { kb } = engine;
  const x = t.askExtra;
  const cites = new Citations(kb);
  const sides = u.companies.map((id) => ({ id, v: kb.latestValuation(id) }));
  const lines: Line[] = sides.map(({ id, v }) =>
    v
      ? line(
          x.valuationSide(
            companyName(kb, id),
            figureValue(v.figure, t),
            t.answers.valuationBasis[v.figure.basis],
            formatDate(v.date, t),
            t.kind[v.deal.kind],
          ),
          ' ',
          ...cites.cite(v.figure.sources),
        )
      : line(x.noValuation(companyName(kb, id))),
  );
  const values = sides.map((s) => s.v?.figure);
  const firm = (q: string) => q === 'exact' || q === 'about';
  const comparable =
    values.every((f) => f?.amount !== undefined && firm(f.qualifier) && f.currency === values[0]?.currency) &&
    sides.length >= 2;
  let lead = line(x.valuationCompareLead);
  if (comparable) {
    const sorted = [...sides].sort((a, b) => (b.v?.figure.amount ?? 0) - (a.v?.figure.amount ?? 0));
    lines.push(toned('strong', x.valuationWinner(companyName(kb, sorted[0]!.id))));
    // "Is OpenAI worth more than Anthropic?": a yes or a no first, with both figures.
    const [a, b] = sides;
    if (u.check && sides.length === 2 && a?.v && b?.v && a.v.figure.amount !== b.v.figure.amount) {
      const above = (a.v.figure.amount ?? 0) > (b.v.figure.amount ?? 0);
      const less = /\b(?:less|lower|menos|meno|inferiore)\b/.test(u.template);
      const verdict = above !== less ? t.askMore.verdict.yes : t.askMore.verdict.no;
      const text = x.valuationAbove(
        companyName(kb, a.id),
        figureValue(a.v.figure, t),
        companyName(kb, b.id),
        figureValue(b.v.figure, t),
        above,
      );
      lead = line(`${verdict}: ${text}`);
    }
  } else lines.push(toned('muted', x.valuationNoWinner));
  const names = listNames(
    u.companies.map((id) => companyName(kb, id)),
    4,
    t,
  );
  const deals = sides.flatMap((s) => (s.v ? [s.v.deal] : []));
  // The valuation lines cite first, so their numbers come before the cards'.
  return {
    status: 'ok',
    title: x.valuationCompareTitle(names),
    lead,
    blocks: [{ lines }, ...deals.slice(0, CARDS).map((d) => dealBlock(kb, d, cites, t))],
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions: [],
  };
}

/** Of three or more companies, the one that has deals with every other: what they are compared on. */
function hub(engine: Engine, ids: readonly string[]): string | undefined {
  if (ids.length < 3) return undefined;
  return ids.find((id) => ids.every((other) => other === id || dealsAmong(engine, [id, other]).length > 0));
}

// ---------------------------------------------------------------------------------------------------
// What's new about one company (without a company, `/latest` answers)

export function latestOfAnswer(engine: Engine, u: Understanding, t: Catalog): Answer {
  const { kb } = engine;
  const m = t.askMore;
  const id = u.companies[0];
  const pool = id ? kb.dealsOf(id) : kb.dealList;
  const changed = (d: Deal) => d.statusDate ?? d.date;
  const deals = [...pool].sort((a, b) => (changed(a) < changed(b) ? 1 : changed(a) > changed(b) ? -1 : 0));
  const name = id ? companyName(kb, id) : undefined;
  return baseAnswer(engine, m.latestTitle(name), line(m.latestLead), deals, t);
}
