/**
 * The one normal form for names, shared by the knowledge checks (alias clashes) and the resolver:
 * case, accents, punctuation, spacing and legal suffixes do not distinguish two companies.
 */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'plc',
  'pbc',
  'ag',
  'sa',
  'spa',
  'gmbh',
  'nv',
  'bv',
  'holdings',
  'group',
]);

export function normalizeName(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // Keep a suffix when it is the whole name ("Group" alone still means something).
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** The same form without spaces, so "Open AI", "OpenAI" and "open-ai" meet. */
export function compactName(text: string): string {
  return normalizeName(text).replace(/ /g, '');
}
