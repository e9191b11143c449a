import { describe, expect, it } from 'vitest';
import { COMMON_WORD_NAMES, FUNCTION_WORDS, isOrdinary, KEYWORDS, ORDINARY } from '../../src/ask/lexicon.js';
import { findNames, tokenize } from '../../src/ask/names.js';
import { MAX_QUESTION_LENGTH, PATTERN_SOURCES, understand } from '../../src/ask/understand.js';
import { realEngine } from '../helpers.js';

const B = 1e9;
const engine = realEngine();
const read = (q: string) => understand(engine, q);
const names = (q: string) => findNames(engine, q, tokenize(q), new Set()).found.map((f) => f.companyId);

describe('finding company names', () => {
  it('keeps the resolver’s tolerance for typos, spacing and aliases', () => {
    expect(names('Antrhopic')).toEqual(['anthropic']);
    expect(names('what about nvdia')).toEqual(['nvidia']);
    expect(names('Open AI and Microsfot')).toEqual(['openai', 'microsoft']);
    expect(names('gorq')).toEqual(['groq']);
    expect(names('T. Rowe Price and D. E. Shaw')).toEqual(['t-rowe-price', 'd-e-shaw']);
    expect(names('x.AI, Amazon Web Services')).toEqual(['xai', 'aws']);
    expect(names('the Nvidia-Groq deal')).toEqual(['nvidia', 'groq']);
    expect(names("OpenAI's and a16z's")).toEqual(['openai', 'a16z']);
  });

  it('never reads a word of the lexicon as a company', () => {
    const words = [
      ...FUNCTION_WORDS.en,
      ...FUNCTION_WORDS.es,
      ...FUNCTION_WORDS.it,
      ...KEYWORDS,
      ...ORDINARY,
    ].filter((w) => !COMMON_WORD_NAMES.has(w));
    const wrong = words.filter((w) => names(`what about the ${w} thing`).length > 0);
    expect(wrong).toEqual([]);
  });

  it('reads words that are both ordinary and a company by how they are written', () => {
    // Spanish and Italian "meta" is a goal; the company is capitalised, or named where a company goes.
    expect(read('¿Cuál es la meta de OpenAI?').companies).toEqual(['openai']);
    expect(read('¿Quién invirtió en Meta?').companies).toEqual(['meta']);
    expect(read('quien invirtio en meta').companies).toEqual(['meta']);
    expect(read("Google's venture arm").companies).toEqual(['google']);
    expect(read('does SoftBank own Arm?').companies).toEqual(['softbank', 'arm']);
    // Italian "dell'" is "of the"; Dell is the company.
    expect(read("fonti dell'accordo tra AWS e OpenAI").companies).toEqual(['aws', 'openai']);
    expect(read('Dell ha investito in xAI?').companies).toEqual(['dell', 'xai']);
    // "io" is Italian for "I"; io Products has its full name.
    expect(read('io vorrei sapere chi finanzia Anthropic').companies).toEqual(['anthropic']);
    expect(read('OpenAI ha comprato io Products?').companies).toEqual(['openai', 'io-products']);
  });

  it('does not turn the hazards of the resolver into companies', () => {
    // Each of these words alone resolves to a company by prefix or typo.
    const hazards = [
      'the',
      'and',
      'are',
      'not',
      'di',
      'deal',
      'did',
      'into',
      'tell',
      'me',
      'del',
      'delle',
      'open',
      'ai',
    ];
    for (const w of hazards) expect(engine.resolver.resolve(w).status, w).not.toBe('not-found');
    expect(names(hazards.join(', '))).toEqual([]);
    expect(names('the deal and the value did not go into it')).toEqual([]);
    // "deals" and "value" were hazards too until typos of five-letter names needed one edit at most.
    expect(names('the deals did not go into it, whatever their value')).toEqual([]);
  });

  it('reads tickers only as written, not as typos', () => {
    expect(names('NVDA and AMZN')).toEqual(['nvidia', 'amazon']);
    expect(names('did it go into')).toEqual([]);
  });

  it('reports a word that could be several companies instead of choosing', () => {
    const u = read('did sam invest in openai?');
    expect(u.ambiguous[0]?.text).toBe('sam');
    expect(u.ambiguous[0]?.candidates).toContain('sam-altman');
    expect(u.confidence).toBe('low');
    expect(u.doubt).toBe('ambiguous-name');
    expect(read('did Sam Altman invest in Cerebras?').companies).toEqual(['sam-altman', 'cerebras']);
  });
});

