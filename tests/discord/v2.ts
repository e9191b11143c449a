/**
 * Reading a Components V2 message in tests, whether it is the renderer's `DiscordMessage` or the JSON the
 * stand-in stored: its text displays in order, its title, footer, controls and picture.
 */
import { ComponentType } from 'discord-api-types/v10';

/** Any component tree: the renderer's typed one or the wire's plain JSON. */
type Tree = { components?: unknown } | readonly unknown[] | undefined;

interface Node {
  type: number;
  content?: string;
  components?: unknown[];
  accessory?: unknown;
  custom_id?: string;
  url?: string;
  label?: string;
  options?: { label: string; value: string }[];
  items?: { media: { url: string }; description?: string }[];
  disabled?: boolean;
}

/** Every component, depth first, in reading order (a section's text before its accessory). */
export function allComponents(message: Tree): Node[] {
  const out: Node[] = [];
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const c of list as Node[]) {
      out.push(c);
      walk(c.components);
      if (c.accessory) walk([c.accessory]);
    }
  };
  walk(Array.isArray(message) ? message : (message as { components?: unknown } | undefined)?.components);
  return out;
}

/** The text displays' contents joined by newlines: what a reader sees, in markdown. */
export function messageText(message: Tree): string {
  return allComponents(message)
    .filter((c) => c.type === ComponentType.TextDisplay)
    .map((c) => c.content ?? '')
    .join('\n');
}

/** The same text without markdown marks and escapes, for assertions on words and figures. */
export function plainText(message: Tree): string {
  return messageText(message)
    .replace(/\[([^\]]*)\]\(<[^>]*>\)/g, '$1')
    .replace(/\*\*|^#+ |^-# /gm, '')
    .replace(/\\([^\w\s])/g, '$1');
}

/** The title: the first text display's "### " heading. */
export function titleOf(message: Tree): string | undefined {
  const first = allComponents(message).find((c) => c.type === ComponentType.TextDisplay)?.content ?? '';
  const heading = /^### (.*)$/m.exec(first)?.[1];
  return heading?.replace(/\\([^\w\s])/g, '$1');
}

/** The small print at the bottom: "Knowledge base as of … · page 1/3". */
export function footerOf(message: Tree): string | undefined {
  const texts = allComponents(message).filter((c) => c.type === ComponentType.TextDisplay);
  const last = texts[texts.length - 1]?.content ?? '';
  return last.startsWith('-# ') ? last.slice(3).replace(/\\([^\w\s])/g, '$1') : undefined;
}

/** The custom ids of the message's buttons and menus, in order. */
export function customIds(message: Tree): string[] {
  return allComponents(message).flatMap((c) => (c.custom_id ? [c.custom_id] : []));
}

/** The link buttons' addresses (each deal line's best source). */
export function linkUrls(message: Tree): string[] {
  return allComponents(message).flatMap((c) => (c.type === ComponentType.Button && c.url ? [c.url] : []));
}

/** The options of the select menu whose id starts with `prefix`. */
export function menuOptions(message: Tree, prefix: string): { label: string; value: string }[] {
  const menu = allComponents(message).find(
    (c) => c.type === ComponentType.StringSelect && c.custom_id?.startsWith(prefix),
  );
  return menu?.options ?? [];
}

/** The media gallery's first picture address (`attachment://…`), if any. */
export function pictureUrl(message: Tree): string | undefined {
  return allComponents(message).find((c) => c.type === ComponentType.MediaGallery)?.items?.[0]?.media.url;
}

/** The total pages from the footer ("page 2/5" → 5), 1 when there is no page count. */
export function pageCount(message: Tree): number {
  return Number(footerOf(message)?.match(/page \d+\/(\d+)/)?.[1] ?? 1);
}
