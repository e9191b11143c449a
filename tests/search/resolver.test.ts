import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/answers/engine.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledgeBase.js';
import { withoutSuffixTypo } from '../../src/search/resolver.js';
import { fixtureEngine, realEngine, scratchKnowledge } from '../helpers.js';

function resolveId(engine: ReturnType<typeof fixtureEngine>, query: string) {
  const r = engine.resolver.resolve(query);
  return r.status === 'found' ? { id: r.match.company.id, kind: r.match.kind } : { status: r.status };
}

describe('company resolution on the fixture', () => {
  const engine = fixtureEngine();

  it('matches names and aliases whatever the case, accents, punctuation and legal suffix', () => {
    expect(resolveId(engine, 'beta ai')).toEqual({ id: 'beta-ai', kind: 'name' });
    expect(resolveId(engine, 'BETA-AI')).toEqual({ id: 'beta-ai', kind: 'name' });
    expect(resolveId(engine, 'Beta Labs')).toEqual({ id: 'beta-ai', kind: 'alias' });
    expect(resolveId(engine, 'acs')).toEqual({ id: 'alpha-cloud', kind: 'alias' });
    expect(resolveId(engine, 'Delta Systems Inc.')).toEqual({ id: 'delta', kind: 'name' });
  });

  it('takes a prefix, preferring the parent when all candidates are one family', () => {
    expect(resolveId(engine, 'Gam')).toEqual({ id: 'gamma', kind: 'prefix' });
    expect(resolveId(engine, 'Alp')).toEqual({ id: 'alpha', kind: 'prefix' });
  });

  it('reports ambiguity with the candidates instead of guessing', () => {
    const r = engine.resolver.resolve('Omega');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') {
      expect(r.candidates.map((m) => m.company.id).sort()).toEqual(['omega-one', 'omega-two']);
    }
  });

  it('forgives typos and says so', () => {
    expect(resolveId(engine, 'Gamma Chpis')).toEqual({ id: 'gamma', kind: 'typo' });
  });

  it('does not match nonsense, but still suggests', () => {
    const r = engine.resolver.resolve('zzzzqqq');
    expect(r.status).toBe('not-found');
  });

  it('survives hostile input', () => {
    for (const q of ['', '   ', '@everyone', '**', 'x'.repeat(10_000), '\u200b\u200b', '😀']) {
      expect(() => engine.resolver.resolve(q)).not.toThrow();
    }
  });
});

describe('company resolution on the real knowledge base', () => {
  const engine = realEngine();
  const cases: [string, string][] = [
    ['AWS', 'aws'],
    ['Amazon Web Services', 'aws'],
    ['Open AI', 'openai'],
    ['openai', 'openai'],
    ['OpenAI Group PBC', 'openai'],
    ['nvdia', 'nvidia'],
    ['NVIDIA Corporation', 'nvidia'],
    ['Anthropc', 'anthropic'],
    ['Microsfot', 'microsoft'],
    ['Azure', 'microsoft'],
    ['Cerebras Systems', 'cerebras'],
    ['Groq', 'groq'],
    ['Grok', 'xai'],
    ['amazn', 'amazon'],
    ['amazn web servces', 'aws'],
    ['Googel', 'google'],
    ['Goo', 'google'],
    ['Corewave', 'coreweave'],
    ['Oracel', 'oracle'],
    ['Gork', 'xai'],
  ];
  it.each(cases)('%s → %s', (query, id) => {
    expect(resolveId(engine, query)).toMatchObject({ id });
  });

  it.each([
    ['Anthropyk', 'anthropic'],
    ['Microsaff', 'microsoft'],
    ['Koreweavr', 'coreweave'],
  ])('finds %s, two substitutions away from a name (two deletions on the name side)', (query, id) => {
    expect(resolveId(engine, query)).toMatchObject({ id, kind: 'typo' });
  });

  it.each([
    ['NVIDIA Corporatoin', 'nvidia'],
    ['Oracle Ibc', 'oracle'],
    ['Anthropc Holdngs', 'anthropic'],
  ])('forgives a slip in a legal suffix: %s', (query, id) => {
    expect(resolveId(engine, query)).toMatchObject({ id, kind: 'typo' });
  });

  it('takes only a word of three letters or more as a slip of a legal suffix', () => {
    expect(withoutSuffixTypo('Xoyos Holdigns')).toEqual({ key: 'xoyos', edits: 1 });
    expect(withoutSuffixTypo('Ironplok Lthd')).toEqual({ key: 'ironplok', edits: 1 });
    // "AI" is one letter from "ag" and "sa", "Ga" from "ag": two-letter suffixes are never guessed at.
    for (const query of ['Find AI', 'Omega Ga', 'Holdings', 'Beta Labs', 'Acme Inc']) {
      expect(withoutSuffixTypo(query)).toBeUndefined();
    }
  });

  it('reports Groq and Grok as two candidates for "Groc" instead of guessing', () => {
    const r = engine.resolver.resolve('Groc');
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous')
      expect(r.candidates.map((m) => m.company.id).sort()).toEqual(['groq', 'xai']);
  });

  it('does not offer far-fetched names for a company it does not know', () => {
    const r = engine.resolver.resolve('Tesla');
    expect(r.status).toBe('not-found');
    if (r.status === 'not-found') expect(r.suggestions.map((m) => m.company.id)).not.toContain('intel');
  });

  it('suggests at most the requested number, most connected first on empty input', () => {
    const popular = engine.resolver.suggest('', 25);
    expect(popular.length).toBeLessThanOrEqual(25);
    expect(popular.slice(0, 5).map((m) => m.company.id)).toContain('openai');
  });
});

describe('company resolution edge cases', () => {
  it('copes with names that repeat a trigram', () => {
    const kb = scratchKnowledge();
    kb.edit('companies/companies.json', (json) => {
      json.companies.push({
        id: 'lalala',
        name: 'Lalalala Labs',
        kind: 'startup',
        description: 'Repeats itself.',
      });
    });
    const engine = createEngine(loadKnowledgeBase(kb.dir));
    for (const q of ['lalalal', 'lalalalalala', 'alalalal', 'Lalalal Lbas']) {
      expect(() => engine.resolver.suggest(q)).not.toThrow();
      expect(() => engine.resolver.resolve(q)).not.toThrow();
    }
    expect(engine.resolver.resolve('Lalalala Lbas')).toMatchObject({
      status: 'found',
      match: { kind: 'typo' },
    });
  });
});
