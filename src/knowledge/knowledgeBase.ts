/**
 * The validated knowledge base with every index the answers need, built once at load so that no
 * request scans the whole data set.
 */
import { crossCheck } from './crossCheck.js';
import { readKnowledge } from './load.js';
import { KnowledgeBaseError, type Problem } from './problems.js';
import {
  type Company,
  DATE_PATTERN,
  type Deal,
  type Figure,
  type Meta,
  PAYEE_ROLES,
  PAYER_ROLES,
  type Period,
  type Source,
  type SourceTier,
} from './schema.js';
import { readSnapshot, snapshotRecords, snapshotsEnabled, writeSnapshot } from './snapshot.js';
import {
  isTranslationLanguage,
  type TranslationSet,
  translateCompany,
  translateDeal,
  translateSource,
  translationSet,
} from './translations.js';

export type AmountFigure = Extract<Figure, { kind: 'amount' }>;
export type ValuationFigure = Extract<Figure, { kind: 'valuation' }>;

export interface Valuation {
  figure: ValuationFigure;
  deal: Deal;
  /** When the figure became true: its own date, or the deal's. */
  date: string;
}

const TIER_RANK: Record<SourceTier, number> = { primary: 0, major: 1, trade: 2, aggregator: 3 };

/**
 * Rough rates used only to order deals in different currencies against each other; amounts are always
 * shown in their own currency, never converted.
 */
export const ORDERING_RATE_TO_USD: Record<string, number> = {
  USD: 1,
  EUR: 1.1,
  GBP: 1.3,
  JPY: 0.007,
  KRW: 0.0007,
  CNY: 0.14,
};

/** An amount in rough US dollars, for ordering only. */
export function usd(amount: { amount?: number | undefined; currency: string }): number {
  return (amount.amount ?? 0) * (ORDERING_RATE_TO_USD[amount.currency] ?? 1);
}

/**
 * How far a deal's stated amount stands on the parties' own word, one rule for the answers' colour and the
 * pictures' dashes: 'reported' when the deal is only a press report or the figure a press report or an
 * analyst's estimate; else 'up-to' when the figure is a ceiling or the deal a non-binding letter of
 * intent; else 'committed'.
 */
export type AmountCertainty = 'committed' | 'up-to' | 'reported';

export function amountCertainty(
  deal: Pick<Deal, 'status'>,
  figure: Pick<AmountFigure, 'disclosure' | 'qualifier'> | undefined,
): AmountCertainty {
  if (deal.status === 'reported') return 'reported';
  if (figure && (figure.disclosure === 'reported' || figure.disclosure === 'estimate')) return 'reported';
  if (figure?.qualifier === 'up-to' || deal.status === 'letter-of-intent') return 'up-to';
  return 'committed';
}

/**
 * The period of a fee (its `per` field: month for "$1.25 billion per month"), or undefined for an amount
 * of the whole deal. A field, not the label's words: a Spanish or Italian view translates the label, and
 * the period must read the same in every language.
 */
export function periodOf(figure: AmountFigure): Period | undefined {
  return figure.per;
}

/** One dated step of a deal's history: its first report (a new deal) or a later status change. */
export interface DealEvent {
  deal: Deal;
  step: Deal['history'][number];
  /** 0 for the step that first put the deal on record. */
  index: number;
}

export interface RankedDeal {
  deal: Deal;
  amount: AmountFigure;
  usd: number;
}

/** One slice of the rankings: its deals largest first, and how many were left out (of them, fees). */
export interface Ranking {
  ranked: RankedDeal[];
  unranked: number;
  /** Left-out live deals whose only amount is a fee per period: never ranked against whole amounts. */
  fees: number;
}

/** Statuses whose money is not (or no longer) on the table. */
export const INACTIVE_STATUSES = new Set<Deal['status']>([
  'superseded',
  'terminated',
  'stalled',
  'talks',
  'blocked',
]);

