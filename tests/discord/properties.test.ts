/**
 * Property tests: every command, autocomplete and button fed random and hostile input never throws,
 * always stays within Discord's limits and never lets a mention through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { OptionValue } from '../../src/commands/command.js';
import { react } from '../../src/discord/react.js';
import { realEngine } from '../helpers.js';
import { limitViolations } from './limits.js';

const engine = realEngine();

/** Strings people and attackers type: unicode, emoji, zero-width and bidi characters, markdown, mentions, floods. */
const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom(
    '@everyone',
    '@here',
    '<@123456789012345678>',
    '<@&123456789012345678>',
    '<#123456789012345678>',
    '**bold** __u__ ~~s~~ ||spoiler|| `code` ```block```',
    '[link](https://evil.example)',
    '\u200b\u200d\u2060',
    '\u202eevil',
    '🙂'.repeat(300),
    'A'.repeat(6000),
    '\n\n\n# heading\n> quote',
    'OpenAI',
    'nvdia',
    'AWS',
  ),
  fc.tuple(fc.constantFrom('OpenAI ', 'Amazon ', '@'), fc.string({ maxLength: 50 })).map(([a, b]) => a + b),
);

const noMention = (json: string) => !/(?<!\\)@(everyone|here)|<@[&!#]?\d/.test(json);

describe('every command under random and hostile input', () => {
  for (const command of commands) {
    it(`/${command.data.name}`, () => {
      const arbitraryFor = (type: number): fc.Arbitrary<OptionValue> =>
        type === 4 ? fc.integer({ min: -1e6, max: 1e6 }) : type === 5 ? fc.boolean() : hostile;
      const optionArbs: Record<string, fc.Arbitrary<OptionValue | undefined>> = Object.fromEntries(
        (command.data.options ?? []).map((o) => [
          o.name,
          fc.option(arbitraryFor(o.type), { nil: undefined }),
        ]),
      );
      fc.assert(
        fc.property(fc.record(optionArbs), (values) => {
          const options = new Map(
            Object.entries(values).filter((e): e is [string, OptionValue] => e[1] !== undefined),
          );
          const reaction = react(engine, { kind: 'command', command: command.data.name, options });
          expect(reaction.type).toBe('reply');
          if (reaction.type !== 'reply') return;
          expect(limitViolations(reaction.message)).toEqual([]);
          expect(noMention(JSON.stringify(reaction.message))).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('autocomplete', () => {
    fc.assert(
      fc.property(fc.constantFrom(...commands.map((c) => c.data.name)), hostile, (name, value) => {
        const reaction = react(engine, {
          kind: 'autocomplete',
          command: name,
          focused: { name: 'company', value },
        });
        if (reaction.type !== 'autocomplete') throw new Error('expected choices');
        expect(reaction.choices.length).toBeLessThanOrEqual(25);
        for (const c of reaction.choices) {
          expect(c.name.length).toBeGreaterThan(0);
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('forged button and menu ids', () => {
    const ids = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc
        .tuple(
          fc.constantFrom('p', 's', 'm', 'h', 'x'),
          fc.constantFrom(...commands.map((c) => c.data.name)),
          hostile,
          hostile,
        )
        .map(([a, c, arg, v]) => `${a}:${c}:${arg}:${v}`.slice(0, 100)),
    );
    fc.assert(
      fc.property(ids, fc.array(hostile, { maxLength: 3 }), (customId, values) => {
        const reaction = react(engine, { kind: 'component', customId, values });
        const messages =
          reaction.type === 'update-then-follow-up'
            ? [reaction.update, reaction.followUp]
            : reaction.type === 'autocomplete'
              ? []
              : [reaction.message];
        for (const m of messages) {
          expect(limitViolations(m)).toEqual([]);
          expect(noMention(JSON.stringify(m))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
