/**
 * The words of questions that are not company names, in English, Spanish and Italian, written as
 * `fold` leaves them (lowercase, no accents). Three roles:
 * - function words tell the language apart and are never a company, whatever the resolver says
 *   ("the" is a prefix of "The Walt Disney Company", "deal" one typo from "Dell", "io" is Italian "I");
 * - keywords carry the intent; they are never a company either, and a one-letter typo of one is read as it;
 * - ordinary words are neither, but must not be read as a name, a typo of a name or an unknown company.
 * A few company names are ordinary words ("Meta" is Spanish and Italian for goal, "Arm", "Valor",
 * "Benchmark"): `COMMON_WORD_NAMES` lists them, and they are names only when they look like one.
 */

import { editDistance } from '../text/distance.js';

export type AskLanguage = 'en' | 'es' | 'it';

/** Lowercase, accents removed: "Quién" → "quien", "più" → "piu", "año" → "ano". */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const words = (text: string): string[] => text.trim().split(/\s+/);

/** Function words that mark each language; a word in two lists counts for both. */
export const FUNCTION_WORDS: Record<AskLanguage, ReadonlySet<string>> = {
  en: new Set(
    words(`
      a the an of to into onto on at for from by with about as and or but if is are was were be been being am
      do does did done doing have has had having will would shall should can could may might must what whats
      which who whom whose whos when where why how hows much many any some all every each this that these
      those there here it its they them their theirs he she his her him we us our you your yours my mine
      ve ll re isnt wasnt didnt doesnt dont hasnt havent tell show give list please pls plz just really
      actually also too so then than very quite same other else more most less least over under above below
      between among against per vs versus via not yes did ever still yet now today anything something
      everything anyone someone whats hey hi hello thanks thank okay ok yo so gonna gotta lemme let
      going went been doing done made make makes quick question curious wondering tell wait
    `),
  ),
  es: new Set(
    words(`
      a de el la los las lo un una unos unas del al en con por para sin sobre entre hasta desde hacia segun y
      o u ni pero que quien quienes cual cuales cuando donde como cuanto cuanta cuantos cuantas es son fue
      fueron era eran ser sido esta estan estaba este esto estos estas ese esa eso esos esas aquel ha han he
      hemos hay habia tiene tienen tenia tuvo hizo hace hacen se su sus le les me mi mis te tu tus nos yo
      ella ellos ellas usted ustedes ya si mas menos muy tambien algo alguna alguno algunos algunas todo
      todos toda todas otro otra otros otras mismo misma cada porque pues entonces luego oye hola gracias
      favor porfa dime dame muestrame ensename quiero quisiera saber sabes sabe puedes podrias hubo
      acerca cuantas ademas aparte parte viene vienen sale salio dicen dice dijo oiga mira ahora algun
      ningun nada nadie estado estuvo tenido hecho puesto metido sido asi tal tan solo
    `),
  ),
  it: new Set(
    words(`
      il lo la i gli le un uno una di del dello della dei degli delle al allo alla ai agli alle da dal dallo
      dalla dai dagli dalle in nel nello nella nei negli nelle con col su sul sullo sulla sui sugli sulle per
      tra fra e ed o od ma se che chi cui quale quali quanto quanta quanti quante come dove quando perche
      cosa cos sono era erano stato stata stati state essere ha hanno ho hai abbiamo avete aveva avevano c
      ci si mi ti vi ne non piu meno molto anche gia ancora questo questa questi queste quello quella quelli
      quelle quel dell nell sull dall all l quest qual po ciao grazie dimmi parlami mostrami fammi sapere
      vorrei voglio puoi potresti sai qualcosa tutti tutte tutto altri altre altro oltre sopra sotto
      davvero invece quindi allora ecco ad ehi sta stanno sto stai stava parte viene vengono arriva
      arrivano c e qualche ogni nessun nessuno niente fa fanno fatto detto dice dicono dai dammi vuoi
      raccontami racconta
    `),
  ),
};

