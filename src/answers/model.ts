import type { CommandCall } from '../i18n/commandText.js';
import type { CommandName } from '../i18n/index.js';

/**
 * What an answer is, independent of where it is shown: renderers turn this into Discord embeds or
 * console text and know nothing of deals; answers know nothing of Discord.
 */

/** A run of text, or a numbered citation to be rendered as "[n]" (a link where the medium allows). */
export type Inline = string | { cite: number };

export type Tone = 'plain' | 'muted' | 'warning' | 'strong';

export interface Line {
  /** A short name for what the line states ("Amount"), shown in bold where the medium allows. */
  label?: string;
  parts: Inline[];
  tone?: Tone;
}

export interface Block {
  heading?: string;
  /** A short label shown beside the heading, e.g. the deal's status. */
  badge?: string;
  lines: Line[];
  /**
   * The block in one line (what, amount with qualifier, status, date, one citation), shown instead of its
   * lines on a first screen; blocks without one are short enough to show whole.
   */
  summary?: Line;
  /** The deal this block describes, so a transport can offer its full card on demand. */
  dealId?: string;
}

export interface CitationView {
  n: number;
  sourceId: string;
  publisher: string;
  /** Absent for a page seen only as a link quoted in another page (`quotedIn` names that page's publisher). */
  title?: string;
  quotedIn?: string;
  date?: string;
  language: string;
  tier: string;
  url?: string;
  /** For seed articles without a public address. */
  seed?: string;
  relays?: string;
}

/** Declared beside commandText, which writes it; answers build it with call(). */
export type { CommandCall } from '../i18n/commandText.js';

export function call(
  name: CommandName,
  options: Record<string, string | number | undefined> = {},
): CommandCall {
  const set = Object.entries(options).filter((e): e is [string, string | number] => e[1] !== undefined);
  return { name, options: Object.fromEntries(set) };
}

/** Whether two calls run the same command with the same options. */
export function sameCall(a: CommandCall, b: CommandCall): boolean {
  const keys = Object.keys(a.options);
  return (
    a.name === b.name &&
    keys.length === Object.keys(b.options).length &&
    keys.every((k) => a.options[k] === b.options[k])
  );
}

/** A command the user could run next. */
export interface Suggestion {
  label: string;
  command: CommandCall;
  /** The company id this suggestion stands for, when it replaces a name that did not resolve. */
  value?: string;
}

/** A picture that goes with an answer, drawn only when a transport asks for it (src/graph/image.ts). */
export interface AnswerImage {
  /** Attachment file name: lowercase letters, digits, dashes and dots, ending in .png. */
  name: string;
  /** What the picture shows, in a sentence: the attachment's description (alt text). */
  alt: string;
  /** PNG size in pixels. */
  width: number;
  height: number;
  svg(): string;
  /** Draws on the calling thread (0.1–0.5 s): console and tests. */
  png(): Buffer;
  /** Draws on libuv's thread pool: the Discord transports, which must not block the event loop. */
  pngAsync(): Promise<Buffer>;
}

export type AnswerStatus = 'ok' | 'empty' | 'not-found' | 'ambiguous' | 'invalid';

export interface Answer {
  status: AnswerStatus;
  title: string;
  /** The first sentence: the answer itself, or how the question was read and what was found. */
  lead?: Line;
  /**
   * How far the deals behind the answer (every one it sums, shown or not) stand on the parties' own word:
   * all confirmed (announced, signed, closed, with an amount the parties stated), none (talks, press
   * reports, amounts only the press or analysts give), or a mix. Transports may colour the answer by it.
   */
  certainty?: 'confirmed' | 'mixed' | 'unconfirmed';
  /** Up to three lines with the key figures behind the lead; together with it, the answer's headline. */
  highlights?: Line[];
  blocks: Block[];
  citations: CitationView[];
  /** The knowledge base's as-of date, for the footer. */
  asOf: string;
  suggestions?: Suggestion[];
  /**
   * Option values that reproduce this answer exactly (company ids instead of what was typed), so a
   * transport can rerun it later from a button's id: page buttons keep working after a restart.
   */
  canonical?: Record<string, string | number>;
  /** A picture drawn from the same data (the money graph, loops, a timeline). */
  image?: AnswerImage;
}

export function line(...parts: Inline[]): Line {
  return { parts };
}

export function toned(tone: Tone, ...parts: Inline[]): Line {
  return { parts, tone };
}

export function labelled(label: string, ...parts: Inline[]): Line {
  return { label, parts };
}

/** The citations some lines refer to, in number order: what a renderer lists under what it showed. */
export function citedIn(lines: readonly Line[], citations: readonly CitationView[]): CitationView[] {
  const numbers = new Set<number>();
  for (const l of lines) for (const p of l.parts) if (typeof p !== 'string') numbers.add(p.cite);
  return citations.filter((c) => numbers.has(c.n));
}
