import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { createEngine } from '../../src/answers/engine.js';
import { askAnswer } from '../../src/ask/answer.js';
import { parseAmounts } from '../../src/ask/numbers.js';
import { optionReader } from '../../src/commands/command.js';
import { catalog } from '../../src/i18n/index.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import type { Deal } from '../../src/knowledge/schema.js';
import {
  dealFingerprint,
  figureChip,
  figureLabel,
  formatCoverage,
  translationCoverage,
} from '../../src/knowledge/translations.js';
import { moneyIn } from '../ask/evaluate.js';
import { problemsOf, realEngine, scratchKnowledge, text } from '../helpers.js';

const SPANISH = {
  language: 'es',
  companies: { 'beta-ai': { description: 'Un laboratorio de IA ficticio.' } },
  deals: {
    'alpha-beta-talks-2025-12': {
      title: 'Alpha negocia invertir en Beta',
      summary: 'Conversaciones de Alpha para invertir en Beta.',
      caveats: ['Son conversaciones, no una inversión.'],
    },
    'alpha-beta-equity-2026-02': {
      title: 'Alpha invierte 50.000 millones de dólares en Beta',
      figureLabels: { '1': 'condicional' },
      figureNotes: { '1': 'según hitos' },
    },
  },
  relays: { Reuters: 'la agencia Reuters' },
};

/** A scratch copy of the fixture with translation files; returns its directory. */
function withTranslations(
  files: Record<string, unknown>,
  edit?: (kb: ReturnType<typeof scratchKnowledge>) => void,
) {
  const kb = scratchKnowledge();
  mkdirSync(join(kb.dir, 'translations'));
  for (const [name, json] of Object.entries(files)) kb.write(`translations/${name}`, JSON.stringify(json));
  edit?.(kb);
  return kb.dir;
}

