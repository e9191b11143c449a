/** /watch and /settings as ServerSide answers them, on a real SQLite store and the fixture knowledge base. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OptionValue } from '../../src/commands/command.js';
import type { InteractionInput, Reaction } from '../../src/discord/react.js';
import { react } from '../../src/discord/react.js';
import { Store } from '../../src/store/store.js';
import { applySettings, canManage, dropPictures, type Place, ServerSide } from '../../src/watch/server.js';
import { pictureUrl, plainText } from '../discord/v2.js';
import { fixtureEngine } from '../helpers.js';

const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
const USER = '300000000000000001';
const MANAGER = String(1 << 5);

async function server(limits = { perServer: 5, perChannel: 2, perUser: 2 }) {
  const store = await Store.open({ dataDir: mkdtempSync(join(tmpdir(), 'server-')) });
  return { store, side: new ServerSide(store, undefined, limits) };
}

function command(name: string, locale = 'en-US'): InteractionInput {
  return { kind: 'command', command: name, options: new Map(), locale };
}

function place(
  subcommand: string | undefined,
  options: Record<string, OptionValue> = {},
  extra: Partial<Place> = {},
): Place {
  return {
    guildId: GUILD,
    channelId: CHANNEL,
    userId: USER,
    permissions: MANAGER,
    subcommand,
    options: new Map(Object.entries(options)),
    ...extra,
  };
}

/** The text a reply shows: its notice, or its embed's title and description. */
function said(reaction: Reaction | undefined): string {
  if (reaction?.type !== 'reply') return '';
  return plainText(reaction.message);
}

describe('ServerSide', () => {
  it('checks Manage Server (or Administrator) in the member permissions', () => {
    expect(canManage(MANAGER)).toBe(true);
    expect(canManage(String(1 << 3))).toBe(true);
    expect(canManage('2248473465835073')).toBe(false);
    expect(canManage(null)).toBe(false);
    expect(canManage('not a number')).toBe(false);
  });

  it('adds, lists and removes a watch, refusing members without the permission', async () => {
    const { side } = await server();
    const engine = fixtureEngine();
    const refused = await side.decide(
      engine,
      command('watch'),
      place('add', { company: 'Beta' }, { permissions: '0' }),
    );
    expect(said(refused.reaction)).toContain('Manage Server');

    const added = await side.decide(engine, command('watch'), place('add', { company: 'Beta', min: '$1B' }));
    expect(said(added.reaction)).toContain('Watch added');
    expect(said(added.reaction)).toContain('at least $1 billion');

    const listed = await side.decide(engine, command('watch'), place('list', {}, { permissions: '0' }));
    expect(said(listed.reaction)).toContain('This channel');

    const typed: InteractionInput = {
      kind: 'autocomplete',
      command: 'watch',
      focused: { name: 'watch', value: 'bet' },
    };
    const choices = await side.decide(engine, typed, place('remove'));
    expect(choices.reaction?.type).toBe('autocomplete');
    const [choice] = choices.reaction?.type === 'autocomplete' ? choices.reaction.choices : [];
    expect(choice?.name).toContain('in this channel');

    const removed = await side.decide(
      engine,
      command('watch'),
      place('remove', { watch: String(choice?.value) }),
    );
    expect(said(removed.reaction)).toBe('Watch removed.');
    const again = await side.decide(
      engine,
      command('watch'),
      place('remove', { watch: String(choice?.value) }),
    );
    expect(said(again.reaction)).toContain('no such watch');
  });

  it('says what is wrong with a company, an amount or a limit', async () => {
    const { side } = await server();
    const engine = fixtureEngine();
    const ask = (options: Record<string, OptionValue>) =>
      side.decide(engine, command('watch'), place('add', options));
    expect(said((await ask({ company: 'Nonexistent Corp' })).reaction)).toContain(
      'no company called Nonexistent Corp',
    );
    expect(said((await ask({ min: 'lots' })).reaction)).toContain('lots is not an amount');
    await ask({ kind: 'acquisition' });
    expect(said((await ask({ kind: 'acquisition' })).reaction)).toContain('already exists');
    await ask({ kind: 'ipo' });
    expect(said((await ask({ kind: 'partnership' })).reaction)).toContain('already has 2 watches');
  });

  it('keeps /settings for servers, and applies them to other answers', async () => {
    const { side } = await server();
    const engine = fixtureEngine();
    const dm = await side.decide(
      engine,
      command('settings'),
      place(undefined, {}, { guildId: null, permissions: null }),
    );
    expect(said(dm.reaction)).toContain('applies to a server');
    const saved = await side.decide(
      engine,
      command('settings'),
      place(undefined, { language: 'it', private: true, pictures: false }),
    );
    expect(said(saved.reaction)).toContain('Impostazioni del server salvate');

    const other = await side.decide(engine, command('graph'), place(undefined));
    expect(other.reaction).toBeUndefined();
    expect(other.pictures).toBe(false);
    expect(other.input.locale).toBe('it');
    expect(other.input.kind === 'command' && other.input.options.get('hide')).toBe(true);
  });

  it('answers with the defaults when the database does not answer in time', async () => {
    const stuck = { settings: () => new Promise<never>(() => undefined) } as unknown as Store;
    const side = new ServerSide(stuck);
    const input = command('deal', 'it');
    const decided = await side.decide(fixtureEngine(), input, place(undefined));
    expect(decided).toEqual({ input, pictures: true });
  });

  it('answers pictureless when the server turned pictures off', () => {
    const engine = fixtureEngine();
    const input: InteractionInput = {
      kind: 'command',
      command: 'graph',
      options: new Map<string, OptionValue>([['company', 'alpha']]),
    };
    const withPicture = react(engine, input);
    expect(withPicture.type === 'reply' && withPicture.message.files?.length).toBe(1);
    const without = dropPictures(withPicture);
    expect(without.type === 'reply' && without.message.files).toBeUndefined();
    expect(without.type === 'reply' && pictureUrl(without.message)).toBeUndefined();
  });

  it('leaves an explicit hide:false alone when answers are private by default', () => {
    const settings = { guildId: GUILD, lang: null, privateAnswers: true, pictures: true };
    const shown = applySettings(
      { kind: 'command', command: 'deal', options: new Map([['hide', false]]), locale: 'es-ES' },
      settings,
    );
    expect(shown.kind === 'command' && shown.options.get('hide')).toBe(false);
    expect(shown.locale).toBe('es-ES');
    const question = applySettings({ kind: 'question', question: 'who backs beta?' }, settings);
    expect(question.kind === 'question' && question.hide).toBe(true);
  });
});
