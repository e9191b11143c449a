/**
 * `/ask`: a question in plain words → the same templated, sourced answer the slash commands give.
 *
 * A confident reading goes to the answer function of its intent (`dealAnswer`, `backersAnswer`,
 * `investmentsAnswer`, `companyAnswer`, `sourcesAnswer`, `topAnswer`); three intents need a little more
 * and are built here from the same pieces, never with a figure of their own:
 * - `valuation`: the profile's "latest valuation" line and its source;
 * - `acquired`: the deals between the two companies, led by a plain yes or no read from the deals' kinds
 *   and roles;
 * - `top` with a minimum amount or a company: the deals ranked like `/top`, filtered here.
 * A low-confidence reading gets no figures at all: what was understood, and the closest commands.
 * Two companies with no deal between them get "I don't know that deal" and what is known of each.
 *
 * Everything is written in one language, the user's when given, else the question's: the sentences of
 * `/ask` come from the catalog's `ask` messages, statuses, kinds, money and dates from the same catalog.
 */

import { Citations } from '../answers/citations.js';
import { companyAnswer } from '../answers/company.js';
import { dealAnswer } from '../answers/deal.js';
import { companyName, dealBlock, listNames } from '../answers/dealView.js';
import { type Engine, engineIn } from '../answers/engine.js';
import { formatMoney, formatMonth } from '../answers/format.js';
import { latestAnswer } from '../answers/latest.js';
import {
  type Answer,
  type Block,
  call,
  type Line,
  line,
  type Suggestion,
  sameCall,
  toned,
} from '../answers/model.js';
import { backersAnswer, investmentsAnswer } from '../answers/money.js';
import { quote } from '../answers/resolve.js';
import { sourcesAnswer } from '../answers/sources.js';
import { rankedBlocks, TOP_LIMIT, topAnswer } from '../answers/top.js';
import { type Catalog, catalog, type Lang } from '../i18n/index.js';
import { INACTIVE_STATUSES, ORDERING_RATE_TO_USD, type RankedDeal } from '../knowledge/knowledgeBase.js';
import type { Deal } from '../knowledge/schema.js';
import { checkAnswer, compareAnswer, latestOfAnswer, pinDeal, pinnedAnswer, whenAnswer } from './more.js';
import { type Understanding, understand } from './understand.js';

export interface AskResult {
  understanding: Understanding;
  answer: Answer;
  /** The language the answer is written in: the one asked for, or else the question's. */
  lang: Lang;
}

/** How many deals a list with a minimum amount shows before "…and N more". */
export const RANKED_LIMIT = 20;

/**
 * Reads the question and answers it in `lang` when given (the user's Discord locale), otherwise in the
 * language the question is written in.
 */
export function askAnswer(engine: Engine, question: string, lang?: Lang): AskResult {
  const understanding = understand(engine, question);
  const answerLang = lang ?? understanding.language;
  return { understanding, answer: answerFor(engine, understanding, answerLang), lang: answerLang };
}

/**
 * The answer to a reading, in `lang` (by default the question's language); exposed so a transport can
 * answer an edited reading (a button).
 */
