/**
 * A picture attached to an answer (`Answer.image`). Drawing is lazy and done once: nothing is rendered
 * until a transport asks for the PNG (a page or Sources button reruns the command without ever drawing).
 */
import type { AnswerImage } from '../answers/model.js';
import { PNG_SCALE, svgToPng, svgToPngAsync } from './render.js';

export function lazyImage(
  name: string,
  alt: string,
  size: { width: number; height: number },
  draw: () => string,
): AnswerImage {
  let svg: string | undefined;
  let png: Buffer | undefined;
  let pending: Promise<Buffer> | undefined;
  const image: AnswerImage = {
    name: safeFileName(name),
    alt: alt.length > 1000 ? `${alt.slice(0, 999)}…` : alt,
    width: Math.round(size.width * PNG_SCALE),
    height: Math.round(size.height * PNG_SCALE),
    svg: () => {
      svg ??= draw();
      return svg;
    },
    png: () => {
      png ??= svgToPng(image.svg());
      return png;
    },
    pngAsync: () => {
      if (png) return Promise.resolve(png);
      pending ??= svgToPngAsync(image.svg()).then((buffer) => {
        png = buffer;
        return buffer;
      });
      return pending;
    },
  };
  return image;
}

export function safeFileName(name: string): string {
  const clean = name
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-(?=\.)/g, '');
  return clean.endsWith('.png') ? clean : `${clean}.png`;
}