export interface LoadOptions {
  /**
   * `read` (the default): take a fresh snapshot when there is one, else validate the JSON files;
   * `write`: the same, and after validating the files, write their snapshot for the next start;
   * `off`: always validate the JSON files.
   */
  snapshot?: 'read' | 'write' | 'off';
}

export function loadKnowledgeBase(root: string, options: LoadOptions = {}): KnowledgeBase {
  const mode = snapshotsEnabled() ? (options.snapshot ?? 'read') : 'off';
  if (mode !== 'off') {
    const snapshot = readSnapshot(root);
    if (snapshot)
      return new KnowledgeBase(
        snapshot.meta,
        snapshot.companies,
        snapshot.sources,
        snapshot.deals,
        snapshot.translations,
      );
  }
  const problems: Problem[] = [];
  const raw = readKnowledge(root, problems);
  if (problems.length === 0) crossCheck(raw, problems);
  if (!raw.meta && problems.length === 0) problems.push({ file: 'meta.json', message: 'is required' });
  if (problems.length > 0 || !raw.meta) throw new KnowledgeBaseError(problems);
  const records = {
    meta: raw.meta,
    companies: raw.companies.map((r) => r.value),
    sources: raw.sources.map((r) => r.value),
    deals: raw.deals.map((r) => r.value),
  };
  const kb = new KnowledgeBase(
    records.meta,
    records.companies,
    records.sources,
    records.deals,
    translationSet(raw.translations ?? []),
  );
  if (mode === 'write') {
    try {
      writeSnapshot(root, snapshotRecords(kb));
    } catch {
      // A read-only disk only costs the next start its validation.
    }
  }
  return kb;
}

export class KnowledgeBase {
  readonly meta: Meta;
  readonly companies: ReadonlyMap<string, Company>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly deals: ReadonlyMap<string, Deal>;
  /** Deals newest first. */
  readonly dealList: readonly Deal[];
  /**
   * Live deals with a disclosed headline amount, largest first, without roll-ups or parts of larger
   * deals: what /top walks, so a ranking never sorts the whole knowledge base per request.
   */
  readonly ranked: readonly RankedDeal[];
  /** Live deals left out of the rankings because their only amount is a fee per month or year. */
  private readonly feesOnly = new Set<Deal>();
  /** Deals left out of `ranked` (inactive, roll-ups, parts, fees per period with no whole-term amount). */
  readonly unranked: readonly Deal[];
  /** How many of `unranked` are live deals whose only amount is a fee per period. */
  readonly unrankedFees: number;
  private readonly rankings = new Map<string, Ranking>();
  /** Years that have deals, ascending. */
  readonly years: readonly number[];
  private eventList: readonly DealEvent[] | undefined;
  private readonly directDeals = new Map<string, Deal[]>();
  private readonly familyDeals = new Map<string, Deal[]>();
  private readonly family = new Map<string, string[]>();
  private readonly children = new Map<string, string[]>();
  private readonly parts = new Map<string, Deal[]>();
  private readonly expansions = new Map<string, Deal[]>();
  /** Deal id → the live deal whose amount is its new total (it replaces this deal's amount). */
  private readonly newTotals = new Map<string, Deal>();
  private readonly valuations = new Map<string, Valuation>();
  private readonly counterparties = new Map<string, number>();
  private readonly dealSources = new Map<string, string[]>();
  /** Curated Spanish/Italian text (the views built from it: see inLanguage). */
  readonly translations: TranslationSet;
  private readonly views = new Map<string, KnowledgeBase>();
  /** For a language view: the English knowledge base it was made from. */
  private english: KnowledgeBase = this;
  /** list name → company id → the deals of that list, filled on first use. */
  private readonly companyLists = new Map<string, Map<string, readonly Deal[]>>();

