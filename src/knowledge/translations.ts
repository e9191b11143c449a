/**
 * Knowledge text in the reader's language: curators write Spanish and Italian versions of the text fields
 * users read (deal titles, summaries, caveats, figure labels, chip families and notes, status-step notes,
 * company descriptions) in knowledge/translations/<lang>.json. English in the deal and company files stays the source and the
 * fallback: a field with no translation is shown in English, never translated at run time.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Located } from './load.js';
import type { Problem } from './problems.js';
import type { Company, Deal, Source } from './schema.js';

/** Languages that can have a translation file; English is the knowledge base itself. */
export const translationLanguage = z.enum(['es', 'it']);
export type TranslationLanguage = z.infer<typeof translationLanguage>;
export const TRANSLATION_LANGUAGES = translationLanguage.options;

export function isTranslationLanguage(value: string): value is TranslationLanguage {
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(value);
}

const fingerprint = z
  .string()
  .regex(/^[0-9a-f]{8}$/, 'an 8-digit hex fingerprint, as written by npm run kb:translations -- --stamp')
  .describe('Fingerprint of the English text this translation was written from (filled by the stamp script)');

/** Notes keyed by the position of the figure or step in the English record ("0", "3"). */
const notesByIndex = z.record(
  z.string().regex(/^(?:0|[1-9]\d*)$/, 'an index such as "0" or "3"'),
  z.string().min(1),
);

export const dealTranslation = z
  .object({
    title: z.string().min(1).max(120).optional().describe('Like the English title: at most 120 characters'),
    summary: z.string().min(1).optional(),
    caveats: z
      .array(z.string().min(1))
      .optional()
      .describe('Same number and order as the English caveats; omitted when the deal has none'),
    figureLabels: notesByIndex
      .optional()
      .describe(
        "What the amount is ('per month', 'upfront'). Key: index of the figure in the deal's figures; only figures that have an English label",
      ),
    figureChips: notesByIndex
      .optional()
      .describe(
        "The chip family of a chips figure ('NVIDIA GPUs', 'Trainium2 to Trainium4'), product names kept. Key: index of the figure in the deal's figures; only chips figures",
      ),
    figureNotes: notesByIndex
      .optional()
      .describe("Key: index of the figure in the deal's figures; only figures that have an English note"),
    historyNotes: notesByIndex
      .optional()
      .describe("Key: index of the step in the deal's history; only steps that have an English note"),
    from: fingerprint.optional(),
  })
  .strict();

export const companyTranslation = z
  .object({ description: z.string().min(1).optional(), from: fingerprint.optional() })
  .strict();

/**
 * What a cited page carries ("NVIDIA blog", "IREN press release"), keyed by the English text of sources'
 * `relays`: one entry serves every page that carries the same report, and names are written as they are.
 */
export const relaysTranslation = z
  .record(z.string().min(1), z.string().min(1))
  .describe(
    'Key: a source\'s English relays text, exactly; value: the same in this language (names unchanged: "Reuters" → "Reuters")',
  );

export const translationsFile = z
  .object({
    $schema: z.string().optional(),
    language: translationLanguage,
    companies: z.record(z.string(), companyTranslation).default({}),
    deals: z.record(z.string(), dealTranslation).default({}),
    relays: relaysTranslation.default({}),
  })
  .strict();

export type DealTranslation = z.infer<typeof dealTranslation>;
export type CompanyTranslation = z.infer<typeof companyTranslation>;

/** One language's file as loaded: every record validated on its own, so one bad record names itself. */
export interface LoadedTranslations {
  language: TranslationLanguage;
  file: string;
  deals: Located<DealTranslation & { id: string }>[];
  companies: Located<CompanyTranslation & { id: string }>[];
  relays: ReadonlyMap<string, string>;
}

/** What the knowledge base keeps: per language, translations by record id. */
export interface Translation {
  deals: ReadonlyMap<string, DealTranslation>;
  companies: ReadonlyMap<string, CompanyTranslation>;
  /** English relays text → translated. */
  relays: ReadonlyMap<string, string>;
}
export type TranslationSet = ReadonlyMap<TranslationLanguage, Translation>;

export function translationSet(loaded: readonly LoadedTranslations[]): TranslationSet {
  return new Map(
    loaded.map((file) => [
      file.language,
      {
        deals: new Map(file.deals.map((r) => [r.value.id, r.value])),
        companies: new Map(file.companies.map((r) => [r.value.id, r.value])),
        relays: file.relays,
      },
    ]),
  );
}

