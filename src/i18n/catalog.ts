/**
 * Everything the bot says, per language. One catalog per language implements this interface, so a
 * missing key fails the type check (and a test compares the catalogs key by key at run time too).
 * Knowledge-base text (deal titles, summaries, caveats) is written in English and shown as written.
 */
import type { Category, Certainty } from '../graph/kinds.js';
import type {
  CompanyKind,
  DealKind,
  DealStatus,
  Disclosure,
  ProductKind,
  Qualifier,
} from '../knowledge/schema.js';

export type Lang = 'en' | 'es' | 'it';

export type CommandName =
  | 'deal'
  | 'backers'
  | 'investments'
  | 'company'
  | 'sources'
  | 'top'
  | 'latest'
  | 'ask'
  | 'help'
  | 'graph'
  | 'loops'
  | 'timeline';

/** A slash command's name and description in one language, with its options'. */
export interface CommandText {
  name: string;
  description: string;
  options: Record<string, { name: string; description: string }>;
}

export interface Catalog {
  lang: Lang;
  /** BCP 47 tag for Intl formatting. */
  locale: string;
  /** 38e9 USD → "$38 billion" / "38.000 millones de dólares" / "38 miliardi di dollari". */
  money(amount: number, currency: string): string;
  /** "2025-11-03" → "3 Nov 2025"; "2025-11" → "Nov 2025". */
  date(iso: string): string;
  number(value: number): string;
  qualified(qualifier: Qualifier, value: string): string;
  undisclosed: string;
  disclosure: Record<Disclosure, string>;
  /** The same, in one word, for short mentions of a figure ("about $20 billion (reported)"). */
  disclosureShort: Record<Disclosure, string>;
  status: Record<DealStatus, string>;
  kind: Record<DealKind, string>;
  companyKind: Record<CompanyKind, string>;
  /** With its article, to sit in a sentence: "a chip", "un chip". */
  productKind: Record<ProductKind, string>;
  /** Autocomplete labels: why a name was offered ("alias AWS", "close to Nvidia", "Trainium, a chip"). */
  choices: {
    alias(name: string): string;
    closeTo(name: string): string;
    product(name: string, kind: string): string;
  };
  plural(n: number, one: string, many: string): string;
  and: string;
  more(n: number): string;

  figure: {
    amount: string;
    preMoney: string;
    postMoney: string;
    implied: string;
    stake: string;
    stakeHeldBy(name: string): string;
    capacity: string;
    chips: string;
    term: string;
    years(n: string, count: number): string;
    /** Said of a figure whose only support is secondary (aggregator) pages. */
    lowConfidence: string;
    /** After a fee's amount: "$1.25 billion per month". */
    per: Record<'month' | 'year' | 'quarter' | 'week', string>;
  };

  deal: {
    date: string;
    status: string;
    closedOn(date: string): string;
    mention(value: string | undefined, kind: string, month: string): string;
    supersededHistory(value: string, month: string): string;
    supersededBy(history: string | undefined, mention: string): string;
    replaces: string;
    partOf: string;
    countedOnce: string;
    includes: string;
    expands: string;
    expandedBy: string;
    /** How an expansion counts: "adds to it", "is the new total", "overlaps it (never added)". */
    expansionEffect: Record<'adds' | 'new-total' | 'overlaps', string>;
    history: string;
    /** The payees of a secondary sale: "selling shareholders of OpenAI". */
    sellersOf(company: string): string;
    confirmedBy(names: string): string;
    rollUp: string;
  };