  /** Takes records that already passed validation; use loadKnowledgeBase to read files. */
  constructor(
    meta: Meta,
    companies: Company[],
    sources: Source[],
    deals: Deal[],
    translations: TranslationSet = new Map(),
  ) {
    this.meta = meta;
    this.translations = translations;
    this.companies = byId(companies);
    this.sources = byId(sources);
    this.deals = byId(deals);
    this.dealList = sortNewestFirst(deals);

    for (const c of companies) {
      if (c.parent) push(this.children, c.parent, c.id);
    }
    for (const c of companies) this.family.set(c.id, this.collectFamily(c.id));

    for (const d of this.dealList) {
      const parties = d.parties;
      for (let i = 0; i < parties.length; i++) {
        const id = parties[i]!.company;
        // A company listed twice in one deal (two roles) gets the deal once.
        let earlier = false;
        for (let j = 0; j < i && !earlier; j++) earlier = parties[j]!.company === id;
        if (!earlier) push(this.directDeals, id, d);
      }
      if (d.partOf) push(this.parts, d.partOf, d);
      if (d.expands) push(this.expansions, d.expands.deal, d);
      if (d.expands?.effect === 'new-total' && !INACTIVE_STATUSES.has(d.status)) {
        const earlier = this.newTotals.get(d.expands.deal);
        // dealList is newest first: the first new total seen is the latest.
        if (!earlier) this.newTotals.set(d.expands.deal, d);
      }
    }
    this.countCounterparties();
    // A group's deals (the company's and its subsidiaries'), merged once here rather than per request.
    for (const [id, members] of this.family) {
      if (members.length === 1) continue;
      const seen = new Set<Deal>();
      for (const member of members) for (const d of this.directDeals.get(member) ?? []) seen.add(d);
      this.familyDeals.set(id, [...seen].sort(newestFirst));
    }
    this.indexValuations();

    // Rankings: money that moved or was committed, each deal once. A part of a larger deal ranks in its
    // own kind (marked as a part); in mixed slices it gives way to its whole when the whole ranks there.
    // A deal ranks by its whole-term amount; a fee per period with none is left out and counted apart, so
    // that /top can say why (see comparableAmount).
    const rankable = new Map<Deal, RankedDeal>();
    const unranked: Deal[] = [];
    const fees = this.feesOnly;
    for (const d of this.dealList) {
      const amount = this.comparableAmount(d);
      if (
        INACTIVE_STATUSES.has(d.status) ||
        d.aggregate ||
        d.kind === 'secondary-sale' ||
        this.newTotals.has(d.id) ||
        amount?.amount === undefined
      ) {
        unranked.push(d);
        if (!INACTIVE_STATUSES.has(d.status) && !amount && this.headlineAmount(d)?.amount !== undefined)
          fees.add(d);
        continue;
      }
      rankable.set(d, { deal: d, amount, usd: usd(amount) });
    }
    const byAmount = (a: RankedDeal, b: RankedDeal) => b.usd - a.usd || newestFirst(a.deal, b.deal);
    const entries = [...rankable.values()].sort(byAmount);
    const wholeRanks = (entry: RankedDeal, sameSlice: (whole: Deal) => boolean) => {
      const whole = entry.deal.partOf ? this.deals.get(entry.deal.partOf) : undefined;
      return whole !== undefined && rankable.has(whole) && sameSlice(whole);
    };
    const year = (d: Deal) => d.date.slice(0, 4);
    this.ranked = entries.filter((e) => !wholeRanks(e, () => true));
    this.unranked = [...unranked, ...entries.filter((e) => wholeRanks(e, () => true)).map((e) => e.deal)];
    const slot = (key: string) => {
      const found = this.rankings.get(key);
      if (found) return found;
      const created = { ranked: [], unranked: 0, fees: 0 };
      this.rankings.set(key, created);
      return created;
    };
    for (const entry of entries) {
      const d = entry.deal;
      slot(rankingKey(d.kind, undefined)).ranked.push(entry);
      slot(rankingKey(d.kind, Number(year(d)))).ranked.push(entry);
      const yearSlot = slot(rankingKey(undefined, Number(year(d))));
      if (wholeRanks(entry, (whole) => year(whole) === year(d))) yearSlot.unranked++;
      else yearSlot.ranked.push(entry);
    }
    for (const d of unranked)
      for (const key of rankingKeys(d)) {
        const found = slot(key);
        found.unranked++;
        if (fees.has(d)) found.fees++;
      }
    this.unrankedFees = fees.size;
    this.years = [...new Set(this.dealList.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  }

  /**
   * Every status step of every deal, newest first: what /latest reads. Built on first use (a million deals
   * have about two million steps, which start-up need not sort).
   */
  get events(): readonly DealEvent[] {
    this.eventList ??= this.dealList
      .flatMap((deal) => deal.history.map((step, index) => ({ deal, step, index })))
      .sort(
        (a, b) => compare(b.step.date, a.step.date) || b.index - a.index || compare(a.deal.id, b.deal.id),
      );
    return this.eventList;
  }

  /**
   * The knowledge base as a reader of `lang` sees it: the same records, ids, figures and indexes, with
   * deal titles, summaries, caveats, notes and company descriptions in that language where a curator wrote
   * them (English elsewhere). Built once per language, on first use, as a whole knowledge base of its own,
   * so every index (rankings, events, valuations) hands out translated records; without translations for
   * `lang` (or for English) it is the English knowledge base itself.
   */
  inLanguage(lang: string): KnowledgeBase {
    const english = this.english;
    const t = isTranslationLanguage(lang) ? english.translations.get(lang) : undefined;
    if (!t) return english;
    let view = english.views.get(lang);
    if (!view) {
      view = new KnowledgeBase(
        english.meta,
        [...english.companies.values()].map((c) => translateCompany(c, t.companies.get(c.id))),
        [...english.sources.values()].map((s) => translateSource(s, t.relays)),
        [...english.deals.values()].map((d) => translateDeal(d, t.deals.get(d.id))),
      );
      view.english = english;
      english.views.set(lang, view);
    }
    return view;
  }

  /** A live deal left out of the rankings because its only amount is a fee per month or year. */
  isFeeOnly(deal: Deal): boolean {
    return this.feesOnly.has(deal);
  }

  /**
   * The ranking of one slice, largest first, and how many deals of that slice were left out of it:
   * built at load for every kind, year and kind-and-year, so /top never filters per request.
   */
  rankingOf(
    kind: Deal['kind'] | undefined,
    year: number | undefined,
  ): Readonly<Omit<Ranking, 'ranked'>> & { ranked: readonly RankedDeal[] } {
    if (!kind && year === undefined)
      return { ranked: this.ranked, unranked: this.unranked.length, fees: this.unrankedFees };
    return this.rankings.get(rankingKey(kind, year)) ?? { ranked: [], unranked: 0, fees: 0 };
  }

  company(id: string): Company | undefined {
    return this.companies.get(id);
  }

  /** The company and all its subsidiaries, at any depth. */
  familyOf(id: string): readonly string[] {
    return this.family.get(id) ?? [id];
  }

  subsidiariesOf(id: string): readonly string[] {
    return this.children.get(id) ?? [];
  }

  /** Deals any member of the family is party to, newest first. */
  dealsOf(id: string): readonly Deal[] {
    return this.familyDeals.get(id) ?? this.directDeals.get(id) ?? [];
  }

  /**
   * One of a company's deal lists (the deals that back it, its investments, its suppliers...): its group's
   * deals picked once by `pick`, newest first, then kept with the knowledge base, so that the busiest
   * company's answers do not filter thousands of deals on every request. `list` names the list; one name
   * must always come with the same `pick`.
   */
  dealsWhere(
    list: string,
    id: string,
    pick: (deal: Deal, family: ReadonlySet<string>) => boolean,
  ): readonly Deal[] {
    let lists = this.companyLists.get(list);
    if (!lists) {
      lists = new Map();
      this.companyLists.set(list, lists);
    }
    let deals = lists.get(id);
    if (!deals) {
      const family = new Set(this.familyOf(id));
      deals = this.dealsOf(id).filter((d) => pick(d, family));
      lists.set(id, deals);
    }
    return deals;
  }

  partsOf(dealId: string): readonly Deal[] {
    return this.parts.get(dealId) ?? [];
  }

  expansionsOf(dealId: string): readonly Deal[] {
    return this.expansions.get(dealId) ?? [];
  }

  /** Every source behind a deal and its figures, best tier first (ranked on first use, then kept). */
  sourcesOfDeal(dealId: string): readonly string[] {
    let ranked = this.dealSources.get(dealId);
    if (!ranked) {
      const d = this.deals.get(dealId);
      if (!d) return [];
      ranked = this.rankSources([...d.sources, ...d.figures.flatMap((f) => f.sources)]);
      this.dealSources.set(dealId, ranked);
    }
    return ranked;
  }

  /**
   * Orders source ids: pages that were read before pages only seen as a quoted link, then best tier first,
   * newest first within a tier, without duplicates.
   */
  rankSources(ids: readonly string[]): string[] {
    const rank = (source: Source | undefined) =>
      (source?.quotedIn ? 10 : 0) + TIER_RANK[source?.tier ?? 'aggregator'];
    return [...new Set(ids)].sort((a, b) => {
      const sa = this.sources.get(a);
      const sb = this.sources.get(b);
      const byTier = rank(sa) - rank(sb);
      return byTier !== 0 ? byTier : compare(sb?.date ?? '', sa?.date ?? '');
    });
  }

  latestValuation(id: string): Valuation | undefined {
    return this.valuations.get(id);
  }

  /** How many distinct companies this one has deals with; ranks suggestions. */
  connectionCount(id: string): number {
    return this.counterparties.get(id) ?? 0;
  }

  /**
   * A figure whose pages that were read are all aggregators (allowed only when two of them relay the same
   * report): every answer says it rests on secondary reports.
   */
  isLowConfidence(figure: Figure): boolean {
    const read = figure.sources.map((id) => this.sources.get(id)).filter((s) => s && !s.quotedIn);
    return read.length > 0 && read.every((s) => s?.tier === 'aggregator');
  }

  /** Every amount figure of a deal, in the record's order. */
  amountsOf(deal: Deal): AmountFigure[] {
    return deal.figures.filter((f): f is AmountFigure => f.kind === 'amount');
  }

  /**
   * The deal value: money paid or committed by the deal as a whole (never a stake's value, a programme's
   * size or one payer's tranche). The first such amount without a label, else the first labelled one that
   * is not a fee per period ("if run to term"), else a fee per period: a card shows it with its period,
   * but it is never the deal's size (see comparableAmount).
   */
  headlineAmount(deal: Deal): AmountFigure | undefined {
    // A loop rather than filters: this runs for every deal at load.
    let first: AmountFigure | undefined;
    let fee: AmountFigure | undefined;
    for (const f of deal.figures) {
      if (f.kind !== 'amount' || f.measures !== 'payment' || f.paidBy) continue;
      // The period decides first: a fee without a label is still a fee, never the deal's size.
      if (periodOf(f) !== undefined) fee ??= f;
      else if (!f.label) return f;
      else first ??= f;
    }
    return first ?? fee;
  }

  /**
   * The amount every ranking, sum, minimum and picture compares: the headline amount, or nothing when
   * that is a fee per period. $3 billion a year for an unstated number of years is neither a $3 billion
   * deal nor a larger one, so it is never set against whole amounts.
   */
  comparableAmount(deal: Deal): AmountFigure | undefined {
    const headline = this.headlineAmount(deal);
    return headline && periodOf(headline) === undefined ? headline : undefined;
  }

  /** The live deal whose amount is the new total of this one's, if any. */
  newTotalOf(dealId: string): Deal | undefined {
    return this.newTotals.get(dealId);
  }

  payers(deal: Deal): string[] {
    return deal.parties.filter((p) => PAYER_ROLES.has(p.role)).map((p) => p.company);
  }

  payees(deal: Deal): string[] {
    return deal.parties.filter((p) => PAYEE_ROLES.has(p.role)).map((p) => p.company);
  }

  /**
   * How many distinct companies each company has deals with: each company's deals are walked once, a
   * counterparty counted the first time it is met (marked with the company's number, so no set is made
   * per company).
   */
  private countCounterparties(): void {
    const numbers = new Map<string, number>();
    for (const id of this.directDeals.keys()) numbers.set(id, numbers.size);
    const marks = new Int32Array(numbers.size).fill(-1);
    for (const [id, deals] of this.directDeals) {
      const self = numbers.get(id)!;
      let count = 0;
      for (const d of deals)
        for (const p of d.parties) {
          const other = numbers.get(p.company)!;
          if (other !== self && marks[other] !== self) {
            marks[other] = self;
            count++;
          }
        }
      this.counterparties.set(id, count);
    }
  }

  private collectFamily(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++)
      for (const child of this.children.get(out[i]!) ?? []) out.push(child);
    return out;
  }

  /**
   * A company's latest valuation is the newest dated valuation figure of a live deal that values it (a
   * figure's own date first, so a round that closed later at a higher valuation wins); on the same date
   * post-money beats pre-money and implied.
   */
  private indexValuations(): void {
    const basisRank = { post: 2, implied: 1, pre: 0 } as const;
    for (const d of this.dealList) {
      if (INACTIVE_STATUSES.has(d.status)) continue;
      for (const figure of d.figures) {
        if (figure.kind !== 'valuation' || figure.amount === undefined) continue;
        const date = figure.date ?? d.date;
        for (const p of d.parties) {
          if (p.role !== 'investee' && p.role !== 'target' && p.role !== 'subject') continue;
          const id = p.company;
          const current = this.valuations.get(id);
          const newer =
            !current ||
            date > current.date ||
            (date === current.date && basisRank[figure.basis] > basisRank[current.figure.basis]);
          if (newer) this.valuations.set(id, { figure, deal: d, date });
        }
      }
    }
  }
}

function rankingKey(kind: Deal['kind'] | undefined, year: number | undefined): string {
  return `${kind ?? '*'}|${year ?? '*'}`;
}

function rankingKeys(deal: Deal): string[] {
  const year = Number(deal.date.slice(0, 4));
  return [rankingKey(deal.kind, undefined), rankingKey(undefined, year), rankingKey(deal.kind, year)];
}

/** Records by id, without the list of pairs `new Map(list.map(...))` would make (millions of sources). */
function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const r of records) map.set(r.id, r);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The deals in `newestFirst` order, sorted by numbers rather than by a million string comparisons (which
 * were the largest own cost of validating a million deals): each date becomes a number that orders as the
 * string does (YYYY-MM before any day of that month), date and position are packed into one double and
 * sorted natively, and only deals of one day are compared by id.
 */