describe('knowledge text in the reader’s language', () => {
  it('gives a Spanish view with translated text and English where nothing was written', () => {
    const kb = loadKnowledgeBase(withTranslations({ 'es.json': SPANISH }));
    const es = kb.inLanguage('es');
    const talks = es.deals.get('alpha-beta-talks-2025-12')!;
    expect(talks.title).toBe('Alpha negocia invertir en Beta');
    expect(talks.caveats).toEqual(['Son conversaciones, no una inversión.']);
    expect(talks.status).toBe(kb.deals.get('alpha-beta-talks-2025-12')!.status);
    // A figure's label and note translated; the figures themselves (amounts, sources) untouched.
    const equity = es.deals.get('alpha-beta-equity-2026-02')!;
    expect(equity.figures[1]!.note).toBe('según hitos');
    expect(equity.figures[1]).toMatchObject({ kind: 'amount', label: 'condicional' });
    const bare = (figures: Deal['figures']) =>
      figures.map(({ note: _, ...f }) => (f.kind === 'amount' ? { ...f, label: undefined } : f));
    expect(bare(equity.figures)).toEqual(bare(kb.deals.get('alpha-beta-equity-2026-02')!.figures));
    expect(equity.summary).toBe(kb.deals.get('alpha-beta-equity-2026-02')!.summary);
    // Untranslated deal and company: the English text.
    expect(es.deals.get('gamma-beta-loi-2025-09')!.caveats).toEqual(['Never a commitment.']);
    expect(es.company('alpha')!.description).toBe('A fictional conglomerate.');
    expect(es.company('beta-ai')!.description).toBe('Un laboratorio de IA ficticio.');
    // What a cited page carries, by its English text; the source itself (title, address) untouched.
    const wire = kb.sources.get('wire-2026-02-01')!;
    expect(es.sources.get('wire-2026-02-01')).toEqual({ ...wire, relays: 'la agencia Reuters' });
    // The view's indexes hand out the translated records too.
    expect(es.dealsOf('alpha').map((d) => d.title)).toContain('Alpha negocia invertir en Beta');
    expect(es.events.some((e) => e.deal.title === 'Alpha negocia invertir en Beta')).toBe(true);
    // Built once; English and a language without a file are the English knowledge base itself.
    expect(kb.inLanguage('es')).toBe(es);
    expect(es.inLanguage('en')).toBe(kb);
    expect(kb.inLanguage('it')).toBe(kb);
    expect(kb.deals.get('alpha-beta-talks-2025-12')!.title).toBe('Alpha in talks to invest in Beta');
  });

  it('loads without a translations directory (English only)', () => {
    const kb = loadKnowledgeBase(scratchKnowledge().dir);
    expect(kb.inLanguage('es')).toBe(kb);
    expect(
      translationCoverage([...kb.deals.values()], [...kb.companies.values()], kb.translations, [
        ...kb.sources.values(),
      ]).map(formatCoverage),
    ).toEqual(['es: no translation file (English is shown)', 'it: no translation file (English is shown)']);
  });

  it('names file, record and field of a bad translation', () => {
    const bad = structuredClone(SPANISH) as { deals: Record<string, Record<string, unknown>> };
    bad.deals['alpha-beta-talks-2025-12']!.title = 'x'.repeat(121);
    bad.deals['alpha-beta-equity-2026-02']!.headline = 'Alpha invierte';
    bad.deals['alpha-beta-equity-2026-02']!.figureNotes = { first: 'según hitos' };
    (bad as unknown as { relays: Record<string, string> }).relays.Reuters = '';
    const problems = problemsOf(withTranslations({ 'es.json': bad }));
    expect(problems).toContainEqual(
      expect.stringMatching(/translations\/es\.json, record "alpha-beta-talks-2025-12", field title: .*120/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/es\.json, record "alpha-beta-equity-2026-02": unknown key "headline"/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/record "alpha-beta-equity-2026-02", field figureNotes\.first: /),
    );
    expect(problems).toContainEqual(expect.stringMatching(/es\.json, record "relays", field Reuters: /));
  });

  it('refuses a file whose language is not its name, and a file for a language the bot does not speak', () => {
    expect(problemsOf(withTranslations({ 'it.json': SPANISH }))).toEqual([
      expect.stringMatching(/translations\/it\.json, field language: expected "it"/),
    ]);
    expect(problemsOf(withTranslations({ 'fr.json': { ...SPANISH, language: 'fr' } }))).toEqual([
      expect.stringMatching(
        /translations\/fr\.json: expected a file named after a language: es\.json, it\.json/,
      ),
    ]);
  });

  it('cross-checks translations against the English records', () => {
    const bad = structuredClone(SPANISH) as {
      companies: Record<string, unknown>;
      deals: Record<string, Record<string, unknown>>;
    };
    bad.companies['beta-labs'] = { description: 'No existe.' };
    bad.deals['alpha-beta-2031'] = { title: 'No existe' };
    bad.deals['alpha-beta-talks-2025-12']!.caveats = ['Uno.', 'Dos.'];
    bad.deals['alpha-beta-equity-2026-02']!.figureNotes = { '0': 'sin nota en inglés', '7': 'no existe' };
    bad.deals['alpha-beta-equity-2026-02']!.figureLabels = {
      '0': 'sin etiqueta en inglés',
      '2': 'no existe',
    };
    bad.deals['alpha-beta-equity-2026-02']!.figureChips = { '1': 'no es una cifra de chips' };
    bad.deals['alpha-beta-equity-2026-02']!.historyNotes = { '0': 'sin nota en inglés' };
    const problems = problemsOf(withTranslations({ 'es.json': bad }));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/record "beta-labs": unknown company "beta-labs"/),
        expect.stringMatching(/record "alpha-beta-2031": unknown deal "alpha-beta-2031"/),
        expect.stringMatching(
          /record "alpha-beta-talks-2025-12", field caveats: has 2 caveat\(s\) but the English deal has 1/,
        ),
        expect.stringMatching(/field figureNotes\.0: figure 0 has no English note/),
        expect.stringMatching(/field figureNotes\.7: the deal has no figure 7/),
        expect.stringMatching(/field figureLabels\.0: figure 0 has no English label/),
        expect.stringMatching(/field figureLabels\.2: the deal has no figure 2/),
        expect.stringMatching(/field figureChips\.1: figure 1 has no English chip family/),
        expect.stringMatching(/field historyNotes\.0: history step 0 has no English note/),
      ]),
    );
    expect(problems).toHaveLength(9);
  });

  it('counts coverage and finds translations whose English changed after they were stamped', () => {
    const stamped = structuredClone(SPANISH) as {
      deals: Record<string, Record<string, unknown>>;
      relays: Record<string, string>;
    };
    // A relays entry whose English no source carries (its page now says "Reuters and AP", or is gone).
    stamped.relays.Bloomberg = 'Bloomberg';
    const english = loadKnowledgeBase(withTranslations({}));
    for (const id of Object.keys(stamped.deals))
      stamped.deals[id]!.from = dealFingerprint(english.deals.get(id)!);
    const dir = withTranslations({ 'es.json': stamped }, (kb) =>
      kb.edit('deals/deals.json', (json) => {
        // A curator rewrites the caveat after the Spanish was written.
        json.deals[0].caveats[0] = 'Talks only; no money has moved.';
      }),
    );
    const kb = loadKnowledgeBase(dir);
    const [es, it] = translationCoverage(
      [...kb.deals.values()],
      [...kb.companies.values()],
      kb.translations,
      [...kb.sources.values()],
    );
    expect(es!.stale).toEqual([
      { kind: 'deal', id: 'alpha-beta-talks-2025-12' },
      { kind: 'relays', id: 'Bloomberg' },
    ]);
    // The talks deal is complete; the equity deal lacks its summary; one of seven descriptions is written;
    // the fixture's one relays text ("Reuters") is.
    expect(formatCoverage(es!)).toBe(
      'es: 1/6 deals, 1/7 companies, 1/1 relays; 2 stale, 1 without a fingerprint',
    );
    expect(it!.hasFile).toBe(false);
  });
});

