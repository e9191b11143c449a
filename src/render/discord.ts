/**
 * Answers as Discord messages: one embed per page, numbered citations as links, page and Sources buttons,
 * a "did you mean" menu. Every limit Discord sets is respected here, by construction, and nowhere else.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { Answer, Block, CitationView, Inline, Line } from '../answers/model.js';
import { type Catalog, catalog } from '../i18n/index.js';
import { escapeMarkdown, maskedLink, neutralizeMentions, truncate } from './markdown.js';

export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFooter: 2048,
  embedTotal: 6000,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectLabel: 100,
  selectDescription: 100,
  actionRows: 5,
} as const;

/** Room kept per page below Discord's 4096 so that a page stays readable on a phone. */
const PAGE_BUDGET = 3500;

const EMBED_COLOUR: Record<Answer['status'], number> = {
  ok: 0x5865f2,
  empty: 0x99aab5,
  'not-found': 0xfee75c,
  ambiguous: 0xfee75c,
  invalid: 0xed4245,
};

/** A file to upload with a message (multipart); drawn on demand. */
export interface MessageFile {
  name: string;
  description: string;
  data(): Promise<Buffer>;
}

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: { parse: [] };
  flags?: number;
  /** Files to upload with the message; never part of a JSON body. */
  files?: MessageFile[];
}

/** Where the buttons of a rendered answer lead: the transport owns the id format, the renderer its limits. */
export interface ControlIds {
  page(page: number): string | undefined;
  sources(page: number): string | undefined;
  /** For did-you-mean menus: the id of the select and the value each suggestion stands for. */
  pick?: { id: string; values: string[] };
}

export interface RenderOptions {
  page: number;
  ephemeral: boolean;
  ids: ControlIds;
  /** The language of the reader; defaults to English. */
  t?: Catalog;
}

interface PageBlock {
  block: Block;
  /** The block as it is written in the embed, computed once for both sizing and rendering. */
  markdown: string;
}

/** Splits an answer into pages of whole blocks; a page is the unit of one embed. */
export function paginate(answer: Answer): PageBlock[][] {
  const pages: PageBlock[][] = [[]];
  let used = 0;
  for (const block of answer.blocks) {
    const markdown = blockMarkdown(block, answer.citations);
    const size = markdown.length + 2;
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && used + size > PAGE_BUDGET) {
      pages.push([{ block, markdown }]);
      used = size;
    } else {
      current.push({ block, markdown });
      used += size;
    }
  }
  return pages;
}

export function renderAnswer(answer: Answer, options: RenderOptions): DiscordMessage {
  const t = options.t ?? catalog('en');
  const pages = paginate(answer);
  const index = Math.min(Math.max(options.page, 0), pages.length - 1);
  const page = pages[index]!;
  const blocks = page.map((p) => p.block);
  const footer = `${t.render.asOf(answer.asOf)}${pages.length > 1 ? ` · ${t.render.page(index + 1, pages.length)}` : ''}`;
  const title = truncate(escapeMarkdown(answer.title), LIMITS.embedTitle);
  const lead = answer.lead ? lineMarkdown(answer.lead, answer.citations) : '';
  const body = page.map((p) => p.markdown).join('\n\n');
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length);
  const description = truncate([lead, body].filter(Boolean).join('\n\n'), room) || '\u200b';

  const embed: APIEmbed = {
    title,
    description,
    color: EMBED_COLOUR[answer.status],
    footer: { text: footer },
  };
  const components: DiscordMessage['components'] = [];
  const buttons: APIButtonComponent[] = [];
  if (pages.length > 1) {
    pushButton(buttons, t.render.previous, options.ids.page(index - 1), index === 0);
    pushButton(buttons, t.render.next, options.ids.page(index + 1), index === pages.length - 1);
  }
  if (citedOn(blocks, answer).length > 0)
    pushButton(buttons, t.render.sources, options.ids.sources(index), false);
  if (buttons.length > 0) components.push({ type: ComponentType.ActionRow, components: buttons });
  const menu = options.ids.pick && pickMenu(answer, options.ids.pick, t);
  if (menu) components.push({ type: ComponentType.ActionRow, components: [menu] });

  return {
    embeds: [embed],
    components: components.slice(0, LIMITS.actionRows),
    allowed_mentions: { parse: [] },
    ...(options.ephemeral && { flags: MessageFlags.Ephemeral }),
  };
}