  answers: {
    dealsOf(name: string): string;
    dealsBetween(a: string, b: string): string;
    noDeals(name: string): string;
    noDealBetween(a: string, b: string): string;
    checkedUpTo(asOf: string): string;
    oneGroup(a: string, b: string): string;
    /** A deal card asked for by a menu whose deal is no longer in the knowledge base. */
    dealGone: string;
    oneGroupLead(a: string, b: string, command: string): string;
    dealsCount(n: number): string;
    /** When a company has more deals than one answer shows. */
    showingNewest(shown: number, total: number): string;
    moneyFlows: string;
    noLiveAmounts: string;
    latestTitle: string;
    latestSince(date: string): string;
    latestLead(asOf: string): string;
    newDeal(status: string): string;
    nowStatus(status: string): string;
    dealUpdate(note: string): string;
    andMoreEvents(n: number): string;
    nothingSince(date: string, asOf: string): string;
    badSince(text: string): string;
    sinceFormat: string;
    linkedTo: string;
    products: string;
    /** Why a product's name found a company: "Trainium is a chip of AWS". */
    productOf(product: string, kind: string, company: string): string;
    /** A person asked about as if a company: "Jensen Huang is a person (NVIDIA), not a company". */
    personNotCompany(person: string, affiliation: string): string;
    /** A company's place in a deal shared with other payers whose own share is unknown. */
    ownShareUndisclosed(whole: string): string;
    /** "part of Stargate", on a ranked deal that belongs to a larger one. */
    partOfDeal(title: string): string;
    neutral(n: number, ids: string): string;
    noFlows(a: string, b: string): string;
    backersOf(name: string): string;
    investmentsBy(name: string): string;
    investors(names: string): string;
    into(names: string): string;
    noBackers(name: string): string;
    noInvestments(name: string): string;
    inShort: string;
    totals: string;
    noDisclosedAmounts: string;
    profileOf(name: string): string;
    dealsInKb(n: number): string;
    about: string;
    companyKind: string;
    alsoCalled: string;
    partOf: string;
    owns: string;
    headquarters: string;
    founded: string;
    latestValuation: string;
    valuationBasis: { pre: string; post: string; implied: string };
    backers: string;
    investments: string;
    suppliers: string;
    customers: string;
    deals: string;
    andMore(n: number, command: string): string;
    allDeals: string;
    sourcesFor(title: string): string;
    sourcesForDeals(title: string): string;
    noDealId(id: string): string;
    nearDealIds(ids: string): string;
    dealIdHint: string;
    whichSources: string;
    whichSourcesLead: string;
    sourcesCount(n: number): string;
    dealAndStatus: string;
    unknownKind(kind: string): string;
    kinds(list: string): string;
    anyKind: string;
    noDealsIn(year: number): string;
    yearsAvailable(years: string): string;
    scope(kind: string | undefined, year: number | undefined): string;
    noneRanked(scope: string): string;
    largest(scope: string): string;
    rankedBy: string;
    /** `fees`: how many of them state only a fee per month or year (never ranked against totals). */
    notRanked(n: number, fees?: number): string;
    severalCompanies(query: string): string;
    noCompany(query: string): string;
    didYouMean(list: string): string;
    tryName: string;
    alias: string;
    closeTo: string;
  };

  totals: {
    /** "4 deals" */
    deals(n: number): string;
    /** The head of each group of a sum: "announced", "reported, not confirmed". */
    confirmation: Record<'announced' | 'reported' | 'derived' | 'estimate', string>;
    undisclosed(n: number): string;
    notInTotals(list: string): string;
    sharedWithOthers: string;
    /** A deal paid to other companies too, left out of what one of them received. */
    sharedWithOtherPayees: string;
    countedIn(id: string): string;
    replacedBy(id: string): string;
    rollUp: string;
    notMoney: string;
    secondary: string;
    /** A fee per month or year with no total for the whole term: never added as if it were one. */
    periodic: string;
  };

  help: {
    title: string;
    lead(deals: number, companies: number): string;
    commands: string;
    deal: string;
    backers: string;
    investments: string;
    company: string;
    sources: string;
    top: string;
    latest: string;
    ask: string;
    /** The three picture commands, by their names in this language. */
    pictures(graph: string, loops: string, timeline: string): string;
    reading: string;
    readQualifiers: string;
    readStatuses: string;
    readTotals: string;
  };

  /** What `/graph`, `/loops` and `/timeline` say, in their text answers and on their pictures. */
  graph: GraphMessages;

  /** What the console says about a command line it cannot run. */
  console: {
    typeACommand: string;
    unknownCommand(name: string): string;
    commands(list: string): string;
    needs(command: string, option: string, description: string): string;
    usage(text: string): string;
    empty(option: string, description: string): string;
    expectedBoolean(option: string, got: string): string;
    expectedInteger(option: string, min: number | undefined, max: number | undefined, got: string): string;
    noFreeText(command: string): string;
  };

  /** Slash command names and descriptions, as Discord shows them to users of this language. */
  commands: Record<CommandName, CommandText>;

  /** What `/ask` says itself, around the answers it borrows. */
  ask: AskMessages;
  /** What `/ask` says for yes/no checks, comparisons, dates and what's new (issue 13). */
  askMore: AskMoreMessages;
  /** /watch, /settings and the posts watches make (issue 17). */
  watch: WatchMessages;
  /** What `/ask` says when valuations are compared and an IPO is asked about (issue 13, batch 7). */
  askExtra: AskExtraMessages;