export function answerFor(english: Engine, u: Understanding, lang: Lang = u.language): Answer {
  // Knowledge text in the answer's language (curated translations, English where there are none).
  const engine = engineIn(english, lang);
  const t = catalog(lang);
  if (u.confidence === 'low' || u.intent === 'unknown') return clarify(engine, u, t);
  const [first, second] = u.companies;
  const name = (id: string) => queryName(engine, id);
  const focus = u.focus ?? first!;
  if (u.intent === 'compare') return compareAnswer(engine, u, t);
  if (u.intent === 'latest') return first ? latestOfAnswer(engine, u, t) : latestAnswer(engine, {}, lang);
  // A direct first line: a yes/no verdict, the dates, or the one deal the question names.
  const direct = u.intent === 'deal' || u.intent === 'backers' || u.intent === 'valuation';
  // "Did the Aligned acquisition close?": one company's acquisition, checked like any deal.
  const oneAcquisition = u.intent === 'acquired' && u.companies.length === 1;
  if ((direct || oneAcquisition) && u.check) {
    const answer = checkAnswer(engine, u, t);
    if (answer) return answer;
    if (second)
      return dontKnowDeal(
        engine,
        [first!, second],
        t,
        `${t.askMore.verdict.no}: ${t.ask.noDealBetween(companyName(engine.kb, first!), companyName(engine.kb, second), engine.kb.meta.asOf)}`,
      );
  }
  if ((direct || u.intent === 'acquired') && u.when) {
    const answer = whenAnswer(engine, u, t);
    if (answer) return answer;
  }
  const pinned = direct ? pinDeal(engine, u) : undefined;
  if (pinned) return pinnedAnswer(engine, u, pinned, t);
  switch (u.intent) {
    case 'deal': {
      if (!second) return dealAnswer(engine, { company: name(first!) }, lang);
      const answer = dealAnswer(engine, { company: name(first!), with: name(second) }, lang);
      return answer.status === 'empty' ? dontKnowDeal(engine, [first!, second], t) : answer;
    }
    case 'acquired':
      return acquiredAnswer(engine, u, t);
    case 'backers':
      return backersAnswer(engine, name(focus), lang);
    case 'investments':
      return investmentsAnswer(engine, name(focus), lang);
    case 'company':
      return companyAnswer(engine, name(focus), lang);
    case 'valuation':
      return valuationAnswer(engine, focus, t);
    case 'sources': {
      if (!second) return sourcesAnswer(engine, { company: name(first!) }, lang);
      const answer = sourcesAnswer(engine, { company: name(first!), with: name(second) }, lang);
      return answer.status === 'empty' ? dontKnowDeal(engine, [first!, second], t) : answer;
    }
    case 'top':
      if (u.minAmount === undefined && u.companies.length === 0)
        return topAnswer(engine, { kind: u.kind, year: u.year }, lang);
      return rankedAnswer(engine, u, t);
  }
}

/** A text that the resolver takes back to this company exactly: its name, or failing that its id. */
export function queryName(engine: Engine, id: string): string {
  const company = engine.kb.company(id);
  if (!company) return id;
  for (const candidate of [company.name, company.id]) {
    const r = engine.resolver.resolve(candidate);
    if (r.status === 'found' && r.match.company.id === id) return candidate;
  }
  return company.id;
}

// ---------------------------------------------------------------------------------------------------
// What was understood, and the commands closest to it.

export function describeUnderstanding(engine: Engine, u: Understanding, t: Catalog = catalog('en')): string {
  const m = t.ask;
  const names = u.companies.map((id) => companyName(engine.kb, id));
  const asked = [...names, ...u.unresolved.map(quote), ...u.ambiguous.map((a) => quote(a.text))];
  const a = (u.focus ? companyName(engine.kb, u.focus) : asked[0]) ?? m.meaning.aCompany;
  const b = asked[1];
  switch (u.intent) {
    case 'deal':
      return b ? m.meaning.dealsBetween(a, b) : m.meaning.dealsOf(a);
    case 'acquired': {
      if (!b) return m.meaning.acquisitionsOf(a);
      const buyer = u.acquirer ? companyName(engine.kb, u.acquirer) : a;
      return m.meaning.acquiredPair(buyer, buyer === a ? b : a);
    }
    case 'backers':
      return m.meaning.backers(a);
    case 'investments':
      return m.meaning.investments(a);
    case 'company':
      return m.meaning.profile(a);
    case 'valuation':
      return m.meaning.valuation(a);
    case 'sources':
      return b ? m.meaning.sourcesBetween(a, b) : m.meaning.sourcesOf(a);
    case 'top':
      return m.meaning.largest(
        m.scope(u.kind ? t.kind[u.kind] : undefined, u.year),
        asked.length > 0 ? listNames(asked, 4, t) : undefined,
        u.minAmount !== undefined,
      );
    case 'compare': {
      const into = u.focus ? companyName(engine.kb, u.focus) : undefined;
      const others = u.companies.filter((id) => id !== u.focus).map((id) => companyName(engine.kb, id));
      return t.askMore.meaning.compare(listNames(others, 4, t), into);
    }
    case 'latest':
      return t.askMore.meaning.latest(names[0]);
    case 'unknown':
      return m.meaning.unknown;
  }
}

