/**
 * Definitions of /graph, /loops and /timeline, with their Spanish and Italian localizations. These commands
 * are not in the message catalogs yet (src/i18n), so their texts live here; moving them there is a matter
 * of adding the three names to `CommandName` and using `slashCommand`.
 */
import type { APIApplicationCommandBasicOption } from 'discord-api-types/v10';
import {
  ApplicationCommandOptionType,
  type CommandData,
  companyOption,
  hideOption,
} from '../commands/command.js';

interface Text {
  name: string;
  description: string;
}

type Lang = 'en' | 'es' | 'it';
type Texts = Record<Lang, Text>;

const LOCALES: Record<string, Exclude<Lang, 'en'>> = { 'es-ES': 'es', 'es-419': 'es', it: 'it' };

function localized(texts: Texts, key: keyof Text): Record<string, string> {
  return Object.fromEntries(Object.entries(LOCALES).map(([locale, lang]) => [locale, texts[lang][key]]));
}

function localize<T extends { name: string; description: string }>(target: T, texts: Texts): T {
  return Object.assign(target, {
    description: texts.en.description,
    name_localizations: localized(texts, 'name'),
    description_localizations: localized(texts, 'description'),
  });
}

const HIDE: Texts = {
  en: { name: 'hide', description: 'Show the answer only to you' },
  es: { name: 'ocultar', description: 'Mostrar la respuesta solo a ti' },
  it: { name: 'nascondi', description: 'Mostra la risposta solo a te' },
};

function company(required: boolean, texts: Texts): APIApplicationCommandBasicOption {
  // companyOption registers the option as a company option (autocomplete, did-you-mean menus): keep the
  // object it returns and only fill in its texts.
  return localize(companyOption('company', required), texts);
}

function command(name: string, texts: Texts, options: APIApplicationCommandBasicOption[]): CommandData {
  return {
    name,
    description: texts.en.description,
    name_localizations: localized(texts, 'name'),
    description_localizations: localized(texts, 'description'),
    options: [...options, localize(hideOption(), HIDE)],
  };
}

export function graphCommandData(): CommandData {
  return command(
    'graph',
    {
      en: { name: 'graph', description: 'A picture of the money around a company: who pays whom, how much' },
      es: {
        name: 'grafico',
        description: 'Una imagen del dinero alrededor de una empresa: quién paga a quién y cuánto',
      },
      it: {
        name: 'grafico',
        description: "Un'immagine del denaro intorno a un'azienda: chi paga chi e quanto",
      },
    },
    [
      company(true, {
        en: { name: 'company', description: 'A company, e.g. OpenAI, Anthropic, NVIDIA' },
        es: { name: 'empresa', description: 'Una empresa, p. ej. OpenAI, Anthropic, NVIDIA' },
        it: { name: 'azienda', description: "Un'azienda, ad es. OpenAI, Anthropic, NVIDIA" },
      }),
      localize(
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'depth',
          description: 'depth',
          required: false,
          min_value: 1,
          max_value: 3,
        },
        {
          en: { name: 'depth', description: 'How many steps out from the company (1–3, default 1)' },
          es: { name: 'profundidad', description: 'Cuántos pasos desde la empresa (1–3, por defecto 1)' },
          it: { name: 'profondita', description: "Quanti passi dall'azienda (1–3, predefinito 1)" },
        },
      ),
    ],
  );
}

export function loopsCommandData(): CommandData {
  return command(
    'loops',
    {
      en: { name: 'loops', description: 'Circular money: A invests in B while B pays A, and longer cycles' },
      es: {
        name: 'ciclos',
        description: 'Dinero circular: A invierte en B mientras B paga a A, y ciclos más largos',
      },
      it: {
        name: 'cicli',
        description: 'Denaro circolare: A investe in B mentre B paga A, e cicli più lunghi',
      },
    },
    [
      company(false, {
        en: { name: 'company', description: 'Only loops through this company (optional)' },
        es: { name: 'empresa', description: 'Solo los ciclos que pasan por esta empresa (opcional)' },
        it: { name: 'azienda', description: "Solo i cicli che passano per quest'azienda (facoltativo)" },
      }),
    ],
  );
}

export function timelineCommandData(): CommandData {
  return command(
    'timeline',
    {
      en: { name: 'timeline', description: "A chart of a company's deals and valuations over time" },
      es: {
        name: 'cronologia',
        description: 'Un gráfico de los acuerdos y valoraciones de una empresa en el tiempo',
      },
      it: { name: 'cronologia', description: "Un grafico di accordi e valutazioni di un'azienda nel tempo" },
    },
    [
      company(true, {
        en: { name: 'company', description: 'A company, e.g. OpenAI, Anthropic, Cerebras' },
        es: { name: 'empresa', description: 'Una empresa, p. ej. OpenAI, Anthropic, Cerebras' },
        it: { name: 'azienda', description: "Un'azienda, ad es. OpenAI, Anthropic, Cerebras" },
      }),
    ],
  );
}