  render: {
    asOf(date: string): string;
    page(n: number, of: number): string;
    previous: string;
    next: string;
    sources: string;
    sourcesTitle(title: string): string;
    sourcesFooter(asOf: string): string;
    moreSources(n: number): string;
    noSourcesOnPage: string;
    didYouMean: string;
    seedArticle(file: string): string;
    link: string;
    tier: Record<'primary' | 'major' | 'trade' | 'aggregator', string>;
    carries(wire: string): string;
    /** The language a cited page is written in, by its code ("en" → "inglés" for a Spanish reader). */
    pageLanguage(code: string): string;
    /** The title of a page seen only as a link quoted in another page: "link quoted by Reuters". */
    quotedIn(publisher: string): string;
    tryThese: string;
    failure: string;
    staleButton: string;
    nothingPicked: string;
    showing(name: string): string;
    slowDown(seconds: number): string;
    unknownCommand(name: string): string;
    /** Console: how to see every detail of an answer shown short. */
    fullHint: string;
    /** Discord: the menu that opens one deal's full card privately. */
    openCard: string;
    /** Discord: the link button beside a one-line deal, to its best source. */
    sourceLink: string;
    /** Discord: "12 more deals on the next pages" under a list cut into pages. */
    moreOnPages(n: number): string;
  };

  // Issue 14 (pics branch): pictures' notes and console input.
  pics: PicsMessages;
  consoleInput: ConsoleInputMessages;
}

/**
 * Every sentence `/ask` writes itself (the answers it borrows from the slash commands have their own keys).
 * None of them carries a figure: amounts only ever come from the knowledge base, through the answer
 * functions and `figureValue`. Statuses (`status`) and kinds (`kind`) arrive already in this language.
 */
export interface AskMessages {
  understood: (meaning: string) => string;
  /** Meanings, for "I understood: …". */
  meaning: {
    dealsBetween: (a: string, b: string) => string;
    dealsOf: (a: string) => string;
    backers: (a: string) => string;
    investments: (a: string) => string;
    profile: (a: string) => string;
    valuation: (a: string) => string;
    sourcesBetween: (a: string, b: string) => string;
    sourcesOf: (a: string) => string;
    acquiredPair: (buyer: string, target: string) => string;
    acquisitionsOf: (a: string) => string;
    largest: (scope: string, among: string | undefined, withMinimum: boolean) => string;
    unknown: string;
    aCompany: string;
  };
  scope: (kind: string | undefined, year: number | undefined) => string;
  scopeAmong: (scope: string, companies: string | undefined) => string;
  largest: (scope: string) => string;
  dontKnowName: (names: string) => string;
  noSuchCompany: (names: string) => string;
  closestNames: (names: string) => string;
  severalCompanies: (text: string) => string;
  whichOne: (candidates: string) => string;
  whichCompany: string;
  noCompanyNamed: string;
  ambiguousAmount: (text: string) => string;
  ambiguousAmountLead: string;
  notSure: string;
  notSureAbout: (names: string) => string;
  canAnswer: string;
  outOfScope: string;
  outOfScopeLead: string;
  whatKbKnows: string;
  companyFacts: (name: string, deals: number, partners: string | undefined) => string;
  companyNoDeals: (name: string) => string;
  dontKnowDeal: string;
  noDealBetween: (a: string, b: string, asOf: string) => string;
  noAcquisitionNoDeal: (buyer: string, target: string, asOf: string) => string;
  acquisitionYes: (buyer: string, target: string, several: boolean, status: string, when: string) => string;
  acquisitionNotCompleted: (
    buyer: string,
    target: string,
    several: boolean,
    status: string,
    when: string,
  ) => string;
  acquisitionReverse: (buyer: string, target: string, status: string, when: string) => string;
  acquisitionOther: (buyer: string, target: string, others: string) => string;
  dealMention: (kind: string, status: string, when: string) => string;
  andMoreDeals: (n: number) => string;
  partOfGroup: (child: string, parent: string) => string;
  acquisitionsInvolving: (name: string) => string;
  acquisitionsLead: (name: string, list: string) => string;
  acquisitionBy: (buyers: string, status: string, when: string) => string;
  acquisitionOf: (targets: string, status: string, when: string) => string;
  noAcquisitionsOf: (name: string, deals: number) => string;
  valuationOf: (name: string) => string;
  valuationLead: string;
  noValuation: (name: string) => string;
  noValuationLead: (name: string, asOf: string) => string;
  atLeast: (scope: string, minimum: string) => string;
  noneAtLeast: (scope: string, minimum: string) => string;
  rankedLead: string;
  orderingRates: string;
  moreRanked: (n: number) => string;
  labels: {
    profile: (name: string) => string;
    deals: (name: string) => string;
    dealsBetween: (a: string, b: string) => string;
    backers: (name: string) => string;
    investments: (name: string) => string;
    sources: (name: string) => string;
    largest: string;
    help: string;
  };
}

