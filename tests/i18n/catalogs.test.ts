import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { dealAnswer } from '../../src/answers/deal.js';
import { catalogs, langOf } from '../../src/i18n/index.js';
import { realEngine, text } from '../helpers.js';

/** Every key path of a catalog, functions included, so a missing or extra key shows by name. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('message catalogs', () => {
  it('have the same keys in every language', () => {
    const reference = keys(catalogs.en).sort();
    for (const catalog of [catalogs.es, catalogs.it]) expect(keys(catalog).sort()).toEqual(reference);
  });

  it('maps Discord locales to languages', () => {
    expect(['es-ES', 'es-419', 'it', 'en-US', 'fr', undefined].map(langOf)).toEqual([
      'es',
      'es',
      'it',
      'en',
      'en',
      'en',
    ]);
  });

  it('writes money as each language writes it', () => {
    expect(catalogs.en.money(38e9, 'USD')).toBe('$38 billion');
    expect(catalogs.es.money(38e9, 'USD')).toBe('38.000 millones de dólares');
    expect(catalogs.it.money(38e9, 'USD')).toBe('38 miliardi di dollari');
    expect(catalogs.es.money(1.4e12, 'USD')).toBe('1,4 billones de dólares');
    expect(catalogs.it.money(1.4e12, 'USD')).toBe('1.400 miliardi di dollari');
    expect(catalogs.es.money(1.25e9, 'USD')).toBe('1.250 millones de dólares');
    expect(catalogs.it.money(1e9, 'EUR')).toBe('1 miliardo di euro');
    expect(catalogs.es.money(1e6, 'USD')).toBe('1 millón de dólares');
    expect(catalogs.es.date('2025-11-03')).toBe('3 nov 2025');
    expect(catalogs.it.date('2025-11-03')).toBe('3 nov 2025');
  });
});

describe('localized commands', () => {
  const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

  it('give every command and option a valid Spanish and Italian name and description', () => {
    for (const command of commands) {
      for (const locale of ['es-ES', 'es-419', 'it'] as const) {
        const name = command.data.name_localizations?.[locale];
        expect(name, `${command.data.name} ${locale}`).toMatch(NAME);
        expect(name).toBe(name?.toLowerCase());
        expect(command.data.description_localizations?.[locale]?.length).toBeLessThanOrEqual(100);
        const optionNames = new Set<string>();
        for (const option of command.data.options ?? []) {
          const local = option.name_localizations?.[locale];
          expect(local, `${command.data.name}.${option.name} ${locale}`).toMatch(NAME);
          expect(optionNames.has(local!)).toBe(false);
          optionNames.add(local!);
          expect(option.description_localizations?.[locale]?.length).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('answers in the reader’s language', () => {
  const engine = realEngine();

  it('Spanish', () => {
    const out = text(dealAnswer(engine, { company: 'Amazon', with: 'OpenAI' }, 'es'), catalogs.es);
    expect(out).toContain('Acuerdos entre Amazon y OpenAI');
    expect(out).toContain('Amazon → OpenAI: anunciado: 50.000 millones de dólares (1 acuerdo)');
    expect(out).toContain(
      'Importe: al menos 10.000 millones de dólares · publicado en prensa, sin confirmar por las partes',
    );
  });

  it('Italian', () => {
    const out = text(dealAnswer(engine, { company: 'OpenAI' }, 'it'), catalogs.it);
    expect(out).toContain('Accordi di OpenAI');
    expect(out).toContain('Importo: circa 1.400 miliardi di dollari');
    expect(out).toContain('Importo: fino a 100 miliardi di dollari');
  });
});
