import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../src/ask/answer.js';
import { catalog, commandText, type Lang } from '../../src/i18n/index.js';
import { moneyIn } from '../ask/evaluate.js';
import { realEngine, text } from '../helpers.js';

/** `/ask` answers in the user's language when it is given, and otherwise in the question's. */
describe('/ask in the reader’s language', () => {
  const engine = realEngine();

  it('answers in the question’s language by default', () => {
    const es = askAnswer(engine, '¿quién financia a Anthropic?');
    expect(es.lang).toBe('es');
    expect(es.answer.title).toBe('Inversores de Anthropic');
    expect(text(es.answer, catalog('es'))).toMatch(/\d[\d.]* millones de dólares/);

    const italian = askAnswer(engine, 'chi ha investito in Cerebras?');
    expect(italian.lang).toBe('it');
    expect(italian.answer.title).toBe('Investitori di Cerebras');
    expect(text(italian.answer, catalog('it'))).toMatch(/\d[\d,]* miliard[oi] di dollari/);
  });

  it('answers in the language asked for, whatever the question’s', () => {
    const { answer, lang, understanding } = askAnswer(engine, '¿quién financia a Anthropic?', 'en');
    expect(understanding.language).toBe('es');
    expect(lang).toBe('en');
    expect(answer.title).toBe('Backers of Anthropic');
    expect(text(answer)).toMatch(/\$\d+(?:\.\d+)? billion/);
    expect(askAnswer(engine, 'who invested in Cerebras?', 'it').answer.title).toBe('Investitori di Cerebras');
  });

  it('says what it understood of a question it is unsure of in the question’s language', () => {
    const cases: [string, Lang, string, string][] = [
      [
        'How much did Tesla put into OpenAI?',
        'en',
        "I don't know “Tesla”",
        'I understood: the deals between OpenAI and “Tesla”.',
      ],
      [
        '¿Cuánto puso Tesla en OpenAI?',
        'es',
        'No conozco “Tesla”',
        'He entendido: los acuerdos entre OpenAI y “Tesla”.',
      ],
      [
        'Quanto ha messo Tesla in OpenAI?',
        'it',
        'Non conosco “Tesla”',
        'Ho capito: gli accordi tra OpenAI e “Tesla”.',
      ],
    ];
    for (const [q, lang, title, understood] of cases) {
      const { answer, understanding } = askAnswer(engine, q);
      expect(understanding.confidence, q).toBe('low');
      expect(understanding.language, q).toBe(lang);
      expect(answer.title, q).toBe(title);
      const out = text(answer, catalog(lang));
      expect(out, q).toContain(understood);
      expect(moneyIn(out), q).toEqual([]);
    }
    // The user's language, when given, wins here too.
    expect(text(askAnswer(engine, '¿Cuánto puso Tesla en OpenAI?', 'it').answer)).toContain(
      'Ho capito: gli accordi tra OpenAI e “Tesla”.',
    );
  });

  it('says it does not know a deal in each language, with what it knows of each company', () => {
    const cases: [string, Lang, string, RegExp][] = [
      [
        'did Dell invest in xAI?',
        'en',
        "I don't know that deal",
        /xAI: \d+ deals in the knowledge base, with /,
      ],
      [
        '¿Dell invirtió en xAI?',
        'es',
        'No conozco ese acuerdo',
        /xAI: \d+ acuerdos en la base de conocimiento, con /,
      ],
      [
        'Dell ha investito in xAI?',
        'it',
        'Non conosco questo accordo',
        /xAI: \d+ accordi nella base di conoscenza, con /,
      ],
    ];
    for (const [q, lang, title, facts] of cases) {
      const { answer, lang: answered } = askAnswer(engine, q);
      expect(answered, q).toBe(lang);
      expect(answer.status, q).toBe('empty');
      expect(answer.title, q).toBe(title);
      const out = text(answer, catalog(lang));
      expect(out, q).toContain(catalog(lang).ask.noDealBetween('Dell', 'xAI', engine.kb.meta.asOf));
      expect(out, q).toMatch(facts);
      expect(moneyIn(out), q).toEqual([]);
      expect(
        answer.suggestions?.map((s) => commandText(s.command, catalog('en'))),
        q,
      ).toContain('/deal company:Dell');
    }
  });

  it('writes the rest of its own sentences in the answer’s language too', () => {
    const groq = askAnswer(engine, 'Nvidia ha comprato Groq?');
    expect(groq.lang).toBe('it');
    expect(text(groq.answer, catalog('it'))).toContain(
      'No: la base di conoscenza non ha nessuna acquisizione di Groq da parte di NVIDIA; tra le due ha un accordo di licenza e assunzioni (firmato, dic 2025).',
    );
    const xai = askAnswer(engine, '¿xAI fue comprada por SpaceX?');
    expect(text(xai.answer, catalog('es'))).toContain(
      'Sí: la base de conocimiento tiene un acuerdo de adquisición de xAI por parte de SpaceX (cerrado, feb 2026).',
    );
    const ranked = askAnswer(engine, 'acuerdos de más de 10.000 millones de euros en 2025');
    expect(ranked.answer.title).toBe('Acuerdos de 2025 de al menos 10.000 millones de euros');
    expect(text(ranked.answer, catalog('es'))).toContain(
      '38.000 millones de dólares · OpenAI → AWS · contrato de cómputo',
    );
  });
});
