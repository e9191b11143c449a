/**
 * Figures you can trust, on the real knowledge base: golden answers for each case that once misled
 * (through the console text and the Discord renderer), then properties checked over every company and
 * every pair of companies with deals.
 */
import { describe, expect, it } from 'vitest';
import { companyAnswer } from '../../src/answers/company.js';
import { dealAnswer } from '../../src/answers/deal.js';
import { headlineText, periodOf } from '../../src/answers/dealView.js';
import {
  backersAnswer,
  backingDeals,
  investedIn,
  investingDeals,
  investmentsAnswer,
} from '../../src/answers/money.js';
import { topAnswer } from '../../src/answers/top.js';
import { computeTotals, sumTerms, totalsText } from '../../src/answers/totals.js';
import { react } from '../../src/discord/react.js';
import { flowsLabel } from '../../src/graph/labels.js';
import { moneyGraph } from '../../src/graph/moneyGraph.js';
import { catalog } from '../../src/i18n/index.js';
import { INACTIVE_STATUSES } from '../../src/knowledge/knowledgeBase.js';
import { CONFIRMED_STATUSES, type Deal } from '../../src/knowledge/schema.js';
import { plainText } from '../discord/v2.js';
import { figureLines, realEngine, text } from '../helpers.js';

const engine = realEngine();
const { kb } = engine;

/** The answer as Discord shows it first: its text displays, markdown marks and escapes removed. */
function discordText(command: string, options: Record<string, string>): string {
  const reaction = react(engine, { kind: 'command', command, options: new Map(Object.entries(options)) });
  if (reaction.type !== 'reply') throw new Error(`expected a reply, got ${reaction.type}`);
  return plainText(reaction.message);
}

/** The arrow label of the money picture between two groups, as drawn. */
function arrowLabel(from: string, to: string): string {
  const graph = moneyGraph(kb);
  return flowsLabel(
    graph.flowsOf(from).filter((f) => f.from === from && f.to === to),
    catalog('en'),
  );
}

