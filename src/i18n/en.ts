import type { Catalog } from './catalog.js';
import { CURRENCY_SYMBOL, languageNamer, pluralizer, shortMoneyEn, trim } from './shared.js';

const count = pluralizer('en');

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "an acquisition deal", "a licence and hiring deal". */
const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const en: Catalog = {
  lang: 'en',
  locale: 'en-GB',
  money(amount, currency) {
    const symbol = CURRENCY_SYMBOL[currency];
    const prefix = symbol ?? '';
    const suffix = symbol ? '' : ` ${currency}`;
    for (const [size, word] of SCALES) {
      if (amount >= size) return `${prefix}${trim(amount / size)} ${word}${suffix}`;
    }
    return `${prefix}${amount.toLocaleString('en-US')}${suffix}`;
  },
  date(iso) {
    const [year, month, day] = iso.split('-');
    const name = MONTHS[Number(month) - 1] ?? month;
    return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
  },
  number: (value) => value.toLocaleString('en-US'),
  qualified(qualifier, value) {
    const words = {
      exact: '',
      'up-to': 'up to ',
      'at-least': 'at least ',
      'more-than': 'more than ',
      about: 'about ',
    };
    return qualifier === 'undisclosed' ? 'undisclosed' : `${words[qualifier]}${value}`;
  },
  undisclosed: 'undisclosed',
  disclosureShort: { announced: 'announced', reported: 'reported', derived: 'derived', estimate: 'estimate' },
  disclosure: {
    announced: 'announced',
    reported: 'reported, not confirmed by the parties',
    derived: 'derived from other figures',
    estimate: 'analyst estimate',
  },
  status: {
    talks: 'in talks',
    reported: 'reported by the press, not confirmed by the parties',
    'letter-of-intent': 'letter of intent (non-binding)',
    announced: 'announced',
    signed: 'signed',
    closed: 'closed',
    stalled: 'stalled',
    superseded: 'superseded',
    terminated: 'terminated',
    blocked: 'blocked by a regulator',
  },
  kind: {
    'equity-investment': 'equity investment',
    'funding-round': 'funding round',
    'compute-contract': 'compute contract',
    'chip-supply': 'chip supply',
    'licence-and-hiring': 'licence and hiring',
    acquisition: 'acquisition',
    'data-centre-build': 'data-centre build',
    'secondary-sale': 'secondary share sale',
    partnership: 'partnership',
    'joint-venture': 'joint venture',
    restructuring: 'restructuring',
    'spending-commitment': 'spending commitment',
    ipo: 'IPO',
    'debt-financing': 'debt financing',
  },
  productKind: {
    chip: 'a chip',
    model: 'an AI model',
    app: 'an app',
    cluster: 'a computing cluster',
    programme: 'a programme',
    service: 'a service',
  },
  choices: {
    alias: (name) => `alias ${name}`,
    closeTo: (name) => `close to ${name}`,
    product: (name, kind) => `${name}, ${kind}`,
  },
  companyKind: {
    'ai-lab': 'AI lab',
    'big-tech': 'big tech',
    cloud: 'cloud',
    chipmaker: 'chipmaker',
    neocloud: 'neocloud',
    'data-centre': 'data centres',
    investor: 'investor',
    startup: 'startup',
    media: 'media',
    telecom: 'telecom',
    'joint-venture': 'joint venture',
    person: 'person',
    other: 'other',
  },
  plural: (n, one, many) => count(n, { one, other: many }),
  and: 'and',
  more: (n) => `and ${n} more`,

  figure: {
    amount: 'Amount',
    preMoney: 'Pre-money valuation',
    postMoney: 'Post-money valuation',
    implied: 'Implied valuation',
    stake: 'Stake',
    stakeHeldBy: (name) => `Stake held by ${name}`,
    capacity: 'Capacity',
    chips: 'Chips',
    term: 'Term',
    years: (n, count) => `${n} year${count === 1 ? '' : 's'}`,
    lowConfidence: 'low-confidence sources: secondary reports only',
    per: { month: 'per month', year: 'per year', quarter: 'per quarter', week: 'per week' },
  },

  deal: {
    date: 'Date',
    status: 'Status',
    closedOn: (date) => `closed ${date}`,
    mention: (value, kind, month) => `${value ? `${value} ` : ''}${kind} of ${month}`,
    supersededHistory: (value, month) =>
      `${value.charAt(0).toUpperCase()}${value.slice(1)} in ${month}, superseded`,
    supersededBy: (history, mention) => `${history ?? 'Superseded'} by the ${mention}`,
    replaces: 'Replaces',
    partOf: 'Part of',
    countedOnce: 'counted once, in the larger deal',
    includes: 'Includes',
    expands: 'Expands',
    expandedBy: 'Expanded by',
    expansionEffect: {
      adds: 'adds to it',
      'new-total': 'its amount is the new total, replacing the earlier one',
      overlaps: 'the amounts overlap, so they are never added',
    },
    history: 'History',
    sellersOf: (company) => `selling shareholders of ${company}`,
    confirmedBy: (names) => `confirmed by ${names}`,
    rollUp: '⚠ A roll-up of other deals: not added to any total.',
  },

  answers: {
    dealsOf: (name) => `Deals of ${name}`,
    dealsBetween: (a, b) => `Deals between ${a} and ${b}`,
    noDeals: (name) => `${name} has no deals in the knowledge base.`,
    noDealBetween: (a, b) => `No deal between ${a} and ${b} in the knowledge base.`,
    checkedUpTo: (asOf) =>
      `It was last checked up to ${asOf} and does not record every deal: one may exist all the same.`,
    oneGroup: (a, b) => `${a} and ${b} are one group`,
    dealGone: 'That deal is no longer in the knowledge base. Run the command again.',
    oneGroupLead: (a, b, command) => `A question about ${a} already covers ${b}. Try \`${command}\`.`,
    showingNewest: (shown, total) =>
      `${total} deals: the ${shown} newest are shown; the totals count them all. Ask for a pair or use /top to narrow down.`,
    dealsCount: (n) => `${n} deal${n === 1 ? '' : 's'}, newest first.`,
    moneyFlows: 'Money flows',
    noLiveAmounts: 'no live amounts',
    latestTitle: 'Latest deals and status changes',
    latestSince: (date) => `Deals and status changes since ${date}`,
    latestLead: (asOf) =>
      `Newest first, by the date each happened; the knowledge base was checked up to ${asOf}.`,
    newDeal: (status) => `new (${status})`,
    nowStatus: (status) => `now ${status}`,
    dealUpdate: (note) => `update: ${note}`,
    andMoreEvents: (n) => `…and ${n} more; use since: to narrow the dates.`,
    nothingSince: (date, asOf) =>
      `Nothing in the knowledge base since ${date}. It was checked up to ${asOf}, so later deals may exist.`,
    badSince: (text) => `${text} is not a date`,
    sinceFormat: 'Write the date as YYYY-MM-DD or YYYY-MM, e.g. since:2026-06-01.',
    linkedTo: 'Linked to',
    products: 'Products and programmes',
    productOf: (product, kind, company) => `${product} is ${kind} of ${company}.`,
    personNotCompany: (person, affiliation) =>
      `${person} is a person, not a company: deals are recorded between companies. ${person} is linked to ${affiliation}.`,
    ownShareUndisclosed: (whole) => `took part in a ${whole} deal (own share undisclosed)`,
    partOfDeal: (title) => `part of: ${title}`,
    neutral: (n, ids) =>
      `Plus ${count(n, { one: '# agreement', other: '# agreements' })} with no money direction (${ids}).`,
    noFlows: (a, b) => `No money flows recorded between ${a} and ${b}.`,
    backersOf: (name) => `Backers of ${name}`,
    investmentsBy: (name) => `Investments by ${name}`,
    investors: (names) => `Investors: ${names}.`,
    into: (names) => `Into: ${names}.`,
    noBackers: (name) => `No investment in ${name} is recorded in the knowledge base.`,
    noInvestments: (name) => `No investment by ${name} is recorded in the knowledge base.`,
    inShort: 'In short',
    totals: 'Totals',
    noDisclosedAmounts: 'no disclosed amounts',
    profileOf: (name) => `Profile of ${name}`,
    dealsInKb: (n) => `${n} deal${n === 1 ? '' : 's'} in the knowledge base.`,
    about: 'About',
    companyKind: 'Kind',
    alsoCalled: 'Also called',
    partOf: 'Part of',
    owns: 'Owns',
    headquarters: 'Headquarters',
    founded: 'Founded',
    latestValuation: 'Latest valuation',
    valuationBasis: { pre: 'pre-money', post: 'post-money', implied: 'implied' },
    backers: 'Backers',
    investments: 'Investments',
    suppliers: 'Compute and chip suppliers',
    customers: 'Compute and chip customers',
    deals: 'Deals',
    andMore: (n, command) => `…and ${n} more: ${command}`,
    allDeals: 'All deals',
    sourcesFor: (title) => `Sources for ${title}`,
    sourcesForDeals: (title) => `Sources for ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
    noDealId: (id) => `No deal with the id ${id}`,
    nearDealIds: (ids) => `Deals whose id or title contains it: ${ids}.`,
    dealIdHint: 'Pick a deal from the list as you type, or ask /sources company:<name> with:<name>.',
    whichSources: 'Which sources?',
    whichSourcesLead:
      'Give a deal id (`/sources deal:openai-aws-compute-2025-11`) or companies (`/sources company:AWS with:OpenAI`).',
    sourcesCount: (n) =>
      `${n} source${n === 1 ? '' : 's'}, best tier first (primary, major outlet, trade press, aggregator).`,
    dealAndStatus: 'Deal and status',
    unknownKind: (kind) => `Unknown deal kind ${kind}`,
    kinds: (list) => `Kinds: ${list}.`,
    anyKind: 'Largest deals of any kind',
    noDealsIn: (year) => `No deals dated ${year}`,
    yearsAvailable: (years) => `The knowledge base has deals from ${years}.`,
    scope: (kind, year) => `${kind ? `${kind} deals` : 'deals'}${year ? ` of ${year}` : ''}`,
    noneRanked: (scope) => `No ${scope} with a disclosed amount`,
    largest: (scope) => `Largest ${scope}`,
    rankedBy: 'Ranked by headline amount; "up to" and reported figures say so.',
    notRanked: (n, fees = 0) =>
      `Not ranked: ${count(n, { one: '# deal', other: '# deals' })} superseded, stalled, in talks, terminated, roll-ups, or parts of larger deals.${fees > 0 ? ` ${count(fees, { one: '# of them states', other: '# of them state' })} only a fee per month or year, which is not the size of a deal.` : ''}`,
    severalCompanies: (query) => `${query} could mean several companies`,
    noCompany: (query) => `No company matches ${query}`,
    didYouMean: (list) => `Did you mean ${list}?`,
    tryName: 'Try a company name, an alias such as "AWS", or /company to browse.',
    alias: 'alias',
    closeTo: 'close to',
  },

  totals: {
    deals: (n) => `${n} deal${n === 1 ? '' : 's'}`,
    confirmation: {
      announced: 'announced',
      reported: 'reported, not confirmed',
      derived: 'derived',
      estimate: 'analyst estimates',
    },
    undisclosed: (n) => `${n} undisclosed`,
    notInTotals: (list) => `Not in the totals: ${list}.`,
    sharedWithOthers: 'shared with other payers',
    sharedWithOtherPayees: 'paid to other companies too',
    countedIn: (id) => `counted in ${id}`,
    replacedBy: (id) => `its amount was replaced by the new total of ${id}`,
    rollUp: 'a roll-up of other deals',
    notMoney: 'a value, not money paid',
    secondary: 'existing shares sold: the money went to the sellers',
    periodic: 'a fee per month or year, not a total',
  },

  help: {
    title: 'AI deals bot — help',
    lead: (deals, companies) =>
      `Answers about AI-industry deals from a curated knowledge base of ${deals} deals between ${companies} companies, every figure with its qualifier, status, date and source.`,
    commands: 'Commands',
    deal: 'every deal between two companies, both directions',
    backers: 'who invested, how much, when and on what terms',
    investments: 'where it put money',
    company: 'profile: valuation, backers, investments, suppliers, customers',
    sources: 'every source behind the figures, for two companies or for one deal',
    top: 'the largest deals (both optional)',
    latest: 'the newest deals and status changes',
    ask: 'a question in your own words, in English, Spanish or Italian',
    pictures: (graph, loops, timeline) =>
      `${graph}, ${loops} and ${timeline} draw the money around a company, its circular deals and its history; options in [brackets] are optional`,
    reading: 'How to read a figure',
    readQualifiers: '"up to", "at least", "more than" and "about" are kept as the sources give them.',
    readStatuses:
      '"reported" means a press report the parties have not confirmed; a status (in talks, reported, letter of intent, announced, signed, closed, stalled, superseded, terminated, blocked) cites the page that reported it.',
    readTotals:
      'Totals add only like figures (same confirmation, currency and qualifier: "$3 billion + up to $40 billion"), never a superseded, stalled or blocked deal, a stake\'s value, a secondary sale, or a part of a larger deal twice.',
  },

  graph: {
    steps: (n) => `${n} step${n === 1 ? '' : 's'}`,
    what: { graph: 'money graph', loop: 'loop', timeline: 'timeline' },
    noDealsTryParent: (name, parent) =>
      `${name} has no deals in the knowledge base; its parent ${parent} may: try it instead.`,
    noDealsNothing: (name, what) =>
      `${name} has no deals in the knowledge base, so there is no ${what} to draw.`,
    nothingToDraw: (name, deals, inactive, undirected, what) => {
      const reasons = [
        inactive > 0 &&
          `${inactive} ${inactive === 1 ? 'is' : 'are'} not live (talks, stalled, superseded or terminated)`,
        undirected > 0 && `${undirected} move${undirected === 1 ? 's' : ''} no money between two companies`,
      ].filter(Boolean);
      return `${name} has ${deals} deal${deals === 1 ? '' : 's'} in the knowledge base, but ${reasons.join(' and ')}: there is no ${what} to draw.`;
    },
    flowAmount: (money, kind, rollUp) => `${money} ${kind}${rollUp ? ' (a roll-up)' : ''}`,
    flowShare: (whole, kind, rollUp) => `share of a ${kind}${rollUp ? ' (a roll-up)' : ''} of ${whole}`,
    flowUndisclosed: (kind, rollUp) => `${kind}${rollUp ? ' (a roll-up)' : ''}, amount undisclosed`,
    flowWhen: (month, reported) => `(${month}${reported ? ', reported' : ''})`,

    moneyAround: (name) => `Money around ${name}`,
    moneyInto: (name) => `Money into ${name}`,
    moneyOutOf: (name) => `Money out of ${name}`,
    loops: 'Loops',
    loopsThrough: (count, group, list, more) =>
      `${count} money loop${count === 1 ? '' : 's'} through ${group}: ${list}${more > 0 ? `; and ${more} more` : ''}.`,
    seeLoops: (command) => `See them with their deals: ${command}`,
    notDrawn: 'Not drawn',
    graphLead: (companies, deals, steps, group) =>
      `${companies} companies and ${deals} live deal${deals === 1 ? '' : 's'} within ${steps} of ${group}; arrows point the way the money goes.`,
    drawnAsPart: (name, group) => `${name} is drawn as part of the ${group} group.`,
    listedBelow: (group) => `Listed below: ${group}'s own deals; the picture shows the rest.`,
    graphSubtitle: (steps, companies, deals) =>
      `${steps} · ${companies} companies · ${deals} deals · arrows point the way the money goes`,
    graphAlt: (group, steps, companies, deals, partners) =>
      `Money graph around ${group}, ${steps}: ${companies} companies and ${deals} deals, arrows in the direction the money goes. Biggest partners: ${partners}.`,
    leftOut: (count, steps) =>
      `${count} more compan${count === 1 ? 'y' : 'ies'} within ${steps} left out to keep the picture legible (the ones with the least money).`,
    notLive: (list) => `Not live, so not drawn: ${list}.`,
    noDirection: (list) => `No money direction between two companies, so not drawn: ${list}.`,

    loopsTitle: 'Money loops',
    loopsTitleThrough: (name) => `Money loops through ${name}`,
    noLoopThrough: (group) =>
      `No money loop goes through ${group}: none of the companies it pays pays it back, directly or through up to two others, in the live deals.`,
    noLoopsAtAll: 'No money loops in the live deals of the knowledge base.',
    loopBadge: (companies, deals) => `${companies} companies · ${deals} deals`,
    loopsLead: (count, group, twos, longer) =>
      `${count} loop${count === 1 ? '' : 's'}${group ? ` through ${group}` : ''} in the live deals (${twos} between two companies, ${longer} through three or four): money that goes out along one leg comes back along another. Shortest first, then by the money on the thinnest leg.`,
    loopsListedFirst: (shown, more) => `Listed below: the first ${shown}; ${more} more not listed.`,
    loopsSubtitleFirst: (shown, total) =>
      `the first ${shown} of ${total} loops · arrows point the way the money goes`,
    loopsSubtitle: (count) => `${count} loop${count === 1 ? '' : 's'} · arrows point the way the money goes`,

    overTime: (name) => `${name} over time`,
    noAmounts: (name, deals) =>
      `None of ${name}'s ${deals} deal${deals === 1 ? '' : 's'} states an amount, so there is nothing to chart.`,
    valuations: 'Valuations',
    dealsOldestFirst: 'Deals, oldest first',
    reported: 'reported',
    notCharted: 'Not charted',
    noAmountStated: (list) => `No amount stated: ${list}.`,
    feeOnly: 'Only a fee per month or year, not the size of a deal',
    timelineLead: (deals, valuations, since) =>
      `${deals} deal${deals === 1 ? '' : 's'} with an amount and ${valuations} valuation${valuations === 1 ? '' : 's'} since ${since}, on a scale from millions to trillions. ▲ money in, ▼ money out.`,
    timelineSubtitle: (since) => `deals and valuations since ${since} · amounts on a log scale`,
    timelineAlt: (title, deals, valuations, since) =>
      `${title}: ${deals} deals and ${valuations} valuations since ${since}, amounts on a logarithmic scale.`,

    picture: {
      asOf: (date) => `as of ${date}`,
      alt: (title, subtitle, asOf) => `${title}: ${subtitle} (as of ${asOf})`,
      shortMoney: shortMoneyEn,
      mark: { exact: '', 'up-to': 'up to ', 'at-least': '≥', 'more-than': '>', about: '~', undisclosed: '' },
      category: {
        investment: 'investment',
        compute: 'compute / cloud',
        chips: 'chips',
        infrastructure: 'data centres',
        acquisition: 'acquisition / licence',
        other: 'spending plan / other',
      },
      certainty: {
        committed: 'committed',
        'up-to': 'up to / not binding',
        reported: 'reported, unconfirmed',
      },
      widthNote: 'width: amount (log scale)',
      including: (names) => `incl. ${names}`,
      hub: {
        'equity-investment': 'investment',
        'funding-round': 'round',
        'secondary-sale': 'share sale',
        'compute-contract': 'compute deal',
        'chip-supply': 'chip deal',
        'data-centre-build': 'build-out',
        'joint-venture': 'joint venture',
        acquisition: 'acquisition',
        'licence-and-hiring': 'licence deal',
        'spending-commitment': 'plan',
        partnership: 'deal',
        restructuring: 'deal',
        ipo: 'IPO',
        'debt-financing': 'loan',
      },
      plan: 'plan',
      hubLabel: (amount, word) => (amount ? `${amount} ${word}` : word),
      inRound: (amount) => `in ${amount} round`,
      inPlan: (amount) => `in ${amount} plan`,
      shareOf: (amount) => `share of ${amount}`,
      undisclosed: 'undisclosed',
      perPeriod: { month: '/mo', year: '/yr', quarter: '/qtr', week: '/wk' },
      investors: (n) => `${n} investors`,
      parties: (n) => `${n} parties`,
      plainPlan: (amount) => `${amount} plan`,
      round: (amount) => `${amount} round`,
      inDeal: (amount, round) => `in ${amount} ${round ? 'round' : 'deal'}`,
      who: (names, what) => `${names} ${what}`,
      status: {
        talks: 'talks',
        reported: 'reported',
        'letter-of-intent': 'letter-of-intent',
        announced: 'announced',
        signed: 'signed',
        closed: 'closed',
        stalled: 'stalled',
        superseded: 'superseded',
        terminated: 'terminated',
        blocked: 'blocked',
      },
      valuation: (amount) => `${amount} valuation`,
      directions: '▲ money in   ▼ money out   ● no direction',
      valuationMark: '◆ valuation',
      hollow: 'hollow: up to, reported or a share',
      notLive: 'not live (talks, stalled, superseded)',
    },
  },

  console: {
    typeACommand: 'Type a command, e.g. /deal Amazon OpenAI. /help lists them all.',
    unknownCommand: (name) => `Unknown command "/${name}".`,
    commands: (list) => `Commands: ${list}.`,
    needs: (command, option, description) => `/${command} needs ${option}: ${description}.`,
    usage: (text) => `Usage: ${text}`,
    empty: (option, description) => `${option}: is empty; ${description}.`,
    expectedBoolean: (option, got) => `${option}: expected true or false, got "${got}".`,
    expectedInteger: (option, min, max, got) =>
      `${option}: expected a whole number${min !== undefined ? ` from ${min}` : ''}${max !== undefined ? ` to ${max}` : ''}, got "${got}".`,
    noFreeText: (command) => `/${command} takes no free text.`,
  },

  commands: {
    deal: {
      name: 'deal',
      description: 'Every deal between two companies, in both directions (or every deal of one)',
      options: {
        company: { name: 'company', description: 'A company, e.g. Amazon, OpenAI, NVIDIA' },
        with: { name: 'with', description: 'The other company (optional)' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    backers: {
      name: 'backers',
      description: 'Who invested in a company: how much, when and on what terms',
      options: {
        company: { name: 'company', description: 'The company that received the money' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    investments: {
      name: 'investments',
      description: 'Where a company put its money',
      options: {
        company: { name: 'company', description: 'The investing company' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    company: {
      name: 'company',
      description: 'A company profile: valuation, backers, investments, suppliers and customers',
      options: {
        name: { name: 'name', description: 'The company' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    sources: {
      name: 'sources',
      description: 'The sources behind the figures of a deal or of two companies',
      options: {
        company: { name: 'company', description: 'A company' },
        with: { name: 'with', description: 'The other company' },
        deal: { name: 'deal', description: 'A deal id, as shown in /deal answers' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    top: {
      name: 'top',
      description: 'The largest deals, with their qualifiers',
      options: {
        kind: { name: 'kind', description: 'Only deals of this kind' },
        year: { name: 'year', description: 'Only deals announced in this year' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    ask: {
      name: 'ask',
      description: 'Ask about AI deals in your own words, in English, Spanish or Italian',
      options: {
        question: {
          name: 'question',
          description: 'e.g. who invested in Anthropic? / ¿quién financia a OpenAI?',
        },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    latest: {
      name: 'latest',
      description: 'The newest deals and status changes, each with its source',
      options: {
        since: { name: 'since', description: 'Only what happened from this date on (YYYY-MM-DD)' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    help: { name: 'help', description: 'What this bot answers and how to read its figures', options: {} },
    graph: {
      name: 'graph',
      description: 'A picture of the money around a company: who pays whom, how much',
      options: {
        company: { name: 'company', description: 'A company, e.g. OpenAI, Anthropic, NVIDIA' },
        depth: { name: 'depth', description: 'How many steps out from the company (1–3, default 1)' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    loops: {
      name: 'loops',
      description: 'Circular money: A invests in B while B pays A, and longer cycles',
      options: {
        company: { name: 'company', description: 'Only loops through this company (optional)' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
    timeline: {
      name: 'timeline',
      description: "A chart of a company's deals and valuations over time",
      options: {
        company: { name: 'company', description: 'A company, e.g. OpenAI, Anthropic, Cerebras' },
        hide: { name: 'hide', description: 'Show the answer only to you' },
      },
    },
  },

  render: {
    asOf: (date) => `Knowledge base as of ${date}`,
    page: (n, of) => `page ${n}/${of}`,
    previous: '◀ Previous',
    next: 'Next ▶',
    sources: 'Sources',
    sourcesTitle: (title) => `Sources · ${title}`,
    sourcesFooter: (asOf) => `Best tier first per figure · knowledge base as of ${asOf}`,
    moreSources: (n) => `…and ${n} more: use /sources for the full list.`,
    noSourcesOnPage: 'No sources on this page.',
    didYouMean: 'Did you mean…',
    seedArticle: (file) => `seed article ${file} (no public address)`,
    link: 'link',
    tier: {
      primary: 'primary source',
      major: 'wire or major outlet',
      trade: 'trade press',
      aggregator: 'aggregator',
    },
    carries: (wire) => `carries ${wire}`,
    pageLanguage: languageNamer('en-GB'),
    quotedIn: (publisher) => `page not opened; linked from ${publisher}`,
    tryThese: 'Try:',
    failure: 'Something went wrong on our side; it has been logged. Please try again.',
    staleButton: 'This button is from an older version of the bot. Run the command again.',
    nothingPicked: 'Nothing was picked.',
    showing: (name) => `Showing ${name}.`,
    slowDown: (seconds) => `Slow down: too many requests in a short time. Try again in ${seconds} s.`,
    unknownCommand: (name) => `Unknown command /${name}. Try /help.`,
    fullHint: 'Every figure, caveat and source: run it again with --full.',
    openCard: "Open a deal's full card…",
    sourceLink: 'Source',
    moreOnPages: (n) => (n === 1 ? '1 more on the next page' : `${n} more on the next pages`),
  },

  ask: {
    understood: (meaning) => `I understood: ${meaning}.`,
    meaning: {
      dealsBetween: (a, b) => `the deals between ${a} and ${b}`,
      dealsOf: (a) => `the deals of ${a}`,
      backers: (a) => `who has invested in ${a}`,
      investments: (a) => `what ${a} has invested in`,
      profile: (a) => `what ${a} is`,
      valuation: (a) => `the latest valuation of ${a}`,
      sourcesBetween: (a, b) => `the sources for the deals between ${a} and ${b}`,
      sourcesOf: (a) => `the sources for the deals of ${a}`,
      acquiredPair: (buyer, target) => `whether ${buyer} acquired ${target}`,
      acquisitionsOf: (a) => `the acquisitions involving ${a}`,
      largest: (scope, among, withMinimum) =>
        `the largest ${scope}${among ? ` involving ${among}` : ''}${withMinimum ? ' above the amount you gave' : ''}`,
      unknown: 'a question that is not about the deals I know',
      aCompany: 'a company',
    },
    scope: (kind, year) => `${kind ? `${kind} deals` : 'deals'}${year ? ` of ${year}` : ''}`,
    scopeAmong: (scope, companies) => (companies ? `${scope} involving ${companies}` : scope),
    largest: (scope) => `Largest ${scope}`,
    dontKnowName: (names) => `I don't know ${names}`,
    noSuchCompany: (names) => `The knowledge base has no company called ${names}.`,
    closestNames: (names) => `Closest names it has: ${names}.`,
    severalCompanies: (text) => `${text} could mean several companies`,
    whichOne: (candidates) => `Which one: ${candidates}?`,
    whichCompany: 'Which company?',
    noCompanyNamed: 'I found no company name I know in the question.',
    ambiguousAmount: (text) => `How much is ${text}?`,
    ambiguousAmountLead:
      'That word means a thousand millions to some writers and a million millions to others, so I would rather not guess. Write it with "miliardi" or "mil millones" (10^9), or "billones" (10^12).',
    notSure: "I'm not sure what you are asking",
    notSureAbout: (names) => `I found ${names}, but not what you want to know.`,
    canAnswer:
      'I can answer: the deals between two companies, who backs a company, what it invested in, its profile and latest valuation, the sources of a deal, whether one company acquired another, and the largest deals.',
    outOfScope: 'That is outside what I know',
    outOfScopeLead:
      'I only know AI-industry deals — investments, compute and chip contracts, acquisitions, valuations — each with its sources.',
    whatKbKnows: 'What the knowledge base knows',
    companyFacts: (name, deals, partners) =>
      `${name}: ${deals} deal${deals === 1 ? '' : 's'} in the knowledge base${partners ? `, with ${partners}` : ''}.`,
    companyNoDeals: (name) => `${name}: no deals in the knowledge base.`,
    dontKnowDeal: "I don't know that deal",
    noDealBetween: (a, b, asOf) =>
      `The knowledge base has no deal between ${a} and ${b} (checked up to ${asOf}).`,
    noAcquisitionNoDeal: (buyer, target, asOf) =>
      `No: the knowledge base has no acquisition of ${target} by ${buyer}, and no other deal between them (checked up to ${asOf}).`,
    acquisitionYes: (buyer, target, several, status, when) =>
      `Yes: the knowledge base has an acquisition of ${target} by ${several ? `a group including ${buyer}` : buyer} (${status}, ${when}).`,
    acquisitionNotCompleted: (buyer, target, several, status, when) =>
      `Not completed: the knowledge base has an acquisition of ${target} by ${several ? `a group including ${buyer}` : buyer}, and its status is ${status} (${when}).`,
    acquisitionReverse: (buyer, target, status, when) =>
      `No: the knowledge base has no acquisition of ${target} by ${buyer}; it has one the other way round, of ${buyer} by ${target} (${status}, ${when}).`,
    acquisitionOther: (buyer, target, others) =>
      `No: the knowledge base has no acquisition of ${target} by ${buyer}; it has ${others} between them.`,
    dealMention: (kind, status, when) => `${article(kind)} deal (${status}, ${when})`,
    andMoreDeals: (n) => `${n} more`,
    partOfGroup: (child, parent) =>
      `The knowledge base records ${child} as part of ${parent}; it has no acquisition deal between them.`,
    acquisitionsInvolving: (name) => `Acquisitions involving ${name}`,
    acquisitionsLead: (name, list) => `${name} in acquisitions: ${list}.`,
    acquisitionBy: (buyers, status, when) => `acquired by ${buyers} (${status}, ${when})`,
    acquisitionOf: (targets, status, when) => `acquirer of ${targets} (${status}, ${when})`,
    noAcquisitionsOf: (name, deals) =>
      `The knowledge base has no acquisition in which ${name} is buyer or target; it has ${deals} other deal${deals === 1 ? '' : 's'} of ${name}.`,
    valuationOf: (name) => `Valuation of ${name}`,
    valuationLead:
      'The latest valuation in the knowledge base, from the newest live deal that values the company.',
    noValuation: (name) => `No valuation of ${name} in the knowledge base`,
    noValuationLead: (name, asOf) =>
      `The knowledge base records no valuation of ${name} (checked up to ${asOf}).`,
    atLeast: (scope, minimum) => `${scope[0]!.toUpperCase()}${scope.slice(1)} of at least ${minimum}`,
    noneAtLeast: (scope, minimum) => `No ${scope} of at least ${minimum} with a disclosed amount`,
    rankedLead: 'Ranked by headline amount; "up to" and reported figures say so.',
    orderingRates:
      'Amounts in other currencies are compared at rough rates, only to decide what is larger; they are shown in their own currency.',
    moreRanked: (n) => `…and ${n} more: narrow it with a kind or a year.`,
    labels: {
      profile: (name) => `Profile of ${name}`,
      deals: (name) => `Deals of ${name}`,
      dealsBetween: (a, b) => `${a} and ${b}`,
      backers: (name) => `Backers of ${name}`,
      investments: (name) => `Investments by ${name}`,
      sources: (name) => `Sources: ${name}`,
      largest: 'Largest deals',
      help: 'What I can answer',
    },
  },
  askMore: {
    verdict: { yes: 'Yes', no: 'No', partly: 'Partly', notConfirmed: 'Not confirmed' },
    dealRef: (direction, mention) => `${direction}, ${mention}`,
    isStatus: (deal, status, when) => `${deal}: ${status} (${when}).`,
    figureReported: (deal, status, when, amount) =>
      `${deal}: ${status} (${when}), but its amount, ${amount}, is a press report the parties did not confirm.`,
    notClosedYet: (deal, status, when) => `${deal}: ${status} (${when}), not closed yet.`,
    noDealOfThatSize: (names, closest) =>
      `the knowledge base has no deal of ${names} of that size${closest ? `; the nearest it has: ${closest}` : ''}.`,
    notRaised: (name, deal) => `that is not money ${name} raised: it is ${deal}.`,
    acquisitionNotCompleted: (buyer, target, status, when) =>
      `${buyer} agreed to buy ${target}, but the acquisition did not go through: ${status} (${when}).`,
    meaning: {
      compare: (names, into) => `a comparison of ${names}${into ? ` in ${into}` : ''}`,
      latest: (name) => (name ? `the newest deals of ${name}` : 'the newest deals'),
    },
    compareTitle: (names, into) => (into ? `${names}: money into ${into}` : `${names} side by side`),
    compareLead: (into) =>
      into
        ? `What each one put into ${into}, summed only where the figures can be added:`
        : 'Money each one received, summed only where the figures can be added:',
    compareLeadKind: (kind) =>
      `Each one's deals of this kind (${kind}), summed only where the figures can be added:`,
    compareLeadBetween: (focus) =>
      `Money between each one and ${focus}, in the direction it flowed, summed only where the figures can be added:`,
    compareSide: (name, total) => `${name}: ${total}`,
    nothingRecorded: 'nothing recorded',
    winner: (name) => `${name} is ahead on figures of the same kind.`,
    noWinner:
      'No single winner: the figures differ in qualifier or confirmation (exact, up to, reported…), so they are shown side by side.',
    compareKindSide: (name, live, paid, received) =>
      `${name}, ${count(live, { one: '# live deal', other: '# live deals' })}: paid — ${paid ?? 'nothing recorded'}; received — ${received ?? 'nothing recorded'}`,
    moreDeals: (name, most, next) =>
      `${name} has more live deals of this kind (${most} to ${next}); money paid and money received are shown apart, never added together.`,
    sameDeals: (names, live) =>
      `No single winner: ${names} each have ${count(live, { one: '# live deal', other: '# live deals' })} of this kind; money paid and money received are shown apart, never added together.`,
    whenTitle: (names) => `When: ${names}`,
    whenItem: (direction, kind, date, status) => `${direction}, ${kind}: ${date} (${status})`,
    whenLead: (items) => `Dates: ${items}.`,
    pinnedLead: (deal) => `The deal you asked about: ${deal}.`,
    pinnedValuation: (name, value, basis, when) => `${name} at that deal: ${value} (${basis}), ${when}.`,
    pinnedInvestors: (names) => `Investors in this deal: ${names}.`,
    latestTitle: (name) => (name ? `Latest deals of ${name}` : 'Latest deals'),
    latestLead: 'Newest first, by the date of their latest status.',
    labels: { compare: 'Compare', latest: 'Latest deals' },
  },
  // Issue 14 (pics branch): pictures' notes and console input.
  pics: {
    more: (count, names) => `+${count} more, in the text: ${names}`,
    altMore: (count, names) =>
      `Not drawn, to keep it legible: ${count} more ${count === 1 ? 'company' : 'companies'} (${names}); the text lists them.`,
    yearsSkipped: '// years with no deals left out',
    altYearsSkipped: (years) => `No deals in ${years} (skipped on the time axis).`,
  },
  consoleInput: {
    unknownCommand: (name, suggestion) =>
      `Unknown command /${name}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    unknownOption: (command, option, suggestion) =>
      `/${command} has no option ${option}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    validOptions: (command, list) => `Options of /${command}: ${list}.`,
    usageHeading: (usage) => `Usage: ${usage}`,
    flagFull: 'every detail of the answer (it is short by default)',
    flagHelp: 'this usage',
    generalHelp: (commands) =>
      `Type a command as Discord shows it (/deal company:Amazon with:OpenAI) or with bare names (/deal Amazon OpenAI); anything else is a question in your own words.\nCommands: ${commands}.\nAdd --full for every detail, --help after a command for its options.`,
    banner: (deals, companies, asOf) =>
      `ai-deals-bot console: ${deals} deals, ${companies} companies, as of ${asOf}.\nType /help, e.g. /deal Amazon OpenAI or /backers company:Anthropic. Ctrl+C clears the line; Ctrl+D or /quit leaves.`,
    cleared: '(line cleared)',
    pressAgain: '(Ctrl+C again or Ctrl+D to quit)',
    startUsage:
      'Usage: npm start [-- --lang en|es|it]\nWithout DISCORD_TOKEN (in .env or the environment) it opens the console; with it, the bot connects to Discord over the gateway. npm run start:http serves the HTTP interactions endpoint instead, npm run ask -- "<question>" answers once.',
    askUsage: 'Usage: npm run ask -- [--lang en|es|it] "/deal Amazon OpenAI" [--full]',
    badLang: (got) => `--lang: expected en, es or it, got "${got}".`,
    picture: (path) => `Picture: ${path}`,
  },
  watch: {
    commands: {
      watch: { description: 'Get new deals posted here: add, list or remove a watch' },
      add: { description: 'Post new deals and status changes that match, here (or by DM)' },
      list: { description: "This channel's and this server's watches" },
      remove: { description: 'Stop one watch' },
      settings: { description: "Show or change this server's answer language, privacy and pictures" },
      options: {
        company: { description: 'Only deals of this company (or its subsidiaries)' },
        kind: { description: 'Only this kind of deal' },
        min: { description: 'Only deals of at least this amount, e.g. $1B or 500 million' },
        status: { description: 'Only when a deal reaches this status' },
        watch: { description: 'The watch to stop' },
        language: { description: 'The language answers are written in' },
        private: { description: 'Answers shown only to who asked, unless they choose otherwise' },
        pictures: { description: 'Whether answers may carry pictures' },
      },
      userLanguage: "Each user's own",
    },
    newDeal: (title) => `New deal: ${title}`,
    nowStatus: (title, status) => `${title}: now ${status}`,
    update: (title) => `Update: ${title}`,
    digestTitle: (n) => `${n} new deals and status changes`,
    digestLead: 'The knowledge base was updated; these match the watches of this channel.',
    andMore: (n) => `…and ${n} more; /latest lists them all.`,
    anyDeal: 'every deal',
    atLeast: (amount) => `at least ${amount}`,
    watchedFor: (filter) => `Watch: ${filter}`,
    added: 'Watch added',
    addedLead: (filter, where) => `New deals and status changes (${filter}) will be posted ${where}.`,
    inThisChannel: 'in this channel',
    byDm: 'to you by direct message',
    resumed: (n) => `The ${n} paused watch${n === 1 ? '' : 'es'} here resumed too.`,
    duplicate: 'That watch already exists here.',
    channelLimit: (n) =>
      `This channel already has ${n} watches, the most one channel can have. Remove one first (/watch remove).`,
    serverLimit: (n) =>
      `This server already has ${n} watches, the most one server can have. Remove one first (/watch remove).`,
    userLimit: (n) =>
      `You already have ${n} watches by direct message, the most one person can have. Remove one first.`,
    listTitle: 'Watches',
    listEmpty: 'No watches yet. Add one with /watch add.',
    hereHeading: 'This channel',
    otherChannels: 'Other channels of this server',
    dmHeading: 'Your watches by direct message',
    paused: 'paused: the bot can no longer post there',
    removed: 'Watch removed.',
    notFound: 'There is no such watch here; /watch list shows them.',
    noPermission: 'Only members with the Manage Server permission can change watches and settings here.',
    notInServer: '/settings applies to a server: run it in one.',
    badCompany: (typed) => `I know no company called ${typed}; pick one from the list.`,
    badMin: (typed) =>
      `${typed} is not an amount I can read; write it like $1B, 500 million or 2,5 miliardi.`,
    unavailable: 'Watches and settings are unavailable right now; please try again later.',
    settingsTitle: 'Server settings',
    settingsSaved: 'Server settings saved',
    settingsLead: 'Change any of them with /settings and its options.',
    language: 'Language',
    userLanguage: "each user's own Discord language",
    privateAnswers: 'Answers private by default',
    pictures: 'Pictures',
    yes: 'yes',
    no: 'no',
    helpWatch: 'In a server: new deals and status changes posted to this channel, once each (Manage Server).',
    helpSettings:
      "In a server: the server's answer language, private answers by default, pictures (Manage Server).",
    helpWatchUsage: '/watch add company:<name> min:<amount>',
    helpSettingsUsage: '/settings language:<language> private:<yes/no>',
  },
  askExtra: {
    noInvestmentBetween: (a, b, deals) =>
      `the knowledge base has no investment between ${a} and ${b}; their deals: ${deals}.`,
    lenders: (names) => `Lenders in this deal: ${names}.`,
    inParts: (deal, parts) => `${deal}, in parts: ${parts}.`,
    notListed: (deal, status, when) => `${deal}: ${status} (${when}); the shares are not listed yet.`,
    valuationCompareTitle: (names) => `Valuations: ${names}`,
    valuationCompareLead: "Each company's latest valuation in the knowledge base, with its date and source:",
    valuationSide: (name, value, basis, date, kind) => `${name}: ${value} ${basis}, ${date} (${kind})`,
    noValuation: (name) => `${name}: no valuation recorded`,
    valuationWinner: (name) => `${name} has the higher latest valuation.`,
    valuationAbove: (a, av, b, bv, above) =>
      `${a}'s latest valuation (${av}) is ${above ? 'above' : 'below'} ${b}'s (${bv}).`,
    valuationNoWinner:
      'No single winner: the valuations are in different currencies, or one is missing, so they are shown side by side.',
  },
};
