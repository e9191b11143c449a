/**
 * Answers as Discord messages in Components V2: a container coloured by how certain the answer is, the
 * headline first, then one line per deal with a link button to its best source, a menu that opens any
 * deal's full card privately, page and Sources buttons, and the picture in a media gallery. Every limit
 * Discord sets on such a message (40 components, 4,000 characters of text, ids, labels, options) is kept
 * here, by construction, and nowhere else.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInContainer,
  type APIComponentInMessageActionRow,
  type APIContainerComponent,
  type APIMessageTopLevelComponent,
  type APIStringSelectComponent,
  type APITextDisplayComponent,
  ButtonStyle,
  ComponentType,
  MessageFlags,
  SeparatorSpacingSize,
} from 'discord-api-types/v10';
import {
  type Answer,
  type AnswerImage,
  type Block,
  type CitationView,
  citedIn,
  type Inline,
  type Line,
} from '../answers/model.js';
import { type Catalog, commandText } from '../i18n/index.js';
import { escapeMarkdown, maskedLink, neutralizeMentions, truncate } from './markdown.js';
import { citationDetails } from './text.js';

export const LIMITS = {
  components: 40,
  text: 4000,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectLabel: 100,
  selectDescription: 100,
  actionRows: 5,
  rowButtons: 5,
  attachmentDescription: 1024,
  galleryDescription: 1024,
} as const;

/** Text kept per page below Discord's 4,000 so that a page stays readable on a phone. */
const PAGE_TEXT = 3000;
/** Components a page may spend on its entries: 40 less the frame (see `FRAME_COMPONENTS`). */
const FRAME_COMPONENTS =
  1 + // container
  2 + // header text and the separator under it
  2 + // separator and footer text
  1 + // media gallery
  2 + // card menu row and its menu
  4 + // button row: previous, next, sources
  2; // did-you-mean row and its menu
const ENTRY_COMPONENTS = LIMITS.components - FRAME_COMPONENTS;
/** Text a full card keeps for the list of its sources under it (the rest is one Sources button away). */
const CARD_SOURCES_TEXT = 900;

const ACCENT: Record<NonNullable<Answer['certainty']> | 'empty' | 'problem', number> = {
  confirmed: 0x57f287,
  mixed: 0x5865f2,
  unconfirmed: 0xfee75c,
  empty: 0x99aab5,
  problem: 0xed4245,
};

/** A file to upload with a message (multipart); drawn on demand. */
export interface MessageFile {
  name: string;
  description: string;
  data(): Promise<Buffer>;
}

/** A message body in Components V2: no `content`, no `embeds`; the flags always carry IS_COMPONENTS_V2. */
export interface DiscordMessage {
  components: APIMessageTopLevelComponent[];
  allowed_mentions: { parse: [] };
  flags: number;
  /** Files to upload with the message; never part of a JSON body. */
  files?: MessageFile[];
}

/** Where the controls of a rendered answer lead: the transport owns the id format, the renderer its limits. */
export interface ControlIds {
  page(page: number): string | undefined;
  sources(page: number): string | undefined;
  /** The menu that opens one deal's full card; each option's value is the deal's id. */
  card?: string | undefined;
  /** For did-you-mean menus: the id of the select and the value each suggestion stands for. */
  pick?: { id: string; values: string[] };
}

export interface RenderOptions {
  page: number;
  ephemeral: boolean;
  ids: ControlIds;
  /** The language of the reader. */
  t: Catalog;
  /** Every block written whole (a deal's full card), rather than one line per deal. */
  full?: boolean;
  /** The picture, shown in a media gallery as `attachment://<name>`; the transport uploads the file. */
  image?: AnswerImage | undefined;
}

/** One thing on a page: a deal's line (with its source link when it has one) or a block written whole. */
interface Entry {
  /** Which of the answer's blocks this is. */
  index: number;
  text: string;
  /** The best source of a deal's line, for its link button. */
  url?: string;
  dealId?: string;
  /** The line in plain words for the card menu. */
  label?: string;
}

