/**
 * The pictures on a phone: at most a dozen companies with a "+N more" note, labels that never overlap,
 * and sizes that stay legible when Discord shows the picture 400 px wide. Checked on what is drawn: the
 * SVG's own text elements, measured with the font metrics the picture is set in.
 */
import { describe, expect, it } from 'vitest';
import type { AnswerImage } from '../../src/answers/model.js';
import { graphAnswer, loopsAnswer, timelineAnswer } from '../../src/graph/answers.js';
import { cropNeighbourhood, MAX_DRAWN } from '../../src/graph/crop.js';
import { textWidth, type Weight } from '../../src/graph/fonts.js';
import { moneyGraph, neighbourhood } from '../../src/graph/moneyGraph.js';
import { skippedYears, timelineData, timeSegments } from '../../src/graph/timeline.js';
import { catalogs } from '../../src/i18n/index.js';
import { realEngine } from '../helpers.js';

const PHONE = 400;

interface TextBox {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every <text> of an SVG as the box its glyphs cover (ascent 0.76 em above the baseline, descent 0.24). */
function textBoxes(svg: string): TextBox[] {
  return [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
    const text = unescapeXml(m[2]!);
    const size = Number(attrs['font-size']);
    const weight: Weight = attrs['font-weight'] === 'bold' ? 'bold' : 'regular';
    const w = textWidth(text, size, weight);
    const x = Number(attrs.x);
    const y = Number(attrs.y);
    const anchor = attrs['text-anchor'] ?? 'start';
    const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
    return { text, x0, x1: x0 + w, y0: y - size * 0.76, y1: y + size * 0.24 };
  });
}

function overlaps(boxes: readonly TextBox[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) out.push([a.text, b.text]);
    }
  return out;
}

function widthOf(svg: string): number {
  return Number(/^<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
}

/** Text sizes and stroke widths as a phone shows them, the picture scaled to 400 px wide. */
function onPhone(svg: string) {
  const scale = PHONE / widthOf(svg);
  const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]) * scale);
  const strokes = [...svg.matchAll(/<path [^>]*stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]) * scale);
  return { smallestText: Math.min(...sizes), thinnestArrow: Math.min(...strokes) };
}

function svgOf(image: AnswerImage | undefined): string | undefined {
  return image?.svg();
}

describe('network pictures on the real knowledge base', () => {
  const engine = realEngine();
  const companies = [...engine.kb.companies.values()];

  it('never draw two texts over each other, for every company at one step and the busiest at two', () => {
    const problems: string[] = [];
    let drawn = 0;
    const busiest = [...companies]
      .sort((a, b) => engine.kb.dealsOf(b.id).length - engine.kb.dealsOf(a.id).length)
      .slice(0, 8);
    const cases = [
      ...companies.map((c) => [c, 1] as const),
      ...busiest.map((c) => [c, 2] as const),
      ...busiest.slice(0, 3).map((c) => [c, 3] as const),
    ];
    for (const [company, depth] of cases) {
      const svg = svgOf(graphAnswer(engine, company.id, depth, 'en').image);
      if (!svg) continue;
      drawn++;
      for (const [a, b] of overlaps(textBoxes(svg)))
        problems.push(`${company.name} (${depth}): "${a}" × "${b}"`);
    }
    expect(drawn).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });

  it('draw at most 12 companies besides the one asked about, and say how many more there are', () => {
    const graph = moneyGraph(engine.kb);
    const openai = graph.groupOf('openai');
    const hood = neighbourhood(graph, openai, 1);
    expect(hood.nodes.length).toBeGreaterThan(MAX_DRAWN + 1);
    const { hood: drawn, omitted } = cropNeighbourhood(hood);
    expect(drawn.nodes.length).toBe(MAX_DRAWN + 1);
    expect(drawn.nodes.length + omitted.length).toBe(hood.nodes.length);
    expect(drawn.nodes.map((n) => n.id)).toContain(openai);
    // Only flows among the drawn companies.
    const kept = new Set(drawn.nodes.map((n) => n.id));
    expect(drawn.flows.every((f) => kept.has(f.from) && kept.has(f.to))).toBe(true);

    const image = graphAnswer(engine, 'OpenAI', 1, 'en').image!;
    const svg = image.svg();
    const boxes = [...svg.matchAll(/<rect [^>]*rx="8"/g)].length;
    expect(boxes).toBe(MAX_DRAWN + 1);
    const texts = textBoxes(svg).map((b) => b.text);
    expect(texts).toContain(
      texts.find((t) => t.startsWith(`+${omitted.length} more, in the text: ${omitted[0]!.name}`)),
    );
    // The alt text Discord shows, and the picture's own title, name what it leaves out.
    expect(image.alt).toContain(`${omitted.length} more companies (${omitted[0]!.name}`);
    expect(svg).toMatch(new RegExp(`<title>[^<]*${omitted.length} more companies \\(${omitted[0]!.name}`));
  });

  it('keep the companies with the most money to the one asked about', () => {
    const graph = moneyGraph(engine.kb);
    const hood = neighbourhood(graph, graph.groupOf('openai'), 1);
    const { hood: drawn, omitted } = cropNeighbourhood(hood);
    const withCentre = (id: string) =>
      hood.flows
        .filter((f) => (f.from === id || f.to === id) && (f.from === hood.centre || f.to === hood.centre))
        .reduce((s, f) => s + (f.amount ?? (f.whole ?? 0) / f.pairs), 0);
    const leastKept = Math.min(...drawn.nodes.filter((n) => n.level > 0).map((n) => withCentre(n.id)));
    const mostLeft = Math.max(...omitted.map((n) => withCentre(n.id)));
    expect(leastKept).toBeGreaterThanOrEqual(mostLeft);
  });

  it('draw nothing a phone cannot read: text at least 11 px and arrows at least 1.5 px at 400 px wide', () => {
    for (const name of ['OpenAI', 'Anthropic', 'NVIDIA', 'Microsoft']) {
      for (const svg of [
        loopsAnswer(engine, name, 'en').image?.svg() ?? loopsAnswer(engine, undefined, 'en').image!.svg(),
        graphAnswer(engine, name, 1, 'es').image!.svg(),
        timelineAnswer(engine, name, 'it').image!.svg(),
      ]) {
        const phone = onPhone(svg);
        expect(phone.smallestText).toBeGreaterThanOrEqual(11);
        expect(phone.thinnestArrow).toBeGreaterThanOrEqual(1.5);
      }
    }
  });
});