/**
 * The picture commands. Amounts arrive already formatted (`money`, `qualified`), kinds and statuses already
 * in this language; the short forms on the pictures come from `picture.shortMoney`.
 */
export interface GraphMessages {
  /** "2 steps" */
  steps(n: number): string;
  /** What there is nothing of to draw: "money graph", "loop", "timeline". */
  what: { graph: string; loop: string; timeline: string };
  noDealsTryParent(name: string, parent: string): string;
  noDealsNothing(name: string, what: string): string;
  /** A company with deals but nothing to draw: `inactive` not live, `undirected` move no money. */
  nothingToDraw(name: string, deals: number, inactive: number, undirected: number, what: string): string;
  /** One flow: "up to $25 billion equity investment" (money already qualified). */
  flowAmount(money: string, kind: string, rollUp: boolean): string;
  flowShare(whole: string, kind: string, rollUp: boolean): string;
  flowUndisclosed(kind: string, rollUp: boolean): string;
  /** "(Apr 2026, reported)" */
  flowWhen(month: string, reported: boolean): string;

  moneyAround(name: string): string;
  moneyInto(name: string): string;
  moneyOutOf(name: string): string;
  loops: string;
  loopsThrough(count: number, group: string, list: string, more: number): string;
  seeLoops(command: string): string;
  notDrawn: string;
  graphLead(companies: number, deals: number, steps: string, group: string): string;
  drawnAsPart(name: string, group: string): string;
  listedBelow(group: string): string;
  graphSubtitle(steps: string, companies: number, deals: number): string;
  graphAlt(group: string, steps: string, companies: number, deals: number, partners: string): string;
  leftOut(count: number, steps: string): string;
  notLive(list: string): string;
  noDirection(list: string): string;

  loopsTitle: string;
  loopsTitleThrough(name: string): string;
  noLoopThrough(group: string): string;
  noLoopsAtAll: string;
  loopBadge(companies: number, deals: number): string;
  loopsLead(count: number, group: string | undefined, twos: number, longer: number): string;
  /** When a hub sits on more loops than an answer lists: the first `shown`, and how many more. */
  loopsListedFirst(shown: number, more: number): string;
  loopsSubtitleFirst(shown: number, total: number): string;
  loopsSubtitle(count: number): string;

  overTime(name: string): string;
  noAmounts(name: string, deals: number): string;
  valuations: string;
  dealsOldestFirst: string;
  reported: string;
  notCharted: string;
  noAmountStated(list: string): string;
  /** Deals whose only amount is a fee per period, left off a chart of deal sizes. */
  feeOnly: string;
  timelineLead(deals: number, valuations: number, since: string): string;
  timelineSubtitle(since: string): string;
  timelineAlt(title: string, deals: number, valuations: number, since: string): string;

  /** Words drawn on the pictures: short, since they sit on arrows and in legends. */
  picture: {
    /** "as of 31 May 2026", top right. */
    asOf(date: string): string;
    /** The SVG's <title>: "Money around X: … (as of 31 May 2026)". */
    alt(title: string, subtitle: string, asOf: string): string;
    /** 38e9 USD → "$38B" / "38.000 M$" / "38 mld $". */
    shortMoney(amount: number, currency: string): string;
    /** Before a short amount: "up to ", "≥", ">", "~". */
    mark: Record<Qualifier, string>;
    category: Record<Category, string>;
    certainty: Record<Certainty, string>;
    widthNote: string;
    /** "incl. AWS, Annapurna Labs" under a group's name. */
    including(names: string): string;
    /** What a hub is: "round", "compute deal"… */
    hub: Record<DealKind, string>;
    plan: string;
    /** "$122B round", "round". */
    hubLabel(amount: string | undefined, word: string): string;
    /** On an arrow that carries a share of a larger deal: "in $122B round", "in $500B plan", "share of $10B". */
    inRound(amount: string): string;
    inPlan(amount: string): string;
    shareOf(amount: string): string;
    undisclosed: string;
    /** After a fee on an arrow: "$3B/yr", never read as a deal's size. */
    perPeriod: Record<'month' | 'year' | 'quarter' | 'week', string>;
    /** Timeline point labels. */
    investors(n: number): string;
    parties(n: number): string;
    plainPlan(amount: string): string;
    round(amount: string): string;
    inDeal(amount: string, round: boolean): string;
    /** "Amazon $8B", "Microsoft + Nvidia in $15B deal". */
    who(names: string, what: string): string;
    /** A status after a point's label, when the deal is not live. */
    status: Record<DealStatus, string>;
    valuation(amount: string): string;
    directions: string;
    valuationMark: string;
    hollow: string;
    notLive: string;
  };
}

