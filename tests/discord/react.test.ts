import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { OptionValue } from '../../src/commands/command.js';
import { decodeControl } from '../../src/discord/controls.js';
import { type Reaction, react } from '../../src/discord/react.js';
import type { DiscordMessage } from '../../src/render/discord.js';
import { fixtureEngine, realEngine } from '../helpers.js';
import { limitViolations } from './limits.js';
import {
  customIds,
  footerOf,
  linkUrls,
  menuOptions,
  messageText,
  pageCount,
  plainText,
  titleOf,
} from './v2.js';

const command = (name: string, options: Record<string, OptionValue> = {}) =>
  ({ kind: 'command', command: name, options: new Map(Object.entries(options)) }) as const;

function message(reaction: Reaction): DiscordMessage {
  if (reaction.type === 'reply' || reaction.type === 'update') return reaction.message;
  throw new Error(`expected a message, got ${reaction.type}`);
}

describe('slash commands as Discord messages', () => {
  const engine = realEngine();

  it('answers /deal headline first: money flows, one line per deal with a source button, a card menu', () => {
    const m = message(react(engine, command('deal', { company: 'Amazon', with: 'OpenAI' })));
    expect(limitViolations(m)).toEqual([]);
    expect(m.flags).toBe(MessageFlags.IsComponentsV2);
    expect(titleOf(m)).toBe('Deals between Amazon and OpenAI');
    // The key figures are in the first lines, before any deal.
    const firstLines = plainText(m).split('\n').slice(0, 5).join('\n');
    expect(firstLines).toContain('Amazon → OpenAI: announced: $50 billion');
    expect(firstLines).toContain('OpenAI → Amazon: announced: $138 billion');
    expect(plainText(m)).toContain('OpenAI → AWS · compute contract · $38 billion · signed · Nov 2025');
    // Each deal's source is a button, not a column of [n] links.
    expect(linkUrls(m).length).toBeGreaterThan(3);
    expect(messageText(m)).not.toMatch(/\[\[\d+\]\]\(</);
    expect(footerOf(m)).toMatch(/^Knowledge base as of 2026-07-05/);
    expect(customIds(m)).toEqual(['c:deal:0:', 's:deal:0:amazon,openai']);
    expect(menuOptions(m, 'c:').map((o) => o.value)).toContain('amazon-openai-equity-2026-02');
  });

  it("opens a deal's full card privately from the menu: every figure, caveat and source", () => {
    const card = message(
      react(engine, { kind: 'component', customId: 'c:deal:0:', values: ['amazon-openai-equity-2026-02'] }),
    );
    expect(limitViolations(card)).toEqual([]);
    expect(card.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
    const words = plainText(card);
    expect(words).toContain('Conditional: $35 billion');
    expect(words).toContain('⚠ Only $15B is unconditional');
    expect(words).toMatch(/\[1\] Tom's Hardware/);
    const gone = message(
      react(engine, { kind: 'component', customId: 'c:deal:0:', values: ['no-such-deal'] }),
    );
    expect(plainText(gone)).toContain('no longer in the knowledge base');
  });

  it('every page of every command for every company stays within limits and pings nobody', () => {
    for (const company of engine.kb.companies.values()) {
      for (const [name, option] of [
        ['deal', 'company'],
        ['backers', 'company'],
        ['investments', 'company'],
        ['company', 'name'],
        ['sources', 'company'],
      ] as const) {
        const first = message(react(engine, command(name, { [option]: company.id })));
        expect(limitViolations(first), `${name} ${company.id}`).toEqual([]);
        const pages = pageCount(first);
        for (let page = 1; page < pages; page++) {
          const next = message(
            react(engine, { kind: 'component', customId: `p:${name}:${page}:${company.id}` }),
          );
          expect(limitViolations(next), `${name} ${company.id} page ${page}`).toEqual([]);
          expect(footerOf(next)).toContain(`page ${page + 1}/${pages}`);
        }
      }
    }
  });

  it('pages are rebuilt from the button id alone, as after a restart', () => {
    const first = message(react(engine, command('deal', { company: 'OpenAI' })));
    const next = customIds(first).find((id) => id.startsWith('p:deal:1:'))!;
    expect(decodeControl(next)?.options.get('company')).toBe('openai');
    const second = message(react(engine, { kind: 'component', customId: next }));
    expect(footerOf(second)).toMatch(/page 2\//);
    expect(messageText(second)).not.toBe(messageText(first));
  });

  it('opens the sources of a page privately', () => {
    const m = message(react(engine, { kind: 'component', customId: 's:deal:0:nvidia,groq' }));
    expect(m.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
    expect(messageText(m)).toMatch(/\*\*\[1\]\*\* WION/);
    expect(messageText(m)).toContain('Hurriyet Daily News');
    expect(limitViolations(m)).toEqual([]);
  });

  it('hides the answer when asked', () => {
    const m = message(react(engine, command('backers', { company: 'Anthropic', hide: true })));
    expect(m.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
  });

  it('offers a private did-you-mean menu for an ambiguous name, and answers the pick publicly', () => {
    const m = message(react(engine, command('deal', { company: 'Groc', with: 'NVIDIA' })));
    expect(m.flags).toBe(MessageFlags.IsComponentsV2 | MessageFlags.Ephemeral);
    expect(customIds(m)).toContain('m:deal:company:,nvidia');
    const values = menuOptions(m, 'm:').map((o) => o.value);
    expect(values.sort()).toEqual(['groq', 'xai']);
    const picked = react(engine, { kind: 'component', customId: 'm:deal:company:,nvidia', values: ['groq'] });
    expect(picked.type).toBe('update-then-follow-up');
    if (picked.type === 'update-then-follow-up') {
      expect(titleOf(picked.followUp)).toBe('Deals between Groq and NVIDIA');
      expect(picked.followUp.flags).toBe(MessageFlags.IsComponentsV2);
    }
  });

  it('treats hostile text as text: escaped, bounded, no mention', () => {
    const engineF = fixtureEngine();
    for (const hostile of [
      '@everyone',
      '<@123456789012345678>',
      '**bold** `code` ||spoiler||',
      'x'.repeat(6000),
      '\u200b',
      '😀'.repeat(500),
    ]) {
      const m = message(react(engineF, command('deal', { company: hostile, with: hostile })));
      expect(limitViolations(m)).toEqual([]);
      const all = messageText(m);
      expect(all).not.toMatch(/(?<!\\)@everyone/);
      expect(all).not.toContain('<@123');
    }
  });

  it('answers a stale or forged button id with a private notice, not a crash', () => {
    for (const id of ['p:nope:0:', 'garbage', 'p:deal:0:%E0%A4%A', 'p:deal:0:a,b,c,d,e,f']) {
      const m = message(react(realEngine(), { kind: 'component', customId: id }));
      expect(m.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    }
  });
});

describe('autocomplete', () => {
  const engine = realEngine();
  const choices = (value: string, name = 'company') => {
    const reaction = react(engine, { kind: 'autocomplete', command: 'deal', focused: { name, value } });
    if (reaction.type !== 'autocomplete') throw new Error('expected choices');
    return reaction.choices;
  };

  it('ranks names and aliases, says why, and returns company ids as values', () => {
    expect(choices('AWS')[0]).toEqual({ name: 'AWS · cloud', value: 'aws' });
    expect(choices('amazon web')[0]).toEqual({ name: 'AWS · Amazon Web Services · cloud', value: 'aws' });
    expect(choices('Amazon Web Services')[0]).toEqual({
      name: 'AWS · alias Amazon Web Services · cloud',
      value: 'aws',
    });
    expect(choices('nvdia')[0]).toMatchObject({ value: 'nvidia' });
    expect(choices('nvdia')[0]!.name).toContain('close to');
    expect(choices('Open')[0]).toMatchObject({ value: 'openai' });
  });

  it('labels choices in the reader’s language', () => {
    const reaction = react(engine, {
      kind: 'autocomplete',
      command: 'deal',
      focused: { name: 'company', value: 'nvdia' },
      locale: 'es-ES',
    });
    const first = reaction.type === 'autocomplete' ? reaction.choices[0] : undefined;
    expect(first).toMatchObject({ value: 'nvidia' });
    expect(first?.name).toMatch(/parecido a .* · fabricante de chips$/);
  });

  it('offers the most connected companies on empty input, never more than 25, labels within 100', () => {
    const empty = choices('');
    expect(empty).toHaveLength(25);
    expect(empty.slice(0, 3).map((c) => c.value)).toEqual(expect.arrayContaining(['openai', 'nvidia']));
    for (const q of ['', 'a', 'zz', 'x'.repeat(300), '@everyone']) {
      for (const c of choices(q)) {
        expect(c.name.length).toBeGreaterThan(0);
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
      expect(choices(q).length).toBeLessThanOrEqual(25);
    }
  });

  it('completes deal ids for /sources', () => {
    const reaction = react(engine, {
      kind: 'autocomplete',
      command: 'sources',
      focused: { name: 'deal', value: 'groq-licence' },
    });
    expect(reaction.type === 'autocomplete' && reaction.choices[0]?.value).toBe(
      'nvidia-groq-licence-2025-12',
    );
  });
});
