/** Discord markdown that cannot be broken or turned into a ping by the text it carries. */

/** Characters Discord reads as formatting; escaped so knowledge text and user input print as written. */
const MARKDOWN = /([\\*_~`|>#[\]()-])/g;

export function escapeMarkdown(text: string): string {
  return neutralizeMentions(text.replace(MARKDOWN, '\\$1'));
}

/**
 * Mentions are neutralised twice: allowed_mentions pings nobody, and a zero-width space stops "@everyone"
 * or "<@123>" from even rendering as one. For plain-text places too (menu labels) where markdown is not read.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@/g, '@\u200b').replace(/</g, '<\u200b');
}

/** A masked link whose URL cannot close the markdown early. */
export function maskedLink(label: string, url: string): string {
  const safe = url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return `[${label}](<${safe}>)`;
}

/** Cuts text to `max` characters at a line or word boundary, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const cut = text.lastIndexOf('\n', room);
  const at = cut > room * 0.6 ? cut : Math.max(text.lastIndexOf(' ', room), Math.floor(room * 0.6));
  return `${text.slice(0, at).trimEnd()}…`;
}