describe('answers in the reader’s language', () => {
  const dir = withTranslations({ 'es.json': SPANISH });
  const engine = createEngine(loadKnowledgeBase(dir));
  const deal = commandsByName.get('deal')!;
  const run = (lang: 'en' | 'es' | 'it') =>
    text(
      deal.execute({
        engine,
        options: optionReader(
          new Map([
            ['company', 'Alpha'],
            ['with', 'Beta'],
          ]),
        ),
        lang,
      }),
      catalog(lang),
    );

  it('/deal in Spanish shows the Spanish title, caveat and note, and English where there is no translation', () => {
    const out = run('es');
    expect(out).toContain('Alpha negocia invertir en Beta');
    expect(out).toContain('Son conversaciones, no una inversión.');
    expect(out).toContain('según hitos');
    expect(out).toMatch(/Condicional: /);
    expect(out).toContain('reproduce la agencia Reuters');
    expect(out).not.toContain('reproduce Reuters');
    expect(out).not.toMatch(/Conditional: /);
    expect(out).not.toContain('Alpha in talks to invest in Beta');
    // Beta's round and the compute deal have no Spanish: shown in English.
    expect(out).toContain('Beta raises a round');
    expect(out).toContain('Money flows from Beta to Alpha Cloud.');
  });

  it('/deal in English and in Italian (no Italian file) shows the English text', () => {
    for (const lang of ['en', 'it'] as const) {
      const out = run(lang);
      expect(out).toContain('Alpha in talks to invest in Beta');
      expect(out).toContain('Talks, not an investment.');
      expect(out).toMatch(/Conditional: /);
      expect(out).not.toContain('Alpha negocia');
    }
  });

  it('a question in Spanish gets the Spanish text; the same question with an English locale, the English', () => {
    const spanish = askAnswer(engine, '¿qué acuerdos hay entre Alpha y Beta?');
    expect(spanish.lang).toBe('es');
    expect(text(spanish.answer, catalog('es'))).toContain('Alpha negocia invertir en Beta');
    const english = askAnswer(engine, '¿qué acuerdos hay entre Alpha y Beta?', 'en');
    expect(text(english.answer)).toContain('Alpha in talks to invest in Beta');
  });

  it('/company in Spanish shows the Spanish description', () => {
    const company = commandsByName.get('company')!;
    const answer = company.execute({
      engine,
      options: optionReader(new Map([['name', 'Beta AI']])),
      lang: 'es',
    });
    expect(text(answer, catalog('es'))).toContain('Un laboratorio de IA ficticio.');
  });
});