/** `/ask`'s sentences for yes/no checks, comparisons, dates, a specific deal and what's new. */
export interface AskMoreMessages {
  /** The first word of a yes/no answer, before ": ". */
  verdict: { yes: string; no: string; partly: string; notConfirmed: string };
  /** "OpenAI → AWS, $38 billion compute contract of Nov 2025". */
  dealRef: (direction: string, mention: string) => string;
  /** After the verdict word: why. */
  isStatus: (deal: string, status: string, when: string) => string;
  figureReported: (deal: string, status: string, when: string, amount: string) => string;
  notClosedYet: (deal: string, status: string, when: string) => string;
  noDealOfThatSize: (names: string, closest: string | undefined) => string;
  notRaised: (name: string, deal: string) => string;
  acquisitionNotCompleted: (buyer: string, target: string, status: string, when: string) => string;
  meaning: {
    compare: (names: string, into: string | undefined) => string;
    latest: (name: string | undefined) => string;
  };
  compareTitle: (names: string, into: string | undefined) => string;
  compareLead: (into: string | undefined) => string;
  /** When the money flowed from the company compared on to the others. */
  compareLeadBetween: (focus: string) => string;
  /** "Each one's compute contracts, summed only where…": a comparison on one kind of deal. */
  compareLeadKind: (kind: string) => string;
  /** One company's side: "Amazon: announced: $8 billion (1 deal)". */
  compareSide: (name: string, total: string) => string;
  nothingRecorded: string;
  winner: (name: string) => string;
  noWinner: string;
  /**
   * One company's deals of one kind, by side: "Microsoft, 6 live deals: paid announced: $X (3 deals);
   * received announced: $Y (2 deals)". `paid`, `received`: the sums, or undefined when nothing sums.
   */
  compareKindSide: (
    name: string,
    live: number,
    paid: string | undefined,
    received: string | undefined,
  ) => string;
  /** The winner of a comparison by kind: the most live deals of that kind, money paid and received kept apart. */
  moreDeals: (name: string, most: number, next: number) => string;
  /** The companies tied at the top of a comparison by kind. */
  sameDeals: (names: string, live: number) => string;
  whenTitle: (names: string) => string;
  /** "OpenAI → AWS, compute contract: 3 Nov 2025 (signed)". */
  whenItem: (direction: string, kind: string, date: string, status: string) => string;
  whenLead: (items: string) => string;
  /** A round or a dated deal asked about by name. */
  pinnedLead: (deal: string) => string;
  pinnedValuation: (name: string, value: string, basis: string, when: string) => string;
  pinnedInvestors: (names: string) => string;
  latestTitle: (name: string | undefined) => string;
  latestLead: string;
  labels: { compare: string; latest: string };
}

/** Issue 14: what a picture says about what it leaves out, and its time axis breaks. */
export interface PicsMessages {
  /** Drawn under a network: "+19 more, in the text: Fidelity, Coatue, MGX…" (`names` may be cut). */
  more(count: number, names: string): string;
  /** Added to the picture's alt text and caption: "Not drawn, to keep it legible: 19 more companies (…)." */
  altMore(count: number, names: string): string;
  /** A timeline's legend note for the breaks in its time axis. */
  yearsSkipped: string;
  /** Added to a timeline's alt text: "No deals in 2020–2022 (skipped on the time axis)." */
  altYearsSkipped(years: string): string;
}

