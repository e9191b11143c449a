/**
 * Seeded, realistic knowledge bases for the benchmark: pronounceable company names (some multi-word, some
 * with "Labs", "AI", "Systems", "Inc."), 1–3 aliases each (ticker, short form, misspelling, old name),
 * parent links for about 5%, and 10 deals per company with the parties, roles, figures, qualifiers,
 * statuses, relations (superseded pairs, parts of rounds, expansions) and sources that the schema allows.
 * Counterparties follow a heavy-tailed popularity, so a few hubs gather thousands of deals at scale, as
 * the largest investors and suppliers do. Same seed, same knowledge base.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CONFIRMED_STATUSES,
  type Company,
  type CompanyKind,
  type Deal,
  type DealKind,
  type DealRecord,
  type DealStatus,
  type Figure,
  type Meta,
  type Party,
  type PartyRole,
  type Source,
  type SourceTier,
  type StatusStep,
} from '../src/knowledge/schema.js';
import { compactName } from '../src/text/normalize.js';
import { createRng, deriveSeed, type Rng } from './prng.js';

export interface GeneratedKnowledge {
  meta: Meta;
  companies: Company[];
  sources: Source[];
  deals: Deal[];
}

export interface GenerateOptions {
  companies: number;
  seed?: number;
  dealsPerCompany?: number;
}

export const DEFAULT_SEED = 20_260_531;
export const AS_OF = '2026-05-31';

// ---------------------------------------------------------------------------------------------- names

/** Weight tables for the draws below (constants, so the PRNG prepares each once). */
const NAME_FORMS = { word: 46, wordBack: 13, frontWord: 12, frontBack: 10, twoWords: 13, short: 6 } as const;
const SLIPS = { double: 3, drop: 2, swap: 2, vowel: 3 } as const;
const SOURCE_COUNTS = { one: 30, two: 45, three: 25 } as const;
const LANGUAGES = { en: 85, es: 3, it: 3, fr: 3, de: 3, pt: 3 } as const;
const DISCLOSURES = { announced: 60, reported: 30, estimate: 5, derived: 5 } as const;
const QUALIFIERS = {
  exact: 45,
  'up-to': 15,
  about: 14,
  'at-least': 8,
  'more-than': 5,
  undisclosed: 13,
} as const;

const ONSETS = [
  'b',
  'br',
  'c',
  'cl',
  'cr',
  'd',
  'dr',
  'f',
  'fl',
  'fr',
  'g',
  'gl',
  'gr',
  'h',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'pl',
  'pr',
  'qu',
  'r',
  's',
  'sc',
  'sk',
  'sl',
  'sp',
  'st',
  't',
  'tr',
  'v',
  'w',
  'z',
  'th',
  'sh',
  'ch',
  'ph',
  'bl',
  'sn',
  'sw',
  'x',
  'y',
  '',
  '',
];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'a', 'ai', 'ea', 'io', 'ou', 'y'];
const CODAS = ['', '', '', '', '', '', 'n', 'r', 'l', 's', 'x', 'm', 'k', 'nd', 'rn', 'st', 'nt', 'lt'];
const FRONTS = [
  'Deep',
  'Neural',
  'Quantum',
  'Cloud',
  'Data',
  'Hyper',
  'Meta',
  'Omni',
  'Nova',
  'Astra',
  'Cyber',
  'Sky',
  'Blue',
  'Bright',
  'Open',
  'True',
  'Sense',
  'Vector',
  'Tensor',
  'Cortex',
  'Synth',
  'Cogni',
  'Signal',
  'Logic',
  'Pixel',
  'Graph',
  'Flux',
  'Core',
  'Edge',
  'Swift',
  'Iron',
  'Silver',
  'Stellar',
  'Lumen',
  'Aether',
  'Nimbus',
  'Arc',
  'Helix',
  'Orbit',
  'Zen',
];
const BACKS = [
  'Mind',
  'Forge',
  'Works',
  'Scale',
  'Mesh',
  'Stack',
  'Wave',
  'Path',
  'Point',
  'Shift',
  'Loop',
  'Gate',
  'Grid',
  'Node',
  'Base',
  'Bridge',
  'Sight',
  'Flow',
  'Spark',
  'Pulse',
  'Verse',
  'Link',
  'Fabric',
  'Layer',
  'Vision',
  'Ops',
  'Matrix',
  'Field',
  'Labs',
  'Logic',
];
const SUFFIXES: Record<CompanyKind, [number, string[]]> = {
  startup: [0.45, ['AI', 'Labs', 'Systems', 'Inc.', 'Technologies', 'Robotics', 'Health', 'Software']],
  'ai-lab': [0.65, ['AI', 'Labs', 'Research', 'Intelligence']],
  investor: [0.9, ['Capital', 'Ventures', 'Partners', 'Fund', 'Investments', 'Holdings']],
  cloud: [0.5, ['Cloud', 'Compute']],
  neocloud: [0.6, ['Cloud', 'Compute', 'GPU Cloud']],
  chipmaker: [0.6, ['Semiconductor', 'Silicon', 'Micro', 'Devices']],
  'data-centre': [0.7, ['Data Centers', 'Infrastructure', 'Digital', 'DC']],
  'big-tech': [0.4, ['Inc.', 'Corp.', 'Group']],
  media: [0.7, ['Media', 'News', 'Press']],
  telecom: [0.8, ['Telecom', 'Networks', 'Mobile']],
  'joint-venture': [0.5, ['JV', 'Alliance', 'Project']],
  person: [0, []],
  other: [0.3, ['Co.', 'Ltd', 'GmbH', 'SA']],
};
const DIVISIONS = ['Cloud', 'Research', 'Ventures', 'Robotics', 'Capital', 'Devices', 'Health', 'Studios'];
const KIND_WEIGHTS: Record<CompanyKind, number> = {
  startup: 44,
  'ai-lab': 10,
  investor: 16,
  cloud: 3,
  neocloud: 3,
  chipmaker: 3,
  'data-centre': 4,
  'big-tech': 1,
  media: 3,
  telecom: 3,
  'joint-venture': 2,
  person: 0,
  other: 8,
};
/** Kinds that tend to be on the other side of many deals: they rank first in popularity. */
const HUB_KINDS = new Set<CompanyKind>(['investor', 'big-tech', 'cloud', 'chipmaker', 'ai-lab', 'neocloud']);
const CITIES = [
  'San Francisco, California, USA',
  'Seattle, Washington, USA',
  'New York, New York, USA',
  'Austin, Texas, USA',
  'London, UK',
  'Paris, France',
  'Berlin, Germany',
  'Toronto, Canada',
  'Tel Aviv, Israel',
  'Tokyo, Japan',
  'Seoul, South Korea',
  'Singapore',
  'Bangalore, India',
  'Shenzhen, China',
  'Abu Dhabi, UAE',
  'Stockholm, Sweden',
];
const KIND_PHRASES: Record<CompanyKind, string> = {
  startup: 'software start-up',
  'ai-lab': 'AI research lab training its own foundation models',
  investor: 'investment firm backing AI and infrastructure companies',
  cloud: 'cloud provider renting computing and storage',
  neocloud: 'GPU cloud that rents accelerators by the hour',
  chipmaker: 'chip designer selling accelerators for AI training and inference',
  'data-centre': 'data-centre developer building capacity for AI workloads',
  'big-tech': 'technology group with consumer, cloud and advertising businesses',
  media: 'media company licensing its archive for AI training',
  telecom: 'telecom operator investing in edge computing',
  'joint-venture': 'joint venture formed to build and run AI infrastructure',
  other: 'company with interests in AI',
  person: 'person who invests in AI companies',
};

