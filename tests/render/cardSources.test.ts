/**
 * A deal's full card on Discord lists the sources it cites under it. When they do not all fit, the list
 * ends with "n more sources" on a line of its own, and no citation is ever cut in half: every [n] in the
 * card is either listed whole or counted in that line.
 */
import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { dealCardAnswer } from '../../src/answers/deal.js';
import { type Answer, type CitationView, line } from '../../src/answers/model.js';
import { catalog } from '../../src/i18n/index.js';
import { renderAnswer } from '../../src/render/discord.js';
import { escapeMarkdown } from '../../src/render/markdown.js';
import { limitViolations } from '../discord/limits.js';
import { allComponents } from '../discord/v2.js';
import { realEngine } from '../helpers.js';

const IDS = { page: () => undefined, sources: () => undefined };
const LANGS = ['en', 'es', 'it'] as const;

/** The text display holding the card's list of sources: the one whose lines start with "-# **[". */
function sourceList(answer: Answer, lang: (typeof LANGS)[number]): string[] {
  const message = renderAnswer(answer, { page: 0, ephemeral: true, ids: IDS, t: catalog(lang), full: true });
  expect(limitViolations(message)).toEqual([]);
  const display = allComponents(message).find(
    (c) => c.type === ComponentType.TextDisplay && c.content?.startsWith('-# **['),
  );
  return display?.content?.split('\n') ?? [];
}

/** Checks the list against the citations the card cites: whole lines, in order, then the count left. */
function checkList(lines: string[], cited: readonly CitationView[], lang: (typeof LANGS)[number]) {
  const t = catalog(lang);
  const listed = lines.filter((l) => l.startsWith('-# **['));
  listed.forEach((l, i) => {
    const c = cited[i]!;
    expect(l.startsWith(`-# **[${c.n}]** `), l).toBe(true);
    // A whole citation: its link (or its publisher) is there to the end.
    if (c.url) expect(l.endsWith(`(<${c.url}>)`), l).toBe(true);
    else expect(l.endsWith(escapeMarkdown(c.publisher)), l).toBe(true);
  });
  const left = cited.length - listed.length;
  if (left > 0) expect(lines.at(-1)).toBe(`-# ${escapeMarkdown(t.render.moreSources(left))}`);
  else expect(lines.length).toBe(listed.length);
}

describe('sources under a full deal card on Discord', () => {
  it('lists whole citations and says how many more, never cutting one (many long sources)', () => {
    const citations: CitationView[] = Array.from({ length: 30 }, (_, i) => ({
      n: i + 1,
      sourceId: `s${i}`,
      publisher: `Publisher number ${i + 1}`,
      language: 'en',
      tier: 'major',
      url: `https://example.com/${'long-path-segment/'.repeat(3)}article-${i + 1}`,
    }));
    const answer: Answer = {
      status: 'ok',
      title: 'A deal with many sources',
      blocks: [
        {
          heading: 'A deal with many sources',
          lines: [line('Amount: $1 billion ', ...citations.map((c) => ({ cite: c.n })))],
        },
      ],
      citations,
      asOf: '2026-06-01',
    };
    for (const lang of LANGS) {
      const lines = sourceList(answer, lang);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.length).toBeLessThan(citations.length);
      checkList(lines, citations, lang);
    }
  });

  it('every real deal card, in every language, lists whole citations within the limits', () => {
    const engine = realEngine();
    for (const deal of engine.kb.dealList)
      for (const lang of LANGS) {
        const answer = dealCardAnswer(engine, deal.id, lang);
        const cited = answer.citations.filter((c) =>
          answer.blocks.some((b) =>
            b.lines.some((l) => l.parts.some((p) => typeof p !== 'string' && p.cite === c.n)),
          ),
        );
        checkList(sourceList(answer, lang), cited, lang);
      }
  });
});
