import type { Catalog } from './catalog.js';
import { dateFormatter, languageNamer, pluralizer, shortMoneyIt, trim } from './shared.js';

const count = pluralizer('it');

const number = new Intl.NumberFormat('it-IT', { useGrouping: 'always', maximumFractionDigits: 3 });
const CURRENCY: Record<string, string> = {
  USD: 'dollari',
  EUR: 'euro',
  GBP: 'sterline',
  JPY: 'yen',
  KRW: 'won',
  CNY: 'yuan',
};

/** "da 38 mld $", but "fino a 100 mld $" (no "da fino a"). */
const da = (amount: string) => (amount.startsWith('fino a') ? amount : `da ${amount}`);

export const it: Catalog = {
  lang: 'it',
  locale: 'it-IT',
  /** Italian press counts in miliardi up to trillions: 1.4e12 is "1.400 miliardi". */
  money(amount, currency) {
    const unit = CURRENCY[currency] ?? currency;
    if (amount >= 1e9) {
      const n = trim(amount / 1e9);
      return `${number.format(n)} ${n === 1 ? 'miliardo' : 'miliardi'} di ${unit}`;
    }
    if (amount >= 1e6) {
      const n = trim(amount / 1e6);
      return `${number.format(n)} ${n === 1 ? 'milione' : 'milioni'} di ${unit}`;
    }
    return `${number.format(amount)} ${unit}`;
  },
  date: dateFormatter('it-IT'),
  number: (value) => number.format(value),
  qualified(qualifier, value) {
    const words = {
      exact: '',
      'up-to': 'fino a ',
      'at-least': 'almeno ',
      'more-than': 'più di ',
      about: 'circa ',
    };
    return qualifier === 'undisclosed' ? 'non divulgato' : `${words[qualifier]}${value}`;
  },
  undisclosed: 'non divulgato',
  disclosureShort: {
    announced: 'annunciato',
    reported: 'secondo la stampa',
    derived: 'ricavato',
    estimate: 'stima',
  },
  disclosure: {
    announced: 'annunciato',
    reported: 'riportato dalla stampa, non confermato dalle parti',
    derived: 'ricavato da altre cifre',
    estimate: 'stima degli analisti',
  },
  status: {
    talks: 'in trattativa',
    reported: 'secondo la stampa, non confermato dalle parti',
    'letter-of-intent': "lettera d'intenti (non vincolante)",
    announced: 'annunciato',
    signed: 'firmato',
    closed: 'concluso',
    stalled: 'in stallo',
    superseded: 'sostituito',
    terminated: 'annullato',
    blocked: 'bloccato da un regolatore',
  },
  kind: {
    'equity-investment': 'investimento azionario',
    'funding-round': 'round di finanziamento',
    'compute-contract': 'contratto di calcolo',
    'chip-supply': 'fornitura di chip',
    'licence-and-hiring': 'licenza e assunzioni',
    acquisition: 'acquisizione',
    'data-centre-build': 'costruzione di data center',
    'secondary-sale': 'vendita secondaria di azioni',
    partnership: 'partnership',
    'joint-venture': 'joint venture',
    restructuring: 'ristrutturazione',
    'spending-commitment': 'impegno di spesa',
    ipo: 'quotazione in borsa',
    'debt-financing': 'finanziamento a debito',
  },
  productKind: {
    chip: 'un chip',
    model: 'un modello di IA',
    app: "un'app",
    cluster: 'un cluster di calcolo',
    programme: 'un programma',
    service: 'un servizio',
  },
  choices: {
    alias: (name) => `alias ${name}`,
    closeTo: (name) => `simile a ${name}`,
    product: (name, kind) => `${name}, ${kind}`,
  },
  companyKind: {
    'ai-lab': 'laboratorio di IA',
    'big-tech': 'big tech',
    cloud: 'cloud',
    chipmaker: 'produttore di chip',
    neocloud: 'neocloud',
    'data-centre': 'data center',
    investor: 'investitore',
    startup: 'startup',
    media: 'media',
    telecom: 'telecomunicazioni',
    'joint-venture': 'joint venture',
    person: 'persona',
    other: 'altro',
  },
  plural: (n, one, many) => count(n, { one, other: many }),
  and: 'e',
  more: (n) => `e altri ${n}`,

  figure: {
    amount: 'Importo',
    preMoney: 'Valutazione pre-money',
    postMoney: 'Valutazione post-money',
    implied: 'Valutazione implicita',
    stake: 'Quota',
    stakeHeldBy: (name) => `Quota di ${name}`,
    capacity: 'Capacità',
    chips: 'Chip',
    term: 'Durata',
    years: (n, count) => `${n} ${count === 1 ? 'anno' : 'anni'}`,
    lowConfidence: 'fonti poco affidabili: solo resoconti secondari',
    per: { month: 'al mese', year: "all'anno", quarter: 'al trimestre', week: 'a settimana' },
  },

  deal: {
    date: 'Data',
    status: 'Stato',
    closedOn: (date) => `concluso il ${date}`,
    mention: (value, kind, month) => `${kind}${value ? ` da ${value}` : ''} di ${month}`,
    supersededHistory: (value, month) =>
      `${value.charAt(0).toUpperCase()}${value.slice(1)} a ${month}, sostituito`,
    supersededBy: (history, mention) => `${history ?? 'Sostituito'} da ${mention}`,
    replaces: 'Sostituisce',
    partOf: 'Parte di',
    countedOnce: "contato una sola volta, nell'accordo più ampio",
    includes: 'Comprende',
    expands: 'Amplia',
    expandedBy: 'Ampliato da',
    expansionEffect: {
      adds: 'si aggiunge al precedente',
      'new-total': 'il suo importo è il nuovo totale e sostituisce il precedente',
      overlaps: 'gli importi si sovrappongono, quindi non si sommano mai',
    },
    history: 'Cronologia',
    sellersOf: (company) => `azionisti venditori di ${company}`,
    confirmedBy: (names) => `confermato da ${names}`,
    rollUp: '⚠ Somma di altri accordi: non entra in nessun totale.',
  },

  answers: {
    dealsOf: (name) => `Accordi di ${name}`,
    dealsBetween: (a, b) => `Accordi tra ${a} e ${b}`,
    noDeals: (name) => `${name} non ha accordi nella base di conoscenza.`,
    noDealBetween: (a, b) => `Nessun accordo tra ${a} e ${b} nella base di conoscenza.`,
    checkedUpTo: (asOf) =>
      `È stata controllata l'ultima volta fino al ${it.date(asOf)} e non registra tutti gli accordi: potrebbe esisterne uno comunque.`,
    oneGroup: (a, b) => `${a} e ${b} sono un unico gruppo`,
    dealGone: 'Quell’accordo non è più nella base di conoscenza. Esegui di nuovo il comando.',
    oneGroupLead: (a, b, command) => `Una domanda su ${a} comprende già ${b}. Prova \`${command}\`.`,
    showingNewest: (shown, total) =>
      `${total} accordi: sono mostrati i ${shown} più recenti; i totali li contano tutti. Chiedi di una coppia di aziende o usa /top per restringere.`,
    dealsCount: (n) => `${n} ${n === 1 ? 'accordo' : 'accordi'}, dal più recente.`,
    moneyFlows: 'Flussi di denaro',
    noLiveAmounts: 'nessun importo in vigore',
    latestTitle: 'Ultimi accordi e cambi di stato',
    latestSince: (date) => `Accordi e cambi di stato dal ${date}`,
    latestLead: (asOf) =>
      `Dal più recente, per data di ciascun fatto; la base di conoscenza è stata controllata fino al ${it.date(asOf)}.`,
    newDeal: (status) => `nuovo (${status})`,
    nowStatus: (status) => `ora ${status}`,
    dealUpdate: (note) => `aggiornamento: ${note}`,
    andMoreEvents: (n) => `…e altri ${n}; usa dal: per restringere le date.`,
    nothingSince: (date, asOf) =>
      `Niente nella base di conoscenza dal ${date}. È stata controllata fino al ${it.date(asOf)}, quindi possono esistere accordi successivi.`,
    badSince: (text) => `${text} non è una data`,
    sinceFormat: 'Scrivi la data come AAAA-MM-GG o AAAA-MM, per es. dal:2026-06-01.',
    linkedTo: 'Legato a',
    products: 'Prodotti e programmi',
    productOf: (product, kind, company) => `${product} è ${kind} di ${company}.`,
    personNotCompany: (person, affiliation) =>
      `${person} è una persona, non un'azienda: gli accordi sono registrati tra aziende. ${person} è legato a ${affiliation}.`,
    ownShareUndisclosed: (whole) => `ha partecipato a un accordo da ${whole} (quota propria non divulgata)`,
    partOfDeal: (title) => `parte di: ${title}`,
    neutral: (n, ids) =>
      `Inoltre ${count(n, { one: '# accordo', other: '# accordi' })} senza direzione del denaro (${ids}).`,
    noFlows: (a, b) => `Nessun flusso di denaro registrato tra ${a} e ${b}.`,
    backersOf: (name) => `Investitori di ${name}`,
    investmentsBy: (name) => `Investimenti di ${name}`,
    investors: (names) => `Investitori: ${names}.`,
    into: (names) => `In: ${names}.`,
    noBackers: (name) => `Nessun investimento in ${name} nella base di conoscenza.`,
    noInvestments: (name) => `Nessun investimento di ${name} nella base di conoscenza.`,
    inShort: 'In breve',
    totals: 'Totali',
    noDisclosedAmounts: 'nessun importo divulgato',
    profileOf: (name) => `Profilo di ${name}`,
    dealsInKb: (n) => `${n} ${n === 1 ? 'accordo' : 'accordi'} nella base di conoscenza.`,
    about: 'Chi è',
    companyKind: 'Tipo',
    alsoCalled: 'Detta anche',
    partOf: 'Parte di',
    owns: 'Controlla',
    headquarters: 'Sede',
    founded: 'Fondata',
    latestValuation: 'Ultima valutazione',
    valuationBasis: { pre: 'pre-money', post: 'post-money', implied: 'implicita' },
    backers: 'Investitori',
    investments: 'Investimenti',
    suppliers: 'Fornitori di calcolo e chip',
    customers: 'Clienti di calcolo e chip',
    deals: 'Accordi',
    andMore: (n, command) => `…e altri ${n}: ${command}`,
    allDeals: 'Tutti gli accordi',
    sourcesFor: (title) => `Fonti di: ${title}`,
    sourcesForDeals: (title) => `Fonti · ${title}`,
    noDealId: (id) => `Nessun accordo con id ${id}`,
    nearDealIds: (ids) => `Accordi il cui id o titolo lo contiene: ${ids}.`,
    dealIdHint:
      'Scegli un accordo dall’elenco mentre scrivi, oppure chiedi /fonti azienda:<nome> con:<nome>.',
    whichSources: 'Quali fonti?',
    whichSourcesLead:
      "Indica l'id di un accordo (`/sources deal:openai-aws-compute-2025-11`) o due aziende (`/sources company:AWS with:OpenAI`).",
    sourcesCount: (n) =>
      `${n} ${n === 1 ? 'fonte' : 'fonti'}, prima le più autorevoli (primaria, grande testata, stampa di settore, aggregatore).`,
    dealAndStatus: 'Accordo e stato',
    unknownKind: (kind) => `Tipo di accordo sconosciuto: ${kind}`,
    kinds: (list) => `Tipi: ${list}.`,
    anyKind: 'Accordi più grandi di ogni tipo',
    noDealsIn: (year) => `Nessun accordo del ${year}`,
    yearsAvailable: (years) => `La base di conoscenza ha accordi del ${years}.`,
    scope: (kind, year) => `${kind ? `accordi (${kind})` : 'accordi'}${year ? ` del ${year}` : ''}`,
    noneRanked: (scope) => `Non ci sono ${scope} con importo divulgato`,
    largest: (scope) => `I più grandi ${scope}`,
    rankedBy:
      'Ordinati per importo principale; le cifre "fino a" e quelle riportate dalla stampa lo indicano.',
    notRanked: (n, fees = 0) =>
      `Esclusi: ${count(n, { one: '# accordo', other: '# accordi' })} sostituiti, in stallo, in trattativa, annullati, somme o parti di accordi più ampi.${fees > 0 ? ` ${count(fees, { one: '# di questi indica', other: '# di questi indicano' })} solo un canone mensile o annuale, che non è la dimensione di un accordo.` : ''}`,
    severalCompanies: (query) => `${query} può indicare più aziende`,
    noCompany: (query) => `Nessuna azienda corrisponde a ${query}`,
    didYouMean: (list) => `Forse cercavi ${list}?`,
    tryName: 'Prova con il nome di un’azienda, un alias come "AWS", o /azienda per esplorare.',
    alias: 'alias',
    closeTo: 'simile a',
  },

  totals: {
    deals: (n) => `${n} ${n === 1 ? 'accordo' : 'accordi'}`,
    confirmation: {
      announced: 'annunciato',
      reported: 'riportato dalla stampa, non confermato',
      derived: 'ricavato',
      estimate: 'stime degli analisti',
    },
    undisclosed: (n) => `${n} non divulgati`,
    notInTotals: (list) => `Esclusi dai totali: ${list}.`,
    sharedWithOthers: 'condiviso con altri investitori',
    sharedWithOtherPayees: 'pagato anche ad altre aziende',
    countedIn: (id) => `contato in ${id}`,
    replacedBy: (id) => `il suo importo è stato sostituito dal nuovo totale di ${id}`,
    rollUp: 'somma di altri accordi',
    notMoney: 'un valore, non denaro pagato',
    secondary: 'vendita di azioni esistenti: il denaro è andato ai venditori',
    periodic: 'una rata mensile o annuale, non un totale',
  },

  help: {
    title: 'Bot degli accordi sull’IA — aiuto',
    lead: (deals, companies) =>
      `Risponde sugli accordi del settore dell’IA da una base di conoscenza verificata di ${deals} accordi tra ${companies} aziende; ogni cifra con la sua qualifica, stato, data e fonte.`,
    commands: 'Comandi',
    deal: 'tutti gli accordi tra due aziende, in entrambe le direzioni',
    backers: 'chi ha investito, quanto, quando e a quali condizioni',
    investments: 'dove ha investito',
    company: 'profilo: valutazione, investitori, investimenti, fornitori, clienti',
    sources: 'tutte le fonti delle cifre, di due aziende o di un accordo',
    top: 'gli accordi più grandi (entrambe le opzioni sono facoltative)',
    latest: 'gli accordi e i cambi di stato più recenti',
    ask: 'una domanda con parole tue, in italiano, inglese o spagnolo',
    pictures: (graph, loops, timeline) =>
      `${graph}, ${loops} e ${timeline} disegnano il denaro attorno a un’azienda, i suoi accordi circolari e la sua storia; le opzioni tra [parentesi] sono facoltative`,
    reading: 'Come leggere una cifra',
    readQualifiers: '"fino a", "almeno", "più di" e "circa" restano come li riportano le fonti.',
    readStatuses:
      '"riportato dalla stampa" significa che le parti non lo hanno confermato; lo stato (trattativa, secondo la stampa, lettera d’intenti, annunciato, firmato, concluso, in stallo, sostituito, annullato, bloccato) cita la pagina che lo ha riportato.',
    readTotals:
      'I totali sommano solo cifre comparabili (stessa conferma, valuta e qualifica: "3 miliardi + fino a 40 miliardi"); mai un accordo sostituito, in stallo o bloccato, il valore di una quota, una vendita secondaria o due volte una parte di un accordo più ampio.',
  },

  graph: {
    steps: (n) => `${n} ${n === 1 ? 'passo' : 'passi'}`,
    what: { graph: 'grafo del denaro', loop: 'ciclo', timeline: 'cronologia' },
    noDealsTryParent: (name, parent) =>
      `${name} non ha accordi nella base di conoscenza; la controllante ${parent} potrebbe averne: prova con quella.`,
    noDealsNothing: (name, what) =>
      `${name} non ha accordi nella base di conoscenza, quindi non c'è nessun ${what} da disegnare.`,
    nothingToDraw: (name, deals, inactive, undirected, what) => {
      const reasons = [
        inactive > 0 &&
          `${inactive} non ${inactive === 1 ? 'è attivo' : 'sono attivi'} (trattative, in stallo, sostituiti o annullati)`,
        undirected > 0 &&
          `${undirected} non ${undirected === 1 ? 'sposta' : 'spostano'} denaro tra due aziende`,
      ].filter(Boolean);
      return `${name} ha ${deals} ${deals === 1 ? 'accordo' : 'accordi'} nella base di conoscenza, ma ${reasons.join(' e ')}: non c'è nessun ${what} da disegnare.`;
    },
    flowAmount: (money, kind, rollUp) => `${kind}${rollUp ? ' (aggregato)' : ''}, ${money}`,
    flowShare: (whole, kind, rollUp) => `quota di ${kind}${rollUp ? ' (aggregato)' : ''} ${da(whole)}`,
    flowUndisclosed: (kind, rollUp) => `${kind}${rollUp ? ' (aggregato)' : ''}, importo non divulgato`,
    flowWhen: (month, reported) => `(${month}${reported ? ', riportato dalla stampa' : ''})`,

    moneyAround: (name) => `Il denaro intorno a ${name}`,
    moneyInto: (name) => `Denaro che entra in ${name}`,
    moneyOutOf: (name) => `Denaro che esce da ${name}`,
    loops: 'Cicli',
    loopsThrough: (count, group, list, more) =>
      `${count} ${count === 1 ? 'ciclo' : 'cicli'} di denaro attraverso ${group}: ${list}${more > 0 ? `; e altri ${more}` : ''}.`,
    seeLoops: (command) => `Vedili con i loro accordi: ${command}`,
    notDrawn: 'Non disegnato',
    graphLead: (companies, deals, steps, group) =>
      `${companies} aziende e ${deals} ${deals === 1 ? 'accordo attivo' : 'accordi attivi'} entro ${steps} da ${group}; le frecce seguono il percorso del denaro.`,
    drawnAsPart: (name, group) => `${name} è disegnata come parte del gruppo ${group}.`,
    listedBelow: (group) => `Qui sotto gli accordi di ${group}; l'immagine mostra il resto.`,
    graphSubtitle: (steps, companies, deals) =>
      `${steps} · ${companies} aziende · ${deals} accordi · le frecce seguono il percorso del denaro`,
    graphAlt: (group, steps, companies, deals, partners) =>
      `Grafo del denaro intorno a ${group}, ${steps}: ${companies} aziende e ${deals} accordi, con frecce nella direzione del denaro. Partner principali: ${partners}.`,
    leftOut: (count, steps) =>
      `${count === 1 ? "Un'altra azienda" : `Altre ${count} aziende`} entro ${steps} ${count === 1 ? 'è stata lasciata' : 'sono state lasciate'} fuori per mantenere l'immagine leggibile (quelle con meno denaro).`,
    notLive: (list) => `Non attivi, quindi non disegnati: ${list}.`,
    noDirection: (list) => `Nessuna direzione del denaro tra due aziende, quindi non disegnati: ${list}.`,

    loopsTitle: 'Cicli di denaro',
    loopsTitleThrough: (name) => `Cicli di denaro attraverso ${name}`,
    noLoopThrough: (group) =>
      `Nessun ciclo di denaro passa per ${group}: nessuna delle aziende che paga le restituisce denaro, direttamente o tramite al massimo altre due, negli accordi attivi.`,
    noLoopsAtAll: 'Nessun ciclo di denaro negli accordi attivi della base di conoscenza.',
    loopBadge: (companies, deals) => `${companies} aziende · ${deals} accordi`,
    loopsLead: (count, group, twos, longer) =>
      `${count} ${count === 1 ? 'ciclo' : 'cicli'}${group ? ` attraverso ${group}` : ''} negli accordi attivi (${twos} tra due aziende, ${longer} tra tre o quattro): il denaro che esce lungo un tratto rientra lungo un altro. Prima i più corti, poi per il denaro del tratto più piccolo.`,
    loopsListedFirst: (shown, more) => `Qui sotto i primi ${shown}; altri ${more} non elencati.`,
    loopsSubtitleFirst: (shown, total) =>
      `i primi ${shown} di ${total} cicli · le frecce seguono il percorso del denaro`,
    loopsSubtitle: (count) =>
      `${count} ${count === 1 ? 'ciclo' : 'cicli'} · le frecce seguono il percorso del denaro`,

    overTime: (name) => `${name} nel tempo`,
    noAmounts: (name, deals) =>
      deals === 1
        ? `L'unico accordo di ${name} non indica un importo, quindi non c'è nulla da rappresentare.`
        : `Nessuno dei ${deals} accordi di ${name} indica un importo, quindi non c'è nulla da rappresentare.`,
    valuations: 'Valutazioni',
    dealsOldestFirst: 'Accordi, dal più vecchio',
    reported: 'riportato dalla stampa',
    notCharted: 'Fuori dal grafico',
    noAmountStated: (list) => `Senza importo: ${list}.`,
    feeOnly: 'Solo un canone mensile o annuale, non la dimensione di un accordo',
    timelineLead: (deals, valuations, since) =>
      `${deals} ${deals === 1 ? 'accordo' : 'accordi'} con importo e ${valuations} ${valuations === 1 ? 'valutazione' : 'valutazioni'} da ${since}, su una scala dai milioni alle migliaia di miliardi. ▲ denaro in entrata, ▼ denaro in uscita.`,
    timelineSubtitle: (since) => `accordi e valutazioni da ${since} · importi in scala logaritmica`,
    timelineAlt: (title, deals, valuations, since) =>
      `${title}: ${deals} accordi e ${valuations} valutazioni da ${since}, importi in scala logaritmica.`,

    picture: {
      asOf: (date) => `dati al ${date}`,
      alt: (title, subtitle, asOf) => `${title}: ${subtitle} (dati al ${asOf})`,
      shortMoney: shortMoneyIt,
      mark: { exact: '', 'up-to': 'fino a ', 'at-least': '≥', 'more-than': '>', about: '~', undisclosed: '' },
      category: {
        investment: 'investimento',
        compute: 'calcolo / cloud',
        chips: 'chip',
        infrastructure: 'data center',
        acquisition: 'acquisizione / licenza',
        other: 'piano di spesa / altro',
      },
      certainty: {
        committed: 'impegnato',
        'up-to': 'fino a / non vincolante',
        reported: 'riportato, non confermato',
      },
      widthNote: 'spessore: importo (scala log.)',
      including: (names) => `incl. ${names}`,
      hub: {
        'equity-investment': 'investimento',
        'funding-round': 'round',
        'secondary-sale': 'vendita di azioni',
        'compute-contract': 'contratto di calcolo',
        'chip-supply': 'contratto di chip',
        'data-centre-build': 'costruzione',
        'joint-venture': 'joint venture',
        acquisition: 'acquisizione',
        'licence-and-hiring': 'licenza',
        'spending-commitment': 'piano',
        partnership: 'accordo',
        restructuring: 'accordo',
        ipo: 'quotazione',
        'debt-financing': 'prestito',
      },
      plan: 'piano',
      hubLabel: (amount, word) => (amount ? `${word} ${da(amount)}` : word),
      inRound: (amount) => `in round ${da(amount)}`,
      inPlan: (amount) => `in piano ${da(amount)}`,
      shareOf: (amount) => `quota di ${amount}`,
      undisclosed: 'non divulgato',
      perPeriod: { month: '/mese', year: '/anno', quarter: '/trim.', week: '/sett.' },
      investors: (n) => `${n} investitori`,
      parties: (n) => `${n} parti`,
      plainPlan: (amount) => `piano ${da(amount)}`,
      round: (amount) => `round ${da(amount)}`,
      inDeal: (amount, round) => `in ${round ? 'round' : 'accordo'} ${da(amount)}`,
      who: (names, what) => `${names}: ${what}`,
      status: {
        talks: 'trattative',
        reported: 'secondo la stampa',
        'letter-of-intent': "lettera d'intenti",
        announced: 'annunciato',
        signed: 'firmato',
        closed: 'concluso',
        stalled: 'in stallo',
        superseded: 'sostituito',
        terminated: 'annullato',
        blocked: 'bloccato',
      },
      valuation: (amount) => `valutazione ${amount}`,
      directions: '▲ denaro in entrata   ▼ denaro in uscita   ● senza direzione',
      valuationMark: '◆ valutazione',
      hollow: 'vuoto: fino a, riportato o una quota',
      notLive: 'non attivo (trattative, stallo, sostituito)',
    },
  },

  console: {
    typeACommand: 'Scrivi un comando, ad es. /deal Amazon OpenAI. /help li elenca tutti.',
    unknownCommand: (name) => `Comando sconosciuto "/${name}".`,
    commands: (list) => `Comandi: ${list}.`,
    needs: (command, option, description) => `/${command} richiede ${option}: ${description}.`,
    usage: (text) => `Uso: ${text}`,
    empty: (option, description) => `${option}: è vuoto; ${description}.`,
    expectedBoolean: (option, got) => `${option}: atteso true o false, non "${got}".`,
    expectedInteger: (option, min, max, got) =>
      `${option}: atteso un numero intero${min !== undefined ? ` da ${min}` : ''}${max !== undefined ? ` a ${max}` : ''}, non "${got}".`,
    noFreeText: (command) => `/${command} non accetta testo libero.`,
  },

  commands: {
    deal: {
      name: 'accordo',
      description: 'Tutti gli accordi tra due aziende, in entrambe le direzioni (o tutti quelli di una)',
      options: {
        company: { name: 'azienda', description: "Un'azienda, ad es. Amazon, OpenAI, NVIDIA" },
        with: { name: 'con', description: "L'altra azienda (facoltativa)" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    backers: {
      name: 'investitori',
      description: "Chi ha investito in un'azienda: quanto, quando e a quali condizioni",
      options: {
        company: { name: 'azienda', description: "L'azienda che ha ricevuto il denaro" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    investments: {
      name: 'investimenti',
      description: "Dove un'azienda ha investito il suo denaro",
      options: {
        company: { name: 'azienda', description: "L'azienda che investe" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    company: {
      name: 'azienda',
      description: "Profilo di un'azienda: valutazione, investitori, investimenti, fornitori e clienti",
      options: {
        name: { name: 'nome', description: "L'azienda" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    sources: {
      name: 'fonti',
      description: 'Le fonti delle cifre di un accordo o di due aziende',
      options: {
        company: { name: 'azienda', description: "Un'azienda" },
        with: { name: 'con', description: "L'altra azienda" },
        deal: { name: 'accordo', description: "L'id di un accordo, come compare in /deal" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    top: {
      name: 'classifica',
      description: 'Gli accordi più grandi, con le loro qualifiche',
      options: {
        kind: { name: 'tipo', description: 'Solo accordi di questo tipo' },
        year: { name: 'anno', description: "Solo accordi annunciati in quest'anno" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    ask: {
      name: 'chiedi',
      description: 'Chiedi degli accordi sull’IA con parole tue, in italiano, inglese o spagnolo',
      options: {
        question: { name: 'domanda', description: 'ad es. chi ha investito in Cerebras?' },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    latest: {
      name: 'novita',
      description: 'Gli accordi e i cambi di stato più recenti, ognuno con la sua fonte',
      options: {
        since: { name: 'dal', description: 'Solo ciò che è successo da questa data (AAAA-MM-GG)' },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    help: { name: 'aiuto', description: 'Cosa risponde questo bot e come leggere le sue cifre', options: {} },
    graph: {
      name: 'grafico',
      description: "Un'immagine del denaro intorno a un'azienda: chi paga chi e quanto",
      options: {
        company: { name: 'azienda', description: "Un'azienda, ad es. OpenAI, Anthropic, NVIDIA" },
        depth: { name: 'profondita', description: "Quanti passi dall'azienda (1–3, predefinito 1)" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    loops: {
      name: 'cicli',
      description: 'Denaro circolare: A investe in B mentre B paga A, e cicli più lunghi',
      options: {
        company: { name: 'azienda', description: "Solo i cicli che passano per quest'azienda (facoltativo)" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
    timeline: {
      name: 'cronologia',
      description: "Un grafico di accordi e valutazioni di un'azienda nel tempo",
      options: {
        company: { name: 'azienda', description: "Un'azienda, ad es. OpenAI, Anthropic, Cerebras" },
        hide: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
      },
    },
  },

  render: {
    asOf: (date) => `Base di conoscenza al ${it.date(date)}`,
    page: (n, of) => `pagina ${n}/${of}`,
    previous: '◀ Indietro',
    next: 'Avanti ▶',
    sources: 'Fonti',
    sourcesTitle: (title) => `Fonti · ${title}`,
    sourcesFooter: (asOf) => `Prima le più autorevoli · base di conoscenza al ${it.date(asOf)}`,
    moreSources: (n) => `…e altre ${n}: usa /sources per l’elenco completo.`,
    noSourcesOnPage: 'Nessuna fonte in questa pagina.',
    didYouMean: 'Forse cercavi…',
    seedArticle: (file) => `articolo di partenza ${file} (senza indirizzo pubblico)`,
    link: 'link',
    tier: {
      primary: 'fonte primaria',
      major: 'agenzia o grande testata',
      trade: 'stampa di settore',
      aggregator: 'aggregatore',
    },
    carries: (wire) => `riprende ${wire}`,
    pageLanguage: languageNamer('it-IT'),
    quotedIn: (publisher) => `pagina non aperta; citata da ${publisher}`,
    tryThese: 'Prova:',
    failure: 'Qualcosa è andato storto da parte nostra; è stato registrato. Riprova.',
    staleButton: 'Questo pulsante è di una versione precedente del bot. Esegui di nuovo il comando.',
    nothingPicked: 'Nessuna scelta.',
    showing: (name) => `Ecco ${name}.`,
    slowDown: (seconds) => `Piano: troppe richieste di seguito. Riprova tra ${seconds} s.`,
    unknownCommand: (name) => `Comando sconosciuto /${name}. Prova /help.`,
    fullHint: 'Tutte le cifre, le avvertenze e le fonti: ripetilo con --full.',
    openCard: 'Apri la scheda completa di un accordo…',
    sourceLink: 'Fonte',
    moreOnPages: (n) => (n === 1 ? '1 altro nella pagina successiva' : `altri ${n} nelle pagine successive`),
  },

  ask: {
    understood: (meaning) => `Ho capito: ${meaning}.`,
    meaning: {
      dealsBetween: (a, b) => `gli accordi tra ${a} e ${b}`,
      dealsOf: (a) => `gli accordi di ${a}`,
      backers: (a) => `chi ha investito in ${a}`,
      investments: (a) => `in che cosa ha investito ${a}`,
      profile: (a) => `che cos’è ${a}`,
      valuation: (a) => `l’ultima valutazione di ${a}`,
      sourcesBetween: (a, b) => `le fonti degli accordi tra ${a} e ${b}`,
      sourcesOf: (a) => `le fonti degli accordi di ${a}`,
      acquiredPair: (buyer, target) => `se ${buyer} ha acquisito ${target}`,
      acquisitionsOf: (a) => `le acquisizioni che coinvolgono ${a}`,
      largest: (scope, among, withMinimum) =>
        `i più grandi ${scope}${among ? ` che coinvolgono ${among}` : ''}${withMinimum ? ' oltre l’importo indicato' : ''}`,
      unknown: 'una domanda che non riguarda gli accordi che conosco',
      aCompany: 'un’azienda',
    },
    scope: (kind, year) => `${kind ? `accordi (${kind})` : 'accordi'}${year ? ` del ${year}` : ''}`,
    scopeAmong: (scope, companies) => (companies ? `${scope} che coinvolgono ${companies}` : scope),
    largest: (scope) => `I più grandi ${scope}`,
    dontKnowName: (names) => `Non conosco ${names}`,
    noSuchCompany: (names) => `La base di conoscenza non ha nessuna azienda chiamata ${names}.`,
    closestNames: (names) => `I nomi più simili che contiene: ${names}.`,
    severalCompanies: (text) => `${text} può indicare più aziende`,
    whichOne: (candidates) => `Quale di queste: ${candidates}?`,
    whichCompany: 'Quale azienda?',
    noCompanyNamed: 'Nella domanda non ho trovato nessun nome di azienda che conosco.',
    ambiguousAmount: (text) => `A quanto corrisponde ${text}?`,
    ambiguousAmountLead:
      'Per alcuni quella parola vuol dire mille milioni, per altri un milione di milioni, quindi preferisco non tirare a indovinare. Scrivilo in miliardi (10^9): ad esempio "38 miliardi" o "1.400 miliardi".',
    notSure: 'Non sono sicuro di aver capito la domanda',
    notSureAbout: (names) => `Ho trovato ${names}, ma non che cosa vuoi sapere.`,
    canAnswer:
      'Posso rispondere su: gli accordi tra due aziende, chi finanzia un’azienda, in che cosa ha investito, il suo profilo e la sua ultima valutazione, le fonti di un accordo, se un’azienda ne ha acquisita un’altra, e gli accordi più grandi.',
    outOfScope: 'Questo va oltre ciò che so',
    outOfScopeLead:
      'Conosco solo gli accordi del settore dell’IA (investimenti, contratti di calcolo e di chip, acquisizioni, valutazioni), ciascuno con le sue fonti.',
    whatKbKnows: 'Che cosa sa la base di conoscenza',
    companyFacts: (name, deals, partners) =>
      `${name}: ${deals} ${deals === 1 ? 'accordo' : 'accordi'} nella base di conoscenza${partners ? `, con ${partners}` : ''}.`,
    companyNoDeals: (name) => `${name}: nessun accordo nella base di conoscenza.`,
    dontKnowDeal: 'Non conosco questo accordo',
    noDealBetween: (a, b, asOf) =>
      `La base di conoscenza non ha nessun accordo tra ${a} e ${b} (verificata fino al ${asOf}).`,
    noAcquisitionNoDeal: (buyer, target, asOf) =>
      `No: la base di conoscenza non ha nessuna acquisizione di ${target} da parte di ${buyer}, né altri accordi tra le due (verificata fino al ${asOf}).`,
    acquisitionYes: (buyer, target, several, status, when) =>
      `Sì: la base di conoscenza ha un accordo di acquisizione di ${target} da parte di ${several ? `un gruppo che comprende ${buyer}` : buyer} (${status}, ${when}).`,
    acquisitionNotCompleted: (buyer, target, several, status, when) =>
      `Acquisizione non conclusa: la base di conoscenza ha un accordo di acquisizione di ${target} da parte di ${several ? `un gruppo che comprende ${buyer}` : buyer}, e il suo stato è ${status} (${when}).`,
    acquisitionReverse: (buyer, target, status, when) =>
      `No: la base di conoscenza non ha nessuna acquisizione di ${target} da parte di ${buyer}; ha invece un accordo di acquisizione in senso inverso, di ${buyer} da parte di ${target} (${status}, ${when}).`,
    acquisitionOther: (buyer, target, others) =>
      `No: la base di conoscenza non ha nessuna acquisizione di ${target} da parte di ${buyer}; tra le due ha ${others}.`,
    dealMention: (kind, status, when) => `un accordo di ${kind} (${status}, ${when})`,
    andMoreDeals: (n) => `altri ${n}`,
    partOfGroup: (child, parent) =>
      `La base di conoscenza registra ${child} come parte di ${parent}; non ha nessun accordo di acquisizione tra le due.`,
    acquisitionsInvolving: (name) => `Acquisizioni che coinvolgono ${name}`,
    acquisitionsLead: (name, list) => `${name}: ${list}.`,
    acquisitionBy: (buyers, status, when) => `acquisita da ${buyers} (stato: ${status}, ${when})`,
    acquisitionOf: (targets, status, when) => `acquirente di ${targets} (stato: ${status}, ${when})`,
    noAcquisitionsOf: (name, deals) =>
      `La base di conoscenza non ha nessuna acquisizione in cui ${name} sia acquirente o acquisita; ha ${deals} ${deals === 1 ? 'altro accordo' : 'altri accordi'} di ${name}.`,
    valuationOf: (name) => `Valutazione di ${name}`,
    valuationLead:
      'L’ultima valutazione nella base di conoscenza, presa dall’accordo in vigore più recente che valuta l’azienda.',
    noValuation: (name) => `Nessuna valutazione di ${name} nella base di conoscenza`,
    noValuationLead: (name, asOf) =>
      `La base di conoscenza non registra nessuna valutazione di ${name} (verificata fino al ${asOf}).`,
    atLeast: (scope, minimum) => `${scope.charAt(0).toUpperCase()}${scope.slice(1)} di almeno ${minimum}`,
    noneAtLeast: (scope, minimum) => `Non ci sono ${scope} di almeno ${minimum} con importo divulgato`,
    rankedLead:
      'Ordinati per importo principale; le cifre "fino a" e quelle riportate dalla stampa lo indicano.',
    orderingRates:
      'Gli importi in altre valute sono confrontati a tassi di cambio approssimativi, solo per stabilire quale sia maggiore; sono mostrati nella loro valuta.',
    moreRanked: (n) => `…e altri ${n}: restringi con un tipo o un anno.`,
    labels: {
      profile: (name) => `Profilo di ${name}`,
      deals: (name) => `Accordi di ${name}`,
      dealsBetween: (a, b) => `${a} e ${b}`,
      backers: (name) => `Investitori di ${name}`,
      investments: (name) => `Investimenti di ${name}`,
      sources: (name) => `Fonti: ${name}`,
      largest: 'Accordi più grandi',
      help: 'Cosa posso rispondere',
    },
  },
  askMore: {
    verdict: { yes: 'Sì', no: 'No', partly: 'In parte', notConfirmed: 'Non confermato' },
    dealRef: (direction, mention) => `${direction}, ${mention}`,
    isStatus: (deal, status, when) => `${deal}: ${status} (${when}).`,
    figureReported: (deal, status, when, amount) =>
      `${deal}: ${status} (${when}), ma il suo importo, ${amount}, è un'indiscrezione di stampa non confermata dalle parti.`,
    notClosedYet: (deal, status, when) => `${deal}: ${status} (${when}), non ancora chiuso.`,
    noDealOfThatSize: (names, closest) =>
      `la base di conoscenza non ha nessun accordo di ${names} di quella dimensione${closest ? `; il più vicino: ${closest}` : ''}.`,
    notRaised: (name, deal) => `non sono soldi raccolti da ${name}: è ${deal}.`,
    acquisitionNotCompleted: (buyer, target, status, when) =>
      `${buyer} aveva concordato l'acquisto di ${target}, ma l'acquisizione non è andata in porto: ${status} (${when}).`,
    meaning: {
      compare: (names, into) => `un confronto tra ${names}${into ? ` in ${into}` : ''}`,
      latest: (name) => (name ? `gli accordi più recenti di ${name}` : 'gli accordi più recenti'),
    },
    compareTitle: (names, into) => (into ? `${names}: soldi in ${into}` : `${names} a confronto`),
    compareLead: (into) =>
      into
        ? `Quanto ha messo ciascuno in ${into}, sommato solo dove le cifre si possono sommare:`
        : 'I soldi ricevuti da ciascuno, sommati solo dove le cifre si possono sommare:',
    compareLeadKind: (kind) =>
      `Gli accordi di questo tipo (${kind}) di ciascuno, sommati solo dove le cifre si possono sommare:`,
    compareLeadBetween: (focus) =>
      `I soldi tra ciascuno e ${focus}, nella direzione in cui sono andati, sommati solo dove le cifre si possono sommare:`,
    compareSide: (name, total) => `${name}: ${total}`,
    nothingRecorded: 'nulla di registrato',
    winner: (name) => `${name} è avanti su cifre dello stesso tipo.`,
    noWinner:
      'Nessun vincitore netto: le cifre differiscono per qualificatore o conferma (esatta, fino a, riportata…), quindi sono affiancate.',
    compareKindSide: (name, live, paid, received) =>
      `${name}, ${count(live, { one: '# accordo in essere', other: '# accordi in essere' })}: pagato — ${paid ?? 'nulla di registrato'}; ricevuto — ${received ?? 'nulla di registrato'}`,
    moreDeals: (name, most, next) =>
      `${name} ha più accordi in essere di questo tipo (${most} contro ${next}); il pagato e il ricevuto sono mostrati a parte, mai sommati.`,
    sameDeals: (names, live) =>
      `Nessun vincitore netto: ${names} hanno ciascuno ${count(live, { one: '# accordo in essere', other: '# accordi in essere' })} di questo tipo; il pagato e il ricevuto sono mostrati a parte, mai sommati.`,
    whenTitle: (names) => `Quando: ${names}`,
    whenItem: (direction, kind, date, status) => `${direction}, ${kind}: ${date} (${status})`,
    whenLead: (items) => `Date: ${items}.`,
    pinnedLead: (deal) => `L'accordo che chiedi: ${deal}.`,
    pinnedValuation: (name, value, basis, when) => `${name} in quell'accordo: ${value} (${basis}), ${when}.`,
    pinnedInvestors: (names) => `Investitori in questo accordo: ${names}.`,
    latestTitle: (name) => (name ? `Ultimi accordi di ${name}` : 'Ultimi accordi'),
    latestLead: 'Prima i più recenti, per data del loro ultimo stato.',
    labels: { compare: 'Confronta', latest: 'Ultimi accordi' },
  },
  // Issue 14 (pics branch): pictures' notes and console input.
  pics: {
    more: (count, names) => `+${count} altre, nel testo: ${names}`,
    altMore: (count, names) =>
      `Non disegnate, per restare leggibile: ${count === 1 ? "un'altra azienda" : `altre ${count} aziende`} (${names}); il testo le elenca.`,
    yearsSkipped: '// anni senza accordi omessi',
    altYearsSkipped: (years) => `Nessun accordo nel ${years} (omessi sull'asse del tempo).`,
  },
  consoleInput: {
    unknownCommand: (name, suggestion) =>
      `Comando sconosciuto /${name}.${suggestion ? ` Forse intendevi ${suggestion}?` : ''}`,
    unknownOption: (command, option, suggestion) =>
      `/${command} non ha l'opzione ${option}.${suggestion ? ` Forse intendevi ${suggestion}?` : ''}`,
    validOptions: (command, list) => `Opzioni di /${command}: ${list}.`,
    usageHeading: (usage) => `Uso: ${usage}`,
    flagFull: 'ogni dettaglio della risposta (di norma è breve)',
    flagHelp: 'questo uso',
    generalHelp: (commands) =>
      `Scrivi un comando come lo mostra Discord (/accordo azienda:Amazon con:OpenAI) o con i soli nomi (/accordo Amazon OpenAI); tutto il resto è una domanda con parole tue.\nComandi: ${commands}.\nAggiungi --full per ogni dettaglio, --help dopo un comando per le sue opzioni.`,
    banner: (deals, companies, asOf) =>
      `Console di ai-deals-bot: ${deals} accordi, ${companies} aziende, dati al ${it.date(asOf)}.\nScrivi /aiuto, ad es. /accordo Amazon OpenAI o /investitori azienda:Anthropic. Ctrl+C cancella la riga; Ctrl+D o /quit per uscire.`,
    cleared: '(riga cancellata)',
    pressAgain: '(Ctrl+C di nuovo o Ctrl+D per uscire)',
    startUsage:
      'Uso: npm start [-- --lang en|es|it]\nSenza DISCORD_TOKEN (in .env o nell\'ambiente) apre la console; con il token, il bot si collega a Discord tramite il gateway. npm run start:http serve invece l\'endpoint HTTP delle interazioni, npm run ask -- "<domanda>" risponde una volta.',
    askUsage: 'Uso: npm run ask -- [--lang en|es|it] "/accordo Amazon OpenAI" [--full]',
    badLang: (got) => `--lang: atteso en, es o it, non "${got}".`,
    picture: (path) => `Immagine: ${path}`,
  },
  watch: {
    commands: {
      watch: { description: 'Pubblica qui i nuovi accordi: aggiungi, elenca o rimuovi un avviso' },
      add: { description: 'Pubblica qui (o in DM) i nuovi accordi e i cambi di stato che corrispondono' },
      list: { description: 'Gli avvisi di questo canale e di questo server' },
      remove: { description: 'Ferma un avviso' },
      settings: { description: 'Mostra o cambia lingua, riservatezza e immagini del server' },
      options: {
        company: { description: "Solo accordi di quest'azienda (o delle sue controllate)" },
        kind: { description: 'Solo questo tipo di accordo' },
        min: { description: 'Solo accordi di almeno questo importo, es. 1 miliardo o $1B' },
        status: { description: 'Solo quando un accordo raggiunge questo stato' },
        watch: { description: "L'avviso da fermare" },
        language: { description: 'La lingua delle risposte' },
        private: { description: 'Risposte visibili solo a chi chiede, salvo scelta diversa' },
        pictures: { description: 'Se le risposte possono avere immagini' },
      },
      userLanguage: 'Quella di ogni utente',
    },
    newDeal: (title) => `Nuovo accordo: ${title}`,
    nowStatus: (title, status) => `${title}: ora ${status}`,
    update: (title) => `Novità: ${title}`,
    digestTitle: (n) => `${n} nuovi accordi e cambi di stato`,
    digestLead:
      'La base di conoscenza è stata aggiornata; questi corrispondono agli avvisi di questo canale.',
    andMore: (n) => `…e altri ${n}; /latest li elenca tutti.`,
    anyDeal: 'tutti gli accordi',
    atLeast: (amount) => `almeno ${amount}`,
    watchedFor: (filter) => `Avviso: ${filter}`,
    added: 'Avviso aggiunto',
    addedLead: (filter, where) => `I nuovi accordi e cambi di stato (${filter}) saranno pubblicati ${where}.`,
    inThisChannel: 'in questo canale',
    byDm: 'a te in messaggio diretto',
    resumed: (n) =>
      `${n === 1 ? "Anche l'avviso in pausa qui è ripartito." : `Anche i ${n} avvisi in pausa qui sono ripartiti.`}`,
    duplicate: 'Questo avviso esiste già qui.',
    channelLimit: (n) =>
      `Questo canale ha già ${n} avvisi, il massimo per un canale. Rimuovine uno prima (/watch remove).`,
    serverLimit: (n) =>
      `Questo server ha già ${n} avvisi, il massimo per un server. Rimuovine uno prima (/watch remove).`,
    userLimit: (n) =>
      `Hai già ${n} avvisi in messaggio diretto, il massimo per persona. Rimuovine uno prima.`,
    listTitle: 'Avvisi',
    listEmpty: 'Ancora nessun avviso. Aggiungine uno con /watch add.',
    hereHeading: 'Questo canale',
    otherChannels: 'Altri canali di questo server',
    dmHeading: 'I tuoi avvisi in messaggio diretto',
    paused: 'in pausa: il bot non può più pubblicare lì',
    removed: 'Avviso rimosso.',
    notFound: 'Qui non c’è questo avviso; /watch list li mostra.',
    noPermission: 'Solo i membri con il permesso Gestisci server possono cambiare avvisi e impostazioni qui.',
    notInServer: '/settings vale per un server: usalo in un server.',
    badCompany: (typed) => `Non conosco nessuna azienda chiamata ${typed}; scegline una dall'elenco.`,
    badMin: (typed) =>
      `${typed} non è un importo che so leggere; scrivilo come 1 miliardo, 500 milioni o $1B.`,
    unavailable: 'Avvisi e impostazioni non sono disponibili ora; riprova più tardi.',
    settingsTitle: 'Impostazioni del server',
    settingsSaved: 'Impostazioni del server salvate',
    settingsLead: 'Cambiale con /settings e le sue opzioni.',
    language: 'Lingua',
    userLanguage: 'la lingua di Discord di ogni utente',
    privateAnswers: 'Risposte private per impostazione predefinita',
    pictures: 'Immagini',
    yes: 'sì',
    no: 'no',
    helpWatch:
      'In un server: nuovi accordi e cambi di stato pubblicati in questo canale, una volta ciascuno (Gestisci server).',
    helpSettings:
      'In un server: la lingua delle risposte, risposte private per impostazione predefinita, immagini (Gestisci server).',
    helpWatchUsage: '/watch add company:<azienda> min:<importo>',
    helpSettingsUsage: '/settings language:<lingua> private:<sì/no>',
  },
  askExtra: {
    noInvestmentBetween: (a, b, deals) =>
      `la base di conoscenza non registra investimenti tra ${a} e ${b}; i loro accordi: ${deals}.`,
    lenders: (names) => `Finanziatori del prestito: ${names}.`,
    inParts: (deal, parts) => `${deal}, in più parti: ${parts}.`,
    notListed: (deal, status, when) => `${deal}: ${status} (${when}); le azioni non sono ancora quotate.`,
    valuationCompareTitle: (names) => `Valutazioni: ${names}`,
    valuationCompareLead:
      "L'ultima valutazione di ciascuna società nella base di conoscenza, con data e fonte:",
    valuationSide: (name, value, basis, date, kind) => `${name}: ${value} ${basis}, ${date} (${kind})`,
    noValuation: (name) => `${name}: nessuna valutazione registrata`,
    valuationWinner: (name) => `${name} ha l'ultima valutazione più alta.`,
    valuationAbove: (a, av, b, bv, above) =>
      `l'ultima valutazione di ${a} (${av}) è ${above ? 'superiore' : 'inferiore'} a quella di ${b} (${bv}).`,
    valuationNoWinner:
      'Nessun vincitore netto: le valutazioni sono in valute diverse, o ne manca una, quindi sono mostrate affiancate.',
  },
};
