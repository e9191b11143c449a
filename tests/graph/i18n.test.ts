import { describe, expect, it } from 'vitest';
import { graph } from '../../commands/graph.js';
import { loops } from '../../commands/loops.js';
import { timeline } from '../../commands/timeline.js';
import type { Answer, AnswerImage } from '../../src/answers/model.js';
import { optionReader } from '../../src/commands/command.js';
import { graphAnswer, loopsAnswer } from '../../src/graph/answers.js';
import { shortMoney } from '../../src/graph/style.js';
import { logTicks, tickLabel, timeTicks } from '../../src/graph/timeline.js';
import { catalogs } from '../../src/i18n/index.js';
import { fixtureEngine, realEngine, text } from '../helpers.js';

function svgOf(answer: { image?: AnswerImage }): string {
  if (!answer.image) throw new Error('the answer has no picture');
  return answer.image.svg();
}

/** What the bot writes itself: title, lead, headings and badges (deal titles and sources stay in English). */
const ownWords = (answer: Answer) =>
  [answer.title, answer.lead?.parts.join(''), ...answer.blocks.flatMap((b) => [b.heading, b.badge])].join(
    '\n',
  );

/** The words drawn on a picture, in order. */
const drawn = (svg: string) => [...svg.matchAll(/>([^<]*)<\/text>/g)].map((m) => m[1]!);

describe('the picture commands in the reader’s language', () => {
  const engine = realEngine();

  it('/graph company:OpenAI in Italian: Italian title, text, legend and short amounts', () => {
    const options = optionReader(new Map([['company', 'OpenAI']]));
    const answer = graph.execute({ engine, options, lang: 'it' });
    expect(answer.title).toBe('Il denaro intorno a OpenAI');
    const out = text(answer, catalogs.it);
    expect(out).toContain('Denaro che entra in OpenAI');
    expect(out).toMatch(/Amazon: investimento azionario, 50 miliardi di dollari \(feb 2026\) \[\d+\]/);
    expect(ownWords(answer)).not.toMatch(/\b(billion|Money|deals?|steps?)\b/);

    const words = drawn(svgOf(answer));
    expect(words[0]).toBe('Il denaro intorno a OpenAI');
    expect(words).toContain('dati al 5 lug 2026');
    // The legend: kinds, certainties and the width note.
    for (const legend of ['investimento', 'calcolo / cloud', 'impegnato', 'fino a / non vincolante'])
      expect(words).toContain(legend);
    expect(words).toContain('spessore: importo (scala log.)');
    expect(words.some((w) => /^(fino a )?[\d.,]+ mld \$$/.test(w))).toBe(true);
    expect(words.join(' ')).not.toMatch(/\$\d|\bas of\b|investment|committed/);
    expect(answer.image?.alt).toMatch(/^Grafo del denaro intorno a OpenAI/);
  });

  it('/loops in Spanish lists the loops with Spanish text', () => {
    const answer = loops.execute({ engine, options: optionReader(new Map()), lang: 'es' });
    expect(answer.status).toBe('ok');
    expect(answer.title).toBe('Ciclos de dinero');
    const out = text(answer, catalogs.es);
    expect(out).toMatch(/^\d+ ciclos en los acuerdos vigentes \(\d+ entre dos empresas/m);
    expect(out).toContain('Microsoft ⇄ OpenAI');
    expect(out).toMatch(
      /Amazon → OpenAI: inversión en capital de 50\.000 millones de dólares \(feb 2026\) \[\d+\]/,
    );
    expect(out).toMatch(/\[2 empresas · \d acuerdos\]/);
    expect(ownWords(answer)).not.toMatch(/\b(billion|loops?|deals?|companies)\b/);
    const words = drawn(svgOf(answer));
    expect(words[0]).toBe('Ciclos de dinero');
    expect(words).toContain('comprometido');
    expect(words.some((w) => / M\$$/.test(w))).toBe(true);
  });

  it('/timeline in Spanish: Spanish ticks, months and legend; empty answers in the reader’s language', () => {
    const answer = timeline.execute({
      engine,
      options: optionReader(new Map([['company', 'Anthropic']])),
      lang: 'es',
    });
    expect(answer.title).toBe('Anthropic a lo largo del tiempo');
    expect(text(answer, catalogs.es)).toMatch(/sept 2023: ▲ Amazon: 8\.000 M\$ · inversión en capital/);
    const words = drawn(svgOf(answer));
    for (const w of ['1.000 M$', '10.000 M$', '100.000 M$', '1 billón $', 'ene 2025', '◆ valoración'])
      expect(words).toContain(w);
    const empty = graphAnswer(fixtureEngine(), 'Delta Systems', 1, 'it');
    expect(empty.status).toBe('empty');
    expect(text(empty, catalogs.it)).toContain('Délta Systems non ha accordi nella base di conoscenza');
    expect(loopsAnswer(engine, 'Disney', 'es').lead?.parts.join('')).toContain(
      'Ningún ciclo de dinero pasa por Disney',
    );
  });

  it('writes short amounts and ticks as each language abbreviates them', () => {
    const forms = (lang: 'en' | 'es' | 'it') =>
      [38e9, 1.25e9, 350e6, 1.4e12].map((a) => shortMoney(a, 'USD', catalogs[lang]));
    expect(forms('en')).toEqual(['$38B', '$1.25B', '$350M', '$1.4T']);
    expect(forms('es')).toEqual(['38.000 M$', '1.250 M$', '350 M$', '1,4 billones $']);
    expect(forms('it')).toEqual(['38 mld $', '1,25 mld $', '350 mln $', '1.400 mld $']);
    expect(shortMoney(2e9, 'EUR', catalogs.es)).toBe('2.000 M€');
    expect(shortMoney(2e9, 'EUR', catalogs.it)).toBe('2 mld €');
    expect(logTicks([5e6, 3e11]).map((t) => tickLabel(t, 'USD', catalogs.it))).toEqual([
      '1 mln $',
      '10 mln $',
      '100 mln $',
      '1 mld $',
      '10 mld $',
      '100 mld $',
      '1.000 mld $',
    ]);
    const month = (y: number, m: number) => y * 12 + m - 1;
    expect(timeTicks(month(2025, 1), month(2025, 12), catalogs.it).map((t) => t.label)).toEqual([
      'gen 2025',
      'apr 2025',
      'lug 2025',
      'ott 2025',
    ]);
  });
});

describe('a Spanish SVG snapshot of the fixture knowledge base', () => {
  it('matches the stored file', async () => {
    const svg = svgOf(graphAnswer(fixtureEngine(), 'Alpha', 2, 'es'));
    expect(svgOf(graphAnswer(fixtureEngine(), 'Alpha', 2, 'es'))).toBe(svg);
    await expect(svg).toMatchFileSnapshot('./__snapshots__/graph-alpha-2.es.svg');
  });
});