/** Words that carry an intent, a deal kind or a scale, per language; they also tell the language apart. */
export const KEYWORDS_BY_LANGUAGE: Record<AskLanguage, ReadonlySet<string>> = {
  en: new Set(
    words(`
    deal deals agreement agreements contract contracts partnership partnerships transaction transactions
    invest invests invested investing investment investments investor investors backer backers back backs
    backed backing bankroll bankrolled bankrolling bankrolls fund funds funded funding funder funders
    finance financed finances financing financier financiers put puts poured pour pump pumped inject
    injected stake stakes shareholder shareholders stakeholders own owns owned owner owners buy buys bought
    buying acquire acquires acquired acquiring acquisition acquisitions acquirer purchase purchased purchases
    purchasing takeover takeovers take took taken merge merged merger mergers source sources sourced
    citation citations cite cites link links reference references evidence article articles valuation
    valuations valued value worth biggest largest top major huge highest mega expensive compute computing
    cloud chip chips gpu gpus semiconductor semiconductors datacenter datacentre datacenters datacentres
    centre center centres centers round rounds raise raised licence license licences licenses licensing
    hiring hire alliance alliances joint venture ventures secondary sale sales commitment commitments
    spending billion billions bn million millions trillion trillions dollars dollar euro euros usd eur
    profile overview summary info information headquarters based founded pay paid pays spend spent commit
    committed behind portfolio bets bet exceeding exceed exceeds greater bigger larger least north upwards
    m&a buyout buyouts tpu tpus capacity memory number figure figures amount amounts cap receive received
    raised agree agreed absorb absorbed according belong belongs betting excess gave gets given gives
    headcount headquartered hires hold holdings holds hugest lent offer offers part partner partners paying
    pouring pumping putting raises record reported sank sink sold somebody stakeholder sunk support
    supported supporter supporters supporting supports takes taking talk tender valuable equity fundraises
    fundraising secondaries read sell sells selling property
  `),
  ),
  es: new Set(
    words(`    acuerdo acuerdos trato tratos contrato contratos negocio negocios operacion operaciones inversion
    inversiones inversor inversores inversionista inversionistas accionista accionistas financia financian
    financio financiaron financiado financiada financiados financiadas financiacion financiamiento
    financiadores invirtio invirtieron invierte invierten invertido invertir invirtiendo puso pusieron pone
    ponen metio metieron aporto aportaron respalda respaldan respaldo respaldado respaldada respaldaron
    apoya apoyan apoyo apoyado compro compraron compra compran comprado comprada comprar compras adquirio
    adquirieron adquiere adquirido adquirida adquirir adquisicion adquisiciones absorbio fusion fuentes
    fuente enlaces enlace referencias citas articulos valoracion valuacion valorizacion valorada valorado
    vale mayores mayor grandes grande principales importantes caros caro enormes computo computacion nube
    semiconductores datos centros rondas ronda licencia licencias alianza alianzas millones millon mil
    billones billon millardos millardo dolares perfil resumen hablame cuentame informacion sede fundada
    fundado dedica participacion participaciones cartera portafolio dueno duena pertenece capacidad
    superiores superior encima minimo superen superan detras cifra cifras numero importe monto cantidad
    aportado financiando invirtiendo comprando recibido recibio levantado levanto captado capto recaudado
    recaudo obtenido obtuvo propietario propietaria acordaron acordo absorbida absorbido adonde adquieren
    alguien apoyada apoyaron apuestas arriba asociaciones capitalizacion compromiso compromisos conjunta
    conjuntas duenos financiar fondos forma fusiones fusiono gasto hechas inyectaron inyecto mete meten
    obtiene patrocinadores posee poseen publico saca saco secundaria secundarias socios tras valen
    valorizada vendida vendido venta ventas vendio vendieron vende venden leer puedo propiedad
  `),
  ),
  it: new Set(
    words(`    accordo accordi intesa intese contratto contratti affare affari operazione operazioni investimento
    investimenti investitore investitori finanziatore finanziatori azionisti azionista investito investe
    investono investire finanzia finanziano finanziato finanziata finanziati finanziamento finanziamenti
    sostiene sostengono sostenuto sostenuta supporta appoggia messo messi puntato comprato comprata
    comprati acquistato acquistata acquisito acquisita acquisire acquisizione acquisizioni acquisto rilevato
    rilevata fusione fonti link riferimenti articoli valutazione valutata valutato valore maggiori maggiore
    vale valgono grandi principali costosi calcolo semiconduttori centri dati raccolta raccolte licenza licenze miliardi
    miliardo milioni milione bilioni bilione trilioni trilione dollari profilo scheda informazioni fondata
    fondato occupa partecipazione partecipazioni portafoglio proprietario appartiene superiori almeno
    capacita dietro cifra cifre numero importo somma finanziando investendo comprando ricevuto raccolto
    incassato ottenuto possiede possiedono proprietaria firmato acquisisce acquista acquisti alleanze
    appoggiano assorbita assorbito capitali capitalizzazione cari comprano congiunta congiunte denaro
    detengono detiene fatte fatti finanziare finanziate fondi fonte fusioni fuso grossi impegni importanti
    iniettato memoria mette mettono partenariati prende compra processori proprietari punta puntano qualcuno quota
    quote rileva riporta scommesse secondaria secondarie secondo soci sostenitori spesa speso superano
    superiore supportano supportata supportato venduta venduto venne versato valutazioni vendite
    vendono vendere leggere posso proprieta
  
  `),
  ),
};