describe('npm run kb:translations', () => {
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const script = join(process.cwd(), 'scripts/kb-translations.ts');
  const run = (dir: string, ...args: string[]) =>
    execFileSync(tsx, [script, ...args], { env: { ...process.env, KNOWLEDGE_DIR: dir }, encoding: 'utf8' });

  it('lists untranslated text with its English, and stamps fingerprints that kb:check then finds current', () => {
    const dir = withTranslations({ 'es.json': SPANISH });
    const missing = run(dir, '--missing', 'es');
    expect(missing).toContain('deal beta-round-2026-02\n  title: Beta raises a round');
    expect(missing).toContain('company alpha\n  description: A fictional conglomerate.');
    expect(missing).not.toContain('deal alpha-beta-talks-2025-12');
    // A label is text to translate like a note: listed until written, then no longer.
    expect(missing).not.toContain('figureLabels.1');
    expect(missing).not.toContain('relays');
    const { relays: _, ...withoutRelays } = SPANISH;
    expect(run(withTranslations({ 'es.json': withoutRelays }), '--missing', 'es')).toContain(
      'relays\n  "Reuters"\n',
    );
    const unlabelled = structuredClone(SPANISH) as { deals: Record<string, Record<string, unknown>> };
    delete unlabelled.deals['alpha-beta-equity-2026-02']!.figureLabels;
    expect(run(withTranslations({ 'es.json': unlabelled }), '--missing', 'es')).toMatch(
      /deal alpha-beta-equity-2026-02\n(?: {2}.*\n)* {2}figureLabels\.1: conditional\n/,
    );
    expect(run(dir, '--stamp', 'es')).toContain('3 fingerprint(s) written');
    const kb = loadKnowledgeBase(dir);
    const stampedFile = JSON.parse(readFileSync(join(dir, 'translations/es.json'), 'utf8'));
    expect(stampedFile.deals['alpha-beta-talks-2025-12'].from).toBe(
      dealFingerprint(kb.deals.get('alpha-beta-talks-2025-12')!),
    );
    const [es] = translationCoverage([...kb.deals.values()], [...kb.companies.values()], kb.translations, [
      ...kb.sources.values(),
    ]);
    expect(es!.stale).toEqual([]);
    expect(es!.unstamped).toBe(0);
  });
});

/**
 * How each language writes the amounts of the English text: Spanish counts billions in thousands of millions
 * ("$38B" → "38.000 millones") and trillions as billones ("$1.4T" → "1,4 billones"); Italian counts billions
 * as miliardi ("38 miliardi") and trillions in thousands of them ("1.400 miliardi").
 */
const WRITTEN = {
  es: {
    billions: (n: number) => n * 1000,
    trillions: (n: number) => n,
    scaled: /(?<![\p{L}\p{N}.,])(\d[\d.]*(?:,\d+)?) (millones|millón|billones|billón)(?![\p{L}])/gu,
    scale: { millones: 1e6, millón: 1e6, billones: 1e12, billón: 1e12 } as Record<string, number>,
  },
  it: {
    billions: (n: number) => n,
    trillions: (n: number) => n * 1000,
    scaled: /(?<![\p{L}\p{N}.,])(\d[\d.]*(?:,\d+)?) (milioni|milione|miliardi|miliardo)(?![\p{L}])/gu,
    scale: { milioni: 1e6, milione: 1e6, miliardi: 1e9, miliardo: 1e9 } as Record<string, number>,
  },
} as const;