function syllable(rng: Rng): string {
  return rng.pick(ONSETS) + rng.pick(NUCLEI) + rng.pick(CODAS);
}

function word(rng: Rng, syllables = rng.chance(0.6) ? 2 : 3): string {
  for (;;) {
    let w = '';
    for (let i = 0; i < syllables; i++) w += syllable(rng);
    if (w.length >= 4 && w.length <= 11) return w;
  }
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The distinctive part of a name, before any suffix: "Vantora" in "Vantora Labs". */
function baseName(rng: Rng): string {
  const form = rng.weighted(NAME_FORMS);
  switch (form) {
    case 'word':
      return cap(word(rng));
    case 'wordBack': {
      const back = rng.pick(BACKS);
      return cap(word(rng, 2)) + (rng.chance(0.5) ? back : back.toLowerCase());
    }
    case 'frontWord':
      return rng.pick(FRONTS) + word(rng, rng.chance(0.7) ? 1 : 2);
    case 'frontBack':
      return rng.pick(FRONTS) + rng.pick(BACKS);
    case 'twoWords':
      return `${cap(word(rng))} ${cap(word(rng, 2))}`;
    default: {
      let w = syllable(rng);
      while (w.length < 3) w += syllable(rng);
      return rng.chance(0.3) ? w.toUpperCase() : cap(w);
    }
  }
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** One realistic slip of the keyboard in a word: doubled or dropped letter, swapped neighbours, wrong vowel. */
function misspell(rng: Rng, text: string): string {
  const letters = [...text];
  const positions = letters.flatMap((ch, i) => (/[a-z]/i.test(ch) ? [i] : []));
  if (positions.length < 3) return `${text}${text.at(-1)}`;
  const i = positions[rng.int(1, positions.length - 1)]!;
  switch (rng.weighted(SLIPS)) {
    case 'double':
      letters.splice(i, 0, letters[i]!.toLowerCase());
      break;
    case 'drop':
      letters.splice(i, 1);
      break;
    case 'swap': {
      const j = i - 1;
      if (/[a-z]/i.test(letters[j]!)) [letters[i], letters[j]] = [letters[j]!, letters[i]!];
      else letters.splice(i, 0, letters[i]!);
      break;
    }
    default: {
      const vowel = positions.find((p) => /[aeiou]/i.test(letters[p]!) && p > 0);
      const at = vowel ?? i;
      letters[at] = rng.pick(['a', 'e', 'i', 'o', 'u'].filter((v) => v !== letters[at]!.toLowerCase()));
    }
  }
  return letters.join('');
}

function ticker(base: string): string | undefined {
  const upper = base.toUpperCase().replace(/[^A-Z]/g, '');
  if (upper.length < 3) return undefined;
  const rest = [...upper.slice(1)].filter((ch) => !'AEIOUY'.includes(ch));
  const letters = [upper[0]!, ...new Set(rest)].slice(0, upper.length > 8 ? 4 : 3);
  return letters.length >= 3 ? letters.join('') : undefined;
}

// ---------------------------------------------------------------------------------------------- companies

interface Draft {
  company: Company;
  base: string;
}

function generateCompanies(count: number, rng: Rng): Draft[] {
  const claimed = new Map<string, string>();
  const ids = new Set<string>();
  const drafts: Draft[] = [];
  const parents: Draft[] = [];

  const free = (name: string, owner?: string) => {
    const key = compactName(name);
    if (!key) return false;
    const current = claimed.get(key);
    return current === undefined || current === owner;
  };
  const claim = (name: string, owner: string) => claimed.set(compactName(name), owner);

  for (let n = 0; n < count; n++) {
    const kind = rng.weighted(KIND_WEIGHTS);
    let parent: Draft | undefined;
    if (parents.length > 10 && rng.chance(0.05)) parent = rng.pick(parents);

    let base = '';
    let name = '';
    for (let attempt = 0; ; attempt++) {
      if (parent && attempt < 5) {
        base = `${parent.base} ${rng.pick(DIVISIONS)}`;
        name = base;
      } else {
        base = baseName(rng);
        const [p, suffixes] = SUFFIXES[kind];
        name = rng.chance(p) ? `${base} ${rng.pick(suffixes)}` : base;
      }
      if (free(name) && (attempt < 40 || attempt % 10 !== 0)) break;
      if (attempt > 200) {
        base = `${base} ${n}`;
        name = base;
        if (free(name)) break;
      }
    }
    let id = slug(name) || `company-${n}`;
    if (ids.has(id)) {
      let k = 2;
      while (ids.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    ids.add(id);
    claim(name, id);

    const aliases: string[] = [];
    const wanted = rng.int(1, 3);
    const candidates: (() => string | undefined)[] = rng.shuffle([
      () => (rng.chance(0.15) ? ticker(base) : undefined),
      () => (name !== base ? base : undefined),
      () =>
        rng.chance(0.4)
          ? misspell(rng, base) + (name !== base && rng.chance(0.5) ? name.slice(base.length) : '')
          : undefined,
      () => (rng.chance(0.15) && base.length > 5 ? `${base.slice(0, 3)} ${base.slice(3)}` : undefined),
      () => (rng.chance(0.25) ? cap(word(rng)) : undefined),
      () => {
        const words = base.split(' ');
        return words.length > 1
          ? words.map((w) => w[0]!.toUpperCase()).join('') + (rng.chance(0.5) ? ' Group' : '')
          : undefined;
      },
    ]);
    for (const make of candidates) {
      if (aliases.length >= wanted) break;
      const alias = make();
      if (alias && alias !== name && !aliases.includes(alias) && free(alias, id)) {
        aliases.push(alias);
        claim(alias, id);
      }
    }
    for (let attempt = 0; aliases.length === 0 && attempt < 20; attempt++) {
      const former = cap(word(rng));
      if (free(former, id)) {
        aliases.push(former);
        claim(former, id);
      }
    }

    const company: Company = {
      id,
      name,
      kind,
      aliases,
      products: [],
      ...(parent && { parent: parent.company.id }),
      description: `${name} is a ${KIND_PHRASES[kind]}${parent ? `, part of ${parent.company.name}` : ''}.`,
      ...(rng.chance(0.8) && { headquarters: rng.pick(CITIES) }),
      ...(rng.chance(0.7) && { founded: rng.int(1975, 2025) }),
      ...(rng.chance(0.6) && { website: `https://www.${id}.example.com` }),
    };
    const draft = { company, base };
    drafts.push(draft);
    if (!parent && (HUB_KINDS.has(kind) || kind === 'big-tech')) parents.push(draft);
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------- deals

const DEAL_KIND_WEIGHTS: Record<DealKind, number> = {
  'compute-contract': 18,
  'equity-investment': 22,
  'funding-round': 14,
  acquisition: 9,
  partnership: 8,
  'chip-supply': 5,
  'data-centre-build': 5,
  'licence-and-hiring': 4,
  restructuring: 2,
  'secondary-sale': 3,
  'spending-commitment': 2,
  'joint-venture': 3,
  ipo: 1,
  'debt-financing': 1,
};
const KIND_SHORT: Record<DealKind, string> = {
  'compute-contract': 'compute',
  'equity-investment': 'equity',
  'funding-round': 'round',
  acquisition: 'acquisition',
  partnership: 'partnership',
  'chip-supply': 'chips',
  'data-centre-build': 'dc',
  'licence-and-hiring': 'licence',
  restructuring: 'restructuring',
  'secondary-sale': 'secondary',
  'spending-commitment': 'commitment',
  'joint-venture': 'jv',
  ipo: 'ipo',
  'debt-financing': 'loan',
};
const VERBS: Record<DealKind, string> = {
  'compute-contract': 'buys compute from',
  'equity-investment': 'invests in',
  'funding-round': 'leads a round in',
  acquisition: 'acquires',
  partnership: 'partners with',
  'chip-supply': 'buys chips from',
  'data-centre-build': 'funds a data centre built by',
  'licence-and-hiring': 'licenses technology from',
  restructuring: 'restructures its stake in',
  'secondary-sale': 'buys secondary shares of',
  'spending-commitment': 'commits to spend with',
  'joint-venture': 'forms a joint venture with',
  ipo: 'lists shares with',
  'debt-financing': 'lends to',
};
const LIVE_STATUS_WEIGHTS = {
  signed: 30,
  closed: 28,
  announced: 22,
  'letter-of-intent': 3,
  talks: 5,
  stalled: 3,
  terminated: 2,
} satisfies Partial<Record<DealStatus, number>>;
const CHIPS = ['NVIDIA GB300', 'NVIDIA H200', 'AMD MI450', 'Trainium3', 'TPU v7', 'Gaudi 3', 'custom ASIC'];
const PUBLISHERS: [string, string, SourceTier][] = [
  ['Reuters', 'reuters.com', 'major'],
  ['Bloomberg', 'bloomberg.com', 'major'],
  ['Financial Times', 'ft.com', 'major'],
  ['The Wall Street Journal', 'wsj.com', 'major'],
  ['CNBC', 'cnbc.com', 'major'],
  ['TechCrunch', 'techcrunch.com', 'trade'],
  ['The Information', 'theinformation.com', 'trade'],
  ['Data Center Dynamics', 'datacenterdynamics.com', 'trade'],
  ['SiliconANGLE', 'siliconangle.com', 'trade'],
  ['Il Sole 24 Ore', 'ilsole24ore.com', 'trade'],
  ['AI News Daily', 'ainewsdaily.example.com', 'aggregator'],
  ['Startup Digest', 'startupdigest.example.com', 'aggregator'],
];
const MAJOR_PUBLISHERS = PUBLISHERS.filter((p) => p[2] === 'major');
const CAVEATS = [
  'The amount is a ceiling over several years, not money already spent.',
  'Reported by the press; the parties did not confirm the figure.',
  'Paid partly in shares; the cash part was not disclosed.',
  'Conditional on regulatory approval.',
  'A licence and hiring deal, not an acquisition.',
];
const PAYERS = new Set<PartyRole>(['investor', 'customer', 'acquirer', 'licensee', 'funder']);
const PAYEES = new Set<PartyRole>(['investee', 'supplier', 'target', 'seller', 'licensor', 'builder']);
const CURRENCY_SIGNS: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  KRW: '₩',
  CNY: 'CN¥',
};

function shortMoney(amount: number, currency: string): string {
  const [value, unit] =
    amount >= 1e9 ? [amount / 1e9, 'B'] : amount >= 1e6 ? [amount / 1e6, 'M'] : [amount / 1e3, 'K'];
  return `${CURRENCY_SIGNS[currency] ?? currency}${Number(value.toPrecision(2))}${unit}`;
}

const CURRENCY_WEIGHTS = { USD: 85, EUR: 6, GBP: 3, JPY: 2, KRW: 2, CNY: 2 };
/** Months from 2016-01 (0) to 2026-05 (124): the knowledge base's span. */
const LAST_MONTH = 124;

function monthText(m: number): string {
  return `${2016 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
}

function dayText(m: number, day: number): string {
  return `${monthText(m)}-${String(day).padStart(2, '0')}`;
}

function roundMoney(value: number): number {
  const digits = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.max(digits, Math.round(value / digits) * digits);
}

interface Slot {
  kind: DealKind;
  month: number;
  id: string;
  plan:
    | { type: 'plain' }
    | { type: 'round'; investors: string[] }
    | { type: 'part'; round: number; investor: number }
    | { type: 'superseded'; by: number }
    | { type: 'successor'; of: number }
    | { type: 'expands'; base: number };
}

function twoParties(owner: string, other: string, ownerRole: PartyRole, otherRole: PartyRole): Party[] {
  return [
    { company: owner, role: ownerRole },
    { company: other, role: otherRole },
  ];
}

class DealFactory {
  deals: Deal[] = [];
  sources: Source[] = [];
  private readonly cumulative: Float64Array;
  private readonly byRank: Company[];
  private seedCounter = 0;

  constructor(
    private readonly rng: Rng,
    private readonly companies: Company[],
  ) {
    // Popularity: hubs first, then weight 1/(rank + 50), so the top company is on the other side of a few
    // tenths of a percent of all deals, and a typical company of a handful.
    const keyed = companies.map((c) => ({ c, key: rng.next() * (HUB_KINDS.has(c.kind) ? 0.15 : 1) }));
    keyed.sort((a, b) => a.key - b.key);
    this.byRank = keyed.map((k) => k.c);
    this.cumulative = new Float64Array(companies.length);
    let total = 0;
    for (let i = 0; i < companies.length; i++) {
      total += 1 / (i + 50);
      this.cumulative[i] = total;
    }
  }

  /** A popular counterparty, never one of `not`. */
  counterparty(not: readonly string[]): string {
    const total = this.cumulative[this.cumulative.length - 1]!;
    for (;;) {
      const r = this.rng.next() * total;
      let lo = 0;
      let hi = this.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid]! < r) lo = mid + 1;
        else hi = mid;
      }
      const id = this.byRank[lo]!.id;
      if (!not.includes(id)) return id;
    }
  }

  forCompany(owner: Company, count: number): void {
    const rng = this.rng;
    // Repeat business: about a third of a company's deals are with one regular partner.
    this.favourite = this.counterparty([owner.id]);
    const slots: Slot[] = [];
    for (let i = 0; i < count; i++) {
      const kind = rng.weighted(DEAL_KIND_WEIGHTS);
      const month = Math.min(LAST_MONTH, Math.floor(LAST_MONTH * (1 - rng.next() ** 2.2)));
      slots.push({ kind, month, id: '', plan: { type: 'plain' } });
    }
    const freeRun = (length: number) => {
      const starts: number[] = [];
      for (let i = 0; i + length <= count; i++) {
        if (slots.slice(i, i + length).every((s) => s.plan.type === 'plain')) starts.push(i);
      }
      return starts.length > 0 ? rng.pick(starts) : undefined;
    };
    if (count >= 3 && rng.chance(0.1)) {
      const r = freeRun(3);
      if (r !== undefined) {
        const investors = [this.counterparty([owner.id])];
        investors.push(this.counterparty([owner.id, ...investors]));
        investors.push(this.counterparty([owner.id, ...investors]));
        slots[r] = { ...slots[r]!, kind: 'funding-round', plan: { type: 'round', investors } };
        for (const k of [1, 2]) {
          slots[r + k] = {
            kind: 'equity-investment',
            month: slots[r]!.month,
            id: '',
            plan: { type: 'part', round: r, investor: k - 1 },
          };
        }
      }
    }
    if (count >= 2 && rng.chance(0.08)) {
      const j = freeRun(2);
      if (j !== undefined) {
        const month = Math.min(slots[j]!.month, LAST_MONTH - 6);
        slots[j] = { ...slots[j]!, month, plan: { type: 'superseded', by: j + 1 } };
        slots[j + 1] = {
          kind: slots[j]!.kind,
          month: month + rng.int(1, 6),
          id: '',
          plan: { type: 'successor', of: j },
        };
      }
    }
    if (count >= 2 && rng.chance(0.05)) {
      const j = freeRun(2);
      if (j !== undefined) {
        const month = Math.min(slots[j]!.month, LAST_MONTH - 12);
        slots[j] = { ...slots[j]!, kind: 'compute-contract', month };
        slots[j + 1] = {
          kind: 'compute-contract',
          month: month + rng.int(1, 12),
          id: '',
          plan: { type: 'expands', base: j },
        };
      }
    }
    slots.forEach((s, i) => {
      s.id = `${owner.id}-${KIND_SHORT[s.kind]}-${monthText(s.month)}-${i + 1}`;
    });

    const made: Deal[] = [];
    for (const [i, slot] of slots.entries()) {
      const plan = slot.plan;
      let parties: Party[];
      if (plan.type === 'round') {
        parties = [
          { company: owner.id, role: 'investee' },
          ...plan.investors.map((company, k) => ({
            company,
            role: 'investor' as const,
            ...(k === 0 && { lead: true }),
          })),
        ];
      } else if (plan.type === 'part') {
        const round = slots[plan.round]!.plan as { investors: string[] };
        parties = [
          { company: round.investors[plan.investor]!, role: 'investor' },
          { company: owner.id, role: 'investee' },
        ];
      } else if (plan.type === 'successor' || plan.type === 'expands') {
        const earlier = made[plan.type === 'successor' ? plan.of : plan.base]!;
        parties = earlier.parties.map((p) => ({ company: p.company, role: p.role }));
      } else {
        parties = this.parties(owner.id, slot.kind);
      }

      let status: DealStatus = rng.weighted(LIVE_STATUS_WEIGHTS);
      if (plan.type === 'superseded') status = 'superseded';
      if (plan.type === 'successor' && status === 'talks') status = 'signed';
      const day = rng.chance(0.05) ? undefined : rng.int(1, 28);
      const date = day === undefined ? monthText(slot.month) : dayText(slot.month, day);

      const own = this.makeSources(slot.id, date, rng.weighted(SOURCE_COUNTS));
      const dealSources = own.map((s) => s.id);
      const previous = made[i - 1];
      if (previous && rng.chance(0.25)) dealSources.push(previous.sources[0]!);

      const figures = this.figures(slot.kind, dealSources, rng);
      // A status that says the parties acted needs their word: a primary source or an announced figure.
      if (
        CONFIRMED_STATUSES.has(status) &&
        own[0]?.tier !== 'primary' &&
        !figures.some((f) => f.disclosure === 'announced')
      )
        status = 'reported';
      const first: StatusStep = { status, date, sources: own.map((s) => s.id) };
      const laterStep = (later: DealStatus, when: string): StatusStep => ({
        status: later,
        date: when,
        sources: this.makeSources(`${slot.id}-${later}`, when, 'one').map((s) => s.id),
      });
      const history: StatusStep[] =
        plan.type === 'superseded'
          ? [
              { ...first, status: status === 'superseded' ? 'talks' : status },
              laterStep('superseded', dayText(slots[plan.by]!.month, 28)),
            ]
          : status === 'closed'
            ? [
                { ...first, status: 'signed' },
                laterStep('closed', dayText(slot.month + rng.int(1, 6), rng.int(1, 28))),
              ]
            : status === 'stalled' || status === 'terminated'
              ? [
                  { ...first, status: 'talks' },
                  laterStep(status, dayText(slot.month + rng.int(1, 9), rng.int(1, 28))),
                ]
              : [first];
      const last = history[history.length - 1]!;
      const deal: Deal = {
        id: slot.id,
        kind: slot.kind,
        title: '',
        parties,
        history,
        status: last.status,
        date,
        statusDate: history.length > 1 ? last.date : undefined,
        closed: last.status === 'closed' ? last.date : undefined,
        figures,
        supersedes: plan.type === 'successor' ? [slots[plan.of]!.id] : [],
        ...(plan.type === 'superseded' && { supersededBy: slots[plan.by]!.id }),
        ...(plan.type === 'part' && { partOf: slots[plan.round]!.id }),
        ...(plan.type === 'expands' && { expands: { deal: slots[plan.base]!.id, effect: 'adds' as const } }),
        aggregate: slot.kind === 'spending-commitment',
        summary: '',
        caveats: rng.chance(0.2) ? [rng.pick(CAVEATS)] : [],
        sources: dealSources,
      };
      this.describe(deal);
      made.push(deal);
    }
    for (const d of made) this.deals.push(d);
  }

  private favourite = '';

  private parties(owner: string, kind: DealKind): Party[] {
    const rng = this.rng;
    const other = rng.chance(0.3) ? this.favourite : this.counterparty([owner]);
    const pair = twoParties.bind(null, owner, other);
    const flip = (a: PartyRole, b: PartyRole) => (rng.chance(0.5) ? pair(a, b) : pair(b, a));
    switch (kind) {
      case 'equity-investment':
        return flip('investee', 'investor');
      case 'funding-round': {
        const investors = [other];
        for (let k = rng.int(0, 2); k > 0; k--) investors.push(this.counterparty([owner, ...investors]));
        return [
          { company: owner, role: 'investee' },
          ...investors.map((company, k) => ({
            company,
            role: 'investor' as const,
            ...(k === 0 && { lead: true }),
          })),
        ];
      }
      case 'compute-contract':
        return rng.chance(0.6) ? pair('customer', 'supplier') : pair('supplier', 'customer');
      case 'chip-supply':
        return pair('customer', 'supplier');
      case 'licence-and-hiring':
        return flip('licensor', 'licensee');
      case 'acquisition':
        return flip('target', 'acquirer');
      case 'data-centre-build':
        return pair('funder', 'builder');
      case 'secondary-sale':
        return [
          { company: owner, role: 'subject' },
          { company: other, role: 'buyer' },
          { company: this.counterparty([owner, other]), role: 'seller' },
        ];
      case 'partnership':
        return pair('partner', 'partner');
      case 'joint-venture':
        return pair('funder', 'funder');
      case 'restructuring':
        return pair('investee', 'investor');
      case 'spending-commitment':
        return pair('customer', 'supplier');
      case 'ipo':
        return [{ company: owner, role: 'investee' }];
      case 'debt-financing':
        return pair('borrower', 'lender');
    }
  }

  private makeSources(dealId: string, date: string, count: 'one' | 'two' | 'three'): Source[] {
    const rng = this.rng;
    const n = count === 'one' ? 1 : count === 'two' ? 2 : 3;
    const out: Source[] = [];
    for (let k = 0; k < n; k++) {
      const [publisher, domain, tier] =
        k === 0
          ? rng.chance(0.35)
            ? (['Company press release', 'press.example.com', 'primary'] as const)
            : rng.pick(MAJOR_PUBLISHERS)
          : rng.pick(PUBLISHERS);
      const id = `${dealId}-s${k + 1}`;
      const seed = k > 0 && rng.chance(0.03);
      const source: Source = {
        id,
        ...(seed
          ? {
              seed: `${String(this.seedCounter++ % 1000).padStart(3, '0')}_${Math.floor(rng.next() * 2 ** 32)
                .toString(16)
                .padStart(8, '0')}${Math.floor(rng.next() * 2 ** 32)
                .toString(16)
                .padStart(8, '0')}.txt`,
            }
          : { url: `https://www.${domain}/${date.slice(0, 7).replace('-', '/')}/${id}` }),
        publisher,
        title: `${publisher} report on ${dealId.replace(/-/g, ' ')}`,
        ...(rng.chance(0.85) && { date }),
        language: rng.weighted(LANGUAGES),
        tier,
        ...(rng.chance(0.05) && { relays: 'Reuters' }),
      };
      out.push(source);
      this.sources.push(source);
    }
    return out;
  }

  /** The deal whose figures are being made cites these sources. */
  private citing: string[] = [];

  // Every figure cites the deal's first source (never an aggregator, always with a url), sometimes more.
  private cite(): string[] {
    const sources = this.citing;
    return sources.length > 1 && this.rng.chance(0.4)
      ? [sources[0]!, this.rng.pick(sources.slice(1))]
      : [sources[0]!];
  }

  private disclosure() {
    return this.rng.weighted(DISCLOSURES);
  }

  private amount(min: number, max: number, label?: string): Figure {
    const rng = this.rng;
    const qualifier = rng.weighted(QUALIFIERS);
    return {
      kind: 'amount',
      ...(label && { label }),
      measures: 'payment',
      ...(qualifier !== 'undisclosed' && { amount: roundMoney(min * (max / min) ** rng.next()) }),
      currency: rng.weighted(CURRENCY_WEIGHTS),
      qualifier,
      disclosure: this.disclosure(),
      sources: this.cite(),
      ...(rng.chance(0.08) && { note: 'Terms as described by the parties at announcement.' }),
    };
  }

  private valuation(basis: 'pre' | 'post' | 'implied'): Figure {
    return {
      kind: 'valuation',
      basis,
      amount: roundMoney(1e8 * 5000 ** this.rng.next()),
      currency: 'USD',
      qualifier: this.rng.chance(0.8) ? 'exact' : 'about',
      disclosure: this.disclosure(),
      sources: this.cite(),
    };
  }

  private stake(percent: number): Figure {
    return {
      kind: 'stake',
      percent,
      qualifier: 'exact',
      disclosure: this.disclosure(),
      sources: this.cite(),
    };
  }

  private figures(kind: DealKind, sources: string[], rng: Rng): Figure[] {
    this.citing = sources;
    const out: Figure[] = [];
    switch (kind) {
      case 'equity-investment':
        out.push(this.amount(1e6, 2e10));
        if (rng.chance(0.4)) out.push(this.valuation(rng.chance(0.7) ? 'post' : 'pre'));
        if (rng.chance(0.2)) out.push(this.stake(rng.int(1, 49)));
        break;
      case 'funding-round':
        out.push(this.amount(5e6, 3e10));
        if (rng.chance(0.6)) out.push(this.valuation('post'));
        break;
      case 'compute-contract':
        out.push(this.amount(1e7, 5e10));
        if (rng.chance(0.5))
          out.push({
            kind: 'term',
            years: rng.int(1, 7),
            qualifier: 'exact',
            disclosure: this.disclosure(),
            sources: this.cite(),
          });
        if (rng.chance(0.3))
          out.push({
            kind: 'capacity',
            value: rng.int(1, 50) / 10,
            unit: 'GW',
            qualifier: 'up-to',
            disclosure: this.disclosure(),
            sources: this.cite(),
          });
        break;
      case 'chip-supply':
        out.push({
          kind: 'chips',
          ...(rng.chance(0.7) && { count: rng.int(1, 1000) * 1000 }),
          chip: rng.pick(CHIPS),
          qualifier: rng.chance(0.5) ? 'exact' : 'up-to',
          disclosure: this.disclosure(),
          sources: this.cite(),
        });
        if (rng.chance(0.6)) out.push(this.amount(1e7, 2e10));
        break;
      case 'licence-and-hiring':
        out.push(this.amount(1e7, 2e10));
        break;
      case 'acquisition':
        out.push(this.amount(1e6, 5e10));
        if (rng.chance(0.2)) out.push(this.stake(100));
        break;
      case 'data-centre-build':
        out.push({
          kind: 'capacity',
          value: rng.int(20, 2000),
          unit: 'MW',
          qualifier: 'exact',
          disclosure: this.disclosure(),
          sources: this.cite(),
        });
        if (rng.chance(0.7)) out.push(this.amount(5e7, 5e10));
        break;
      case 'secondary-sale':
        out.push(this.amount(1e7, 1e10));
        if (rng.chance(0.5)) out.push(this.valuation('implied'));
        break;
      case 'partnership':
        if (rng.chance(0.3)) out.push(this.amount(1e6, 1e9));
        break;
      case 'joint-venture':
        out.push(this.amount(1e8, 1e11));
        break;
      case 'restructuring':
        out.push(this.stake(rng.int(1, 60)));
        break;
      case 'spending-commitment':
        out.push(this.amount(1e9, 5e11, 'commitment'));
        break;
      case 'ipo':
        out.push(this.amount(1e8, 5e10));
        break;
      case 'debt-financing':
        out.push(this.amount(1e8, 4e10));
        break;
    }
    return out;
  }

  private describe(deal: Deal): void {
    const payer = deal.parties.find((p) => PAYERS.has(p.role));
    const payee = deal.parties.find((p) => PAYEES.has(p.role));
    const first = payer && payee ? payer : deal.parties[0]!;
    const second = payer && payee ? payee : (deal.parties[1] ?? deal.parties[0]!);
    const a = this.nameOf(first.company);
    const b = this.nameOf(second.company);
    const headline = deal.figures.find((f) => f.kind === 'amount');
    const money =
      headline && headline.kind === 'amount' && headline.amount !== undefined
        ? ` (${headline.qualifier === 'exact' ? '' : `${headline.qualifier.replace('-', ' ')} `}${shortMoney(headline.amount, headline.currency)})`
        : '';
    const title = `${a} ${VERBS[deal.kind]} ${b}${money}`;
    deal.title = title.length > 120 ? `${title.slice(0, 119)}…` : title;
    deal.summary = `${a} and ${b} agreed a ${deal.kind.replace(/-/g, ' ')} deal in ${deal.date.slice(0, 7)}. The terms above are as ${headline?.disclosure === 'reported' ? 'reported by the press' : 'announced by the parties'}; the status was last checked against the sources listed.`;
  }

  private nameCache: Map<string, string> | undefined;

  private nameOf(id: string): string {
    this.nameCache ??= new Map(this.companies.map((c) => [c.id, c.name]));
    return this.nameCache.get(id) ?? id;
  }
}

/** A block of deals and their sources; generation is streamed block by block to keep memory flat. */
export interface Block {
  deals: Deal[];
  sources: Source[];
}

/**
 * Generates the companies, then their deals in blocks of `blockCompanies` companies. The sequence of
 * draws does not depend on the block size, so the knowledge base is the same however it is consumed.
 */
export function generateStream(
  options: GenerateOptions,
  onBlock: (block: Block) => void,
  blockCompanies = 5000,
): { meta: Meta; companies: Company[] } {
  const seed = options.seed ?? DEFAULT_SEED;
  const dealsPerCompany = options.dealsPerCompany ?? 10;
  const drafts = generateCompanies(options.companies, createRng(deriveSeed(seed, 'companies')));
  const companies = drafts.map((d) => d.company);
  const factory = new DealFactory(createRng(deriveSeed(seed, 'deals')), companies);
  const flush = () => {
    onBlock({ deals: factory.deals, sources: factory.sources });
    factory.deals = [];
    factory.sources = [];
  };
  companies.forEach((company, i) => {
    factory.forCompany(company, dealsPerCompany);
    if ((i + 1) % blockCompanies === 0) flush();
  });
  if (factory.deals.length > 0 || factory.sources.length > 0) flush();
  return { meta: { asOf: AS_OF, version: `bench-${options.companies}-${seed}` }, companies };
}

export function generateKnowledge(options: GenerateOptions): GeneratedKnowledge {
  const deals: Deal[] = [];
  const sources: Source[] = [];
  const { meta, companies } = generateStream(options, (block) => {
    for (const d of block.deals) deals.push(d);
    for (const s of block.sources) sources.push(s);
  });
  return { meta, companies, sources, deals };
}

export interface WrittenKnowledge {
  dir: string;
  files: number;
  bytes: number;
}

/** A deal as its file holds it: what the history says (status, dates) is derived at load, not written. */
export function toRecord(deal: Deal): DealRecord {
  const { status: _status, date: _date, statusDate: _statusDate, closed: _closed, ...record } = deal;
  return record;
}

/** Writes JSON as the knowledge base's files are written: two-space indentation and a final newline. */
function writer(dir: string) {
  const written: WrittenKnowledge = { dir, files: 0, bytes: 0 };
  for (const sub of ['companies', 'sources', 'deals']) mkdirSync(join(dir, sub), { recursive: true });
  const count = new Map<string, number>();
  return {
    written,
    write(path: string, value: unknown) {
      const text = `${JSON.stringify(value, null, 2)}\n`;
      writeFileSync(join(dir, path), text);
      written.files++;
      written.bytes += Buffer.byteLength(text);
    },
    /** The next numbered file of a collection: deals/deals-003.json. */
    next(collection: 'companies' | 'sources' | 'deals'): string {
      const n = count.get(collection) ?? 0;
      count.set(collection, n + 1);
      return join(collection, `${collection}-${String(n).padStart(3, '0')}.json`);
    },
  };
}

/** Writes a knowledge base as the bot reads it: meta.json and several files per collection. */
export function writeKnowledge(dir: string, kb: GeneratedKnowledge, perFile = 50_000): WrittenKnowledge {
  const out = writer(dir);
  out.write('meta.json', kb.meta);
  for (const [name, records] of [
    ['companies', kb.companies],
    ['sources', kb.sources],
    ['deals', kb.deals.map(toRecord)],
  ] as const) {
    for (let start = 0; start < records.length || start === 0; start += perFile)
      out.write(out.next(name), { [name]: records.slice(start, start + perFile) });
  }
  return out.written;
}

/**
 * Generates and writes in one pass, one file of deals and one of sources per block of 5,000 companies
 * (50,000 deals), so that a 1,000,000-deal knowledge base never has to sit in memory whole.
 */
export function generateToDir(
  dir: string,
  options: GenerateOptions,
): WrittenKnowledge & { deals: number; sources: number } {
  const out = writer(dir);
  let deals = 0;
  let sources = 0;
  const { meta, companies } = generateStream(options, (block) => {
    out.write(out.next('deals'), { deals: block.deals.map(toRecord) });
    out.write(out.next('sources'), { sources: block.sources });
    deals += block.deals.length;
    sources += block.sources.length;
  });
  out.write('meta.json', meta);
  for (let start = 0; start < companies.length; start += 50_000)
    out.write(out.next('companies'), { companies: companies.slice(start, start + 50_000) });
  return { ...out.written, deals, sources };
}