export function sortNewestFirst(deals: readonly Deal[]): Deal[] {
  const n = deals.length;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = dateNumber(deals[i]!.date);
    // Anything that is not a plain date (records are validated, but the constructor takes any) sorts the
    // slow way.
    if (key === undefined || n >= 2 ** 24) return [...deals].sort(newestFirst);
    packed[i] = (99_999_999 - key) * 2 ** 24 + i;
  }
  packed.sort();
  const out = new Array<Deal>(n);
  for (let i = 0; i < n; i++) out[i] = deals[packed[i]! % 2 ** 24]!;
  // Runs of one date: by id.
  for (let start = 0; start < n; ) {
    let end = start + 1;
    const date = out[start]!.date;
    while (end < n && out[end]!.date === date) end++;
    if (end - start > 1) {
      const run = out.slice(start, end).sort((a, b) => compare(a.id, b.id));
      for (let i = 0; i < run.length; i++) out[start + i] = run[i]!;
    }
    start = end;
  }
  return out;
}

/** YYYY-MM-DD → YYYYMMDD and YYYY-MM → YYYYMM00; undefined for anything else. */
function dateNumber(date: string): number | undefined {
  if (!DATE_PATTERN.test(date)) return undefined;
  const day = date.length === 10 ? Number(date.slice(8, 10)) : 0;
  return Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + day;
}

/** ISO dates and ids compare as plain strings; localeCompare would cost seconds at a million deals. */
export function newestFirst(a: Deal, b: Deal): number {
  return compare(b.date, a.date) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