describe('reading the intent', () => {
  it('tells who invested in X from whom X invested in, in three languages', () => {
    for (const q of ['who invested in Nvidia?', '¿Quién invirtió en Nvidia?', 'chi ha investito in Nvidia?'])
      expect(read(q).intent, q).toBe('backers');
    for (const q of ['who did Nvidia invest in?', '¿En qué invirtió Nvidia?', 'In cosa ha investito Nvidia?'])
      expect(read(q).intent, q).toBe('investments');
    // "a quién financia X" is X's investments; "quién financia a X" its backers.
    expect(read('¿A quién financia SoftBank?').intent).toBe('investments');
    expect(read('¿Quién financia a SoftBank?').intent).toBe('backers');
  });

  it('reads an investment between two named companies as their deal', () => {
    for (const q of [
      'How much did Amazon invest in OpenAI?',
      '¿Cuánto invirtió Amazon en OpenAI?',
      'Quanto ha investito Amazon in OpenAI?',
      'Is Microsoft an investor in Anthropic?',
    ]) {
      const u = read(q);
      expect(u.intent, q).toBe('deal');
      expect(u.companies.length, q).toBe(2);
    }
  });

  it('knows the buyer in active and passive acquisition questions', () => {
    expect(read('did Nvidia buy Groq?')).toMatchObject({ intent: 'acquired', acquirer: 'nvidia' });
    expect(read('Was Groq acquired by Nvidia?')).toMatchObject({ intent: 'acquired', acquirer: 'nvidia' });
    expect(read('¿Groq fue comprada por Nvidia?')).toMatchObject({ intent: 'acquired', acquirer: 'nvidia' });
    expect(read('Groq è stata acquisita da Nvidia?')).toMatchObject({
      intent: 'acquired',
      acquirer: 'nvidia',
    });
    expect(read("l'acquisizione di Manus da parte di Meta")).toMatchObject({
      intent: 'acquired',
      acquirer: 'meta',
    });
    expect(read('who sold Ampere to SoftBank?')).toMatchObject({ intent: 'acquired', acquirer: 'softbank' });
    // Buying chips from a company is not buying the company.
    expect(read('did OpenAI buy chips from AMD?').intent).toBe('deal');
  });

  it('reads kinds, years and minimums for rankings, and keeps the amount out of other questions', () => {
    expect(read('biggest compute contracts of 2025')).toMatchObject({
      intent: 'top',
      kind: 'compute-contract',
      year: 2025,
    });
    expect(read('le maggiori acquisizioni del 2025')).toMatchObject({
      intent: 'top',
      kind: 'acquisition',
      year: 2025,
    });
    expect(read('mayores contratos de nube')).toMatchObject({ intent: 'top', kind: 'compute-contract' });
    expect(read('deals over 10.000 millones')).toMatchObject({ intent: 'top', minAmount: 10e9 });
    expect(read('accordi superiori a 5 miliardi di euro')).toMatchObject({ minAmount: 5e9, currency: 'EUR' });
    expect(read('deals > $20B')).toMatchObject({ intent: 'top', minAmount: 20e9 });
    const u = read('did Amazon put more than $10B into OpenAI?');
    expect(u.intent).toBe('deal');
    expect(u.minAmount).toBeUndefined();
  });

  it('does not act on an amount whose scale depends on the writer', () => {
    expect(read('accordi oltre 1,4 bilioni')).toMatchObject({
      intent: 'top',
      confidence: 'low',
      doubt: 'ambiguous-amount',
    });
  });

  it('repairs a one-letter typo of a keyword, but not a different word', () => {
    expect(read('who invsted in Anthropic').intent).toBe('backers');
    expect(read('did Meta aquire Manus').intent).toBe('acquired');
    expect(read('whats the amazon anthropic situation').intent).toBe('deal');
  });

  it('declines topics outside deals even about known companies', () => {
    for (const q of [
      'who is the CEO of Anthropic?',
      "what is Nvidia's stock price",
      'prezzo delle azioni di Nvidia',
      '¿Cuántos empleados tiene Nvidia?',
    ]) {
      expect(read(q)).toMatchObject({ intent: 'unknown', confidence: 'low', doubt: 'out-of-scope' });
    }
  });

  it('keeps the question’s reading when a company is unknown, and says which name it did not know', () => {
    expect(read('who invested in Tesla?')).toMatchObject({
      intent: 'backers',
      companies: [],
      unresolved: ['Tesla'],
      confidence: 'low',
      doubt: 'unknown-name',
    });
    expect(read('How much did Tesla put into OpenAI?')).toMatchObject({
      intent: 'deal',
      companies: ['openai'],
      unresolved: ['Tesla'],
      confidence: 'low',
    });
    expect(read('investors in Magic Leap').unresolved).toEqual(['Magic Leap']);
  });

  it('detects the language from function words and accents', () => {
    expect(read('who invested in Anthropic?').language).toBe('en');
    expect(read('¿quién financia a Anthropic?').language).toBe('es');
    expect(read('quien financia a anthropic').language).toBe('es');
    expect(read('chi ha investito in Cerebras?').language).toBe('it');
    expect(read('quanto vale Anthropic?').language).toBe('it');
    expect(read("cos'è Stargate?").language).toBe('it');
  });

  it('uses only words the lexicon knows in its patterns, so none of them is taken for an unknown company', () => {
    // Prefixes of longer words in the patterns ("acci" of "acciones", "licenz" of "licenze") are not words.
    const fragments = new Set([
      'acci',
      'acqui',
      'azion',
      'barzellett',
      'cent',
      'centro',
      'datacent',
      'licenc',
      'licens',
      'licenz',
      'raccolt',
      'vendit',
      'puede',
      'puo',
    ]);
    const missing = new Set<string>();
    for (const source of PATTERN_SOURCES) {
      const text = source.replace(/\\[bBsSdw]/g, ' ').replace(/\(\?<?[:!=]/g, ' ');
      for (const m of text.matchAll(/([a-z]+)(?:\[([a-z]+)\])?(\?)?(\S?)/g)) {
        const [, w, chars, optional, next] = m;
        if (next === '*' || next === '+') continue;
        const forms = chars ? [...chars].map((c) => w! + c) : optional ? [w!, w!.slice(0, -1)] : [w!];
        for (const f of forms)
          if (
            f.length >= 3 &&
            !/^x(?:co|unk|amb|amt|yr)$/.test(f) &&
            !['unk', 'amb'].includes(f) &&
            !fragments.has(f) &&
            !isOrdinary(f) &&
            !COMMON_WORD_NAMES.has(f)
          )
            missing.add(f);
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});

describe('people as they write', () => {
  it('never reads the words of deals as names, in three languages', () => {
    for (const [q, ids] of [
      ["who led anthropic's series g", ['anthropic']],
      ['how much has microsoft committed to openai all together', ['microsoft', 'openai']],
      ['so did meta end up buying manus', ['meta', 'manus']],
      ['¿quién lideró la serie G de anthropic?', ['anthropic']],
      ['¿está cerrado el acuerdo de nvidia y openai de 100.000 millones?', ['nvidia', 'openai']],
      ['quanto valeva anthropic a settembre 2025?', ['anthropic']],
      ['accordi sopra i cinquanta miliardi', []],
      ['is the oracle 300B thing confirmed?', ['oracle']],
      ["who's spent more on coreweave, meta or openai?", ['coreweave', 'meta', 'openai']],
      ['is the meta manus deal dead', ['meta', 'manus']],
      ['¿meta alquila TPUs de google?', ['meta', 'google']],
      ['quanto ha pagato cognition per windsurf?', ['cognition', 'windsurf']],
    ] as [string, string[]][]) {
      const u = read(q);
      expect(u.companies, q).toEqual(ids);
      expect(u.unresolved, q).toEqual([]);
      expect(u.confidence, q).toBe('high');
    }
  });

  it('resolves people as people and products to their owner', () => {
    expect(read('who is dave brown').companies).toEqual(['dave-brown']);
    expect(read('chi è jensen huang?').companies).toEqual(['jensen-huang']);
    const rainier = read("what's project rainier and how much did it cost?");
    expect(rainier.companies).toEqual(['aws']);
    expect(rainier.product).toBe('Project Rainier');
    expect(rainier.intent).toBe('deal');
  });

  it('reads a yes/no question, the state it asks about and the amount it names', () => {
    const done = read('is the nvidia openai 100B deal done?');
    expect([done.check, done.claimState, done.claimAmount]).toEqual([true, 'closed', 100 * B]);
    expect(read('¿la inversión de google en anthropic de 40.000 millones está confirmada?').claimState).toBe(
      'confirmed',
    );
    expect(read("l'investimento di amazon in openai è firmato?").claimState).toBe('signed');
    expect(read('disney openai deal still on?').check).toBe(true);
    // Not yes/no: a question word, or a terse English question without a word of state.
    expect(read('¿quién financia a Anthropic?').check).toBeUndefined();
    expect(read('Meta CoreWeave contract?').check).toBeUndefined();
  });

  it('reads dates, rounds and "when"', () => {
    expect(read('anthropic valuation in september 2025').month).toBe('2025-09');
    expect(read('¿cuánto valía anthropic en la ronda de septiembre de 2025?').month).toBe('2025-09');
    expect(read('chi ha guidato la serie G di anthropic?').round).toBe('G');
    const when = read('when did AWS sign with OpenAI?');
    expect([when.when, when.check, when.intent]).toEqual([true, undefined, 'deal']);
  });

  it('reads comparisons, with the company the money went into', () => {
    const three = read('who put more into Anthropic, Amazon or Google?');
    expect([three.intent, three.focus]).toEqual(['compare', 'anthropic']);
    expect(read('nvidia or microsoft, who put more money in anthropic').focus).toBe('anthropic');
    expect(read('confronta gli investimenti di microsoft e amazon in openai').focus).toBe('openai');
    const two = read("openai vs anthropic, who's raised more");
    expect([two.intent, two.focus]).toEqual(['compare', undefined]);
    // A minimum is not a comparison between companies.
    expect(read('deals worth more than 20 billion').intent).toBe('top');
  });

  it('tells the language from months, news and paying words too', () => {
    expect(read('quanto valeva anthropic a settembre 2025?').language).toBe('it');
    expect(read('ultime notizie su xai').language).toBe('it');
    expect(read('quanto paga google a spacex al mese?').language).toBe('it');
    expect(read('¿cuánto le paga google a spacex al mes?').language).toBe('es');
  });

  it("reads what's new", () => {
    expect(read('latest deals').intent).toBe('latest');
    expect(read('ultime notizie').intent).toBe('latest');
    expect(read("cosa c'è di nuovo su openai?").companies).toEqual(['openai']);
    expect(read("Mistral's latest valuation?").intent).toBe('valuation');
  });
});

describe('names that need the rest of the question (batch 7)', () => {
  it('reads a short name that is also a word only with evidence: "io" after "for" or a buying verb', () => {
    expect(read("how much did openai pay for jony ive's io").companies).toEqual(['openai', 'io-products']);
    expect(read('quanto ha pagato openai per io di jony ive?').companies).toEqual(['openai', 'io-products']);
    expect(read('who bought io').companies).toEqual(['io-products']);
    // Italian "io" (I) at the start, or with nothing to tie it to io Products, is not the company.
    expect(read('io vorrei sapere chi ha comprato windsurf').companies).toEqual(['windsurf']);
    expect(read('io e te parliamo di openai').companies).toEqual(['openai']);
  });

  it('does not guess a company from one word of a name it does not know', () => {
    const u = read('who invested in hugging face');
    expect(u.companies).toEqual([]);
    expect(u.unresolved).toEqual(['hugging face']);
    expect(u.confidence).toBe('low');
  });

  it('reads a lowercase common-word name beside another name, even a misspelt one', () => {
    expect(read('acuerdo coreweve meta cuanto es').companies).toEqual(['coreweave', 'meta']);
    expect(read('¿cuánto le paga apple a google por gemini?').companies).toEqual(['apple', 'google']);
  });

  it('reads a unit named by its parent and what it does, in any language', () => {
    expect(read('¿softbank compró la división de robótica de abb?')).toMatchObject({
      intent: 'acquired',
      companies: ['softbank', 'abb-robotics'],
    });
    expect(read("did softbank buy abb's robotics business").companies).toEqual(['softbank', 'abb-robotics']);
    expect(read('who backs abb').companies).toEqual(['abb']);
  });

  it('reads a claim with a tag ("…, right?") as a yes/no question', () => {
    expect(read('nvidia put 2bn into synopsys right?').check).toBe(true);
    expect(read('nvidia put 2bn into synopsys').check).toBeUndefined();
  });

  it('reads "vs" between two companies and a valuation as a comparison, and the company paid', () => {
    expect(read('mistral vs cohere valuation').intent).toBe('compare');
    expect(read('who pays spacex more for compute, google or anthropic?')).toMatchObject({
      intent: 'compare',
      focus: 'spacex',
    });
  });

  it('reads listing on a stock market as an IPO, not as a share-price question', () => {
    expect(read('is openai listed on the stock market yet')).toMatchObject({
      intent: 'deal',
      claimState: 'closed',
    });
    expect(read("what is openai's stock price").intent).toBe('unknown');
    expect(read('when did coreweave go public').intent).toBe('deal');
    expect(read('quando si è quotata coreweave?').intent).toBe('deal');
  });
});

describe('deals named by their site, rounds by "seed", names with a colon (batch 8)', () => {
  it('reads a proper name from a deal of the company named as that deal, not as an unknown company', () => {
    expect(read("how much is meta's hyperion data center costing")).toMatchObject({
      intent: 'deal',
      companies: ['meta'],
      mention: 'hyperion',
      confidence: 'high',
    });
    // An ordinary word of a summary names nothing: "After it, SoftBank's total…" starts a sentence.
    expect(read('how much was openai worth after the march 2025 round').mention).toBeUndefined();
    // Without a company whose deal it names, it stays unknown.
    expect(read('how much is the hyperion data center costing').mention).toBeUndefined();
  });

  it('reads Run:ai with its colon, a seed round, and lenders', () => {
    expect(read('when did nvidia close the run:ai purchase')).toMatchObject({
      intent: 'acquired',
      companies: ['nvidia', 'run-ai'],
      acquirer: 'nvidia',
      when: true,
    });
    expect(read('what was thinking machines valued at in its seed round')).toMatchObject({
      intent: 'valuation',
      round: 'seed',
    });
    expect(read('¿quién le presta dinero a softbank?')).toMatchObject({
      intent: 'backers',
      companies: ['softbank'],
    });
  });

  it('reads the supplier of a customer comparison and "is it all paid?"', () => {
    expect(read("who's the bigger coreweave customer, meta or openai")).toMatchObject({
      intent: 'compare',
      focus: 'coreweave',
    });
    expect(read('¿quién es mejor cliente de coreweave, meta u openai?').focus).toBe('coreweave');
    expect(read("is amazon's 50 billion for openai all paid already?").claimState).toBe('paid');
  });

  it('does not repair a long word into a keyword two letters away at its end', () => {
    expect(read('¿cuánto pagó salesforce por informatica?').template).toContain('xunk1');
  });
});

describe('places, units and lenders (batch 9)', () => {
  it('finds a deal named by a place in any language, even when the company named is not a party', () => {
    for (const q of [
      'stargate norway, who is building it',
      '¿quién construye stargate noruega?',
      'chi costruisce stargate norvegia?',
    ])
      expect(read(q), q).toMatchObject({ intent: 'deal', companies: ['stargate'], mention: 'norway' });
  });

  it('reads a unit named by its parent and the rest of its name, in either order', () => {
    expect(read("what's microsoft's frontier company").companies).toEqual(['microsoft-frontier-company']);
    expect(read('¿qué es la frontier company de microsoft?').companies).toEqual([
      'microsoft-frontier-company',
    ]);
    expect(read("who put money into openai's deployment company")).toMatchObject({
      intent: 'backers',
      companies: ['openai-deployment-company'],
    });
    expect(read('what does microsoft own').companies).toEqual(['microsoft']);
  });

  it('reads lenders asked with "which banks", and new deals of this month', () => {
    expect(read('which banks lent to databricks').intent).toBe('backers');
    expect(read('quali banche hanno prestato soldi a databricks?').intent).toBe('backers');
    for (const q of [
      'new deals this month?',
      '¿hay acuerdos nuevos este mes?',
      'ci sono accordi nuovi questo mese?',
    ])
      expect(read(q).intent, q).toBe('latest');
  });

  it('reads a lowercase common-word name before a verb of owning, and "characters" as a word', () => {
    expect(read('so meta owns scale ai now?').companies).toEqual(['meta', 'scale-ai']);
    expect(read('did disney license its characters to openai').companies).toEqual(['disney', 'openai']);
  });
});

describe("claims of at least an amount, shares and a company's purchases (batch 10)", () => {
  it('reads "did X raise more than N" as a claim about X, not a ranking', () => {
    expect(read('did crusoe raise more than a billion')).toMatchObject({
      intent: 'backers',
      companies: ['crusoe'],
      claimAmount: 1 * B,
      claimAtLeast: true,
    });
    expect(read('deals over a billion').intent).toBe('top');
  });

  it('reads a share asked about as their deal, and purchases in progress or in general as acquisitions', () => {
    expect(read('how much does microsoft own of openai').intent).toBe('deal');
    expect(read('¿qué porcentaje de intel tiene softbank?')).toMatchObject({
      intent: 'deal',
      unresolved: [],
    });
    expect(read('¿nvidia está comprando groq?').intent).toBe('acquired');
    expect(read('¿apple compró alguna empresa?')).toMatchObject({ intent: 'acquired', companies: ['apple'] });
    expect(read("qual è l'accordo più grande di sempre?").intent).toBe('top');
  });
});

describe('names that start with a common word, and greetings (batch 11)', () => {
  it('reads "aligned" and "scale" as the company only beside a company with a deal with it', () => {
    expect(read('did blackrock buy aligned').companies).toEqual(['blackrock', 'aligned-data-centers']);
    expect(read('how much did meta pay for 49% of scale').companies).toEqual(['meta', 'scale-ai']);
    expect(read('how much did intel pay for 49% of scale').companies).toEqual(['intel']);
    expect(read('are their goals aligned with openai').companies).toEqual(['openai']);
  });

  it('reads a common-word name at the start followed by "of" as the word', () => {
    expect(read('valor del contrato de nebius con meta').companies).toEqual(['nebius', 'meta']);
  });

  it('reads "lately", "algo nuevo" and "did X list" as what they ask', () => {
    expect(read('anything about groq lately?').intent).toBe('latest');
    expect(read('¿algo nuevo de groq?').intent).toBe('latest');
    expect(read('when did cerebras list').intent).toBe('deal');
  });
});

describe('one company\'s biggest, "compara", places that are ordinary words (batch 12)', () => {
  it("ranks one company's deals of a kind, and compares two companies when asked to", () => {
    expect(read("nvidia's biggest investment")).toMatchObject({
      intent: 'top',
      companies: ['nvidia'],
      kind: 'equity-investment',
    });
    expect(read('la mayor inversión de nvidia').intent).toBe('top');
    expect(read('compara nscale y nebius').intent).toBe('compare');
    expect(read('is xai part of spacex now').intent).toBe('acquired');
  });

  it('reads a country as the deal named after it, in any language', () => {
    expect(read('softbank openai japan thing, how much per year').mention).toBe('japan');
    expect(read('lo de softbank y openai en japón, ¿cuánto es al año?').mention).toBe('japan');
    expect(read('nvidia deals in japan').mention).toBeUndefined();
  });
});

describe('sources, founders, debt and filings (batch 13)', () => {
  it('reads where figures come from as sources, and founders as outside deals', () => {
    expect(read('where did you get the nvidia intel numbers').intent).toBe('sources');
    expect(read('¿de dónde salen las cifras de nvidia e intel?').intent).toBe('sources');
    expect(read('who founded openai')).toMatchObject({ intent: 'unknown', confidence: 'low' });
    expect(read('¿quién fundó openai?').intent).toBe('unknown');
  });

  it('reads debt as a kind, "vs" between three companies, and a filing apart from a listing', () => {
    expect(read('mistral debt').intent).toBe('deal');
    expect(read('biggest loans').kind).toBe('debt-financing');
    expect(read('openai vs xai vs anthropic valuations').intent).toBe('compare');
    expect(read('has openai filed to go public').claimState).toBeUndefined();
    expect(read('is openai public yet').claimState).toBe('closed');
  });
});

describe('who owns a company now (batch 14)', () => {
  it('reads "whose is X now" as who bought X, and "whose is <product>" as its owner', () => {
    expect(read('¿de quién es windsurf ahora?')).toMatchObject({
      intent: 'acquired',
      companies: ['windsurf'],
    });
    expect(read('di chi è windsurf adesso?').intent).toBe('acquired');
    expect(read('¿de quién es grok?')).toMatchObject({ intent: 'company', companies: ['xai'] });
  });
});

describe('fillers, compound numbers and first names (batch 15)', () => {
  it('reads compound numbers in words in Italian and Spanish', () => {
    expect(read('accordi sopra i settantacinque miliardi').minAmount).toBe(75 * B);
    expect(read('acuerdos de más de veinticinco mil millones').minAmount).toBe(25 * B);
  });

  it('reads a person by first name only right after "who is"', () => {
    expect(read("who's demis").companies).toEqual(['demis-hassabis']);
    expect(read('chi è demis?').companies).toEqual(['demis-hassabis']);
    expect(read('demis deals with google').companies).toEqual(['google']);
  });

  it('reads "is it actually happening?", "¿va en serio?" as yes/no, and who tried to buy whom', () => {
    expect(read("what's the deal with stargate, is it actually happening").check).toBe(true);
    expect(read('¿qué pasa con stargate, va en serio?').check).toBe(true);
    expect(read('who did coreweave try to buy')).toMatchObject({
      intent: 'acquired',
      companies: ['coreweave'],
    });
    expect(read('meta vs microsoft vs openai: who spent the most with coreweave').focus).toBe('coreweave');
  });

  it('takes an unknown word for a company only with evidence', () => {
    // Words of the question, wherever they stand: a verb form, or a word in no company's place.
    expect(read('has nvidia been quietly expanding with xai').unresolved).toEqual([]);
    expect(read('¿sigue anthropic negociando con google?').unresolved).toEqual([]);
    expect(read('openai sta trattando con microsoft?').unresolved).toEqual([]);
    // A company the knowledge base lacks, in the place of a name, still is one.
    expect(read('who invested in perplexity').confidence).toBe('low');
    expect(read('Did Tesla invest in xAI?').unresolved).toEqual(['Tesla']);
    expect(read('chi ha finanziato hugging face?').confidence).toBe('low');
  });

  it('reads phone shorthand and a company said first', () => {
    expect(read('q acuerdos tiene nvidia cn openai')).toMatchObject({
      intent: 'deal',
      companies: ['nvidia', 'openai'],
    });
    expect(read('softbank, where did they invest')).toMatchObject({
      intent: 'investments',
      companies: ['softbank'],
    });
    expect(read('nvidia dove ha messo soldi')).toMatchObject({
      intent: 'investments',
      companies: ['nvidia'],
    });
  });

  it('reads a common-word name beside another company only with grammar around it', () => {
    expect(read('¿cuándo cerró meta con scale ai?').companies).toEqual(['meta', 'scale-ai']);
    expect(read('quando oracle ha firmato con openai').companies).toEqual(['oracle', 'openai']);
    expect(read("nvidia's venture arm").companies).toEqual(['nvidia']);
    expect(read('la meta de openai').companies).toEqual(['openai']);
  });

  it('reads public bodies named in Spanish and Italian', () => {
    expect(read('¿qué acordó intel con el gobierno de estados unidos?').companies).toEqual([
      'intel',
      'us-government',
    ]);
    expect(read('accordi tra openai e il pentagono').companies).toEqual(['openai', 'us-department-of-war']);
  });

  it('tells Spanish from Italian on shared words by endings and by the opening question mark', () => {
    expect(read('nvidia compra groq?').language).toBe('it');
    expect(read('¿nvidia compra groq?').language).toBe('es');
    expect(read('quanto paga oracle a openai per il calcolo?').language).toBe('it');
  });
});

describe('bounded work', () => {
  it(`reads at most ${MAX_QUESTION_LENGTH} characters and stays fast on long input`, () => {
    const long = `${'blah '.repeat(200)} who invested in OpenAI?`;
    const start = performance.now();
    const u = read(long);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(u.companies).toEqual([]);
    const noisy = `${'Antrhopic Microsfot nvdia '.repeat(60)}`;
    const t0 = performance.now();
    read(noisy);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