/** Issue 14: the console's own words: typo suggestions, unknown options, usage and the REPL's lines. */
export interface ConsoleInputMessages {
  /** "Unknown command /compnay. Did you mean /company?" (`suggestion` with its slash). */
  unknownCommand(name: string, suggestion: string | undefined): string;
  /** "/deal has no option --fulll. Did you mean --full?" */
  unknownOption(command: string, option: string, suggestion: string | undefined): string;
  /** "Options of /deal: company:, with:, hide:, --full, --help." */
  validOptions(command: string, list: string): string;
  /** The usage block printed by --help. */
  usageHeading(usage: string): string;
  flagFull: string;
  flagHelp: string;
  /** The console's general usage, for `--help` alone. */
  generalHelp(commands: string): string;
  /** The REPL's first lines. */
  banner(deals: number, companies: number, asOf: string): string;
  /** After a Ctrl-C on a line with text: the line is cleared. */
  cleared: string;
  /** After a Ctrl-C on an empty line. */
  pressAgain: string;
  /** `npm run ask` without a question, or with a bad --lang. */
  askUsage: string;
  /** `npm start -- --help`: what the one start command does in each configuration. */
  startUsage: string;
  badLang(got: string): string;
  /** Where the console saved an answer's picture. */
  picture(path: string): string;
}

/** /watch, /settings, and what watches post (issue 17). */
export interface WatchMessages {
  /**
   * Command, sub-command and option descriptions. Their names stay English in every language, so that
   * "/watch add" in a message is what every user types.
   */
  commands: {
    watch: { description: string };
    add: { description: string };
    list: { description: string };
    remove: { description: string };
    settings: { description: string };
    options: Record<
      'company' | 'kind' | 'min' | 'status' | 'watch' | 'language' | 'private' | 'pictures',
      { description: string }
    >;
    /** The /settings language choice that means "each user's own Discord language". */
    userLanguage: string;
  };
  /** A post for one change: "New deal: …", "… is now closed", "Update: …". */
  newDeal: (title: string) => string;
  nowStatus: (title: string, status: string) => string;
  update: (title: string) => string;
  /** One message for a burst of changes. */
  digestTitle: (n: number) => string;
  digestLead: string;
  andMore: (n: number) => string;
  /** What a watch follows, in a short line: "OpenAI · acquisitions · at least $1 billion · closed". */
  anyDeal: string;
  atLeast: (amount: string) => string;
  watchedFor: (filter: string) => string;
  added: string;
  addedLead: (filter: string, where: string) => string;
  inThisChannel: string;
  byDm: string;
  resumed: (n: number) => string;
  duplicate: string;
  channelLimit: (n: number) => string;
  serverLimit: (n: number) => string;
  userLimit: (n: number) => string;
  listTitle: string;
  listEmpty: string;
  hereHeading: string;
  otherChannels: string;
  dmHeading: string;
  paused: string;
  removed: string;
  notFound: string;
  noPermission: string;
  notInServer: string;
  badCompany: (typed: string) => string;
  badMin: (typed: string) => string;
  unavailable: string;
  settingsTitle: string;
  settingsSaved: string;
  settingsLead: string;
  language: string;
  userLanguage: string;
  privateAnswers: string;
  pictures: string;
  yes: string;
  no: string;
  /** /help's lines for /watch and /settings. */
  helpWatch: string;
  helpSettings: string;
  /** The /help usage lines: command and option names stay English (as registered), placeholders are the reader's. */
  helpWatchUsage: string;
  helpSettingsUsage: string;
}

/** `/ask` messages added with batch 7 of issue 13. */
export interface AskExtraMessages {
  /** "Did Samsung invest in OpenAI?" when their only deals are of other kinds: what they are. */
  noInvestmentBetween: (a: string, b: string, deals: string) => string;
  /** A loan asked about by who lends: its lenders. */
  lenders: (names: string) => string;
  /** "Is it all paid?" of a deal in tranches: "… in parts: upfront: $15 billion and conditional: $35 billion". */
  inParts: (deal: string, parts: string) => string;
  /** "Is OpenAI listed yet?" when only a filing is recorded: the verdict's sentence. */
  notListed: (deal: string, status: string, when: string) => string;
  valuationCompareTitle: (names: string) => string;
  valuationCompareLead: string;
  /** "OpenAI: $852 billion post-money, 31 Mar 2026 (funding round)". */
  valuationSide: (name: string, value: string, basis: string, date: string, kind: string) => string;
  noValuation: (name: string) => string;
  valuationWinner: (name: string) => string;
  /** After "Yes" or "No": "OpenAI's latest valuation ($852 billion) is above Anthropic's ($965 billion)". */
  valuationAbove: (a: string, aValue: string, b: string, bValue: string, above: boolean) => string;
  valuationNoWinner: string;
}