describe('loop pictures on the real knowledge base', () => {
  it('never draw two texts over each other, for all loops and every company with one', () => {
    const engine = realEngine();
    const problems: string[] = [];
    let drawn = 0;
    for (const company of [undefined, ...engine.kb.companies.keys()]) {
      const svg = svgOf(loopsAnswer(engine, company, 'en').image);
      if (!svg) continue;
      drawn++;
      for (const [a, b] of overlaps(textBoxes(svg))) problems.push(`${company ?? 'all'}: "${a}" × "${b}"`);
    }
    expect(drawn).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});

describe('timelines on the real knowledge base', () => {
  const engine = realEngine();

  it('never draw two texts over each other, for every company', () => {
    const problems: string[] = [];
    let drawn = 0;
    for (const company of engine.kb.companies.values()) {
      const svg = svgOf(timelineAnswer(engine, company.id, 'en').image);
      if (!svg) continue;
      drawn++;
      for (const [a, b] of overlaps(textBoxes(svg))) problems.push(`${company.name}: "${a}" × "${b}"`);
    }
    expect(drawn).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});

describe('a time axis that skips empty years', () => {
  const month = (y: number, m: number) => y * 12 + m - 1;

  it('cuts out every calendar year without a date, and keeps the rest in order', () => {
    const segments = timeSegments([month(2019, 7), month(2023, 3), month(2025, 1)], month(2026, 7));
    expect(segments).toEqual([
      { start: month(2019, 6), end: month(2020, 1) },
      { start: month(2023, 1), end: month(2024, 1) },
      { start: month(2025, 1), end: month(2026, 7) + 0.5 },
    ]);
    expect(skippedYears(segments)).toBe('2020–2022, 2024');
    // No empty year: one piece.
    expect(timeSegments([month(2024, 10), month(2025, 6)], month(2026, 7))).toHaveLength(1);
  });

  it('draws a break, names the skipped years and labels no empty year, on every real timeline with a gap', () => {
    const engine = realEngine();
    const asOfYear = Number(engine.kb.meta.asOf.slice(0, 4));
    let gaps = 0;
    let plain = 0;
    for (const company of engine.kb.companies.values()) {
      const data = timelineData(engine.kb, company.id, catalogs.en);
      const dates = [...data.points, ...data.valuations].map((p) => Number(p.date.slice(0, 4)));
      if (dates.length === 0) continue;
      const years = new Set([...dates, asOfYear]);
      const empty: number[] = [];
      for (let y = Math.min(...dates); y <= asOfYear; y++) if (!years.has(y)) empty.push(y);
      const svg = timelineAnswer(engine, company.id, 'en').image!.svg();
      const ticks = textBoxes(svg).map((b) => b.text);
      if (empty.length > 0) {
        gaps++;
        expect(svg).toContain('No deals in');
        expect(timelineAnswer(engine, company.id, 'en').image!.alt).toContain('No deals in');
        expect(ticks).toContain('// years with no deals left out');
        for (const y of empty) expect(ticks.filter((l) => l === `${y}` || l.endsWith(` ${y}`))).toEqual([]);
      } else {
        plain++;
        expect(svg).not.toContain('No deals in');
      }
    }
    expect(gaps).toBeGreaterThan(0);
    expect(plain).toBeGreaterThan(0);
  });
});