export const KEYWORDS: ReadonlySet<string> = new Set([
  ...KEYWORDS_BY_LANGUAGE.en,
  ...KEYWORDS_BY_LANGUAGE.es,
  ...KEYWORDS_BY_LANGUAGE.it,
]);

/**
 * Words of one language only that are not function words or keywords: months, news, paying, renting.
 * They count towards the question's language ("quanto valeva anthropic a settembre 2025?" is Italian).
 */
export const LANGUAGE_HINTS: Record<AskLanguage, ReadonlySet<string>> = {
  en: new Set(
    words(`
      latest news month months paid pays renting rents january february april june july september october
      november december guarantee guarantees guaranteed lends lending borrowed borrow customer customers
    `),
  ),
  es: new Set(
    words(`
      novedades noticias ultimas ultimos mes meses pago pagaron pagado valia alquila alquilan enero febrero
      abril mayo junio julio septiembre setiembre octubre noviembre diciembre salir garantiza garantizan
      garantizado prestan prestamo cliente clientes mejor semilla
    `),
  ),
  it: new Set(
    words(`
      ultime ultimi notizie novita mese mesi pagato valeva affitta affittano gennaio febbraio aprile maggio
      giugno luglio settembre ottobre novembre dicembre chiesto garantisce garantiscono garantito
      prestano prestato prestito clienti migliore seme
    `),
  ),
};

/**
 * The vocabulary of deals, in the three languages: how people say who led a round, what it cost, whether it
 * closed, when, how it compares, what is new, numbers in words and units. None of these is ever a company or
 * an unknown name ("who led anthropic's series g" names one company, not three), whatever the resolver
 * would make of it ("together" is a prefix of Together AI, "public" a typo of Spanish "publico").
 */
