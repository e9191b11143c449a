/**
 * Golden answers for the traps a naive deals bot falls into, on the real knowledge base. They assert what
 * a careful analyst must say (and must never say), not the exact wording of every line.
 */
import { describe, expect, it } from 'vitest';
import { companyAnswer } from '../../src/answers/company.js';
import { dealAnswer } from '../../src/answers/deal.js';
import { backersAnswer, investmentsAnswer } from '../../src/answers/money.js';
import { topAnswer } from '../../src/answers/top.js';
import { figureLines, realEngine, text } from '../helpers.js';

const engine = realEngine();
describe('Amazon and OpenAI', () => {
  const answer = dealAnswer(engine, { company: 'Amazon', with: 'OpenAI' });
  const out = text(answer);

  it('shows the December 2025 talks as superseded by the February 2026 investment, never as money invested', () => {
    expect(out).toMatch(
      /At least \$10 billion \(reported\) in Dec 2025, superseded by the \$50 billion equity investment of Feb 2026/,
    );
    expect(out).toMatch(/Amount: at least \$10 billion · reported, not confirmed by the parties/);
    expect(out).not.toMatch(/Amazon invested \$10/i);
  });

  it('keeps the $38 billion AWS contract of Nov 2025 and its Feb 2026 expansion, money flowing from OpenAI', () => {
    expect(out).toMatch(/OpenAI → AWS · compute contract · signed/);
    expect(out).toContain('Amount: $38 billion · announced');
    expect(out).toContain('Expanded by: $100 billion compute contract of Feb 2026');
    expect(out).toContain('Amazon → OpenAI: announced: $50 billion (1 deal)');
    expect(out).toContain('OpenAI → Amazon: announced: $138 billion (2 deals)');
  });

  it('answers the same pair through the AWS subsidiary', () => {
    const viaAws = dealAnswer(engine, { company: 'AWS', with: 'Open AI' });
    expect(text(viaAws)).toContain('$38 billion');
    expect(text(viaAws)).not.toContain('Amazon in talks');
  });
});

describe('NVIDIA and OpenAI', () => {
  const out = text(dealAnswer(engine, { company: 'nvdia', with: 'OpenAI' }));

  it('reports the $100 billion as an up-to letter of intent that stalled', () => {
    expect(out).toMatch(/NVIDIA → OpenAI · equity investment · stalled/);
    expect(out).toMatch(/Status: stalled \(30 Jan 2026\)/);
    expect(out).toContain('Amount: up to $100 billion');
    expect(out).toContain('Capacity: at least 10 GW');
    expect(out).not.toMatch(/Amount: \$100 billion/);
  });

  it('counts only the $30 billion of Feb 2026 as committed, never 100 + 30', () => {
    expect(out).toContain('NVIDIA → OpenAI: announced: $30 billion (1 deal)');
    expect(out).not.toContain('$130 billion');
  });
});

describe('NVIDIA and Groq', () => {
  const answer = dealAnswer(engine, { company: 'NVIDIA', with: 'Groq' });
  const out = text(answer);

  it('is a licence and hiring deal with a reported amount, not an acquisition', () => {
    expect(out).toMatch(/NVIDIA → Groq · licence and hiring/);
    expect(out).not.toMatch(/· acquisition ·/);
    expect(out).toContain('reported, not confirmed by the parties');
    expect(out).toMatch(/Not an acquisition/);
  });

  it('does not list Groq among NVIDIA acquisitions in /top', () => {
    expect(text(topAnswer(engine, { kind: 'acquisition' }))).not.toContain('Groq');
  });
});

describe("Microsoft's $13 billion", () => {
  it('went to OpenAI', () => {
    expect(text(dealAnswer(engine, { company: 'Microsoft', with: 'OpenAI' }))).toMatch(
      /Amount: \$13 billion/,
    );
  });

  it('is not an investment in Anthropic, where Microsoft committed up to $5 billion', () => {
    const out = text(dealAnswer(engine, { company: 'Microsoft', with: 'Anthropic' }));
    expect(out).not.toMatch(/Amount: (about )?\$13 billion/);
    expect(out).toContain('Amount: up to $5 billion');
    const backers = backersAnswer(engine, 'Anthropic');
    const microsoftDeals = backers.blocks.filter((b) => b.badge?.startsWith('Microsoft →'));
    expect(microsoftDeals.length).toBeGreaterThan(0);
    for (const b of microsoftDeals) {
      expect(b.lines.find((l) => l.label === 'Amount')?.parts.join('')).not.toMatch(/\$13 billion/);
    }
  });
});

describe("OpenAI's $1.4 trillion", () => {
  it('is a spending commitment, not money raised', () => {
    const out = text(dealAnswer(engine, { company: 'OpenAI' }));
    expect(out).toMatch(/spending commitment/);
    expect(out).toContain('Amount: about $1.4 trillion');
    expect(out).toMatch(/not money raised/);
  });

  it('never appears among OpenAI backers or in any total', () => {
    const backers = text(backersAnswer(engine, 'OpenAI'));
    expect(backers).not.toContain('1.4 trillion');
    expect(text(investmentsAnswer(engine, 'OpenAI'))).not.toContain('1.4 trillion');
    expect(text(topAnswer(engine, {}))).not.toContain('1.4 trillion');
  });
});

describe('the whole knowledge base', () => {
  it('never drops a qualifier or a disclosure when it shows a figure', () => {
    for (const deal of engine.kb.dealList) {
      const answer = dealAnswer(engine, { company: deal.parties[0]!.company });
      const b = answer.blocks.find((x) => x.heading === deal.title)!;
      expect(b, deal.id).toBeDefined();
      const figures = figureLines(b);
      deal.figures.forEach((figure, i) => {
        const shown = figures[i]!.parts.filter((p) => typeof p === 'string').join('');
        if (figure.qualifier === 'up-to') expect(shown, deal.id).toContain('up to');
        if (figure.qualifier === 'more-than') expect(shown, deal.id).toContain('more than');
        if (figure.qualifier === 'at-least') expect(shown, deal.id).toContain('at least');
        if (figure.disclosure === 'reported' && figure.qualifier !== 'undisclosed') {
          expect(shown, deal.id).toContain('reported');
        }
        expect(
          figures[i]!.parts.some((p) => typeof p !== 'string'),
          `${deal.id} figure ${i} cites a source`,
        ).toBe(true);
      });
    }
  });

  it('gives every company a profile and every citation a link or a seed file', () => {
    for (const company of engine.kb.companies.values()) {
      const answer = companyAnswer(engine, company.id);
      expect(answer.status).toBe('ok');
      for (const c of answer.citations) expect(c.url ?? c.seed).toBeTruthy();
    }
  });
});

describe('valuations', () => {
  it('say "reported" when the parties did not announce them, in the profile and in the timeline', async () => {
    const { timelineAnswer } = await import('../../src/graph/answers.js');
    expect(text(companyAnswer(engine, 'Anthropic'))).toMatch(
      /Latest valuation: \$965 billion post-money, 28 May 2026 \(funding round, closed\)/,
    );
    expect(text(timelineAnswer(engine, 'Anthropic'))).toContain(
      'about $380 billion (post-money, reported, not confirmed by the parties)',
    );
  });
});