/** A figure's English label, when it has one (only amounts can). */
export function figureLabel(figure: Deal['figures'][number]): string | undefined {
  return figure.kind === 'amount' ? figure.label : undefined;
}

/** A chips figure's chip family ("NVIDIA GPUs"), shown as its value. */
export function figureChip(figure: Deal['figures'][number]): string | undefined {
  return figure.kind === 'chips' ? figure.chip : undefined;
}

/** The English text a deal translation covers, in a fixed order: what its fingerprint is taken of. */
function dealText(deal: Deal): unknown {
  const text: unknown[] = [
    deal.title,
    deal.summary,
    deal.caveats,
    deal.figures.map((f) => f.note ?? null),
    deal.history.map((s) => s.note ?? null),
  ];
  // Labels joined the translated text later: a deal without any keeps the fingerprint it was stamped with.
  if (deal.figures.some((f) => figureLabel(f))) text.push(deal.figures.map((f) => figureLabel(f) ?? null));
  if (deal.figures.some((f) => figureChip(f))) text.push(deal.figures.map((f) => figureChip(f) ?? null));
  return text;
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 8);
}

/** Changes whenever any English text a translator worked from changes (a fixed figure note, a new caveat). */
export function dealFingerprint(deal: Deal): string {
  return hash(dealText(deal));
}

export function companyFingerprint(company: Company): string {
  return hash(company.description);
}

/** The deal as a reader of `t` sees it: translated text where there is some, English elsewhere. */
export function translateDeal(deal: Deal, t: DealTranslation | undefined): Deal {
  if (!t) return deal;
  return {
    ...deal,
    title: t.title ?? deal.title,
    summary: t.summary ?? deal.summary,
    // The cross-check guarantees the same count; the guard keeps a caveat from ever being dropped.
    caveats: t.caveats && t.caveats.length === deal.caveats.length ? t.caveats : deal.caveats,
    figures: deal.figures.map((f, i) => {
      const note = t.figureNotes?.[String(i)];
      const label = t.figureLabels?.[String(i)];
      const chip = t.figureChips?.[String(i)];
      const withNote = note && f.note ? { ...f, note } : f;
      if (label && withNote.kind === 'amount' && withNote.label) return { ...withNote, label };
      if (chip && withNote.kind === 'chips') return { ...withNote, chip };
      return withNote;
    }),
    history: deal.history.map((step, i) => {
      const note = t.historyNotes?.[String(i)];
      return note && step.note ? { ...step, note } : step;
    }),
  };
}

export function translateSource(source: Source, relays: ReadonlyMap<string, string>): Source {
  const translated = source.relays && relays.get(source.relays);
  return translated ? { ...source, relays: translated } : source;
}

/** The distinct English relays texts of the sources, in first-seen order. */
export function relaysTexts(sources: Iterable<Source>): string[] {
  return [...new Set([...sources].flatMap((s) => (s.relays ? [s.relays] : [])))];
}

export function translateCompany(company: Company, t: CompanyTranslation | undefined): Company {
  return t?.description ? { ...company, description: t.description } : company;
}

/** English text fields of a deal that a translation leaves untranslated, as "field: English text". */
export function missingDealText(
  deal: Deal,
  t: DealTranslation | undefined,
): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  if (!t?.title) out.push({ field: 'title', text: deal.title });
  if (!t?.summary) out.push({ field: 'summary', text: deal.summary });
  if (deal.caveats.length > 0 && !t?.caveats)
    deal.caveats.forEach((text, i) => {
      out.push({ field: `caveats[${i}]`, text });
    });
  deal.figures.forEach((f, i) => {
    const label = figureLabel(f);
    if (label && !t?.figureLabels?.[String(i)]) out.push({ field: `figureLabels.${i}`, text: label });
    const chip = figureChip(f);
    if (chip && !t?.figureChips?.[String(i)]) out.push({ field: `figureChips.${i}`, text: chip });
    if (f.note && !t?.figureNotes?.[String(i)]) out.push({ field: `figureNotes.${i}`, text: f.note });
  });
  deal.history.forEach((s, i) => {
    if (s.note && !t?.historyNotes?.[String(i)]) out.push({ field: `historyNotes.${i}`, text: s.note });
  });
  return out;
}

/**
 * Errors: a translation that cannot be shown as written (unknown record, caveats that no longer line up
 * with the English ones, a note for a figure or step that has none). Missing or stale text is only a warning.
 */