/** The slash command that asks the same thing about these companies (names as typed in Discord). */
function commandFor(u: Understanding, names: string[], t: Catalog): Suggestion | undefined {
  const m = t.ask;
  const [a, b] = names;
  switch (u.intent) {
    case 'deal':
    case 'acquired':
      if (!a) return undefined;
      return b
        ? { label: m.labels.dealsBetween(a, b), command: call('deal', { company: a, with: b }) }
        : { label: m.labels.deals(a), command: call('deal', { company: a }) };
    case 'backers':
      return a ? { label: m.labels.backers(a), command: call('backers', { company: a }) } : undefined;
    case 'investments':
      return a ? { label: m.labels.investments(a), command: call('investments', { company: a }) } : undefined;
    case 'company':
    case 'valuation':
    case 'unknown':
    case 'compare':
      return a ? { label: m.labels.profile(a), command: call('company', { name: a }) } : undefined;
    case 'latest':
      return { label: t.askMore.labels.latest, command: call('latest') };
    case 'sources':
      if (!a) return undefined;
      return b
        ? { label: m.labels.sources(`${a}, ${b}`), command: call('sources', { company: a, with: b }) }
        : { label: m.labels.sources(a), command: call('sources', { company: a }) };
    case 'top':
      return {
        label: m.labels.largest,
        command: call('top', { kind: u.kind, year: u.year }),
      };
  }
}

function clarify(engine: Engine, u: Understanding, t: Catalog): Answer {
  const m = t.ask;
  const { kb } = engine;
  const base = { citations: [], asOf: kb.meta.asOf };
  const understood = line(m.understood(describeUnderstanding(engine, u, t)));
  const known = u.companies.map((id) => companyName(kb, id));
  const suggestions: Suggestion[] = [];
  const add = (s: Suggestion | undefined) => {
    if (s && suggestions.length < 5 && !suggestions.some((x) => sameCall(x.command, s.command)))
      suggestions.push(s);
  };

  switch (u.doubt) {
    case 'ambiguous-name': {
      const first = u.ambiguous[0]!;
      const candidates = first.candidates.slice(0, 5);
      for (const id of candidates) {
        const s = commandFor(
          u,
          [queryName(engine, id), ...known.map((_, i) => queryName(engine, u.companies[i]!))],
          t,
        );
        if (s) add({ ...s, value: id });
      }
      return {
        ...base,
        status: 'ambiguous',
        title: m.severalCompanies(quote(first.text)),
        lead: understood,
        blocks: [
          {
            lines: [
              line(
                m.whichOne(
                  listNames(
                    candidates.map((id) => companyName(kb, id)),
                    5,
                    t,
                  ),
                ),
              ),
            ],
          },
        ],
        suggestions,
      };
    }
    case 'ambiguous-amount':
      add(commandFor({ ...u, minAmount: undefined }, [], t));
      return {
        ...base,
        status: 'ambiguous',
        title: m.ambiguousAmount(quote(u.amountText ?? '')),
        lead: understood,
        blocks: [{ lines: [line(m.ambiguousAmountLead)] }],
        suggestions,
      };
    case 'unknown-name': {
      const names = listNames(u.unresolved.map(quote), 3, t);
      const lines: Line[] = [line(m.noSuchCompany(names))];
      const closest = closestNames(engine, u.unresolved);
      if (closest.length > 0)
        lines.push(
          line(
            m.closestNames(
              listNames(
                closest.map((id) => companyName(kb, id)),
                5,
                t,
              ),
            ),
          ),
        );
      for (const id of closest) {
        const s = commandFor(u, [queryName(engine, id), ...u.companies.map((c) => queryName(engine, c))], t);
        if (s) add({ ...s, value: id });
      }
      for (const id of u.companies) add(commandFor({ ...u, intent: 'deal' }, [queryName(engine, id)], t));
      if (suggestions.length === 0) {
        add({ label: m.labels.largest, command: call('top') });
        add({ label: m.labels.help, command: call('help') });
      }
      return {
        ...base,
        status: 'not-found',
        title: m.dontKnowName(names),
        lead: understood,
        blocks: [{ lines }, ...factsBlock(engine, u.companies, t)],
        suggestions,
      };
    }
    case 'missing-company': {
      for (const match of engine.resolver.popular(4))
        add(commandFor(u, [queryName(engine, match.company.id)], t));
      return {
        ...base,
        status: 'ambiguous',
        title: m.whichCompany,
        lead: understood,
        blocks: [{ lines: [line(m.noCompanyNamed)] }],
        suggestions,
      };
    }
    case 'out-of-scope': {
      for (const id of u.companies) {
        add(commandFor({ ...u, intent: 'company' }, [queryName(engine, id)], t));
        add(commandFor({ ...u, intent: 'deal' }, [queryName(engine, id)], t));
      }
      add({ label: m.labels.largest, command: call('top') });
      return {
        ...base,
        status: 'not-found',
        title: m.outOfScope,
        lead: line(m.outOfScopeLead),
        blocks: factsBlock(engine, u.companies, t),
        suggestions,
      };
    }
    default: {
      // No intent: offer what can be asked about the companies named, or the ranking and the help.
      for (const id of u.companies) {
        const n = queryName(engine, id);
        for (const intent of ['company', 'deal', 'backers', 'investments'] as const)
          add(commandFor({ ...u, intent }, [n], t));
      }
      if (u.companies.length === 0) {
        add({ label: m.labels.largest, command: call('top') });
        add({ label: m.labels.help, command: call('help') });
      }
      const lines: Line[] = [];
      if (known.length > 0) lines.push(line(m.notSureAbout(listNames(known, 4, t))));
      lines.push(line(m.canAnswer));
      return {
        ...base,
        status: u.companies.length > 0 ? 'ambiguous' : 'not-found',
        title: m.notSure,
        lead: understood,
        blocks: [{ lines }, ...factsBlock(engine, u.companies, t)],
        suggestions,
      };
    }
  }
}

