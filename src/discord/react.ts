/**
 * What the bot does with an interaction, decided without discord.js: the gateway and the HTTP endpoint
 * both feed it plain input and carry out the reaction it returns.
 */

import { commandsByName } from '../../commands/index.js';
import { dealCardAnswer } from '../answers/deal.js';
import { type Engine, engineIn } from '../answers/engine.js';
import type { Answer } from '../answers/model.js';
import { askAnswer } from '../ask/answer.js';
import { type Command, isCompanyOption, type OptionValue, optionReader } from '../commands/command.js';
import { attachImage } from '../graph/attach.js';
import type { DrawPicture } from '../graph/pool.js';
import { type Catalog, catalog, langOf } from '../i18n/index.js';
import { type DiscordMessage, renderAnswer, renderNotice, renderSources } from '../render/discord.js';
import type { Choice } from '../search/autocomplete.js';
import { decodeControl, encodeControl } from './controls.js';

/** `locale`: the user's Discord locale ("es-ES", "it", "en-US"…); answers are written in its language. */
export type InteractionInput =
  | { kind: 'command'; command: string; options: ReadonlyMap<string, OptionValue>; locale?: string }
  | { kind: 'autocomplete'; command: string; focused: { name: string; value: string }; locale?: string }
  | { kind: 'component'; customId: string; values?: readonly string[]; locale?: string }
  /** A question in plain words: /ask, a message mentioning the bot, or a DM. */
  | { kind: 'question'; question: string; hide?: boolean; locale?: string };

export type Reaction =
  | { type: 'reply'; message: DiscordMessage }
  /** Replace the message the clicked component sits on. */
  | { type: 'update'; message: DiscordMessage }
  /** Replace the clicked message, then post the answer as a new message. */
  | { type: 'update-then-follow-up'; update: DiscordMessage; followUp: DiscordMessage }
  | { type: 'autocomplete'; choices: Choice[] };

/** `pictures`: where the transports have pictures drawn (a worker pool); without it they draw themselves. */
export function react(engine: Engine, input: InteractionInput, pictures?: DrawPicture): Reaction {
  const lang = langOf(input.locale);
  const t = catalog(lang);
  switch (input.kind) {
    case 'autocomplete': {
      const command = commandsByName.get(input.command);
      return {
        type: 'autocomplete',
        choices: command?.autocomplete?.({ engine, focused: input.focused, t }) ?? [],
      };
    }
    case 'command': {
      if (input.command === 'ask') {
        const question = input.options.get('question');
        const hide = input.options.get('hide') === true;
        return react(
          engine,
          {
            kind: 'question',
            question: typeof question === 'string' ? question : '',
            hide,
            ...(input.locale && { locale: input.locale }),
          },
          pictures,
        );
      }
      const command = commandsByName.get(input.command);
      if (!command) return { type: 'reply', message: renderNotice(t.render.unknownCommand(input.command)) };
      const hide = input.options.get('hide') === true;
      const answer = command.execute({ engine, options: optionReader(input.options), lang });
      return {
        type: 'reply',
        message: present(engine, command, input.options, answer, 0, hide, t, pictures),
      };
    }
    case 'component':
      return reactToControl(engine, input.customId, input.values ?? [], t, pictures);
    case 'question': {
      // In the user's Discord language when there is one (slash /ask); else the question's own (mentions, DMs).
      const result = askAnswer(engine, input.question, input.locale ? lang : undefined);
      const said = catalog(result.lang);
      const command = commandsByName.get(COMMAND_OF_INTENT[result.understanding.intent] ?? '');
      // When the answer is one a command gives, its page and Sources buttons are that command's.
      if (command && result.answer.canonical) {
        return {
          type: 'reply',
          message: present(engine, command, new Map(), result.answer, 0, input.hide === true, said, pictures),
        };
      }
      const message = renderAnswer(result.answer, {
        page: 0,
        ephemeral: input.hide === true,
        ids: NO_CONTROLS,
        t: said,
      });
      return { type: 'reply', message };
    }
  }
}

const NO_CONTROLS = { page: () => undefined, sources: () => undefined };

/** The slash command whose answer an understood question gets, for its buttons. */
const COMMAND_OF_INTENT: Partial<Record<string, string>> = {
  deal: 'deal',
  acquired: 'deal',
  backers: 'backers',
  investments: 'investments',
  company: 'company',
  sources: 'sources',
  top: 'top',
};

