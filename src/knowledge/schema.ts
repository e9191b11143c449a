/**
 * The knowledge base's single source of truth: every type the rest of the bot uses is inferred
 * from these schemas, and `npm run kb:schema` turns them into the JSON Schemas editors check against.
 */
import { z } from 'zod';

/** The patterns and predicates below are shared with the fast path of validation (fastCheck.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}(?:-\d{2})?$/;
export const SEED_PATTERN = /^\d{3}_[0-9a-f]{16}\.txt$/;

/** A YYYY-MM or YYYY-MM-DD string (already matching DATE_PATTERN) that names a real month or day. */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number | undefined];
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const id = z.string().regex(ID_PATTERN, 'a lowercase id made of letters, digits and single hyphens');

export const isoDate = z
  .string()
  .regex(DATE_PATTERN, 'a date written YYYY-MM-DD (or YYYY-MM when the day is unknown)')
  .refine(isCalendarDate, 'a real calendar date');

export const httpsUrl = z
  .string()
  .url('a URL')
  .refine((value) => value.startsWith('https://'), 'an https:// URL');

/** ISO 4217 codes the bot knows how to print. Add one here before using it in a deal. */
export const currency = z.enum(['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'CNY']);

export const companyKind = z.enum([
  'ai-lab',
  'big-tech',
  'cloud',
  'chipmaker',
  'neocloud',
  'data-centre',
  'investor',
  'startup',
  'media',
  'telecom',
  'joint-venture',
  'person',
  'other',
]);

export const productKind = z.enum(['chip', 'model', 'app', 'cluster', 'programme', 'service']);

export const product = z
  .object({
    name: z.string().min(1).describe('What people type: "Trainium", "ChatGPT", "Project Rainier"'),
    kind: productKind,
    aliases: z.array(z.string().min(1)).default([]).describe('Other spellings: "Tranium", "Trainum"'),
  })
  .strict();

export const company = z
  .object({
    id: id.describe('Stable id used by deals and by autocomplete values, e.g. "openai"'),
    name: z.string().min(1).describe('Display name, e.g. "OpenAI"'),
    kind: companyKind,
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Other names people type: tickers, old names, common spellings ("AWS", "Open AI")'),
    parent: id.optional().describe('Id of the parent company; questions about the parent include this one'),
    products: z
      .array(product)
      .default([])
      .describe('Chips, models, apps, clusters and programmes that resolve to this company, saying why'),
    affiliation: id
      .optional()
      .describe('For a person: the company they lead or work for, offered when they are asked about'),
    description: z.string().min(1).describe('One or two sentences in your own words'),
    headquarters: z.string().optional(),
    founded: z.number().int().min(1800).max(2100).optional(),
    website: httpsUrl.optional(),
  })
  .strict();

export const sourceTier = z
  .enum(['primary', 'major', 'trade', 'aggregator'])
  .describe(
    'primary: the parties or a regulator; major: wire service or major outlet (or a verbatim syndication of one); trade: trade or regional press; aggregator: low-quality or rewritten pages, never cited alone',
  );

export const language = z.enum(['en', 'es', 'it', 'fr', 'de', 'pt']);

export const source = z
  .object({
    id: id,
    url: httpsUrl.optional().describe('The page seen; never a constructed address'),
    seed: z
      .string()
      .regex(SEED_PATTERN, 'a seed article file name such as 000_cff999b22a5e909a.txt')
      .optional()
      .describe('For the seed articles that have no public address'),
    publisher: z.string().min(1),
    title: z
      .string()
      .min(1)
      .optional()
      .describe('The title as seen; omitted (never invented) for a page seen only as a quoted link'),
    date: isoDate.optional(),
    language: language,
    tier: sourceTier,
    relays: z
      .string()
      .optional()
      .describe('The wire, outlet or primary whose report this page carries, e.g. "Reuters"'),
    quotedIn: id
      .optional()
      .describe(
        'The source whose page links to this one, when this page itself was never opened: it is shown as quoted there and never supports a figure alone',
      ),
  })
  .strict()
  .refine((value) => value.url !== undefined || value.seed !== undefined, {
    message: 'a url (or, for a seed article without one, its seed file name)',
    path: ['url'],
  })
  .refine((value) => value.title !== undefined || value.quotedIn !== undefined, {
    message: 'a title (only a page seen as a quoted link, with quotedIn, may have none)',
    path: ['title'],
  });

export const qualifier = z
  .enum(['exact', 'up-to', 'at-least', 'more-than', 'about', 'undisclosed'])
  .describe('What a careful analyst would say of the number');

export const disclosure = z
  .enum(['announced', 'reported', 'derived', 'estimate'])
  .describe(
    'announced: stated by the parties or in a filing; reported: press report not confirmed by the parties; derived: computed from other figures; estimate: an analyst estimate',
  );

const figureBase = {
  qualifier: qualifier.default('exact'),
  disclosure: disclosure,
  date: isoDate
    .optional()
    .describe(
      "When this figure became true, if not the deal's first date (a round that closed later at a higher valuation)",
    ),
  sources: z.array(id).min(1, 'at least one source id'),
  note: z.string().optional().describe('Terms that qualify this figure, in your own words; shown to users'),
};

/** How often a recurring fee is paid. */
export const period = z.enum(['week', 'month', 'quarter', 'year']);
export type Period = z.infer<typeof period>;

const moneyFields = {
  amount: z.number().positive().optional().describe('In units of the currency (38 billion = 38000000000)'),
  currency: currency.default('USD'),
};

export const figure = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('amount'),
      label: z
        .string()
        .optional()
        .describe('What the amount is, when not the deal value: "upfront", "conditional"'),
      per: period
        .optional()
        .describe(
          'A fee that recurs: the amount is paid once per this period ("per month" in the label says it to readers). Never summed or ranked as the size of a deal',
        ),
      measures: z
        .enum(['payment', 'stake-value', 'programme-total'])
        .default('payment')
        .describe(
          'payment: money paid or committed; stake-value: what a holding is worth (no money moved); programme-total: the size of a plan or roll-up. Only payments are summed or ranked',
        ),
      paidBy: id
        .optional()
        .describe("The party whose own share of the deal this amount is (one investor's tranche of a round)"),
      ...moneyFields,
      ...figureBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal('valuation'),
      basis: z.enum(['pre', 'post', 'implied']),
      ...moneyFields,
      ...figureBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal('stake'),
      percent: z.number().positive().max(100),
      holder: id.optional().describe('Company holding the stake, when not the investor of the deal'),
      ...figureBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal('capacity'),
      value: z.number().positive(),
      unit: z.enum(['GW', 'MW']),
      ...figureBase,
    })
    .strict(),
  z
    .object({
      kind: z.literal('chips'),
      count: z.number().int().positive().optional(),
      chip: z.string().min(1).describe('Chip family, e.g. "Trainium2", "NVIDIA GB300"'),
      ...figureBase,
    })
    .strict(),
  z.object({ kind: z.literal('term'), years: z.number().positive(), ...figureBase }).strict(),
]);