/** Companies whose names are a typo away from the words that did not resolve; never the popular fallback. */
function closestNames(engine: Engine, words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const r = engine.resolver.resolve(w);
    if (r.status === 'not-found')
      for (const s of r.suggestions)
        if (s.kind === 'typo' && !out.includes(s.company.id)) out.push(s.company.id);
  }
  return out.slice(0, 5);
}

/** One line per company: how many deals, and with whom most often. Counts only, no figures. */
function factsBlock(engine: Engine, ids: string[], t: Catalog): Block[] {
  if (ids.length === 0) return [];
  const m = t.ask;
  const { kb } = engine;
  const lines = ids.map((id) => {
    const name = companyName(kb, id);
    const deals = kb.dealsOf(id);
    if (deals.length === 0) return line(m.companyNoDeals(name));
    const family = new Set(kb.familyOf(id));
    const counts = new Map<string, number>();
    for (const d of deals) {
      for (const other of new Set(d.parties.map((p) => p.company))) {
        if (!family.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    const partners = [...counts.entries()]
      .sort((x, y) => y[1] - x[1] || companyName(kb, x[0]).localeCompare(companyName(kb, y[0])))
      .map(([other]) => companyName(kb, other));
    return line(
      m.companyFacts(name, deals.length, partners.length > 0 ? listNames(partners, 4, t) : undefined),
    );
  });
  return [{ heading: m.whatKbKnows, lines }];
}

function dontKnowDeal(engine: Engine, ids: [string, string], t: Catalog, lead?: string): Answer {
  const m = t.ask;
  const { kb } = engine;
  const [a, b] = ids.map((id) => companyName(kb, id)) as [string, string];
  return {
    status: 'empty',
    title: m.dontKnowDeal,
    lead: line(lead ?? m.noDealBetween(a, b, kb.meta.asOf)),
    blocks: factsBlock(engine, ids, t),
    citations: [],
    asOf: kb.meta.asOf,
    suggestions: ids.flatMap((id) => {
      const n = queryName(engine, id);
      return [
        { label: m.labels.deals(companyName(kb, id)), command: call('deal', { company: n }) },
        { label: m.labels.profile(companyName(kb, id)), command: call('company', { name: n }) },
      ];
    }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Valuation: the profile's valuation line, with its source.

function valuationAnswer(engine: Engine, id: string, t: Catalog): Answer {
  const m = t.ask;
  const { kb } = engine;
  const profile = companyAnswer(engine, queryName(engine, id), t.lang);
  if (profile.status !== 'ok') return profile;
  const name = companyName(kb, id);
  if (!kb.latestValuation(id)) {
    return {
      status: 'empty',
      title: m.noValuation(name),
      lead: line(m.noValuationLead(name, kb.meta.asOf)),
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: [
        { label: m.labels.profile(name), command: call('company', { name: queryName(engine, id) }) },
      ],
    };
  }
  // The profile's first cited highlight is the latest valuation.
  const about = profile.blocks[0];
  const valuation = profile.highlights?.find((l) => l.parts.some((p) => typeof p !== 'string'));
  if (!about || !valuation) return profile;
  const cited = new Set(valuation.parts.flatMap((p) => (typeof p === 'string' ? [] : [p.cite])));
  return {
    status: 'ok',
    title: m.valuationOf(name),
    lead: line(m.valuationLead),
    blocks: [{ heading: about.heading, lines: [valuation] }],
    citations: profile.citations.filter((c) => cited.has(c.n)),
    asOf: profile.asOf,
    suggestions: [
      { label: m.labels.profile(name), command: call('company', { name: queryName(engine, id) }) },
      ...(profile.suggestions ?? []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------
// Acquisitions: a plain yes or no, read from the kinds and roles of the deals between the two.

function acquiredAnswer(engine: Engine, u: Understanding, t: Catalog): Answer {
  const m = t.ask;
  const { kb } = engine;
  if (u.companies.length === 1) return acquisitionsOf(engine, u.companies[0]!, t);
  const buyer = u.acquirer ?? u.companies[0]!;
  const target = u.companies.find((id) => id !== buyer)!;
  const buyerName = companyName(kb, buyer);
  const targetName = companyName(kb, target);

  const parentOf = (child: string, parent: string) => kb.familyOf(parent).includes(child);
  const takeover = kb
    .dealsOf(buyer)
    .some((d) => d.kind === 'acquisition' && d.parties.some((p) => p.company === target));
  if (!takeover && (parentOf(target, buyer) || parentOf(buyer, target))) {
    const [child, parent] = parentOf(target, buyer) ? [target, buyer] : [buyer, target];
    const profile = companyAnswer(engine, queryName(engine, child), t.lang);
    return { ...profile, lead: line(m.partOfGroup(companyName(kb, child), companyName(kb, parent))) };
  }

  const answer = dealAnswer(
    engine,
    { company: queryName(engine, buyer), with: queryName(engine, target) },
    t.lang,
  );
  if (answer.status === 'empty')
    return dontKnowDeal(
      engine,
      [buyer, target],
      t,
      m.noAcquisitionNoDeal(buyerName, targetName, kb.meta.asOf),
    );
  if (answer.status !== 'ok') return answer;

  const buyers = new Set(kb.familyOf(buyer));
  const targets = new Set(kb.familyOf(target));
  const between = kb.dealsOf(buyer).filter((d) => d.parties.some((p) => targets.has(p.company)));
  const acquisitionOf = (by: Set<string>, of: Set<string>) =>
    between.find(
      (d) =>
        d.kind === 'acquisition' &&
        d.parties.some((p) => p.role === 'acquirer' && by.has(p.company)) &&
        d.parties.some((p) => p.role === 'target' && of.has(p.company)),
    );
  const when = (d: Deal) => formatMonth(d.date, t);
  const status = (d: Deal) => t.status[d.status];
  const several = (d: Deal) => d.parties.filter((p) => p.role === 'acquirer').length > 1;

  let verdict: string;
  const yes = acquisitionOf(buyers, targets);
  const reverse = acquisitionOf(targets, buyers);
  if (yes) {
    // An acquisition agreed but blocked, terminated or stalled is a "no" to "did X buy Y?".
    verdict = INACTIVE_STATUSES.has(yes.status)
      ? `${t.askMore.verdict.no}: ${t.askMore.acquisitionNotCompleted(
          buyerName,
          targetName,
          status(yes),
          formatMonth(yes.statusDate ?? yes.date, t),
        )}`
      : u.claimState === 'closed' && yes.status !== 'closed'
        ? // "Has ServiceNow closed the Moveworks purchase?": agreed, not closed yet.
          `${t.askMore.verdict.partly}: ${t.askMore.notClosedYet(`${buyerName} → ${targetName}`, status(yes), formatMonth(yes.statusDate ?? yes.date, t))}`
        : m.acquisitionYes(buyerName, targetName, several(yes), status(yes), when(yes));
  } else if (reverse) {
    verdict = m.acquisitionReverse(buyerName, targetName, status(reverse), when(reverse));
  } else {
    const shown = between.slice(0, 3).map((d) => m.dealMention(t.kind[d.kind], status(d), when(d)));
    if (between.length > 3) shown.push(m.andMoreDeals(between.length - 3));
    verdict = m.acquisitionOther(buyerName, targetName, listNames(shown, 4, t));
  }
  return { ...answer, lead: line(verdict) };
}

/** "Who bought Windsurf?", "Meta's acquisitions": every acquisition the company is party to. */
function acquisitionsOf(engine: Engine, id: string, t: Catalog): Answer {
  const m = t.ask;
  const { kb } = engine;
  const name = companyName(kb, id);
  const family = new Set(kb.familyOf(id));
  const all = kb.dealsOf(id);
  const deals = all.filter((d) => d.kind === 'acquisition');
  if (deals.length === 0) {
    const company = kb.company(id);
    const lines: Line[] = [line(m.noAcquisitionsOf(name, all.length))];
    if (company?.parent) lines.push(line(m.partOfGroup(name, companyName(kb, company.parent))));
    return {
      status: 'empty',
      title: m.acquisitionsInvolving(name),
      lead: lines[0],
      blocks: lines.length > 1 ? [{ lines: lines.slice(1) }] : [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions: [
        { label: m.labels.deals(name), command: call('deal', { company: queryName(engine, id) }) },
        { label: m.labels.profile(name), command: call('company', { name: queryName(engine, id) }) },
      ],
    };
  }
  const roles = (d: Deal, role: 'acquirer' | 'target') =>
    d.parties.filter((p) => p.role === role && !family.has(p.company)).map((p) => companyName(kb, p.company));
  const list = deals.map((d) =>
    d.parties.some((p) => p.role === 'target' && family.has(p.company))
      ? m.acquisitionBy(listNames(roles(d, 'acquirer'), 3, t), t.status[d.status], formatMonth(d.date, t))
      : m.acquisitionOf(listNames(roles(d, 'target'), 3, t), t.status[d.status], formatMonth(d.date, t)),
  );
  const cites = new Citations(kb);
  return {
    status: 'ok',
    title: m.acquisitionsInvolving(name),
    lead: line(m.acquisitionsLead(name, list.join('; '))),
    blocks: deals.map((d) => dealBlock(kb, d, cites, t)),
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions: [{ label: m.labels.deals(name), command: call('deal', { company: queryName(engine, id) }) }],
  };
}

// ---------------------------------------------------------------------------------------------------
// Rankings with a minimum amount or a company: `/top`'s lines, filtered here.

function rankedAnswer(engine: Engine, u: Understanding, t: Catalog): Answer {
  const m = t.ask;
  const { kb } = engine;
  const families = u.companies.map((id) => new Set(kb.familyOf(id)));
  const matches = (d: Deal) =>
    (!u.kind || d.kind === u.kind) &&
    (u.year === undefined || d.date.startsWith(String(u.year))) &&
    families.every((f) => d.parties.some((p) => f.has(p.company)));
  const minimum =
    u.minAmount === undefined ? undefined : u.minAmount * (ORDERING_RATE_TO_USD[u.currency ?? 'USD'] ?? 1);
  // kb.ranked is largest first, built at load: stop at the first deal under the minimum.
  const ranked: RankedDeal[] = [];
  for (const entry of kb.ranked) {
    if (minimum !== undefined && entry.usd < minimum) break;
    if (matches(entry.deal)) ranked.push(entry);
  }
  const limit = minimum === undefined ? TOP_LIMIT : RANKED_LIMIT;
  const among = u.companies.map((id) => companyName(kb, id));
  const scope = m.scopeAmong(
    m.scope(u.kind ? t.kind[u.kind] : undefined, u.year),
    among.length > 0 ? listNames(among, 4, t) : undefined,
  );
  const minimumText =
    u.minAmount === undefined ? undefined : formatMoney(u.minAmount, u.currency ?? 'USD', t);
  const title = minimumText ? m.atLeast(scope, minimumText) : m.largest(scope);
  const suggestions: Suggestion[] = [
    {
      label: m.labels.largest,
      command: call('top', { kind: u.kind, year: u.year }),
    },
    ...u.companies.map((id) => ({
      label: m.labels.deals(companyName(kb, id)),
      command: call('deal', { company: queryName(engine, id) }),
    })),
  ];
  if (ranked.length === 0) {
    return {
      status: 'empty',
      title: minimumText ? m.noneAtLeast(scope, minimumText) : title,
      blocks: [],
      citations: [],
      asOf: kb.meta.asOf,
      suggestions,
    };
  }
  const cites = new Citations(kb);
  const blocks = rankedBlocks(kb, ranked.slice(0, limit), cites, t);
  const lines: Line[] = [];
  if (ranked.length > limit) lines.push(toned('muted', m.moreRanked(ranked.length - limit)));
  if (minimum !== undefined && ranked.some((x) => x.amount.currency !== (u.currency ?? 'USD')))
    lines.push(toned('muted', m.orderingRates));
  const left = kb.unranked.filter(matches);
  if (left.length > 0)
    lines.push(toned('muted', t.answers.notRanked(left.length, left.filter((d) => kb.isFeeOnly(d)).length)));
  return {
    status: 'ok',
    title,
    lead: line(m.rankedLead),
    blocks: lines.length > 0 ? [...blocks, { lines }] : blocks,
    citations: cites.list(),
    asOf: kb.meta.asOf,
    suggestions,
  };
}