describe('golden answers', () => {
  it('OpenAI → Cerebras: the April figure is the new total of the January deal, never added to it', () => {
    const line = 'OpenAI → Cerebras: reported, not confirmed: more than $20 billion (1 deal)';
    expect(text(dealAnswer(engine, { company: 'OpenAI', with: 'Cerebras' }))).toContain(line);
    expect(discordText('deal', { company: 'OpenAI', with: 'Cerebras' })).toContain(line);
    expect(arrowLabel('openai', 'cerebras')).toBe('>$20B');
  });

  it('Google → Anthropic: $3 billion and up to $40 billion side by side, never "about $43 billion"', () => {
    const out = text(dealAnswer(engine, { company: 'Google', with: 'Anthropic' }));
    expect(out).toContain(
      'Google → Anthropic: reported, not confirmed: about $3 billion + up to $40 billion (2 deals)',
    );
    expect(out).not.toMatch(/\$43 billion/);
    expect(arrowLabel('alphabet', 'anthropic')).toBe('~$3B + up to $40B');
  });

  it("Anthropic's backers: the November 2025 pledges are counted once, inside the Series G", () => {
    const out = text(backersAnswer(engine, 'Anthropic'));
    const seriesG =
      'GIC, Coatue, Microsoft, NVIDIA → Anthropic, $30 billion (reported; low-confidence sources: secondary reports only) funding round of Feb 2026';
    expect(out).toContain(
      `Microsoft → Anthropic, up to $5 billion equity investment of Nov 2025 (counted in ${seriesG})`,
    );
    expect(out).toContain(
      `NVIDIA → Anthropic, up to $10 billion equity investment of Nov 2025 (counted in ${seriesG})`,
    );
    // Two deals of one pair, kind and month are told apart by their amounts, never "counted in" themselves.
    expect(out).toContain(
      'Amazon → Anthropic, $1.25 billion equity investment of Sep 2023 (counted in Amazon → Anthropic, $8 billion equity investment of Sep 2023)',
    );
  });

  it("OpenAI's backers: the employee share sale is listed but never money into OpenAI", () => {
    const totals = computeTotals(kb, backingDeals(engine, kb.company('openai')!));
    const sale = kb.deals.get('openai-secondary-sale-2025-10')!;
    expect(totals.counted).not.toContain(sale);
    expect(text(backersAnswer(engine, 'OpenAI'))).toContain(
      'secondary share sale of Oct 2025 (existing shares sold: the money went to the sellers)',
    );
    expect(text(dealAnswer(engine, { company: 'SoftBank', with: 'OpenAI' }))).toContain(
      '→ selling shareholders of OpenAI · secondary share sale',
    );
  });

  it('sellers paid in an acquisition are never shown as investments', () => {
    expect(text(investmentsAnswer(engine, 'SoftBank'))).toContain(
      'Into: OpenAI, DigitalBridge, ABB Robotics, Intel, Ampere Computing, Stargate.',
    );
    for (const investor of ['SoftBank', 'NVIDIA', 'Microsoft']) {
      const into = text(investmentsAnswer(engine, investor)).match(/Into: (.*)\./)?.[1] ?? '';
      expect(into, investor).not.toMatch(/Carlyle|Oracle|Macquarie/);
    }
  });

  it("Amazon's profile shows its own $50 billion, never OpenAI's whole $122 billion round as Amazon's", () => {
    const out = text(companyAnswer(engine, 'Amazon'));
    expect(out).toContain('OpenAI — $50 billion, equity investment, signed, Feb 2026');
    expect(out).not.toContain('$122 billion');
    expect(discordText('company', { name: 'Amazon' })).toContain('OpenAI — $50 billion, equity investment');
  });

  it('a shared round shows the investor’s own tranche, or says its share is undisclosed', () => {
    expect(text(dealAnswer(engine, { company: 'ASML', with: 'Mistral' }))).toContain(
      'ASML → Mistral AI: announced: €1.3 billion (1 deal)',
    );
    expect(text(dealAnswer(engine, { company: 'NVIDIA', with: 'xAI' }))).toContain(
      'NVIDIA → xAI: reported, not confirmed: up to $2 billion (1 deal)',
    );
    expect(text(companyAnswer(engine, 'Coatue'))).toMatch(/own share undisclosed/);
  });

  it("OpenAI's latest valuation is the $852 billion of the round's close, 31 Mar 2026", () => {
    const line = 'Latest valuation: $852 billion post-money, 31 Mar 2026';
    expect(text(companyAnswer(engine, 'OpenAI'))).toContain(line);
    expect(discordText('company', { name: 'OpenAI' })).toContain(line);
  });

  it('/top ranks money that moved: no stake value, and a part only within its own kind', () => {
    const all = text(topAnswer(engine, {}));
    expect(all).not.toContain('$135 billion');
    expect(all).not.toContain('openai-oracle-compute-2025-09');
    const compute = text(topAnswer(engine, { kind: 'compute-contract' }));
    expect(compute).toMatch(/\$300 billion · OpenAI → Oracle · compute contract .*\(part of: Stargate/);
  });

  it('a deal only the press reported has the status "reported", never "signed"', () => {
    const out = text(dealAnswer(engine, { company: 'Meta', with: 'Google' }));
    const block = out
      .split('■ ')
      .find((b) => b.startsWith('Meta reportedly signs a cloud deal with Google'))!;
    expect(block).toContain('Status: reported by the press, not confirmed by the parties');
    expect(block).not.toContain('Status: signed');
  });

  it('a status line cites the page that reported the change, not the deal’s first page', () => {
    const answer = dealAnswer(engine, { company: 'NVIDIA', with: 'OpenAI' });
    const loi = answer.blocks.find((b) => b.heading?.includes('up to $100B'))!;
    const status = loi.lines.find((l) => l.label === 'Status')!;
    const cited = status.parts.flatMap((p) => (typeof p === 'string' ? [] : [answer.citations[p.cite - 1]!]));
    expect(cited.length).toBeGreaterThan(0);
    for (const c of cited) expect(c.date! >= '2026-01-30', c.publisher).toBe(true);
  });

  it('"more than" stays "more than", and a ceiling stays a ceiling, in sums', () => {
    expect(text(dealAnswer(engine, { company: 'Anthropic', with: 'AWS' }))).toContain(
      'more than $100 billion',
    );
    expect(text(dealAnswer(engine, { company: 'Meta', with: 'AMD' }))).toContain('up to $60 billion');
  });

  it('chips, models, clusters and programmes resolve to their owner and say why; people are people', () => {
    const cases: [string, string, string][] = [
      ['Trainium', 'AWS', 'Trainium is a chip of AWS.'],
      ['Tranium', 'AWS', 'Trainium is a chip of AWS.'],
      ['Trainum', 'AWS', 'Trainium is a chip of AWS.'],
      ['Inferentia', 'AWS', 'Inferentia is a chip of AWS.'],
      ['TPU', 'Google', 'TPU is a chip of Google.'],
      ['Blackwell', 'NVIDIA', 'Blackwell is a chip of NVIDIA.'],
      ['GB300', 'NVIDIA', 'GB300 is a chip of NVIDIA.'],
      ['Vera Rubin', 'NVIDIA', 'Vera Rubin is a chip of NVIDIA.'],
      ['H100', 'NVIDIA', 'H100 is a chip of NVIDIA.'],
      ['MI450', 'AMD', 'MI450 is a chip of AMD.'],
      ['Colossus', 'xAI', 'Colossus is a computing cluster of xAI.'],
      ['Project Rainier', 'AWS', 'Project Rainier is a computing cluster of AWS.'],
      ['ChatGPT', 'OpenAI', 'ChatGPT is an app of OpenAI.'],
      ['Sora', 'OpenAI', 'Sora is an AI model of OpenAI.'],
      ['Claude', 'Anthropic', 'Claude is an AI model of Anthropic.'],
      ['Gemini', 'Google', 'Gemini is an AI model of Google.'],
      ['Grok', 'xAI', 'Grok is an AI model of xAI.'],
      ['Copilot', 'Microsoft', 'Copilot is an app of Microsoft.'],
      ['Azure', 'Microsoft', 'Azure is a service of Microsoft.'],
      ['Bedrock', 'AWS', 'Bedrock is a service of AWS.'],
    ];
    for (const [typed, owner, why] of cases) {
      const answer = companyAnswer(engine, typed);
      expect(answer.title, typed).toBe(owner);
      expect(text(answer), typed).toContain(why);
    }
    expect(companyAnswer(engine, 'Stargate').title).toBe('Stargate');
    expect(companyAnswer(engine, 'Bedrock Robotics').title).toBe('Bedrock Robotics');
    for (const person of ['Sam Altman', 'Jensen Huang', 'Jony Ive', 'Dave Brown']) {
      const resolution = engine.resolver.resolve(person);
      expect(resolution.status, person).toBe('found');
      if (resolution.status === 'found') expect(resolution.match.company.kind, person).toBe('person');
    }
    expect(text(dealAnswer(engine, { company: 'Jensen Huang', with: 'OpenAI' }))).toContain(
      'Jensen Huang is a person, not a company',
    );
  });
});

// ------------------------------------------------------------------------------------------------------

const companies = [...kb.companies.values()];
const pairs: [string, string][] = [];
for (const a of companies) {
  const partners = new Set<string>();
  for (const d of kb.dealsOf(a.id)) for (const p of d.parties) partners.add(kb.familyOf(p.company)[0]!);
  for (const b of partners)
    if (a.id < b && !kb.familyOf(a.id).includes(b) && !kb.familyOf(b).includes(a.id)) pairs.push([a.id, b]);
}

/** Every totals the answers compute: backers and investments of every company, money flows of every pair. */
function everyTotals() {
  const out: { what: string; totals: ReturnType<typeof computeTotals>; paidBy?: readonly string[] }[] = [];
  for (const c of companies) {
    const family = kb.familyOf(c.id);
    out.push({ what: `backers of ${c.id}`, totals: computeTotals(kb, backingDeals(engine, c)) });
    out.push({
      what: `investments of ${c.id}`,
      totals: computeTotals(kb, investingDeals(engine, c), family),
      paidBy: family,
    });
  }
  for (const [a, b] of pairs) {
    const from = kb.familyOf(a);
    const to = new Set(kb.familyOf(b));
    const deals = kb
      .dealsOf(a)
      .filter((d) => kb.payers(d).some((id) => from.includes(id)) && kb.payees(d).some((id) => to.has(id)));
    out.push({ what: `${a} → ${b}`, totals: computeTotals(kb, deals, from), paidBy: from });
  }
  return out;
}

describe('properties over every company and every pair of the real knowledge base', () => {
  const all = everyTotals();

  it('covers the knowledge base', () => {
    expect(pairs.length).toBeGreaterThan(100);
    expect(all.reduce((n, x) => n + x.totals.counted.length, 0)).toBeGreaterThan(50);
  });

  it('no sum mixes qualifiers, currencies or confirmation, and each sum adds exactly its like figures', () => {
    for (const { what, totals } of all) {
      for (const group of sumTerms(totals.terms)) {
        const like = totals.terms.filter(
          (t) =>
            t.qualifier === group.qualifier &&
            t.currency === group.currency &&
            t.disclosure === group.disclosure &&
            t.apart === undefined,
        );
        if (like.length === group.terms)
          expect(group.amount, what).toBe(like.reduce((sum, t) => sum + t.amount, 0));
      }
      const words = totalsText(totals) ?? '';
      for (const term of totals.terms) {
        if (term.qualifier === 'more-than') expect(words, what).toContain('more than');
        if (term.qualifier === 'up-to') expect(words, what).toContain('up to');
        if (term.disclosure === 'reported') expect(words, what).toContain('reported');
      }
    }
  });

  it('counts only live money: no inactive deal, roll-up, stake value, secondary sale or replaced total', () => {
    for (const { what, totals } of all) {
      for (const d of totals.counted) {
        expect(INACTIVE_STATUSES.has(d.status), `${what}: ${d.id}`).toBe(false);
        expect(d.aggregate, `${what}: ${d.id}`).toBe(false);
        expect(d.kind, `${what}: ${d.id}`).not.toBe('secondary-sale');
        const successor = kb.newTotalOf(d.id);
        expect(successor && totals.counted.includes(successor), `${what}: ${d.id}`).toBeFalsy();
      }
    }
  });

  it('never counts a part together with its whole', () => {
    for (const { what, totals } of all) {
      for (const d of totals.counted) {
        if (d.partOf)
          expect(
            totals.counted.map((x) => x.id),
            `${what}: ${d.id}`,
          ).not.toContain(d.partOf);
      }
    }
  });

  it('in a shared deal, counts only the payer’s own tranche', () => {
    for (const { what, totals, paidBy } of all) {
      if (!paidBy) continue;
      totals.counted.forEach((d, i) => {
        const alone = kb.payers(d).every((id) => paidBy.includes(id));
        if (alone) return;
        const tranche = kb.amountsOf(d).find((f) => f.paidBy && paidBy.includes(f.paidBy));
        expect(tranche?.amount, `${what}: ${d.id}`).toBe(totals.terms[i]!.amount);
      });
    }
  });

  it('never shows a seller or the company of a secondary sale as invested in, nor as a backer', () => {
    for (const c of companies) {
      const family = new Set(kb.familyOf(c.id));
      for (const d of investingDeals(engine, c)) {
        for (const id of investedIn(d)) {
          const roles = d.parties.filter((p) => p.company === id).map((p) => p.role);
          expect(roles, `${c.id} in ${d.id}`).not.toEqual(['seller']);
        }
      }
      for (const d of backingDeals(engine, c)) {
        const own = d.parties.filter((p) => family.has(p.company)).map((p) => p.role);
        expect(own.includes('seller') && !own.includes('investee'), `${c.id} in ${d.id}`).toBe(false);
      }
    }
  });

  it('"latest valuation" is the latest dated one of the company’s live deals', () => {
    for (const c of companies) {
      const latest = kb.latestValuation(c.id);
      for (const d of kb.dealsOf(c.id)) {
        if (INACTIVE_STATUSES.has(d.status)) continue;
        if (!d.parties.some((p) => p.company === c.id && ['investee', 'target', 'subject'].includes(p.role)))
          continue;
        for (const f of d.figures) {
          if (f.kind !== 'valuation' || f.amount === undefined) continue;
          expect(latest, `${c.id}: ${d.id}`).toBeDefined();
          expect(latest!.date >= (f.date ?? d.date), `${c.id}: ${d.id}`).toBe(true);
        }
      }
    }
  });

  it('every status line cites a page dated on or after the status it reports', () => {
    for (const deal of kb.dealList) {
      const answer = dealAnswer(engine, { company: deal.parties[0]!.company });
      const block = answer.blocks.find((b) => b.heading === deal.title);
      if (!block) continue; // a company with more deals than an answer shows
      const status = block.lines.find((l) => l.label === 'Status')!;
      const step = deal.history[deal.history.length - 1]!;
      const cited = status.parts.flatMap((p) =>
        typeof p === 'string' ? [] : [answer.citations[p.cite - 1]!],
      );
      expect(cited.length, deal.id).toBeGreaterThan(0);
      for (const c of cited) {
        if (!c.date) continue;
        const n = Math.min(c.date.length, step.date.length);
        expect(c.date.slice(0, n) >= step.date.slice(0, n), `${deal.id}: ${c.publisher} ${c.date}`).toBe(
          true,
        );
      }
    }
  });

  it('every figure resting on secondary pages only says so, in the card and in short mentions', () => {
    let flagged = 0;
    for (const deal of kb.dealList) {
      const answer = dealAnswer(engine, { company: deal.parties[0]!.company });
      const block = answer.blocks.find((b) => b.heading === deal.title);
      if (!block) continue;
      const figures = figureLines(block);
      deal.figures.forEach((figure, i) => {
        const read = figure.sources.map((id) => kb.sources.get(id)!).filter((src) => !src.quotedIn);
        if (!read.every((src) => src.tier === 'aggregator')) return;
        flagged++;
        const shown = figures[i]!.parts.filter((p) => typeof p === 'string').join('');
        expect(shown, `${deal.id} figure ${i}`).toContain('low-confidence sources');
      });
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('no deal shows a status stronger than its sources', () => {
    const primary = (ids: readonly string[]) => ids.some((id) => kb.sources.get(id)?.tier === 'primary');
    for (const d of kb.dealList) {
      d.history.forEach((step) => {
        if (!CONFIRMED_STATUSES.has(step.status)) return;
        const word =
          primary([...d.sources, ...d.history.flatMap((s) => s.sources)]) ||
          d.figures.some((f) => f.disclosure === 'announced') ||
          (step.confirmedBy?.length ?? 0) > 0;
        expect(word, `${d.id}: ${step.status}`).toBe(true);
      });
    }
  });

  it('/top never ranks a stake value, a roll-up or a secondary sale, nor a part beside its whole', () => {
    const check = (ranked: readonly { deal: Deal }[], mixed: boolean) => {
      const ids = new Set(ranked.map((r) => r.deal.id));
      for (const { deal } of ranked) {
        expect(kb.headlineAmount(deal)?.measures, deal.id).toBe('payment');
        expect(deal.aggregate || deal.kind === 'secondary-sale', deal.id).toBe(false);
        if (mixed && deal.partOf) expect(ids.has(deal.partOf), deal.id).toBe(false);
      }
    };
    check(kb.rankingOf(undefined, undefined).ranked, true);
    for (const year of kb.years) check(kb.rankingOf(undefined, year).ranked, true);
    for (const kind of new Set(kb.dealList.map((d) => d.kind)))
      check(kb.rankingOf(kind, undefined).ranked, false);
  });
});

describe('a fee per month or year is never summed as a total', () => {
  it('sums the whole-term amount when the deal gives one, else leaves the deal out saying why', () => {
    for (const deal of kb.dealList) {
      const fees = kb.amountsOf(deal).filter((f) => periodOf(f) !== undefined);
      if (fees.length === 0 || INACTIVE_STATUSES.has(deal.status)) continue;
      const totals = computeTotals(kb, [deal]);
      for (const term of totals.terms)
        expect(
          fees.some((f) => f.amount === term.amount),
          deal.id,
        ).toBe(false);
      if (totals.terms.length === 0 && totals.undisclosed === 0)
        expect(totals.excluded.map((e) => e.reason.why)).toContain('periodic');
    }
  });

  it('says the period wherever the fee is the amount shown', () => {
    const en = catalog('en');
    for (const deal of kb.dealList) {
      const headline = kb.headlineAmount(deal);
      if (!headline || periodOf(headline) === undefined) continue;
      expect(headlineText(kb, deal, en)).toContain(en.figure.per[periodOf(headline)!]);
    }
  });
});