export const DOMAIN_WORDS: ReadonlySet<string> = new Set(
  words(`
    led lead leads leading series cost costs costing costed done closed close closes closing completed
    complete completion finished final finally end ended ending up project projects programme program
    together fall autumn spring summer winter single hundred hundreds thousand thousands gigawatt
    gigawatts gw mw megawatt megawatts personally public listed listing ipo ipos uses use used using makes
    maker build built builds terms date dated newest tranche tranches upfront conditional warrant warrants
    post pre compare compared comparison side winner vs raise raising happened rumored rumoured
    one two three four five six seven eight nine ten twenty thirty forty fifty sixty seventy eighty ninety
    lidero lideraron liderada liderado encabezo encabezada serie costo cuesta coste hecho cerrado cerrada
    cerro cerrar cierre completado completada terminado proyecto juntos otono unico personalmente publica
    cotiza bolsa salida usa usan uso utiliza fabrica fabrican fabricante construye firmo firmaron firmada
    firmar fecha novedades novedad noticia comparar compara comparacion comparado valia valian despues
    antes confirmada confirmo anuncio anunciada tramo tramos gigavatios
    dos tres cuatro cinco seis siete ocho nueve diez veinte treinta cuarenta cincuenta sesenta setenta
    ochenta noventa cien ciento
    guidato guidata guido guida costa costato fatto chiuso chiusa chiudere chiusura completato completata
    concluso conclusa finale fine progetto insieme autunno personalmente pubblica quotata borsa usano
    utilizza produce producono fabbrica costruisce firmata firmare data novita notizia confronta
    confrontare confronto paragona valeva valevano dopo prima confermata annunciata attuale
    participated participate participaron participo participar partecipato partecipare partecipazione
    veri vere reales verdadero verdadera still spent gastado gastaron speso spesa yuan yuanes renminbi
    filed file files filing pidio pedir solicito salir chiesto chiede richiesto depositato vendita binding
    vinculante vincolante plus initial offering offerings goes
    pago pagaron pagado pagar pagato pagare paid rent rents renting rented alquila alquilan alquilo affitta
    affittano affittato dead muerto muerta saltato saltata cancelled canceled cancelado cancelada cancellato
    cancellata collapsed fell through off
    due tre quattro cinque sei sette otto nove dieci venti trenta quaranta cinquanta sessanta settanta
    ottanta novanta cento
    borrow borrows borrowed borrowing loan loans lend lends lent lender lenders debt debts bridge
    prestamo prestamos prestaron presto deuda deudas credito creditos prestito prestiti debito debiti
    paga pagan pagano pagando pagaba pays paying
    division divisions unit units business divisiones unidad negocio divisione unita ramo bank banks banca
    banche banco bancos market markets mercato
    seed semilla seme customer customers client clients cliente clientes clienti supplier suppliers
    proveedor proveedores fornitore fornitori higher lower mejor mejores peggiori migliore
    presta prestan prestano prestato presto prestando lends lending guarantee guarantees guaranteed
    guaranteeing backstop backstops garantiza garantizan garantizo garantizado garantisce garantiscono
    garantito garantita already after before since building prestaron prestado characters character
    grosso porcentaje percentuale percentage percent personajes personaggi sempre siempre comprando adquiriendo acquistando acquisendo rilevando
    right correct innit giusto aun todavia realmente cotizar exchange firmano gone quotarsi quotato signs
  `),
);

/**
 * Words that are never a company, nor an unknown one: casual words, words of other topics (the bot
 * declines those, but they are not names), and common words that a prefix or a typo would turn into a
 * company ("open" → OpenAI, "core" → CoreWeave, "value" → Valor, "until" → Intel).
 */
export const ORDINARY: ReadonlySet<string> = new Set([
  ...words(`
    lol nah yeah yep nope btw bro dude guys man know wanna want like need get got go going think heard hear say said says
    news latest recent recently new old last first next company companies firm firms startup startups lab
    labs money cash capital total overall exactly kind sort type thing things stuff big small large open
    core soft micro scale space general global tiger vision web services service group data until into
    deep mind apple apples index arm arms thrive baron benchmark fidelity cognition grok oracle altimeter
    ampere lightspeed windsurf valor meta metas involved involve involving happen happened happening
    between relationship relationships relation ties connection connections connected tied sign signed
    announce announced official confirm confirmed real true false rumor rumour rumours rumors
    stock stocks price prices share shares ticker ceo ceos founder founders employees employee staff
    revenue revenues profit profits earnings weather joke jokes recipe election president win won winner
    world cup football soccer model models release released gpt launch launched product products
    lawsuit sued sue court regulation regulator ban banned hack hacked play song music movie best good bad
    better worse great time times way ways week month months day days ago soon future plan plans planning
    remind situation story details detail specifics update updates status everything anything explain explained
    mean means meaning question answer answers help thing exactly whole summary overview
    huge massive crazy insane wild much many lot lots bunch kinda sorta literally basically honestly
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
    gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
    france francia germany alemania germania italia spain espana uk india europa
    ai artificial intelligence tech technology industry market markets sector business businesses
    american chinese europe european america china us usa uk japan korea france italy spain world
    biggest largest major
    noticias ultimo ultimos ultima ultimas reciente recientes nuevo nueva nuevos nuevas empresa empresas
    compania companias firma firmas dinero plata pasta capital total exactamente tipo cosa cosas pasa paso
    paso relacion relaciones vinculo precio precios accion acciones cotizacion director directora
    fundador fundadores empleados ingresos beneficios ganancias clima tiempo chiste chistes receta
    elecciones presidente gano ganador mundial futbol modelo modelos lanzamiento producto productos demanda
    mercado mercados sector industria tecnologia inteligencia artificial gran bueno buena mejor mejores
    peor dia dias semana mes meses ano anos hoy ayer manana real cierto verdad rumor oficial confirmado
    firmado anunciado meta metas objetivo valor tiene tendria deberia seria
    notizie ultimo ultimi ultima ultime recente recenti nuovo nuova nuovi nuove azienda aziende societa
    ditta soldi capitale totale esattamente tipo cose succede successo relazione rapporti legami prezzo
    prezzi azione azioni quotazione amministratore delegato fondatore fondatori dipendenti ricavi fatturato
    utili meteo barzelletta barzellette ricetta elezioni presidente vinto vincitore mondiali calcio modello
    modelli lancio prodotto prodotti causa mercato mercati settore industria tecnologia intelligenza
    artificiale grande migliore migliori peggiore giorno giorni settimana mese mesi anno anni oggi ieri
    domani vero vera ufficiale confermato firmato annunciato meta obiettivo davvero sapresti tempo
    situazione storia dettagli dettaglio domanda risposta aiuto spiegare spiega significa tutto molto
    molta molti molte tanto tanta tanti tante enorme raccontami racconta
  `),
  ...DOMAIN_WORDS,
]);