const V2 = MessageFlags.IsComponentsV2;

/** An answer's entries in order: a block with a one-line summary is that line, any other block is whole. */
function entriesOf(answer: Answer, full = false): Entry[] {
  return answer.blocks.map((block, index) => {
    // A full card numbers its citations and lists them under it: a link per mark would eat the page.
    if (full) return { index, text: truncate(blockMarkdown(block, []), PAGE_TEXT - 1000) };
    if (!block.summary)
      return { index, text: truncate(blockMarkdown(block, answer.citations), PAGE_TEXT - 600) };
    const url = firstUrl(block.summary, answer.citations);
    const text = lineMarkdown(block.summary, answer.citations, url !== undefined);
    return {
      index,
      text: `- ${text}`,
      ...(url && { url }),
      ...(block.dealId && { dealId: block.dealId }),
      label: plainLine(block.summary),
    };
  });
}

/** Splits the entries into pages within the text and component budgets. */
export function paginate(answer: Answer, full = false): Entry[][] {
  const pages: Entry[][] = [[]];
  let text = 0;
  let components = 0;
  // A full card keeps room for the list of its sources under it.
  const room = PAGE_TEXT - headerText(answer).length - (full ? CARD_SOURCES_TEXT : 0);
  for (const entry of entriesOf(answer, full)) {
    const cost = entry.url ? 3 : 1;
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && (text + entry.text.length + 1 > room || components + cost > ENTRY_COMPONENTS)) {
      pages.push([entry]);
      text = entry.text.length + 1;
      components = cost;
    } else {
      current.push(entry);
      text += entry.text.length + 1;
      components += cost;
    }
  }
  return pages;
}

export function renderAnswer(answer: Answer, options: RenderOptions): DiscordMessage {
  const { t } = options;
  const pages = paginate(answer, options.full);
  const index = Math.min(Math.max(options.page, 0), pages.length - 1);
  const page = pages[index]!;

  const inside: APIComponentInContainer[] = [text(truncate(headerText(answer), PAGE_TEXT))];
  if (page.length > 0) inside.push(separator(true));
  // Lines without a link button share one text display: fewer components, the same reading.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) inside.push(text(run.join('\n')));
    run = [];
  };
  for (const entry of page) {
    if (!entry.url) {
      run.push(entry.text);
      continue;
    }
    flush();
    inside.push({
      type: ComponentType.Section,
      components: [text(entry.text)],
      accessory: {
        type: ComponentType.Button,
        style: ButtonStyle.Link,
        label: truncate(t.render.sourceLink, LIMITS.buttonLabel),
        url: entry.url,
      },
    });
  }
  flush();
  if (options.full) {
    const cited = citedOn(
      page.map((e) => answer.blocks[e.index]!),
      answer,
    );
    const list = cited.map(
      (c) =>
        `-# **[${c.n}]** ${c.url ? maskedLink(escapeMarkdown(c.publisher), c.url) : escapeMarkdown(c.publisher)}`,
    );
    const more = (n: number) => `-# ${escapeMarkdown(t.render.moreSources(n))}`;
    if (list.length > 0) inside.push(text(wholeLines(list, CARD_SOURCES_TEXT, more)));
  }
  if (options.image && index === 0) {
    inside.push({
      type: ComponentType.MediaGallery,
      items: [
        {
          media: { url: `attachment://${options.image.name}` },
          description: options.image.alt.slice(0, LIMITS.galleryDescription),
        },
      ],
    });
  }
  const later = pages.slice(index + 1).reduce((n, p) => n + p.length, 0);
  const footer = [
    t.render.asOf(answer.asOf),
    ...(pages.length > 1 ? [t.render.page(index + 1, pages.length)] : []),
    ...(later > 0 ? [t.render.moreOnPages(later)] : []),
  ].join(' · ');
  inside.push(separator(false), text(`-# ${escapeMarkdown(footer)}`));

  const container: APIContainerComponent = {
    type: ComponentType.Container,
    accent_color: accentOf(answer),
    components: inside,
  };
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  const card = cardMenu(page, options.ids.card, t);
  if (card) rows.push(row([card]));
  const buttons: APIButtonComponent[] = [];
  if (pages.length > 1) {
    pushButton(buttons, t.render.previous, options.ids.page(index - 1), index === 0);
    pushButton(buttons, t.render.next, options.ids.page(index + 1), index === pages.length - 1);
  }
  if (answer.citations.length > 0) pushButton(buttons, t.render.sources, options.ids.sources(index), false);
  if (buttons.length > 0) rows.push(row(buttons));
  const menu = options.ids.pick && pickMenu(answer, options.ids.pick, t);
  if (menu) rows.push(row([menu]));

  return {
    components: [container, ...rows.slice(0, LIMITS.actionRows)],
    allowed_mentions: { parse: [] },
    flags: V2 | (options.ephemeral ? MessageFlags.Ephemeral : 0),
  };
}