/** The full source list behind one page of an answer, for the private "Sources" reply. */
export function renderSources(answer: Answer, page: number, t: Catalog = catalog('en')): DiscordMessage {
  const pages = paginate(answer);
  const blocks = (pages[Math.min(Math.max(page, 0), pages.length - 1)] ?? []).map((p) => p.block);
  const cited = citedOn(blocks, answer);
  const lines = cited.map((c) => citationMarkdown(c, t));
  const title = truncate(escapeMarkdown(t.render.sourcesTitle(answer.title)), LIMITS.embedTitle);
  const footer = t.render.sourcesFooter(answer.asOf);
  const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - footer.length);
  let description = '';
  for (const [i, text] of lines.entries()) {
    const more = `\n${t.render.moreSources(lines.length - i)}`;
    if (description.length + text.length + 1 + more.length > room) {
      description += more;
      break;
    }
    description += `${description ? '\n' : ''}${text}`;
  }
  return {
    embeds: [{ title, description: description || t.render.noSourcesOnPage, footer: { text: footer } }],
    components: [],
    allowed_mentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  };
}

/** A short private message for failures: never a stack, never a ping. */
export function renderNotice(text: string): DiscordMessage {
  return {
    content: truncate(escapeMarkdown(text), LIMITS.content),
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
    flags: MessageFlags.Ephemeral,
  };
}

function pushButton(buttons: APIButtonComponent[], label: string, id: string | undefined, disabled: boolean) {
  if (!id || id.length > LIMITS.customId || buttons.some((b) => 'custom_id' in b && b.custom_id === id))
    return;
  buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: id, disabled });
}

function pickMenu(
  answer: Answer,
  pick: { id: string; values: string[] },
  t: Catalog,
): APIStringSelectComponent | undefined {
  const suggestions = answer.suggestions ?? [];
  const options = suggestions
    .map((s, i) => ({ s, value: pick.values[i] }))
    .filter(
      (x): x is { s: (typeof suggestions)[number]; value: string } =>
        x.value !== undefined && x.value.length <= 100,
    )
    .slice(0, LIMITS.selectOptions)
    .map(({ s, value }) => ({
      label: truncate(neutralizeMentions(s.label), LIMITS.selectLabel),
      value,
      description: truncate(neutralizeMentions(s.command), LIMITS.selectDescription),
    }));
  if (options.length === 0 || pick.id.length > LIMITS.customId) return undefined;
  return { type: ComponentType.StringSelect, custom_id: pick.id, placeholder: t.render.didYouMean, options };
}

function blockMarkdown(block: Block, citations: CitationView[]): string {
  const out: string[] = [];
  if (block.heading) out.push(`**${escapeMarkdown(block.heading)}**`);
  if (block.badge) out.push(`-# ${escapeMarkdown(block.badge)}`);
  for (const l of block.lines) out.push(lineMarkdown(l, citations));
  return out.join('\n');
}

function lineMarkdown(l: Line, citations: CitationView[]): string {
  const text = l.parts
    .map((p) => inlineMarkdown(p, citations))
    .join('')
    .trimEnd();
  const body = l.tone === 'muted' ? `*${text}*` : l.tone === 'strong' ? `**${text}**` : text;
  return l.label ? `**${escapeMarkdown(l.label)}:** ${body}` : body;
}

function inlineMarkdown(part: Inline, citations: CitationView[]): string {
  if (typeof part === 'string') return escapeMarkdown(part);
  const citation = citations[part.cite - 1];
  return citation?.url ? maskedLink(`[${part.cite}]`, citation.url) : `\\[${part.cite}\\]`;
}

function citationMarkdown(c: CitationView, t: Catalog): string {
  const tier = t.render.tier[c.tier as keyof Catalog['render']['tier']] ?? c.tier;
  const details = [c.date, c.language, tier, c.relays && t.render.carries(c.relays)]
    .filter(Boolean)
    .join(' · ');
  const link = c.url ? maskedLink(t.render.link, c.url) : escapeMarkdown(t.render.seedArticle(c.seed ?? ''));
  const title = c.title ?? t.render.quotedIn(c.quotedIn ?? '');
  return `**[${c.n}]** ${escapeMarkdown(c.publisher)} — *${escapeMarkdown(title)}* (${escapeMarkdown(details)}) ${link}`;
}

/** The citations referenced on some blocks, in number order. */
function citedOn(blocks: Block[], answer: Answer): CitationView[] {
  const numbers = new Set<number>();
  for (const b of blocks)
    for (const l of b.lines) for (const p of l.parts) if (typeof p !== 'string') numbers.add(p.cite);
  if (answer.lead) for (const p of answer.lead.parts) if (typeof p !== 'string') numbers.add(p.cite);
  return answer.citations.filter((c) => numbers.has(c.n));
}