export const dealKind = z.enum([
  'equity-investment',
  'funding-round',
  'compute-contract',
  'chip-supply',
  'licence-and-hiring',
  'acquisition',
  'data-centre-build',
  'secondary-sale',
  'partnership',
  'joint-venture',
  'restructuring',
  'spending-commitment',
  'ipo',
  'debt-financing',
]);

export const dealStatus = z
  .enum([
    'talks',
    'reported',
    'letter-of-intent',
    'announced',
    'signed',
    'closed',
    'stalled',
    'superseded',
    'terminated',
    'blocked',
  ])
  .describe(
    'reported: the press says a deal was agreed but no party confirmed it; blocked: a regulator stopped or unwound it',
  );

/** Statuses that say the parties themselves acted: they need a primary source or an announced figure. */
export const CONFIRMED_STATUSES: ReadonlySet<z.infer<typeof dealStatus>> = new Set([
  'letter-of-intent',
  'announced',
  'signed',
  'closed',
]);

export const statusStep = z
  .object({
    status: dealStatus,
    date: isoDate,
    sources: z.array(id).min(1, 'at least one source id: the pages that reported this step'),
    confirmedBy: z
      .array(id)
      .optional()
      .describe(
        'Parties that confirmed this step themselves (a statement the cited pages report), when no primary page is cited',
      ),
    note: z.string().optional().describe('What happened at this step, in your own words; shown to users'),
  })
  .strict();

/**
 * Roles fix the direction of the money: payers (investor, customer, acquirer, licensee, funder, buyer,
 * lender) send it to payees (investee, supplier, target, seller, licensor, builder, borrower). Partners, and
 * the company whose existing shares change hands in a secondary sale (subject), neither pay nor receive.
 */
export const partyRole = z
  .enum([
    'investor',
    'investee',
    'customer',
    'supplier',
    'acquirer',
    'target',
    'seller',
    'buyer',
    'subject',
    'licensee',
    'licensor',
    'funder',
    'builder',
    'lender',
    'borrower',
    'partner',
  ])
  .describe(
    'seller: owners paid in an acquisition or selling shareholders in a secondary sale; buyer: buys existing shares; subject: the company whose existing shares are sold (it receives nothing)',
  );

