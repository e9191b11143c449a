/**
 * Faults a black-box run found: hostile text and unexpected interactions must get an answer or a quiet
 * empty list, never "something went wrong" nor a rejected promise outside the error boundary.
 */

import type { Interaction } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { commandsByName } from '../../commands/index.js';
import { decodeControl, encodeControl, wellFormed } from '../../src/discord/controls.js';
import { handleInteraction } from '../../src/discord/gateway.js';
import { Guard } from '../../src/discord/guard.js';
import { react } from '../../src/discord/react.js';
import { createLogger } from '../../src/log.js';
import { fixtureEngine } from '../helpers.js';

const deal = commandsByName.get('deal')!;

describe('a lone UTF-16 surrogate in an option', () => {
  it('is encoded into a button id instead of throwing', async () => {
    const id = encodeControl('p', deal, 1, { company: 'ab\uD800', with: '\uDC00x' });
    expect(id).toBeDefined();
    expect(decodeControl(id!)?.options.get('company')).toBe('ab\uFFFD');
  });

  it('keeps well-formed text, pairs included, as it is', async () => {
    expect(wellFormed('Open AI 🤖 é')).toBe('Open AI 🤖 é');
    expect(wellFormed('\uD83E')).toBe('\uFFFD');
  });

  it('never makes a command fail, whatever the string (fuzz)', async () => {
    let runs = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (a, b) => {
          runs++;
          const reaction = react(fixtureEngine(), {
            kind: 'command',
            command: 'deal',
            options: new Map([
              ['company', a],
              ['with', b],
            ]),
          });
          expect(reaction.type).toBe('reply');
        },
      ),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
  });
});

/** A discord.js-shaped interaction with just what handleInteraction touches. */
function fakeInteraction(overrides: Record<string, unknown>, throwing?: string) {
  const interaction = {
    id: '1',
    type: 4,
    locale: 'en-US',
    user: { id: 'u1' },
    channelId: 'c1',
    replied: false,
    deferred: false,
    responded: false,
    isAutocomplete: () => false,
    isChatInputCommand: () => false,
    isButton: () => false,
    isStringSelectMenu: () => false,
    isRepliable: () => false,
    isMessageComponent: () => false,
    ...overrides,
  };
  // A property that throws when read, as discord.js getters do on a payload they do not expect.
  if (throwing) {
    Object.defineProperty(interaction, throwing, {
      get() {
        throw new Error(`broken ${throwing}`);
      },
    });
  }
  return interaction as unknown as Interaction;
}

describe('the gateway error boundary', () => {
  const logger = createLogger('silent');

  it('answers an autocomplete without a focused option as for empty input', async () => {
    const respond = vi.fn(async () => {});
    const interaction = fakeInteraction({
      isAutocomplete: () => true,
      commandName: 'deal',
      options: {
        getFocused: () => {
          throw new TypeError('No focused option for autocomplete interaction.');
        },
      },
      respond,
    });
    await expect(handleInteraction(fixtureEngine(), interaction, logger)).resolves.toBeUndefined();
    expect(respond).toHaveBeenCalledTimes(1);
  });

  it('ignores an interaction type it does not handle, without rejecting', async () => {
    const interaction = fakeInteraction({ type: 5 }, 'user');
    await expect(handleInteraction(fixtureEngine(), interaction, logger)).resolves.toBeUndefined();
  });

  it('keeps a throwing interaction inside the boundary', async () => {
    const interaction = fakeInteraction({ isChatInputCommand: () => true, commandName: 'deal' }, 'options');
    await expect(handleInteraction(fixtureEngine(), interaction, logger)).resolves.toBeUndefined();
  });
});

describe('rate limits on costly slash commands', () => {
  const limits = { RATE_LIMIT_USER: '2/10s', RATE_LIMIT_CHANNEL: '100/10s' };
  const command = (name: string) => ({ kind: 'command', command: name, options: new Map() }) as const;

  it.each(['ask', 'graph', 'loops', 'timeline'])('limits /%s per user', async (name) => {
    const guard = new Guard(limits, () => 0);
    expect(await guard.check(command(name), 'alice', 'c1')).toBeUndefined();
    expect(await guard.check(command(name), 'alice', 'c1')).toBeUndefined();
    expect((await guard.check(command(name), 'alice', 'c1'))?.type).toBe('reply');
    expect(await guard.check(command(name), 'bob', 'c1')).toBeUndefined();
  });

  it('leaves plain lookups to Discord', async () => {
    const guard = new Guard(limits, () => 0);
    for (let i = 0; i < 10; i++) expect(await guard.check(command('deal'), 'alice', 'c1')).toBeUndefined();
  });
});
