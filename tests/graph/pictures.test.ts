import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { AnswerImage } from '../../src/answers/model.js';
import { graphAnswer, loopsAnswer, timelineAnswer } from '../../src/graph/answers.js';
import { textWidth } from '../../src/graph/fonts.js';
import { logTicks, tickLabel, timeTicks } from '../../src/graph/timeline.js';
import { catalogs } from '../../src/i18n/index.js';
import { fixtureEngine, realEngine } from '../helpers.js';

const en = catalogs.en;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function image(answer: { image?: AnswerImage }): AnswerImage {
  if (!answer.image) throw new Error('the answer has no picture');
  return answer.image;
}

/** Reads the PNG's IHDR and decodes its pixels; returns what a person would check. */
function inspect(png: Buffer) {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const header = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  const decoded = PNG.sync.read(png);
  expect({ width: decoded.width, height: decoded.height }).toEqual(header);
  const { data } = decoded;
  let sum = 0;
  let sumSq = 0;
  const colours = new Set<number>();
  let bright = 0;
  const pixels = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const lum = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
    sum += lum;
    sumSq += lum * lum;
    if (lum > 180) bright++;
    if (i % 64 === 0) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  }
  const mean = sum / pixels;
  return {
    ...header,
    mean,
    stdDev: Math.sqrt(sumSq / pixels - mean * mean),
    colours: colours.size,
    brightShare: bright / pixels,
    corner: [data[0], data[1], data[2], data[3]],
  };
}

describe('the PNG pictures', () => {
  const engine = realEngine();

  it('/graph OpenAI: a PNG of the phone-sized canvas drawn at 1.5×, that decodes, opaque dark background, and plenty drawn on it', () => {
    const answer = graphAnswer(engine, 'OpenAI', 1, 'en');
    const picture = inspect(image(answer).png());
    expect([picture.width, picture.height]).toEqual([1200, 1500]);
    expect([image(answer).width, image(answer).height]).toEqual([1200, 1500]);
    expect(picture.corner).toEqual([0x1e, 0x1f, 0x22, 255]);
    expect(picture.stdDev).toBeGreaterThan(15);
    expect(picture.colours).toBeGreaterThan(100);
    expect(picture.brightShare).toBeGreaterThan(0.005);
  });

  it('/loops and /timeline decode and are not blank either', () => {
    for (const answer of [
      loopsAnswer(engine),
      loopsAnswer(engine, 'Amazon'),
      timelineAnswer(engine, 'Anthropic'),
    ]) {
      const img = image(answer);
      const picture = inspect(img.png());
      expect([picture.width, picture.height]).toEqual([img.width, img.height]);
      expect(picture.stdDev).toBeGreaterThan(15);
      expect(picture.colours).toBeGreaterThan(50);
    }
  });

  it('keeps the text answer of 40 companies at two steps, and draws every box inside the picture', () => {
    const answer = graphAnswer(engine, 'OpenAI', 2, 'en');
    const svg = image(answer).svg();
    expect(answer.lead?.parts.join('')).toMatch(/^40 companies/);
    expect(svg).toMatch(/^<svg [^>]*width="800" height="1000"/);
    for (const m of svg.matchAll(/<rect x="(-?[\d.]+)" y="(-?[\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
      const [x, y, w, h] = m.slice(1).map(Number) as [number, number, number, number];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(800);
      expect(y + h).toBeLessThanOrEqual(1000);
    }
  });

  it('draws up-to amounts dashed and reported ones dotted, with short amount labels and a legend', () => {
    const svg = image(graphAnswer(engine, 'Anthropic', 1)).svg();
    expect(svg).toMatch(/stroke-dasharray="\d+(\.\d+)? \d/);
    expect(svg).toMatch(/stroke-dasharray="0\.01 /);
    expect(svg).toContain('>up to $25B<');
    expect(svg).toContain('>&gt;$100B<');
    expect(svg).toContain('>investment<');
    expect(svg).toContain('>as of 5 Jul 2026<');
  });
});

describe('SVG snapshots of the fixture knowledge base', () => {
  const engine = fixtureEngine();

  it('are the same on every run and match the stored files', async () => {
    const graph = image(graphAnswer(engine, 'Alpha', 2));
    const loops = image(loopsAnswer(engine));
    const timeline = image(timelineAnswer(engine, 'Beta AI'));
    expect(image(graphAnswer(engine, 'Alpha', 2)).svg()).toBe(graph.svg());
    await expect(graph.svg()).toMatchFileSnapshot('./__snapshots__/graph-alpha-2.svg');
    await expect(loops.svg()).toMatchFileSnapshot('./__snapshots__/loops-all.svg');
    await expect(timeline.svg()).toMatchFileSnapshot('./__snapshots__/timeline-beta-ai.svg');
  });

  it('use the packaged font and nothing from outside', () => {
    const svg = image(graphAnswer(engine, 'Alpha', 1)).svg();
    expect(svg).toContain('font-family="DejaVu Sans Condensed"');
    expect(svg).not.toMatch(/href=|<image|url\(/);
    expect(textWidth('Alpha', 20, 'bold')).toBeGreaterThan(textWidth('Alpha', 20));
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
  });
});

describe('the timeline scale', () => {
  it('labels powers of ten from millions to trillions', () => {
    expect(logTicks([5e6, 3e11]).map((t) => tickLabel(t, 'USD', en))).toEqual([
      '$1M',
      '$10M',
      '$100M',
      '$1B',
      '$10B',
      '$100B',
      '$1T',
    ]);
    expect(logTicks([1.4e12, 2e9]).map((t) => tickLabel(t, 'USD', en))).toEqual([
      '$1B',
      '$10B',
      '$100B',
      '$1T',
      '$10T',
    ]);
  });

  it('spans at least three decades, even for one amount', () => {
    expect(logTicks([38e9]).map((t) => tickLabel(t, 'USD', en))).toEqual(['$1B', '$10B', '$100B', '$1T']);
    expect(logTicks([2e6]).map((t) => tickLabel(t, 'USD', en))).toEqual(['$1M', '$10M', '$100M', '$1B']);
  });

  it('puts the ticks on the chart and every amount between them', () => {
    const svg = image(timelineAnswer(realEngine(), 'OpenAI')).svg();
    for (const label of ['$1B', '$10B', '$100B', '$1T']) expect(svg).toContain(`>${label}</text>`);
  });

  it('marks time in years, half years or quarters depending on the span', () => {
    const month = (y: number, m: number) => y * 12 + m - 1;
    expect(timeTicks(month(2019, 1), month(2026, 5), en).map((t) => t.label)).toContain('2024');
    expect(timeTicks(month(2025, 1), month(2026, 5), en).map((t) => t.label)).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
      'Jan 2026',
      'Apr 2026',
    ]);
  });
});