/**
 * The sources behind one page of an answer, for the private "Sources" reply: every citation of the page's
 * deals (their full cards cite more than their one line), best tier first as the answer numbered them.
 */
export function renderSources(answer: Answer, page: number, t: Catalog): DiscordMessage {
  const pages = paginate(answer);
  const onPage = new Set((pages[Math.min(Math.max(page, 0), pages.length - 1)] ?? []).map((e) => e.index));
  const blocks = answer.blocks.filter((_, i) => onPage.has(i));
  const cited = citedOn(blocks, answer);
  const lines = cited.map((c) => citationMarkdown(c, t));
  const title = `### ${escapeMarkdown(t.render.sourcesTitle(answer.title))}`;
  const footer = `-# ${escapeMarkdown(t.render.sourcesFooter(answer.asOf))}`;
  const room = PAGE_TEXT - title.length - footer.length - 2;
  const body = wholeLines(lines, room, (n) => escapeMarkdown(t.render.moreSources(n)));
  return privateText(`${title}\n${body || escapeMarkdown(t.render.noSourcesOnPage)}\n${footer}`);
}

/**
 * As many whole lines as fit in `room` characters, then `more(n)` for the n left out: a list of citations
 * is never cut inside one, so no [n] in the text loses half its source. The last line needs no room for
 * `more`; if not even one line fits, only `more` is said.
 */
function wholeLines(lines: readonly string[], room: number, more: (n: number) => string): string {
  let body = '';
  for (const [i, line] of lines.entries()) {
    const last = i === lines.length - 1;
    const tail = last ? '' : `\n${more(lines.length - i - 1)}`;
    if (body.length + (body ? 1 : 0) + line.length + tail.length > room) {
      const rest = more(lines.length - i);
      return body ? `${body}\n${rest}` : rest;
    }
    body += `${body ? '\n' : ''}${line}`;
  }
  return body;
}

/** A short private message for failures: never a stack, never a ping. */
export function renderNotice(message: string): DiscordMessage {
  return privateText(escapeMarkdown(message));
}

function privateText(markdown: string): DiscordMessage {
  return {
    components: [text(truncate(markdown, PAGE_TEXT))],
    allowed_mentions: { parse: [] },
    flags: V2 | MessageFlags.Ephemeral,
  };
}

function accentOf(answer: Answer): number {
  if (answer.status === 'invalid' || answer.status === 'not-found' || answer.status === 'ambiguous')
    return ACCENT.problem;
  if (answer.status === 'empty') return ACCENT.empty;
  return ACCENT[answer.certainty ?? 'mixed'];
}

/** Title and headline: the first thing read, on every page. */
function headerText(answer: Answer): string {
  const lines = [`### ${escapeMarkdown(answer.title)}`];
  if (answer.lead) lines.push(lineMarkdown(answer.lead, answer.citations));
  for (const l of answer.highlights ?? []) lines.push(lineMarkdown(l, answer.citations));
  return lines.join('\n');
}

