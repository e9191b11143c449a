/**
 * SVG → PNG in-process with resvg (a Rust renderer shipped as a prebuilt binary inside an npm package),
 * with the fonts of `fonts.ts` only: no system font is looked at, so every machine draws the same pixels.
 * `svgToPngAsync` renders on libuv's thread pool, so a transport can draw without blocking the event loop.
 */
import type * as ResvgModule from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { whenUsed } from '../whenUsed.js';
import { FONT_FAMILY, FONT_FILES } from './fonts.js';

const resvg = whenUsed<typeof ResvgModule>('@resvg/resvg-js');

/** The PNG is drawn at 1.5× the SVG's size: crisp when a phone zooms in, still small to upload. */
export const PNG_SCALE = 1.5;

function options(svg: string, scale: number): ResvgRenderOptions {
  const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
  return {
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    ...(width > 0 && { fitTo: { mode: 'width' as const, value: Math.round(width * scale) } }),
    shapeRendering: 2,
    textRendering: 1,
  };
}

export function svgToPng(svg: string, scale = PNG_SCALE): Buffer {
  return new (resvg().Resvg)(svg, options(svg, scale)).render().asPng();
}

export async function svgToPngAsync(svg: string, scale = PNG_SCALE): Promise<Buffer> {
  return (await resvg().renderAsync(svg, options(svg, scale))).asPng();
}
