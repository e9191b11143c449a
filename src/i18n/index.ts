import type { Catalog, Lang } from './catalog.js';
import { en } from './en.js';
import { es } from './es.js';
import { it } from './it.js';

export type { Catalog, CommandName, CommandText, Lang } from './catalog.js';

export const catalogs: Record<Lang, Catalog> = { en, es, it };

export function catalog(lang: Lang = 'en'): Catalog {
  return catalogs[lang];
}

/** Discord locales ("es-ES", "es-419", "it", "en-US"…) → the language answers are written in. */
export function langOf(locale: string | null | undefined): Lang {
  if (!locale) return 'en';
  if (locale.startsWith('es')) return 'es';
  if (locale.startsWith('it')) return 'it';
  return 'en';
}

export function isLang(value: string): value is Lang {
  return value === 'en' || value === 'es' || value === 'it';
}
export { commandText } from './commandText.js';