function text(content: string): APITextDisplayComponent {
  return { type: ComponentType.TextDisplay, content: content || '\u200b' };
}

function separator(divider: boolean): APIComponentInContainer {
  return { type: ComponentType.Separator, divider, spacing: SeparatorSpacingSize.Small };
}

function row<T extends APIComponentInMessageActionRow>(
  components: T[],
): APIActionRowComponent<APIComponentInMessageActionRow> {
  return { type: ComponentType.ActionRow, components };
}

function pushButton(buttons: APIButtonComponent[], label: string, id: string | undefined, disabled: boolean) {
  if (!id || id.length > LIMITS.customId || buttons.some((b) => 'custom_id' in b && b.custom_id === id))
    return;
  buttons.push({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: truncate(label, LIMITS.buttonLabel),
    custom_id: id,
    disabled,
  });
}

/** The menu listing the page's deals; picking one opens its full card privately. */
function cardMenu(page: Entry[], id: string | undefined, t: Catalog): APIStringSelectComponent | undefined {
  if (!id || id.length > LIMITS.customId) return undefined;
  const seen = new Set<string>();
  const options = page
    .filter((e): e is Entry & { dealId: string } => e.dealId !== undefined && e.dealId.length <= 100)
    .filter((e) => !seen.has(e.dealId) && seen.add(e.dealId))
    .slice(0, LIMITS.selectOptions)
    .map((e) => ({
      label: truncate(neutralizeMentions(e.label ?? e.dealId), LIMITS.selectLabel),
      value: e.dealId,
    }));
  if (options.length === 0) return undefined;
  return {
    type: ComponentType.StringSelect,
    custom_id: id,
    placeholder: truncate(t.render.openCard, 150),
    options,
  };
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
      description: truncate(neutralizeMentions(commandText(s.command, t)), LIMITS.selectDescription),
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

/** A line in Discord markdown; `linked` drops the citation marks when a button beside the line links them. */
function lineMarkdown(l: Line, citations: CitationView[], linked = false): string {
  const text = l.parts
    .map((p) => (linked && typeof p !== 'string' ? '' : inlineMarkdown(p, citations)))
    .join('')
    .trimEnd();
  const body = l.tone === 'muted' ? `*${text}*` : l.tone === 'strong' ? `**${text}**` : text;
  return l.label ? `**${escapeMarkdown(l.label)}:** ${body}` : body;
}

function plainLine(l: Line): string {
  return l.parts
    .filter((p): p is string => typeof p === 'string')
    .join('')
    .trim();
}

function inlineMarkdown(part: Inline, citations: CitationView[]): string {
  if (typeof part === 'string') return escapeMarkdown(part);
  const citation = citations[part.cite - 1];
  return citation?.url ? maskedLink(`[${part.cite}]`, citation.url) : `\\[${part.cite}\\]`;
}

function firstUrl(l: Line, citations: CitationView[]): string | undefined {
  for (const p of l.parts)
    if (typeof p !== 'string' && citations[p.cite - 1]?.url) return citations[p.cite - 1]!.url;
  return undefined;
}

function citationMarkdown(c: CitationView, t: Catalog): string {
  const details = citationDetails(c, t).join(' · ');
  const link = c.url ? maskedLink(t.render.link, c.url) : escapeMarkdown(t.render.seedArticle(c.seed ?? ''));
  const title = c.title ?? t.render.quotedIn(c.quotedIn ?? '');
  return `**[${c.n}]** ${escapeMarkdown(c.publisher)} — *${escapeMarkdown(title)}* (${escapeMarkdown(details)}) ${link}`;
}

/** The citations referenced on some blocks (all their lines, and their summaries) and the headline. */
function citedOn(blocks: Block[], answer: Answer): CitationView[] {
  const lines = [
    ...blocks.flatMap((b) => (b.summary ? [...b.lines, b.summary] : b.lines)),
    ...(answer.lead ? [answer.lead] : []),
    ...(answer.highlights ?? []),
  ];
  return citedIn(lines, answer.citations);
}