for (const lang of ['es', 'it'] as const)
  describe(`the shipped ${lang} knowledge text`, () => {
    const kb = realEngine().kb;
    const es = kb.inLanguage(lang);
    const written = WRITTEN[lang];

    it('covers every deal, company and relayed report and was written from the current English', () => {
      const coverage = translationCoverage(
        [...kb.deals.values()],
        [...kb.companies.values()],
        kb.translations,
        [...kb.sources.values()],
      );
      const spanish = coverage.find((c) => c.language === lang)!;
      expect(spanish.deals.done).toBe(kb.deals.size);
      expect(spanish.companies.done).toBe(kb.companies.size);
      expect(spanish.relays.total).toBeGreaterThan(0);
      expect(spanish.relays.done).toBe(spanish.relays.total);
      expect(spanish.stale).toEqual([]);
      expect(spanish.unstamped).toBe(0);
    });

    it('keeps every number of the English text, written the way the bot writes amounts in that language', () => {
      // "$38B" must read "38.000" and "$2.5B" "2.500" (as the catalog's money format writes them), "$1.4T" "1,4";
      // a number without a unit ("555.6 million", "18,000", a year, a model name) in the Spanish or as written.
      const spanish = (value: number) => catalog(lang).number(value);
      const accepted = (english: string) =>
        [...english.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|trillion|B\b|T\b)?/g)].map((m) => {
          const raw = m[1]!;
          const n = Number(raw.replace(/,/g, ''));
          if (m[2] === 'billion' || m[2] === 'B')
            return [spanish(Math.round(written.billions(n) * 1e3) / 1e3)];
          if (m[2] === 'trillion' || m[2] === 'T')
            return [spanish(Math.round(written.trillions(n) * 1e3) / 1e3), raw.replace('.', ',')];
          // With Spanish marks too: "0.1235" is "0,1235" (the catalog rounds to three decimals; curators need not).
          return [spanish(n), raw, raw.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'))];
        });
      const missing: string[] = [];
      const check = (where: string, english: string, translated: string) => {
        for (const forms of accepted(english))
          if (!forms.some((form) => translated.includes(form)))
            missing.push(`${where}: ${forms[0]} (${english})`);
      };
      for (const english of kb.deals.values()) {
        const translated = es.deals.get(english.id)!;
        check(`${english.id} title`, english.title, translated.title);
        check(`${english.id} summary`, english.summary, translated.summary);
        english.caveats.forEach((c, i) => {
          check(`${english.id} caveat ${i}`, c, translated.caveats[i]!);
        });
        english.figures.forEach((f, i) => {
          if (f.note) check(`${english.id} figure ${i}`, f.note, translated.figures[i]!.note!);
          const label = figureLabel(f);
          if (label) check(`${english.id} figure ${i} label`, label, figureLabel(translated.figures[i]!)!);
          const chip = figureChip(f);
          if (chip) check(`${english.id} figure ${i} chips`, chip, figureChip(translated.figures[i]!)!);
        });
        english.history.forEach((s, i) => {
          if (s.note) check(`${english.id} step ${i}`, s.note, translated.history[i]!.note!);
        });
      }
      for (const english of kb.companies.values())
        check(english.id, english.description, es.company(english.id)!.description);
      expect(missing).toEqual([]);
    });

    it('states no amount of money that its English record does not state', () => {
      // The other direction of the check above, read the way the /ask wrong-figure check reads answers: every
      // amount in a Spanish text is a figure of the deal or an amount of its English text (both ends of a
      // range: "$47–55" holds 55 as well), so the translations can never add an amount.
      const SCALE: Record<string, number> = {
        billion: 1e9,
        million: 1e6,
        trillion: 1e12,
        B: 1e9,
        M: 1e6,
        T: 1e12,
      };
      const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY' };
      const rangeEnds = (english: string) =>
        [
          ...english.matchAll(/([$€£¥])\d[\d,.]*[–-](\d[\d,.]*)\s*(billion|million|trillion|B\b|M\b|T\b)?/g),
        ].map((m) => ({
          value: Number(m[2]!.replace(/,/g, '')) * (SCALE[m[3] ?? ''] ?? 1),
          currency: CURRENCY[m[1]!]!,
        }));
      const texts = (d: Deal) => [
        d.title,
        d.summary,
        ...d.caveats,
        ...d.figures.map((f) => f.note ?? ''),
        ...d.figures.map((f) => figureLabel(f) ?? ''),
        ...d.figures.map((f) => figureChip(f) ?? ''),
        ...d.history.map((s) => s.note ?? ''),
      ];
      const stated = (english: string[]) =>
        english.flatMap((text) => [
          ...parseAmounts(text).map((a) => ({ value: a.value, currency: a.currency ?? 'USD' })),
          ...moneyIn(text),
          ...rangeEnds(text),
        ]);
      const holds = (known: { value: number; currency: string }[], m: { value: number; currency: string }) =>
        known.some(
          (a) =>
            (a.currency === m.currency || (a.currency === 'JPY' && m.currency === 'CNY')) &&
            Math.abs(a.value - m.value) <= Math.max(1, 0.005 * Math.max(a.value, m.value)),
        );
      // Amounts a Spanish text gives without their currency ("15.000 millones ... y 35.000 millones de dólares")
      // escape moneyIn: each must still be a value the English states ("$35B", "555.6 million shares").
      const ENGLISH_SCALED =
        /(\d+(?:,\d{3})*(?:\.\d+)?)(?:[–-](\d+(?:\.\d+)?))?\s*(million|billion|trillion|M\b|B\b|T\b)/g;
      const SPANISH_SCALED = written.scaled;
      const SPANISH_SCALE = written.scale;
      const scaledValues = (english: string[]) =>
        english.flatMap((text) =>
          [...text.matchAll(ENGLISH_SCALED)].flatMap((m) =>
            [m[1]!, m[2]].flatMap((n) => (n ? [Number(n.replace(/,/g, '')) * SCALE[m[3]!]!] : [])),
          ),
        );
      const bareAmounts = (spanish: string) =>
        [...spanish.matchAll(SPANISH_SCALED)].map((m) => ({
          text: m[0],
          value: Number(m[1]!.replace(/\./g, '').replace(',', '.')) * SPANISH_SCALE[m[2]!]!,
        }));
      const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.005 * Math.max(a, b));
      const added: string[] = [];
      for (const english of kb.deals.values()) {
        const known = [
          ...english.figures.flatMap((f) =>
            (f.kind === 'amount' || f.kind === 'valuation') && f.amount !== undefined
              ? [{ value: f.amount, currency: f.currency }]
              : [],
          ),
          ...stated(texts(english)),
        ];
        const values = [...known.map((k) => k.value), ...scaledValues(texts(english))];
        for (const text of texts(es.deals.get(english.id)!)) {
          for (const m of moneyIn(text)) if (!holds(known, m)) added.push(`${english.id}: ${m.text}`);
          for (const m of bareAmounts(text))
            if (!values.some((v) => near(v, m.value))) added.push(`${english.id}: ${m.text}`);
        }
      }
      for (const english of kb.companies.values()) {
        const known = stated([english.description]);
        for (const m of moneyIn(es.company(english.id)!.description))
          if (!holds(known, m)) added.push(`${english.id}: ${m.text}`);
      }
      expect(added).toEqual([]);
    });
  });

describe('Spanish answers', () => {
  const kb = realEngine().kb;
  const es = kb.inLanguage('es');
  it('/deal Amazon OpenAI in Spanish shows the Spanish title and caveats of the $50B investment', () => {
    const deal = commandsByName.get('deal')!;
    const options = optionReader(
      new Map([
        ['company', 'Amazon'],
        ['with', 'OpenAI'],
      ]),
    );
    const spanish = text(deal.execute({ engine: realEngine(), options, lang: 'es' }), catalog('es'));
    const english = kb.deals.get('amazon-openai-equity-2026-02')!;
    const translated = es.deals.get('amazon-openai-equity-2026-02')!;
    expect(translated.title).not.toBe(english.title);
    expect(spanish).toContain(translated.title);
    expect(spanish).toContain(translated.caveats[1]!);
    expect(spanish).not.toContain(english.title);
    expect(spanish).not.toContain(english.caveats[1]!);
  });
});