/**
 * Company names that are also ordinary words in one of the languages; they are read as the company only
 * when written with a capital, or, in an all-lowercase question, right after a word that introduces a
 * company ("in", "did", "en", "di").
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set(
  words(`
    meta valor arm index benchmark thrive baron fidelity cognition grok oracle apple altimeter ampere
    lightspeed windsurf dell
  `),
);

/** Words after which a lowercase common word is a company: "invest in meta", "quién financia a meta". */
export const NAME_SLOT_BEFORE: ReadonlySet<string> = new Set(
  words(`
    in into did does has is and or with between by from about of for vs versus own owns buy bought
    acquire acquired backs funds invest invested
    en a y e con entre por de del sobre
    di da tra fra ha su per ed ad
    compro adquirio comprato acquisito invirtio invierte invirtieron investito investe messo puso
    paid pay pays pago pagado pagato paga pagan pagano es
  `),
);

/**
 * Words after which a lowercase common-word name is a company too: "is the oracle 300B thing confirmed",
 * "the meta deal". Amounts count as well (see names.ts).
 */
export const NAME_SLOT_AFTER: ReadonlySet<string> = new Set(
  words(`
    deal deals contract contracts investment stake round acuerdo acuerdos contrato inversion ronda accordo
    accordi contratto investimento acquisition purchase takeover adquisicion acquisizione acquisto
    owns owned bought buys acquired acquires invested invests backs funds possiede compro adquirio
    invirtio
  `),
);

/** Italian elisions: "dell'acquisizione", "l'accordo", "quest'anno" — the word before the apostrophe. */
export const ELIDED: ReadonlySet<string> = new Set(
  words('dell nell sull dall all l un quest qual c d s t po'),
);

/** Every word that is never read alone as a company; common-word names ("dell") are decided by looks. */
export const NEVER_ALONE: ReadonlySet<string> = new Set(
  [...FUNCTION_WORDS.en, ...FUNCTION_WORDS.es, ...FUNCTION_WORDS.it, ...KEYWORDS].filter(
    (w) => !COMMON_WORD_NAMES.has(w),
  ),
);

/** Words that are not names: neither a company nor an unknown one. */
export function isOrdinary(word: string): boolean {
  return NEVER_ALONE.has(word) || ORDINARY.has(word);
}

/**
 * A word one edit from a keyword of five letters or more (two edits from ten) is that keyword, when it
 * starts with the same letter: typos rarely touch the first one, and "situation" is not "citation".
 */
export function nearKeyword(word: string): string | undefined {
  if (word.length < 5) return undefined;
  const allowed = word.length >= 10 ? 2 : 1;
  let best: { keyword: string; edits: number } | undefined;
  for (const keyword of KEYWORDS) {
    if (keyword.length < 5 || keyword[0] !== word[0] || Math.abs(keyword.length - word.length) > allowed)
      continue;
    // Two edits only with the same last letter too: "informatica" is a word, not "information".
    if (allowed === 2 && keyword[keyword.length - 1] !== word[word.length - 1]) continue;
    const edits = editDistance(word, keyword, allowed);
    if (edits <= allowed && (!best || edits < best.edits)) best = { keyword, edits };
  }
  return best?.keyword;
}