export const party = z
  .object({
    company: id,
    role: partyRole,
    lead: z.boolean().optional().describe('Lead investor of a round'),
    note: z.string().optional(),
  })
  .strict();

export const expansion = z
  .object({
    deal: id.describe('The earlier deal this one expands'),
    effect: z
      .enum(['adds', 'new-total', 'overlaps'])
      .describe(
        "adds: this deal's amount comes on top of the earlier one ($38B + $100B); new-total: this deal's amount is the new whole, replacing the earlier one's; overlaps: the two amounts overlap by an unknown part, so they are listed, never added",
      ),
  })
  .strict();

export const dealFields = z
  .object({
    id: id.describe('Stable id, e.g. "openai-aws-compute-2025"'),
    kind: dealKind,
    title: z.string().min(1).max(120).describe('Short headline in your own words'),
    parties: z.array(party).min(1),
    history: z
      .array(statusStep)
      .min(1, 'at least one step: the status when the deal was first announced or reported')
      .describe(
        "Dated status steps, oldest first, each with the pages that reported it; the deal's status is the last step, its date the first",
      ),
    expectedClose: isoDate
      .optional()
      .describe(
        'When the parties expect the deal to close (YYYY-MM for "in June"); kb:check flags it once past',
      ),
    figures: z.array(figure).default([]),
    supersedes: z.array(id).default([]),
    supersededBy: id.optional(),
    partOf: id
      .optional()
      .describe('The larger deal this one belongs to (a pledge made for a round, a tranche); counted once'),
    expands: expansion.optional(),
    aggregate: z
      .boolean()
      .default(false)
      .describe('A roll-up of other deals (a cumulative total, a spending plan); never added to totals'),
    summary: z.string().min(1).describe('Two or three sentences in your own words'),
    caveats: z
      .array(z.string().min(1))
      .default([])
      .describe('What a naive reading gets wrong ("a licence, not an acquisition"); shown to users'),
    curatorNote: z
      .string()
      .optional()
      .describe(
        'For whoever keeps the knowledge base: why a figure was chosen, what a seed gets wrong; never shown',
      ),
    sources: z.array(id).min(1, 'at least one source id'),
  })
  .strict();

/**
 * A deal as the bot uses it: the record plus what its history says (status, when it was first reported,
 * when the status last changed, when it closed), derived here so the files state each fact once.
 */
export const deal = dealFields.transform(withHistoryFacts);

/** What a deal's history says, added to the record (also used by the fast path of validation). */
export function withHistoryFacts<R extends z.output<typeof dealFields>>(record: R) {
  const first = record.history[0]!;
  const last = record.history[record.history.length - 1]!;
  const closing = record.history.findLast((step) => step.status === 'closed');
  return {
    ...record,
    status: last.status,
    date: first.date,
    statusDate: record.history.length > 1 ? last.date : undefined,
    closed: closing?.date,
  };
}

export const companiesFile = z
  .object({ $schema: z.string().optional(), companies: z.array(company) })
  .strict();
export const sourcesFile = z.object({ $schema: z.string().optional(), sources: z.array(source) }).strict();
export const dealsFile = z.object({ $schema: z.string().optional(), deals: z.array(deal) }).strict();
export const metaFile = z
  .object({
    $schema: z.string().optional(),
    asOf: isoDate.describe('The date up to which the knowledge base was checked'),
    version: z.string().min(1),
  })
  .strict();

export type Company = z.infer<typeof company>;
export type CompanyKind = z.infer<typeof companyKind>;
export type Product = z.infer<typeof product>;
export type ProductKind = z.infer<typeof productKind>;
export type Source = z.infer<typeof source>;
export type SourceTier = z.infer<typeof sourceTier>;
export type Figure = z.infer<typeof figure>;
export type Qualifier = z.infer<typeof qualifier>;
export type Disclosure = z.infer<typeof disclosure>;
export type Deal = z.output<typeof deal>;
export type DealRecord = z.input<typeof deal>;
export type StatusStep = z.infer<typeof statusStep>;
export type Expansion = z.infer<typeof expansion>;
export type DealKind = z.infer<typeof dealKind>;
export type DealStatus = z.infer<typeof dealStatus>;
export type Party = z.infer<typeof party>;
export type PartyRole = z.infer<typeof partyRole>;
export type Meta = z.infer<typeof metaFile>;

export const PAYER_ROLES: ReadonlySet<PartyRole> = new Set([
  'investor',
  'customer',
  'acquirer',
  'licensee',
  'funder',
  'buyer',
  'lender',
]);
export const PAYEE_ROLES: ReadonlySet<PartyRole> = new Set([
  'investee',
  'supplier',
  'target',
  'seller',
  'licensor',
  'builder',
  'borrower',
]);
