import type { Catalog } from './catalog.js';
import { dateFormatter, languageNamer, pluralizer, shortMoneyEs, trim } from './shared.js';

const count = pluralizer('es');

const number = new Intl.NumberFormat('es-ES', { useGrouping: 'always', maximumFractionDigits: 3 });
const CURRENCY: Record<string, [one: string, many: string]> = {
  USD: ['dólar', 'dólares'],
  EUR: ['euro', 'euros'],
  GBP: ['libra', 'libras'],
  JPY: ['yen', 'yenes'],
  KRW: ['won', 'wones'],
  CNY: ['yuan', 'yuanes'],
};

export const es: Catalog = {
  lang: 'es',
  locale: 'es-ES',
  /** In Spanish a billón is 10^12: 38e9 is "38.000 millones", 1.4e12 is "1,4 billones". */
  money(amount, currency) {
    const [one, many] = CURRENCY[currency] ?? [currency, currency];
    if (amount >= 1e12) {
      const n = trim(amount / 1e12);
      return `${number.format(n)} ${n === 1 ? 'billón' : 'billones'} de ${many}`;
    }
    if (amount >= 1e6) {
      const n = trim(amount / 1e6);
      return `${number.format(n)} ${n === 1 ? 'millón' : 'millones'} de ${many}`;
    }
    return `${number.format(amount)} ${amount === 1 ? one : many}`;
  },
  date: dateFormatter('es-ES'),
  number: (value) => number.format(value),
  qualified(qualifier, value) {
    const words = {
      exact: '',
      'up-to': 'hasta ',
      'at-least': 'al menos ',
      'more-than': 'más de ',
      about: 'unos ',
    };
    return qualifier === 'undisclosed' ? 'no revelado' : `${words[qualifier]}${value}`;
  },
  undisclosed: 'no revelado',
  disclosureShort: {
    announced: 'anunciado',
    reported: 'según la prensa',
    derived: 'calculado',
    estimate: 'estimación',
  },
  disclosure: {
    announced: 'anunciado',
    reported: 'publicado en prensa, sin confirmar por las partes',
    derived: 'calculado a partir de otras cifras',
    estimate: 'estimación de analistas',
  },
  status: {
    talks: 'en negociación',
    reported: 'según la prensa, sin confirmar por las partes',
    'letter-of-intent': 'carta de intenciones (no vinculante)',
    announced: 'anunciado',
    signed: 'firmado',
    closed: 'cerrado',
    stalled: 'estancado',
    superseded: 'sustituido',
    terminated: 'cancelado',
    blocked: 'bloqueado por un regulador',
  },
  kind: {
    'equity-investment': 'inversión en capital',
    'funding-round': 'ronda de financiación',
    'compute-contract': 'contrato de cómputo',
    'chip-supply': 'suministro de chips',
    'licence-and-hiring': 'licencia y contratación',
    acquisition: 'adquisición',
    'data-centre-build': 'construcción de centros de datos',
    'secondary-sale': 'venta secundaria de acciones',
    partnership: 'alianza',
    'joint-venture': 'empresa conjunta',
    restructuring: 'reestructuración',
    'spending-commitment': 'compromiso de gasto',
    ipo: 'salida a bolsa',
    'debt-financing': 'financiación con deuda',
  },
  productKind: {
    chip: 'un chip',
    model: 'un modelo de IA',
    app: 'una aplicación',
    cluster: 'un clúster de cómputo',
    programme: 'un programa',
    service: 'un servicio',
  },
  choices: {
    alias: (name) => `alias ${name}`,
    closeTo: (name) => `parecido a ${name}`,
    product: (name, kind) => `${name}, ${kind}`,
  },
  companyKind: {
    'ai-lab': 'laboratorio de IA',
    'big-tech': 'gran tecnológica',
    cloud: 'nube',
    chipmaker: 'fabricante de chips',
    neocloud: 'neonube',
    'data-centre': 'centros de datos',
    investor: 'inversor',
    startup: 'startup',
    media: 'medios',
    telecom: 'telecomunicaciones',
    'joint-venture': 'empresa conjunta',
    person: 'persona',
    other: 'otro',
  },
  plural: (n, one, many) => count(n, { one, other: many }),
  and: 'y',
  more: (n) => `y ${n} más`,

  figure: {
    amount: 'Importe',
    preMoney: 'Valoración pre-money',
    postMoney: 'Valoración post-money',
    implied: 'Valoración implícita',
    stake: 'Participación',
    stakeHeldBy: (name) => `Participación de ${name}`,
    capacity: 'Capacidad',
    chips: 'Chips',
    term: 'Plazo',
    years: (n, count) => `${n} ${count === 1 ? 'año' : 'años'}`,
    lowConfidence: 'fuentes poco fiables: solo reportes secundarios',
    per: { month: 'al mes', year: 'al año', quarter: 'al trimestre', week: 'a la semana' },
  },

  deal: {
    date: 'Fecha',
    status: 'Estado',
    closedOn: (date) => `cerrado el ${date}`,
    mention: (value, kind, month) => `${kind}${value ? ` de ${value}` : ''} de ${month}`,
    supersededHistory: (value, month) =>
      `${value.charAt(0).toUpperCase()}${value.slice(1)} en ${month}, sustituido`,
    supersededBy: (history, mention) => `${history ?? 'Sustituido'} por la ${mention}`,
    replaces: 'Sustituye a',
    partOf: 'Parte de',
    countedOnce: 'se cuenta una sola vez, en el acuerdo mayor',
    includes: 'Incluye',
    expands: 'Amplía',
    expandedBy: 'Ampliado por',
    expansionEffect: {
      adds: 'se suma al anterior',
      'new-total': 'su importe es el nuevo total y sustituye al anterior',
      overlaps: 'los importes se solapan, así que nunca se suman',
    },
    history: 'Historial',
    sellersOf: (company) => `accionistas vendedores de ${company}`,
    confirmedBy: (names) => `confirmado por ${names}`,
    rollUp: '⚠ Suma de otros acuerdos: no se añade a ningún total.',
  },

  answers: {
    dealsOf: (name) => `Acuerdos de ${name}`,
    dealsBetween: (a, b) => `Acuerdos entre ${a} y ${b}`,
    noDeals: (name) => `${name} no tiene acuerdos en la base de conocimiento.`,
    noDealBetween: (a, b) => `No hay ningún acuerdo entre ${a} y ${b} en la base de conocimiento.`,
    checkedUpTo: (asOf) =>
      `Se revisó por última vez hasta el ${es.date(asOf)} y no recoge todos los acuerdos: puede existir alguno igualmente.`,
    oneGroup: (a, b) => `${a} y ${b} son un mismo grupo`,
    dealGone: 'Ese acuerdo ya no está en la base de conocimiento. Vuelve a ejecutar el comando.',
    oneGroupLead: (a, b, command) => `Una pregunta sobre ${a} ya incluye a ${b}. Prueba \`${command}\`.`,
    showingNewest: (shown, total) =>
      `${total} acuerdos: se muestran los ${shown} más recientes; los totales los cuentan todos. Pregunta por un par de empresas o usa /top para acotar.`,
    dealsCount: (n) => `${n} ${n === 1 ? 'acuerdo' : 'acuerdos'}, del más reciente al más antiguo.`,
    moneyFlows: 'Flujos de dinero',
    noLiveAmounts: 'sin importes vigentes',
    latestTitle: 'Últimos acuerdos y cambios de estado',
    latestSince: (date) => `Acuerdos y cambios de estado desde el ${date}`,
    latestLead: (asOf) =>
      `Del más reciente al más antiguo, por la fecha de cada hecho; la base de conocimiento se revisó hasta el ${es.date(asOf)}.`,
    newDeal: (status) => `nuevo (${status})`,
    nowStatus: (status) => `ahora ${status}`,
    dealUpdate: (note) => `novedad: ${note}`,
    andMoreEvents: (n) => `…y ${n} más; usa desde: para acotar las fechas.`,
    nothingSince: (date, asOf) =>
      `Nada en la base de conocimiento desde el ${date}. Se revisó hasta el ${es.date(asOf)}, así que puede haber acuerdos posteriores.`,
    badSince: (text) => `${text} no es una fecha`,
    sinceFormat: 'Escribe la fecha como AAAA-MM-DD o AAAA-MM, p. ej. desde:2026-06-01.',
    linkedTo: 'Vinculado a',
    products: 'Productos y programas',
    productOf: (product, kind, company) => `${product} es ${kind} de ${company}.`,
    personNotCompany: (person, affiliation) =>
      `${person} es una persona, no una empresa: los acuerdos se registran entre empresas. ${person} está vinculado a ${affiliation}.`,
    ownShareUndisclosed: (whole) => `participó en un acuerdo de ${whole} (su parte no se reveló)`,
    partOfDeal: (title) => `parte de: ${title}`,
    neutral: (n, ids) =>
      `Además, ${count(n, { one: '# acuerdo', other: '# acuerdos' })} sin dirección de dinero (${ids}).`,
    noFlows: (a, b) => `No hay flujos de dinero registrados entre ${a} y ${b}.`,
    backersOf: (name) => `Inversores de ${name}`,
    investmentsBy: (name) => `Inversiones de ${name}`,
    investors: (names) => `Inversores: ${names}.`,
    into: (names) => `En: ${names}.`,
    noBackers: (name) => `No hay ninguna inversión en ${name} en la base de conocimiento.`,
    noInvestments: (name) => `No hay ninguna inversión de ${name} en la base de conocimiento.`,
    inShort: 'En resumen',
    totals: 'Totales',
    noDisclosedAmounts: 'sin importes revelados',
    profileOf: (name) => `Perfil de ${name}`,
    dealsInKb: (n) => `${n} ${n === 1 ? 'acuerdo' : 'acuerdos'} en la base de conocimiento.`,
    about: 'Qué es',
    companyKind: 'Tipo',
    alsoCalled: 'También llamada',
    partOf: 'Parte de',
    owns: 'Controla',
    headquarters: 'Sede',
    founded: 'Fundada',
    latestValuation: 'Última valoración',
    valuationBasis: { pre: 'pre-money', post: 'post-money', implied: 'implícita' },
    backers: 'Inversores',
    investments: 'Inversiones',
    suppliers: 'Proveedores de cómputo y chips',
    customers: 'Clientes de cómputo y chips',
    deals: 'Acuerdos',
    andMore: (n, command) => `…y ${n} más: ${command}`,
    allDeals: 'Todos los acuerdos',
    sourcesFor: (title) => `Fuentes de: ${title}`,
    sourcesForDeals: (title) => `Fuentes · ${title}`,
    noDealId: (id) => `No hay ningún acuerdo con el id ${id}`,
    nearDealIds: (ids) => `Acuerdos cuyo id o título lo contienen: ${ids}.`,
    dealIdHint:
      'Elige un acuerdo de la lista mientras escribes, o pregunta /fuentes empresa:<nombre> con:<nombre>.',
    whichSources: '¿Qué fuentes?',
    whichSourcesLead:
      'Indica un id de acuerdo (`/sources deal:openai-aws-compute-2025-11`) o empresas (`/sources company:AWS with:OpenAI`).',
    sourcesCount: (n) =>
      `${n} ${n === 1 ? 'fuente' : 'fuentes'}, primero las de mayor nivel (primaria, gran medio, prensa sectorial, agregador).`,
    dealAndStatus: 'Acuerdo y estado',
    unknownKind: (kind) => `Tipo de acuerdo desconocido: ${kind}`,
    kinds: (list) => `Tipos: ${list}.`,
    anyKind: 'Mayores acuerdos de cualquier tipo',
    noDealsIn: (year) => `No hay acuerdos de ${year}`,
    yearsAvailable: (years) => `La base de conocimiento tiene acuerdos de ${years}.`,
    scope: (kind, year) => `${kind ? `acuerdos (${kind})` : 'acuerdos'}${year ? ` de ${year}` : ''}`,
    noneRanked: (scope) => `No hay ${scope} con importe revelado`,
    largest: (scope) => `Mayores ${scope}`,
    rankedBy: 'Ordenados por importe principal; las cifras "hasta" y las publicadas en prensa lo indican.',
    notRanked: (n, fees = 0) =>
      `Fuera de la lista: ${count(n, { one: '# acuerdo', other: '# acuerdos' })} sustituidos, estancados, en negociación, cancelados, sumas o partes de acuerdos mayores.${fees > 0 ? ` ${count(fees, { one: '# de ellos solo indica', other: '# de ellos solo indican' })} una cuota mensual o anual, que no es el tamaño de un acuerdo.` : ''}`,
    severalCompanies: (query) => `${query} puede referirse a varias empresas`,
    noCompany: (query) => `Ninguna empresa coincide con ${query}`,
    didYouMean: (list) => `¿Quisiste decir ${list}?`,
    tryName: 'Prueba con el nombre de una empresa, un alias como "AWS", o /empresa para explorar.',
    alias: 'alias',
    closeTo: 'parecido a',
  },

  totals: {
    deals: (n) => `${n} ${n === 1 ? 'acuerdo' : 'acuerdos'}`,
    confirmation: {
      announced: 'anunciado',
      reported: 'publicado en prensa, sin confirmar',
      derived: 'calculado',
      estimate: 'estimaciones de analistas',
    },
    undisclosed: (n) => `${n} sin revelar`,
    notInTotals: (list) => `Fuera de los totales: ${list}.`,
    sharedWithOthers: 'compartido con otros inversores',
    sharedWithOtherPayees: 'pagado también a otras empresas',
    countedIn: (id) => `contado en ${id}`,
    replacedBy: (id) => `su importe fue sustituido por el nuevo total de ${id}`,
    rollUp: 'suma de otros acuerdos',
    notMoney: 'un valor, no dinero pagado',
    secondary: 'venta de acciones existentes: el dinero fue a los vendedores',
    periodic: 'una cuota mensual o anual, no un total',
  },

  help: {
    title: 'Bot de acuerdos de IA — ayuda',
    lead: (deals, companies) =>
      `Responde sobre acuerdos del sector de la IA a partir de una base de conocimiento revisada de ${deals} acuerdos entre ${companies} empresas; cada cifra con su matiz, estado, fecha y fuente.`,
    commands: 'Comandos',
    deal: 'todos los acuerdos entre dos empresas, en ambas direcciones',
    backers: 'quién invirtió, cuánto, cuándo y en qué condiciones',
    investments: 'dónde invirtió',
    company: 'perfil: valoración, inversores, inversiones, proveedores, clientes',
    sources: 'todas las fuentes de las cifras, de dos empresas o de un acuerdo',
    top: 'los mayores acuerdos (ambas opciones son opcionales)',
    latest: 'los acuerdos y cambios de estado más recientes',
    ask: 'una pregunta con tus palabras, en español, inglés o italiano',
    pictures: (graph, loops, timeline) =>
      `${graph}, ${loops} y ${timeline} dibujan el dinero alrededor de una empresa, sus acuerdos circulares y su historia; las opciones entre [corchetes] son opcionales`,
    reading: 'Cómo leer una cifra',
    readQualifiers: '"hasta", "al menos", "más de" y "unos" se mantienen tal como los dan las fuentes.',
    readStatuses:
      '"publicado en prensa" significa que las partes no lo han confirmado; el estado (negociación, según la prensa, carta de intenciones, anunciado, firmado, cerrado, estancado, sustituido, cancelado, bloqueado) cita la página que lo publicó.',
    readTotals:
      'Los totales solo suman cifras comparables (misma confirmación, moneda y matiz: "3.000 millones + hasta 40.000 millones"); nunca un acuerdo sustituido, estancado o bloqueado, el valor de una participación, una venta secundaria ni dos veces una parte de un acuerdo mayor.',
  },

  graph: {
    steps: (n) => `${n} ${n === 1 ? 'paso' : 'pasos'}`,
    what: { graph: 'grafo de dinero', loop: 'ciclo', timeline: 'cronología' },
    noDealsTryParent: (name, parent) =>
      `${name} no tiene acuerdos en la base de conocimiento; puede que su matriz, ${parent}, sí: pruebe con ella.`,
    noDealsNothing: (name, what) =>
      `${name} no tiene acuerdos en la base de conocimiento, así que no hay ${what} que dibujar.`,
    nothingToDraw: (name, deals, inactive, undirected, what) => {
      const reasons = [
        inactive > 0 &&
          `${inactive} no ${inactive === 1 ? 'está vigente' : 'están vigentes'} (en negociación, estancados, sustituidos o cancelados)`,
        undirected > 0 &&
          `${undirected} no ${undirected === 1 ? 'mueve' : 'mueven'} dinero entre dos empresas`,
      ].filter(Boolean);
      return `${name} tiene ${deals} ${deals === 1 ? 'acuerdo' : 'acuerdos'} en la base de conocimiento, pero ${reasons.join(' y ')}: no hay ${what} que dibujar.`;
    },
    flowAmount: (money, kind, rollUp) => `${kind}${rollUp ? ' (agregado)' : ''} de ${money}`,
    flowShare: (whole, kind, rollUp) => `participación en ${kind}${rollUp ? ' (agregado)' : ''} de ${whole}`,
    flowUndisclosed: (kind, rollUp) => `${kind}${rollUp ? ' (agregado)' : ''}, importe no revelado`,
    flowWhen: (month, reported) => `(${month}${reported ? ', publicado en prensa' : ''})`,

    moneyAround: (name) => `El dinero en torno a ${name}`,
    moneyInto: (name) => `Dinero que recibe ${name}`,
    moneyOutOf: (name) => `Dinero que paga ${name}`,
    loops: 'Ciclos',
    loopsThrough: (count, group, list, more) =>
      `${count} ${count === 1 ? 'ciclo' : 'ciclos'} de dinero por ${group}: ${list}${more > 0 ? `; y ${more} más` : ''}.`,
    seeLoops: (command) => `Véalos con sus acuerdos: ${command}`,
    notDrawn: 'No dibujado',
    graphLead: (companies, deals, steps, group) =>
      `${companies} empresas y ${deals} ${deals === 1 ? 'acuerdo vigente' : 'acuerdos vigentes'} a ${steps} o menos de ${group}; las flechas siguen el camino del dinero.`,
    drawnAsPart: (name, group) => `${name} aparece como parte del grupo ${group}.`,
    listedBelow: (group) => `Abajo, los acuerdos propios de ${group}; la imagen muestra el resto.`,
    graphSubtitle: (steps, companies, deals) =>
      `${steps} · ${companies} empresas · ${deals} acuerdos · las flechas siguen el camino del dinero`,
    graphAlt: (group, steps, companies, deals, partners) =>
      `Grafo del dinero en torno a ${group}, ${steps}: ${companies} empresas y ${deals} acuerdos, con flechas en la dirección del dinero. Principales socios: ${partners}.`,
    leftOut: (count, steps) =>
      `${count} ${count === 1 ? 'empresa más' : 'empresas más'} a ${steps} o menos se ${count === 1 ? 'queda' : 'quedan'} fuera para que la imagen sea legible (las de menos dinero).`,
    notLive: (list) => `No vigentes, por eso no se dibujan: ${list}.`,
    noDirection: (list) => `Sin dirección del dinero entre dos empresas, por eso no se dibujan: ${list}.`,

    loopsTitle: 'Ciclos de dinero',
    loopsTitleThrough: (name) => `Ciclos de dinero por ${name}`,
    noLoopThrough: (group) =>
      `Ningún ciclo de dinero pasa por ${group}: ninguna de las empresas a las que paga le devuelve dinero, ni directamente ni a través de hasta otras dos, en los acuerdos vigentes.`,
    noLoopsAtAll: 'No hay ciclos de dinero en los acuerdos vigentes de la base de conocimiento.',
    loopBadge: (companies, deals) => `${companies} empresas · ${deals} acuerdos`,
    loopsLead: (count, group, twos, longer) =>
      `${count} ${count === 1 ? 'ciclo' : 'ciclos'}${group ? ` por ${group}` : ''} en los acuerdos vigentes (${twos} entre dos empresas, ${longer} entre tres o cuatro): el dinero que sale por un tramo vuelve por otro. Primero los más cortos; después, por el dinero del tramo más pequeño.`,
    loopsListedFirst: (shown, more) => `Abajo, los ${shown} primeros; ${more} más sin listar.`,
    loopsSubtitleFirst: (shown, total) =>
      `los ${shown} primeros de ${total} ciclos · las flechas siguen el camino del dinero`,
    loopsSubtitle: (count) =>
      `${count} ${count === 1 ? 'ciclo' : 'ciclos'} · las flechas siguen el camino del dinero`,

    overTime: (name) => `${name} a lo largo del tiempo`,
    noAmounts: (name, deals) =>
      deals === 1
        ? `El único acuerdo de ${name} no indica importe, así que no hay nada que representar.`
        : `Ninguno de los ${deals} acuerdos de ${name} indica importe, así que no hay nada que representar.`,
    valuations: 'Valoraciones',
    dealsOldestFirst: 'Acuerdos, del más antiguo al más reciente',
    reported: 'publicado en prensa',
    notCharted: 'Fuera del gráfico',
    noAmountStated: (list) => `Sin importe: ${list}.`,
    feeOnly: 'Solo una cuota mensual o anual, no el tamaño de un acuerdo',
    timelineLead: (deals, valuations, since) =>
      `${deals} ${deals === 1 ? 'acuerdo' : 'acuerdos'} con importe y ${valuations} ${valuations === 1 ? 'valoración' : 'valoraciones'} desde ${since}, en una escala de millones a billones. ▲ dinero que entra, ▼ dinero que sale.`,
    timelineSubtitle: (since) => `acuerdos y valoraciones desde ${since} · importes en escala logarítmica`,
    timelineAlt: (title, deals, valuations, since) =>
      `${title}: ${deals} acuerdos y ${valuations} valoraciones desde ${since}, importes en escala logarítmica.`,

    picture: {
      asOf: (date) => `datos a ${date}`,
      alt: (title, subtitle, asOf) => `${title}: ${subtitle} (datos a ${asOf})`,
      shortMoney: shortMoneyEs,
      mark: { exact: '', 'up-to': 'hasta ', 'at-least': '≥', 'more-than': '>', about: '~', undisclosed: '' },
      category: {
        investment: 'inversión',
        compute: 'cómputo / nube',
        chips: 'chips',
        infrastructure: 'centros de datos',
        acquisition: 'adquisición / licencia',
        other: 'plan de gasto / otros',
      },
      certainty: {
        committed: 'comprometido',
        'up-to': 'hasta / no vinculante',
        reported: 'publicado, sin confirmar',
      },
      widthNote: 'grosor: importe (escala log.)',
      including: (names) => `incl. ${names}`,
      hub: {
        'equity-investment': 'inversión',
        'funding-round': 'ronda',
        'secondary-sale': 'venta de acciones',
        'compute-contract': 'contrato de cómputo',
        'chip-supply': 'contrato de chips',
        'data-centre-build': 'construcción',
        'joint-venture': 'empresa conjunta',
        acquisition: 'adquisición',
        'licence-and-hiring': 'licencia',
        'spending-commitment': 'plan',
        partnership: 'acuerdo',
        restructuring: 'acuerdo',
        ipo: 'salida a bolsa',
        'debt-financing': 'préstamo',
      },
      plan: 'plan',
      hubLabel: (amount, word) => (amount ? `${word} de ${amount}` : word),
      inRound: (amount) => `en ronda de ${amount}`,
      inPlan: (amount) => `en plan de ${amount}`,
      shareOf: (amount) => `parte de ${amount}`,
      undisclosed: 'no revelado',
      perPeriod: { month: '/mes', year: '/año', quarter: '/trim.', week: '/sem.' },
      investors: (n) => `${n} inversores`,
      parties: (n) => `${n} partes`,
      plainPlan: (amount) => `plan de ${amount}`,
      round: (amount) => `ronda de ${amount}`,
      inDeal: (amount, round) => `en ${round ? 'ronda' : 'acuerdo'} de ${amount}`,
      who: (names, what) => `${names}: ${what}`,
      status: {
        talks: 'en negociación',
        reported: 'según la prensa',
        'letter-of-intent': 'carta de intenciones',
        announced: 'anunciado',
        signed: 'firmado',
        closed: 'cerrado',
        stalled: 'estancado',
        superseded: 'sustituido',
        terminated: 'cancelado',
        blocked: 'bloqueado',
      },
      valuation: (amount) => `valoración de ${amount}`,
      directions: '▲ dinero que entra   ▼ dinero que sale   ● sin dirección',
      valuationMark: '◆ valoración',
      hollow: 'hueco: hasta, publicado o una parte',
      notLive: 'no vigente (negociación, estancado, sustituido)',
    },
  },

  console: {
    typeACommand: 'Escribe un comando, p. ej. /deal Amazon OpenAI. /help los muestra todos.',
    unknownCommand: (name) => `Comando desconocido "/${name}".`,
    commands: (list) => `Comandos: ${list}.`,
    needs: (command, option, description) => `/${command} necesita ${option}: ${description}.`,
    usage: (text) => `Uso: ${text}`,
    empty: (option, description) => `${option}: está vacío; ${description}.`,
    expectedBoolean: (option, got) => `${option}: se esperaba true o false, no "${got}".`,
    expectedInteger: (option, min, max, got) =>
      `${option}: se esperaba un número entero${min !== undefined ? ` desde ${min}` : ''}${max !== undefined ? ` hasta ${max}` : ''}, no "${got}".`,
    noFreeText: (command) => `/${command} no admite texto libre.`,
  },

  commands: {
    deal: {
      name: 'acuerdo',
      description: 'Todos los acuerdos entre dos empresas, en ambas direcciones (o todos los de una)',
      options: {
        company: { name: 'empresa', description: 'Una empresa, p. ej. Amazon, OpenAI, NVIDIA' },
        with: { name: 'con', description: 'La otra empresa (opcional)' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    backers: {
      name: 'inversores',
      description: 'Quién invirtió en una empresa: cuánto, cuándo y en qué condiciones',
      options: {
        company: { name: 'empresa', description: 'La empresa que recibió el dinero' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    investments: {
      name: 'inversiones',
      description: 'Dónde invirtió una empresa su dinero',
      options: {
        company: { name: 'empresa', description: 'La empresa inversora' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    company: {
      name: 'empresa',
      description: 'Perfil de una empresa: valoración, inversores, inversiones, proveedores y clientes',
      options: {
        name: { name: 'nombre', description: 'La empresa' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    sources: {
      name: 'fuentes',
      description: 'Las fuentes de las cifras de un acuerdo o de dos empresas',
      options: {
        company: { name: 'empresa', description: 'Una empresa' },
        with: { name: 'con', description: 'La otra empresa' },
        deal: { name: 'acuerdo', description: 'El id de un acuerdo, como aparece en /deal' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    top: {
      name: 'mayores',
      description: 'Los mayores acuerdos, con sus matices',
      options: {
        kind: { name: 'tipo', description: 'Solo acuerdos de este tipo' },
        year: { name: 'año', description: 'Solo acuerdos anunciados este año' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    ask: {
      name: 'preguntar',
      description: 'Pregunta sobre acuerdos de IA con tus palabras, en español, inglés o italiano',
      options: {
        question: { name: 'pregunta', description: 'p. ej. ¿quién financia a Anthropic?' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    latest: {
      name: 'novedades',
      description: 'Los acuerdos y cambios de estado más recientes, cada uno con su fuente',
      options: {
        since: { name: 'desde', description: 'Solo lo ocurrido desde esta fecha (AAAA-MM-DD)' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    help: { name: 'ayuda', description: 'Qué responde este bot y cómo leer sus cifras', options: {} },
    graph: {
      name: 'grafico',
      description: 'Una imagen del dinero alrededor de una empresa: quién paga a quién y cuánto',
      options: {
        company: { name: 'empresa', description: 'Una empresa, p. ej. OpenAI, Anthropic, NVIDIA' },
        depth: { name: 'profundidad', description: 'Cuántos pasos desde la empresa (1–3, por defecto 1)' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    loops: {
      name: 'ciclos',
      description: 'Dinero circular: A invierte en B mientras B paga a A, y ciclos más largos',
      options: {
        company: { name: 'empresa', description: 'Solo los ciclos que pasan por esta empresa (opcional)' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
    timeline: {
      name: 'cronologia',
      description: 'Un gráfico de los acuerdos y valoraciones de una empresa en el tiempo',
      options: {
        company: { name: 'empresa', description: 'Una empresa, p. ej. OpenAI, Anthropic, Cerebras' },
        hide: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
      },
    },
  },

  render: {
    asOf: (date) => `Base de conocimiento a ${es.date(date)}`,
    page: (n, of) => `página ${n}/${of}`,
    previous: '◀ Anterior',
    next: 'Siguiente ▶',
    sources: 'Fuentes',
    sourcesTitle: (title) => `Fuentes · ${title}`,
    sourcesFooter: (asOf) => `Primero las de mayor nivel · base de conocimiento a ${es.date(asOf)}`,
    moreSources: (n) => `…y ${n} más: usa /sources para la lista completa.`,
    noSourcesOnPage: 'No hay fuentes en esta página.',
    didYouMean: '¿Quisiste decir…?',
    seedArticle: (file) => `artículo semilla ${file} (sin dirección pública)`,
    link: 'enlace',
    tier: {
      primary: 'fuente primaria',
      major: 'agencia o gran medio',
      trade: 'prensa sectorial',
      aggregator: 'agregador',
    },
    carries: (wire) => `reproduce ${wire}`,
    pageLanguage: languageNamer('es-ES'),
    quotedIn: (publisher) => `página no abierta; enlazada desde ${publisher}`,
    tryThese: 'Prueba:',
    failure: 'Algo ha fallado por nuestra parte; queda registrado. Vuelve a intentarlo.',
    staleButton: 'Este botón es de una versión anterior del bot. Vuelve a ejecutar el comando.',
    nothingPicked: 'No se eligió nada.',
    showing: (name) => `Mostrando ${name}.`,
    slowDown: (seconds) =>
      `Más despacio: demasiadas peticiones seguidas. Vuelve a intentarlo en ${seconds} s.`,
    unknownCommand: (name) => `Comando desconocido /${name}. Prueba /help.`,
    fullHint: 'Todas las cifras, advertencias y fuentes: repítelo con --full.',
    openCard: 'Abrir la ficha completa de un acuerdo…',
    sourceLink: 'Fuente',
    moreOnPages: (n) => (n === 1 ? '1 más en la página siguiente' : `${n} más en las páginas siguientes`),
  },

  ask: {
    understood: (meaning) => `He entendido: ${meaning}.`,
    meaning: {
      dealsBetween: (a, b) => `los acuerdos entre ${a} y ${b}`,
      dealsOf: (a) => `los acuerdos de ${a}`,
      backers: (a) => `quién ha invertido en ${a}`,
      investments: (a) => `en qué ha invertido ${a}`,
      profile: (a) => `qué es ${a}`,
      valuation: (a) => `la última valoración de ${a}`,
      sourcesBetween: (a, b) => `las fuentes de los acuerdos entre ${a} y ${b}`,
      sourcesOf: (a) => `las fuentes de los acuerdos de ${a}`,
      acquiredPair: (buyer, target) => `si ${buyer} adquirió ${target}`,
      acquisitionsOf: (a) => `las adquisiciones en las que participa ${a}`,
      largest: (scope, among, withMinimum) =>
        `los mayores ${scope}${among ? ` con participación de ${among}` : ''}${withMinimum ? ' por encima del importe indicado' : ''}`,
      unknown: 'una pregunta que no trata de los acuerdos que conozco',
      aCompany: 'una empresa',
    },
    scope: (kind, year) => `${kind ? `acuerdos (${kind})` : 'acuerdos'}${year ? ` de ${year}` : ''}`,
    scopeAmong: (scope, companies) => (companies ? `${scope} con participación de ${companies}` : scope),
    largest: (scope) => `Mayores ${scope}`,
    dontKnowName: (names) => `No conozco ${names}`,
    noSuchCompany: (names) => `La base de conocimiento no tiene ninguna empresa llamada ${names}.`,
    closestNames: (names) => `Los nombres más parecidos que tiene: ${names}.`,
    severalCompanies: (text) => `${text} puede referirse a varias empresas`,
    whichOne: (candidates) => `¿Cuál de ellas: ${candidates}?`,
    whichCompany: '¿Qué empresa?',
    noCompanyNamed: 'No he encontrado en la pregunta ningún nombre de empresa que conozca.',
    ambiguousAmount: (text) => `¿Cuánto es ${text}?`,
    ambiguousAmountLead:
      'Para unos esa palabra significa mil millones y para otros un millón de millones, así que prefiero no adivinar. Escríbelo con "mil millones" (10^9) o con "billones" (10^12): por ejemplo, "38.000 millones" o "1,4 billones".',
    notSure: 'No estoy seguro de qué preguntas',
    notSureAbout: (names) => `He encontrado ${names}, pero no qué quieres saber.`,
    canAnswer:
      'Puedo responder: los acuerdos entre dos empresas, quién financia a una empresa, en qué ha invertido, su perfil y su última valoración, las fuentes de un acuerdo, si una empresa adquirió a otra y los mayores acuerdos.',
    outOfScope: 'Eso queda fuera de lo que sé',
    outOfScopeLead:
      'Solo conozco acuerdos del sector de la IA (inversiones, contratos de cómputo y de chips, adquisiciones, valoraciones), cada uno con sus fuentes.',
    whatKbKnows: 'Lo que sabe la base de conocimiento',
    companyFacts: (name, deals, partners) =>
      `${name}: ${deals} ${deals === 1 ? 'acuerdo' : 'acuerdos'} en la base de conocimiento${partners ? `, con ${partners}` : ''}.`,
    companyNoDeals: (name) => `${name}: ningún acuerdo en la base de conocimiento.`,
    dontKnowDeal: 'No conozco ese acuerdo',
    noDealBetween: (a, b, asOf) =>
      `La base de conocimiento no tiene ningún acuerdo entre ${a} y ${b} (revisada hasta el ${asOf}).`,
    noAcquisitionNoDeal: (buyer, target, asOf) =>
      `No: la base de conocimiento no tiene ninguna adquisición de ${target} por parte de ${buyer}, ni ningún otro acuerdo entre ellas (revisada hasta el ${asOf}).`,
    acquisitionYes: (buyer, target, several, status, when) =>
      `Sí: la base de conocimiento tiene un acuerdo de adquisición de ${target} por parte de ${several ? `un grupo del que forma parte ${buyer}` : buyer} (${status}, ${when}).`,
    acquisitionNotCompleted: (buyer, target, several, status, when) =>
      `Adquisición no completada: la base de conocimiento tiene un acuerdo de adquisición de ${target} por parte de ${several ? `un grupo del que forma parte ${buyer}` : buyer}, y su estado es ${status} (${when}).`,
    acquisitionReverse: (buyer, target, status, when) =>
      `No: la base de conocimiento no tiene ninguna adquisición de ${target} por parte de ${buyer}; tiene un acuerdo de adquisición en sentido contrario, de ${buyer} por parte de ${target} (${status}, ${when}).`,
    acquisitionOther: (buyer, target, others) =>
      `No: la base de conocimiento no tiene ninguna adquisición de ${target} por parte de ${buyer}; entre ellas tiene ${others}.`,
    dealMention: (kind, status, when) => `un acuerdo de ${kind} (${status}, ${when})`,
    andMoreDeals: (n) => `otros ${n}`,
    partOfGroup: (child, parent) =>
      `La base de conocimiento registra ${child} como parte de ${parent}; no tiene ningún acuerdo de adquisición entre ellas.`,
    acquisitionsInvolving: (name) => `Adquisiciones en las que participa ${name}`,
    acquisitionsLead: (name, list) => `${name}: ${list}.`,
    acquisitionBy: (buyers, status, when) => `adquirida por ${buyers} (estado: ${status}, ${when})`,
    acquisitionOf: (targets, status, when) => `compradora de ${targets} (estado: ${status}, ${when})`,
    noAcquisitionsOf: (name, deals) =>
      `La base de conocimiento no tiene ninguna adquisición en la que ${name} sea compradora o adquirida; tiene ${deals} ${deals === 1 ? 'otro acuerdo' : 'otros acuerdos'} de ${name}.`,
    valuationOf: (name) => `Valoración de ${name}`,
    valuationLead:
      'La última valoración de la base de conocimiento, tomada del acuerdo vigente más reciente que valora la empresa.',
    noValuation: (name) => `No hay ninguna valoración de ${name} en la base de conocimiento`,
    noValuationLead: (name, asOf) =>
      `La base de conocimiento no registra ninguna valoración de ${name} (revisada hasta el ${asOf}).`,
    atLeast: (scope, minimum) => `${scope.charAt(0).toUpperCase()}${scope.slice(1)} de al menos ${minimum}`,
    noneAtLeast: (scope, minimum) => `No hay ${scope} de al menos ${minimum} con importe revelado`,
    rankedLead: 'Ordenados por importe principal; las cifras "hasta" y las publicadas en prensa lo indican.',
    orderingRates:
      'Los importes en otras monedas se comparan a tipos de cambio aproximados, solo para decidir cuál es mayor; se muestran en su propia moneda.',
    moreRanked: (n) => `…y ${n} más: acótalo con un tipo o un año.`,
    labels: {
      profile: (name) => `Perfil de ${name}`,
      deals: (name) => `Acuerdos de ${name}`,
      dealsBetween: (a, b) => `${a} y ${b}`,
      backers: (name) => `Inversores de ${name}`,
      investments: (name) => `Inversiones de ${name}`,
      sources: (name) => `Fuentes: ${name}`,
      largest: 'Mayores acuerdos',
      help: 'Qué puedo responder',
    },
  },
  askMore: {
    verdict: { yes: 'Sí', no: 'No', partly: 'En parte', notConfirmed: 'Sin confirmar' },
    dealRef: (direction, mention) => `${direction}, ${mention}`,
    isStatus: (deal, status, when) => `${deal}: ${status} (${when}).`,
    figureReported: (deal, status, when, amount) =>
      `${deal}: ${status} (${when}), pero su importe, ${amount}, es una información de prensa que las partes no confirmaron.`,
    notClosedYet: (deal, status, when) => `${deal}: ${status} (${when}), aún sin cerrar.`,
    noDealOfThatSize: (names, closest) =>
      `la base de conocimiento no tiene ningún acuerdo de ${names} de ese tamaño${closest ? `; el más cercano: ${closest}` : ''}.`,
    notRaised: (name, deal) => `no es dinero que ${name} haya recaudado: es ${deal}.`,
    acquisitionNotCompleted: (buyer, target, status, when) =>
      `${buyer} acordó comprar ${target}, pero la adquisición no se completó: ${status} (${when}).`,
    meaning: {
      compare: (names, into) => `una comparación de ${names}${into ? ` en ${into}` : ''}`,
      latest: (name) => (name ? `los acuerdos más recientes de ${name}` : 'los acuerdos más recientes'),
    },
    compareTitle: (names, into) => (into ? `${names}: dinero en ${into}` : `${names}, lado a lado`),
    compareLead: (into) =>
      into
        ? `Lo que cada uno puso en ${into}, sumado solo donde las cifras se pueden sumar:`
        : 'El dinero que recibió cada uno, sumado solo donde las cifras se pueden sumar:',
    compareLeadKind: (kind) =>
      `Los acuerdos de este tipo (${kind}) de cada uno, sumados solo donde las cifras se pueden sumar:`,
    compareLeadBetween: (focus) =>
      `El dinero entre cada uno y ${focus}, en la dirección en que fluyó, sumado solo donde las cifras se pueden sumar:`,
    compareSide: (name, total) => `${name}: ${total}`,
    nothingRecorded: 'nada registrado',
    winner: (name) => `${name} va por delante en cifras del mismo tipo.`,
    noWinner:
      'Sin un ganador claro: las cifras difieren en calificador o confirmación (exacta, hasta, publicada…), así que se muestran lado a lado.',
    compareKindSide: (name, live, paid, received) =>
      `${name}, ${count(live, { one: '# acuerdo vigente', other: '# acuerdos vigentes' })}: pagado — ${paid ?? 'nada registrado'}; recibido — ${received ?? 'nada registrado'}`,
    moreDeals: (name, most, next) =>
      `${name} tiene más acuerdos vigentes de este tipo (${most} frente a ${next}); lo pagado y lo recibido se muestran aparte, nunca sumados.`,
    sameDeals: (names, live) =>
      `Sin un ganador claro: ${names} tienen cada uno ${count(live, { one: '# acuerdo vigente', other: '# acuerdos vigentes' })} de este tipo; lo pagado y lo recibido se muestran aparte, nunca sumados.`,
    whenTitle: (names) => `Cuándo: ${names}`,
    whenItem: (direction, kind, date, status) => `${direction}, ${kind}: ${date} (${status})`,
    whenLead: (items) => `Fechas: ${items}.`,
    pinnedLead: (deal) => `El acuerdo por el que preguntas: ${deal}.`,
    pinnedValuation: (name, value, basis, when) => `${name} en ese acuerdo: ${value} (${basis}), ${when}.`,
    pinnedInvestors: (names) => `Inversores en este acuerdo: ${names}.`,
    latestTitle: (name) => (name ? `Últimos acuerdos de ${name}` : 'Últimos acuerdos'),
    latestLead: 'Los más recientes primero, por la fecha de su último estado.',
    labels: { compare: 'Comparar', latest: 'Últimos acuerdos' },
  },
  // Issue 14 (pics branch): pictures' notes and console input.
  pics: {
    more: (count, names) => `+${count} más, en el texto: ${names}`,
    altMore: (count, names) =>
      `Sin dibujar, para que se lea bien: ${count} ${count === 1 ? 'empresa más' : 'empresas más'} (${names}); el texto las enumera.`,
    yearsSkipped: '// años sin acuerdos omitidos',
    altYearsSkipped: (years) => `Sin acuerdos en ${years} (omitidos en el eje temporal).`,
  },
  consoleInput: {
    unknownCommand: (name, suggestion) =>
      `Comando desconocido /${name}.${suggestion ? ` ¿Quisiste decir ${suggestion}?` : ''}`,
    unknownOption: (command, option, suggestion) =>
      `/${command} no tiene la opción ${option}.${suggestion ? ` ¿Quisiste decir ${suggestion}?` : ''}`,
    validOptions: (command, list) => `Opciones de /${command}: ${list}.`,
    usageHeading: (usage) => `Uso: ${usage}`,
    flagFull: 'todos los detalles de la respuesta (por defecto es breve)',
    flagHelp: 'este uso',
    generalHelp: (commands) =>
      `Escribe un comando como lo muestra Discord (/acuerdo empresa:Amazon con:OpenAI) o con nombres sueltos (/acuerdo Amazon OpenAI); cualquier otra cosa es una pregunta con tus palabras.\nComandos: ${commands}.\nAñade --full para todos los detalles, --help tras un comando para sus opciones.`,
    banner: (deals, companies, asOf) =>
      `Consola de ai-deals-bot: ${deals} acuerdos, ${companies} empresas, datos al ${es.date(asOf)}.\nEscribe /ayuda, p. ej. /acuerdo Amazon OpenAI o /inversores empresa:Anthropic. Ctrl+C borra la línea; Ctrl+D o /quit para salir.`,
    cleared: '(línea borrada)',
    pressAgain: '(Ctrl+C otra vez o Ctrl+D para salir)',
    startUsage:
      'Uso: npm start [-- --lang en|es|it]\nSin DISCORD_TOKEN (en .env o en el entorno) abre la consola; con él, el bot se conecta a Discord por el gateway. npm run start:http sirve en su lugar el endpoint HTTP de interacciones, npm run ask -- "<pregunta>" responde una vez.',
    askUsage: 'Uso: npm run ask -- [--lang en|es|it] "/acuerdo Amazon OpenAI" [--full]',
    badLang: (got) => `--lang: se esperaba en, es o it, no "${got}".`,
    picture: (path) => `Imagen: ${path}`,
  },
  watch: {
    commands: {
      watch: { description: 'Publica aquí los acuerdos nuevos: añade, lista o quita un seguimiento' },
      add: { description: 'Publica aquí (o por MD) los acuerdos y cambios de estado que coincidan' },
      list: { description: 'Los seguimientos de este canal y de este servidor' },
      remove: { description: 'Deja de seguir uno' },
      settings: { description: 'Muestra o cambia el idioma, la privacidad y las imágenes del servidor' },
      options: {
        company: { description: 'Solo acuerdos de esta empresa (o sus filiales)' },
        kind: { description: 'Solo este tipo de acuerdo' },
        min: { description: 'Solo acuerdos de al menos este importe, p. ej. 1.000 millones' },
        status: { description: 'Solo cuando un acuerdo llega a este estado' },
        watch: { description: 'El seguimiento que quitar' },
        language: { description: 'El idioma de las respuestas' },
        private: { description: 'Respuestas visibles solo para quien pregunta, salvo que elija otra cosa' },
        pictures: { description: 'Si las respuestas pueden llevar imágenes' },
      },
      userLanguage: 'El de cada usuario',
    },
    newDeal: (title) => `Acuerdo nuevo: ${title}`,
    nowStatus: (title, status) => `${title}: ahora ${status}`,
    update: (title) => `Novedad: ${title}`,
    digestTitle: (n) => `${n} acuerdos nuevos y cambios de estado`,
    digestLead: 'La base de conocimiento se actualizó; esto coincide con los seguimientos de este canal.',
    andMore: (n) => `…y ${n} más; /latest los lista todos.`,
    anyDeal: 'todos los acuerdos',
    atLeast: (amount) => `al menos ${amount}`,
    watchedFor: (filter) => `Seguimiento: ${filter}`,
    added: 'Seguimiento añadido',
    addedLead: (filter, where) =>
      `Los acuerdos nuevos y cambios de estado (${filter}) se publicarán ${where}.`,
    inThisChannel: 'en este canal',
    byDm: 'por mensaje directo',
    resumed: (n) =>
      `También se reanudaron ${n === 1 ? 'el seguimiento pausado' : `los ${n} seguimientos pausados`} de aquí.`,
    duplicate: 'Ese seguimiento ya existe aquí.',
    channelLimit: (n) =>
      `Este canal ya tiene ${n} seguimientos, el máximo por canal. Quita uno antes (/watch remove).`,
    serverLimit: (n) =>
      `Este servidor ya tiene ${n} seguimientos, el máximo por servidor. Quita uno antes (/watch remove).`,
    userLimit: (n) =>
      `Ya tienes ${n} seguimientos por mensaje directo, el máximo por persona. Quita uno antes.`,
    listTitle: 'Seguimientos',
    listEmpty: 'Aún no hay seguimientos. Añade uno con /watch add.',
    hereHeading: 'Este canal',
    otherChannels: 'Otros canales de este servidor',
    dmHeading: 'Tus seguimientos por mensaje directo',
    paused: 'en pausa: el bot ya no puede publicar allí',
    removed: 'Seguimiento quitado.',
    notFound: 'Aquí no hay ese seguimiento; /watch list los muestra.',
    noPermission:
      'Solo los miembros con el permiso Gestionar servidor pueden cambiar seguimientos y ajustes aquí.',
    notInServer: '/settings se aplica a un servidor: úsalo en uno.',
    badCompany: (typed) => `No conozco ninguna empresa llamada ${typed}; elige una de la lista.`,
    badMin: (typed) =>
      `${typed} no es un importe que sepa leer; escríbelo como 1.000 millones, 500 millones o $1B.`,
    unavailable: 'Los seguimientos y ajustes no están disponibles ahora; inténtalo más tarde.',
    settingsTitle: 'Ajustes del servidor',
    settingsSaved: 'Ajustes del servidor guardados',
    settingsLead: 'Cambia cualquiera con /settings y sus opciones.',
    language: 'Idioma',
    userLanguage: 'el idioma de Discord de cada usuario',
    privateAnswers: 'Respuestas privadas por defecto',
    pictures: 'Imágenes',
    yes: 'sí',
    no: 'no',
    helpWatch:
      'En un servidor: los acuerdos nuevos y cambios de estado publicados en este canal, una vez cada uno (Gestionar servidor).',
    helpSettings:
      'En un servidor: el idioma de las respuestas, respuestas privadas por defecto, imágenes (Gestionar servidor).',
    helpWatchUsage: '/watch add company:<empresa> min:<importe>',
    helpSettingsUsage: '/settings language:<idioma> private:<sí/no>',
  },
  askExtra: {
    noInvestmentBetween: (a, b, deals) =>
      `la base de conocimiento no registra ninguna inversión entre ${a} y ${b}; sus acuerdos: ${deals}.`,
    lenders: (names) => `Prestamistas de esta operación: ${names}.`,
    inParts: (deal, parts) => `${deal}, por partes: ${parts}.`,
    notListed: (deal, status, when) => `${deal}: ${status} (${when}); sus acciones aún no cotizan.`,
    valuationCompareTitle: (names) => `Valoraciones: ${names}`,
    valuationCompareLead:
      'La última valoración de cada empresa en la base de conocimiento, con su fecha y su fuente:',
    valuationSide: (name, value, basis, date, kind) => `${name}: ${value} ${basis}, ${date} (${kind})`,
    noValuation: (name) => `${name}: sin valoración registrada`,
    valuationWinner: (name) => `${name} tiene la valoración más reciente más alta.`,
    valuationAbove: (a, av, b, bv, above) =>
      `la última valoración de ${a} (${av}) está ${above ? 'por encima' : 'por debajo'} de la de ${b} (${bv}).`,
    valuationNoWinner:
      'Sin un ganador claro: las valoraciones están en monedas distintas, o falta alguna, así que se muestran lado a lado.',
  },
};