export function checkTranslations(
  loaded: readonly LoadedTranslations[],
  deals: ReadonlyMap<string, Deal>,
  companies: ReadonlyMap<string, Company>,
  problems: Problem[],
): void {
  const at = (record: Located<unknown>, field: string | undefined, message: string) =>
    problems.push({ file: record.file, record: record.label, ...(field && { field }), message });
  for (const file of loaded) {
    for (const record of file.companies) {
      if (!companies.has(record.value.id))
        at(
          record,
          undefined,
          `unknown company "${record.value.id}"; expected an id from knowledge/companies`,
        );
    }
    for (const record of file.deals) {
      const t = record.value;
      const deal = deals.get(t.id);
      if (!deal) {
        at(record, undefined, `unknown deal "${t.id}"; expected an id from knowledge/deals`);
        continue;
      }
      if (t.caveats && t.caveats.length !== deal.caveats.length)
        at(
          record,
          'caveats',
          `has ${t.caveats.length} caveat(s) but the English deal has ${deal.caveats.length}; expected the same number, in the same order`,
        );
      const notes = (
        field: 'figureLabels' | 'figureChips' | 'figureNotes' | 'historyNotes',
        english: readonly (string | undefined)[],
      ) => {
        const what = field === 'historyNotes' ? 'history step' : 'figure';
        const text = {
          figureLabels: 'label',
          figureChips: 'chip family',
          figureNotes: 'note',
          historyNotes: 'note',
        }[field];
        for (const key of Object.keys(t[field] ?? {})) {
          const index = Number(key);
          if (index >= english.length) at(record, `${field}.${key}`, `the deal has no ${what} ${key}`);
          else if (!english[index])
            at(record, `${field}.${key}`, `${what} ${key} has no English ${text} to translate`);
        }
      };
      notes('figureLabels', deal.figures.map(figureLabel));
      notes('figureChips', deal.figures.map(figureChip));
      notes(
        'figureNotes',
        deal.figures.map((f) => f.note),
      );
      notes(
        'historyNotes',
        deal.history.map((s) => s.note),
      );
    }
  }
}

export interface TranslationCoverage {
  language: TranslationLanguage;
  /** False when the language has no translation file at all. */
  hasFile: boolean;
  deals: { done: number; total: number };
  companies: { done: number; total: number };
  /** Distinct relays texts of sources ("NVIDIA blog") written in this language. */
  relays: { done: number; total: number };
  /**
   * Records whose fingerprint says the English changed after they were translated; relays entries whose
   * English text no source carries any more (the source's wording changed, or it is gone).
   */
  stale: { kind: 'deal' | 'company' | 'relays'; id: string }[];
  /** Translated records with no fingerprint yet (run the stamp script). */
  unstamped: number;
}

/** Warnings for kb:check: how much of each language is written, and what the English has moved under. */
export function translationCoverage(
  deals: readonly Deal[],
  companies: readonly Company[],
  set: TranslationSet,
  sources: readonly Source[],
): TranslationCoverage[] {
  const relays = relaysTexts(sources);
  return TRANSLATION_LANGUAGES.map((language) => {
    const t = set.get(language);
    const stale: TranslationCoverage['stale'] = [];
    let unstamped = 0;
    let dealsDone = 0;
    for (const deal of deals) {
      const tr = t?.deals.get(deal.id);
      if (tr && missingDealText(deal, tr).length === 0) dealsDone++;
      if (!tr) continue;
      if (!tr.from) unstamped++;
      else if (tr.from !== dealFingerprint(deal)) stale.push({ kind: 'deal', id: deal.id });
    }
    let companiesDone = 0;
    for (const company of companies) {
      const tr = t?.companies.get(company.id);
      if (tr?.description) companiesDone++;
      if (!tr) continue;
      if (!tr.from) unstamped++;
      else if (tr.from !== companyFingerprint(company)) stale.push({ kind: 'company', id: company.id });
    }
    const carried = new Set(relays);
    for (const key of t?.relays.keys() ?? []) if (!carried.has(key)) stale.push({ kind: 'relays', id: key });
    return {
      language,
      hasFile: t !== undefined,
      deals: { done: dealsDone, total: deals.length },
      companies: { done: companiesDone, total: companies.length },
      relays: { done: relays.filter((r) => t?.relays.has(r)).length, total: relays.length },
      stale,
      unstamped,
    };
  });
}

export function formatCoverage(c: TranslationCoverage): string {
  if (!c.hasFile) return `${c.language}: no translation file (English is shown)`;
  const unstamped = c.unstamped > 0 ? `, ${c.unstamped} without a fingerprint` : '';
  return `${c.language}: ${c.deals.done}/${c.deals.total} deals, ${c.companies.done}/${c.companies.total} companies, ${c.relays.done}/${c.relays.total} relays; ${c.stale.length} stale${unstamped}`;
}