function reactToControl(
  engine: Engine,
  customId: string,
  values: readonly string[],
  t: Catalog,
  pictures?: DrawPicture,
): Reaction {
  const control = decodeControl(customId);
  if (!control) return { type: 'reply', message: renderNotice(t.render.staleButton) };
  const { command, options } = control;
  const lang = t.lang;
  switch (control.action) {
    case 'p': {
      const answer = command.execute({ engine, options: optionReader(options), lang });
      // Same visibility as the message it updates; an update cannot change that.
      return {
        type: 'update',
        message: present(engine, command, options, answer, Number(control.arg) || 0, false, t, pictures),
      };
    }
    case 's': {
      const answer = command.execute({ engine, options: optionReader(options), lang });
      return { type: 'reply', message: renderSources(answer, Number(control.arg) || 0, t) };
    }
    case 'c': {
      const picked = values[0];
      if (!picked) return { type: 'reply', message: renderNotice(t.render.nothingPicked) };
      // The card reads the deal in the reader's language, like the command whose menu offered it.
      const card = dealCardAnswer(engineIn(engine, lang), picked, lang);
      return {
        type: 'reply',
        message: renderAnswer(card, { page: 0, ephemeral: true, ids: NO_CONTROLS, t, full: true }),
      };
    }
    case 'm':
    case 'h': {
      const picked = values[0];
      if (!picked) return { type: 'reply', message: renderNotice(t.render.nothingPicked) };
      const next = new Map(options).set(control.arg, picked);
      const answer = command.execute({ engine, options: optionReader(next), lang });
      const hide = control.action === 'h';
      return {
        type: 'update-then-follow-up',
        update: renderNotice(t.render.showing(engine.kb.company(picked)?.name ?? picked)),
        followUp: present(engine, command, next, answer, 0, hide, t, pictures),
      };
    }
  }
}

/** Renders an answer with its controls; a name that did not resolve becomes a private pick menu. */
function present(
  engine: Engine,
  command: Command,
  options: ReadonlyMap<string, OptionValue>,
  answer: Answer,
  page: number,
  hide: boolean,
  t: Catalog,
  pictures?: DrawPicture,
): DiscordMessage {
  const state = answer.canonical ?? {};
  const ids = {
    page: (n: number) => encodeControl('p', command, n, state),
    sources: (n: number) => encodeControl('s', command, n, state),
    card: encodeControl('c', command, page, {}),
  };
  if (answer.status === 'not-found' || answer.status === 'ambiguous') {
    const failing = unresolvedOption(engine, command, options);
    const values = (answer.suggestions ?? []).flatMap((s) => (s.value ? [s.value] : []));
    const companies = new Set((command.data.options ?? []).filter(isCompanyOption).map((o) => o.name));
    const rest = Object.fromEntries(
      [...options]
        .filter(([name]) => name !== 'hide' && name !== failing)
        .map(([name, value]) => [name, companies.has(name) ? canonicalValue(engine, value) : value]),
    );
    const id = failing && encodeControl(hide ? 'h' : 'm', command, failing, rest);
    return renderAnswer(answer, {
      t,
      page: 0,
      ephemeral: true,
      ids: { ...ids, ...(id && values.length > 0 && { pick: { id, values } }) },
    });
  }
  // The picture is redrawn elsewhere from the answer's stable options, the same ones its buttons carry.
  const job = {
    command: command.data.name,
    options: { ...state },
    lang: t.lang,
  };
  const draw = pictures && answer.image ? () => pictures(job, engine) : undefined;
  return attachImage(
    renderAnswer(answer, { page, ephemeral: hide, ids, t, image: answer.image }),
    answer.image,
    draw,
  );
}

/** The first company option whose value does not resolve to one company. */
function unresolvedOption(engine: Engine, command: Command, options: ReadonlyMap<string, OptionValue>) {
  return (command.data.options ?? [])
    .filter(isCompanyOption)
    .map((o) => o.name)
    .find((name) => {
      const value = options.get(name);
      return typeof value === 'string' && engine.resolver.resolve(value).status !== 'found';
    });
}

/** A company name that resolves travels as its id: shorter, and safe in an id. */
function canonicalValue(engine: Engine, value: OptionValue): OptionValue {
  if (typeof value !== 'string') return value;
  const resolution = engine.resolver.resolve(value);
  return resolution.status === 'found' ? resolution.match.company.id : value;
}
