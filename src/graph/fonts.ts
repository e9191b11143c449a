/**
 * The pictures' fonts: DejaVu Sans Condensed, from the `dejavu-fonts-ttf` npm package, so a picture renders
 * the same on every machine (resvg is told not to look at system fonts). Text is measured from the TTF's own
 * advance widths, so the layout knows how wide a label is without a browser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FAMILY = 'DejaVu Sans Condensed';

export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
} as const;

export type Weight = keyof typeof FONT_FILES;

interface Metrics {
  unitsPerEm: number;
  advances: Uint16Array;
  glyphOf(codePoint: number): number;
}

const metrics = new Map<Weight, Metrics>();
const widthCache = new Map<string, number>();

/** The width of `text` set at `size` px, in px (kerning ignored: within a few percent). */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
  const key = `${weight}\u0000${text}`;
  let units = widthCache.get(key);
  if (units === undefined) {
    const m = fontMetrics(weight);
    units = 0;
    for (const ch of text) {
      const glyph = m.glyphOf(ch.codePointAt(0) ?? 0);
      units += m.advances[Math.min(glyph, m.advances.length - 1)] ?? 0;
    }
    units /= m.unitsPerEm;
    if (widthCache.size > 5000) widthCache.clear();
    widthCache.set(key, units);
  }
  return units * size;
}

function fontMetrics(weight: Weight): Metrics {
  let m = metrics.get(weight);
  if (!m) {
    m = parseMetrics(readFileSync(FONT_FILES[weight]));
    metrics.set(weight, m);
  }
  return m;
}

/** Reads head, hhea, hmtx and a Unicode cmap (format 4 or 12) from a TrueType file. */
export function parseMetrics(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    tables.set(font.toString('latin1', at, at + 4), font.readUInt32BE(at + 8));
  }
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const hMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advances = new Uint16Array(hMetrics);
  for (let i = 0; i < hMetrics; i++) advances[i] = font.readUInt16BE(hmtx + i * 4);

  const cmap = table('cmap');
  let best: { offset: number; format: number } | undefined;
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = font.readUInt16BE(cmap + 4 + i * 8);
    const encoding = font.readUInt16BE(cmap + 6 + i * 8);
    const offset = cmap + font.readUInt32BE(cmap + 8 + i * 8);
    const format = font.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format === 4)) best = { offset, format };
  }
  if (!best) throw new Error('font has no Unicode cmap');
  const { offset, format } = best;

  if (format === 12) {
    const groups = font.readUInt32BE(offset + 12);
    return {
      unitsPerEm,
      advances,
      glyphOf(cp) {
        let lo = 0;
        let hi = groups - 1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const at = offset + 16 + mid * 12;
          const start = font.readUInt32BE(at);
          const end = font.readUInt32BE(at + 4);
          if (cp < start) hi = mid - 1;
          else if (cp > end) lo = mid + 1;
          else return font.readUInt32BE(at + 8) + (cp - start);
        }
        return 0;
      },
    };
  }

  const segments = font.readUInt16BE(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  return {
    unitsPerEm,
    advances,
    glyphOf(cp) {
      if (cp > 0xffff) return 0;
      for (let i = 0; i < segments; i++) {
        if (cp > font.readUInt16BE(ends + i * 2)) continue;
        const start = font.readUInt16BE(starts + i * 2);
        if (cp < start) return 0;
        const delta = font.readInt16BE(deltas + i * 2);
        const range = font.readUInt16BE(ranges + i * 2);
        if (range === 0) return (cp + delta) & 0xffff;
        const glyph = font.readUInt16BE(ranges + i * 2 + range + (cp - start) * 2);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    },
  };
}
