/**
 * Discord's validation rules for what a bot sends: command definitions, messages (content, embeds, components,
 * allowed mentions, flags, attachments), autocomplete results and modals. Numbers from discord-anchors.md §4.
 * Each check adds to a FieldErrors; the caller answers 400 50035 with it, like Discord.
 */
import { ComponentType } from 'discord-api-types/v10';
import type { FieldErrors, Path } from './errors.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Discord counts characters, not UTF-16 units, and counts embed limits after trimming. */
export function charCount(value: string): number {
  return [...value.trim()].length;
}

export const MessageFlagBits = {
  SuppressEmbeds: 1 << 2,
  Ephemeral: 1 << 6,
  Loading: 1 << 7,
  SuppressNotifications: 1 << 12,
  IsVoiceMessage: 1 << 13,
  IsComponentsV2: 1 << 15,
} as const;

/** Flags a new message from an interaction (reply, follow-up) may carry. */
export const CREATE_FLAGS =
  MessageFlagBits.SuppressEmbeds |
  MessageFlagBits.Ephemeral |
  MessageFlagBits.SuppressNotifications |
  MessageFlagBits.IsVoiceMessage |
  MessageFlagBits.IsComponentsV2;
/** Flags an edit may carry. */
export const EDIT_FLAGS = MessageFlagBits.SuppressEmbeds | MessageFlagBits.IsComponentsV2;
/** A deferred reply (callback type 5) may only be ephemeral. */
export const DEFER_FLAGS = MessageFlagBits.Ephemeral;

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowButtons: 5,
  selectOptions: 25,
  customId: 100,
  buttonLabel: 80,
  attachments: 10,
  v2Components: 40,
  v2Text: 4000,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  optionChoices: 25,
  chatInputCommands: 100,
  contextMenuCommands: 5,
  commandTotalChars: 8000,
  modalTitle: 45,
  modalComponents: 5,
  allowedMentionIds: 100,
} as const;

export const LOCALES = new Set([
  'id',
  'da',
  'de',
  'en-GB',
  'en-US',
  'es-ES',
  'es-419',
  'fr',
  'hr',
  'it',
  'lt',
  'hu',
  'nl',
  'no',
  'pl',
  'pt-BR',
  'ro',
  'fi',
  'sv-SE',
  'vi',
  'tr',
  'cs',
  'el',
  'bg',
  'ru',
  'uk',
  'hi',
  'th',
  'zh-CN',
  'ja',
  'zh-TW',
  'ko',
]);

const maxLen = (max: number) => `Must be ${max} or fewer in length.`;
const between = (min: number, max: number) => `Must be between ${min} and ${max} in length.`;
const REQUIRED = 'This field is required';

function checkString(
  errors: FieldErrors,
  path: Path,
  value: unknown,
  { min = 0, max, required = false }: { min?: number; max: number; required?: boolean },
): number {
  if (value === undefined || value === null) {
    if (required) errors.add(path, 'BASE_TYPE_REQUIRED', REQUIRED);
    return 0;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'BASE_TYPE_STRING', 'Could not interpret value as string.');
    return 0;
  }
  const n = charCount(value);
  if (n < min || n > max) {
    errors.add(
      path,
      min > 0 ? 'BASE_TYPE_BAD_LENGTH' : 'BASE_TYPE_MAX_LENGTH',
      min > 0 ? between(min, max) : maxLen(max),
    );
  }
  return n;
}

function checkUrl(
  errors: FieldErrors,
  path: Path,
  value: unknown,
  schemes = ['http', 'https', 'attachment'],
): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' || value.length > 2048) {
    errors.add(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
    return;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\/\S+$/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme || !schemes.includes(scheme)) {
    errors.add(
      path,
      'URL_TYPE_INVALID_SCHEME',
      `Scheme "${scheme ?? value}" is not supported. Scheme must be one of (${schemes.join(', ')}).`,
    );
  }
}

function checkArray(errors: FieldErrors, path: Path, value: unknown, max: number): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Only iterables may be used in a ListType');
    return [];
  }
  if (value.length > max) errors.add(path, 'BASE_TYPE_MAX_LENGTH', maxLen(max));
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Messages

export interface MessageCheckOptions {
  mode: 'create' | 'edit';
  /** Flag bits this request may set. */
  allowedFlags: number;
  /** How many files were uploaded with the request (multipart `files[n]`). */
  fileCount: number;
  /** Attachment ids already on the message (edits may keep them). */
  existingAttachmentIds?: readonly string[];
  /** Flags of the message being edited. */
  existingFlags?: number;
}

/** Checks a message body (interaction callback data, follow-up or edit). Empty-message is checked separately. */
export function checkMessage(
  data: unknown,
  errors: FieldErrors,
  base: Path,
  opts: MessageCheckOptions,
): void {
  if (data === undefined || data === null) return;
  if (!isRecord(data)) {
    errors.add(base, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const flags = data.flags;
  let effectiveFlags = opts.existingFlags ?? 0;
  if (flags !== undefined && flags !== null) {
    if (typeof flags !== 'number' || !Number.isInteger(flags) || flags < 0) {
      errors.add([...base, 'flags'], 'NUMBER_TYPE_COERCE', `Value "${String(flags)}" is not int.`);
    } else {
      const extra = flags & ~opts.allowedFlags;
      if (extra) {
        errors.add(
          [...base, 'flags'],
          'MESSAGE_FLAGS_INVALID',
          `Flags ${extra} cannot be set here (allowed: ${opts.allowedFlags}).`,
        );
      }
      if (opts.mode === 'edit' && opts.existingFlags !== undefined) {
        if (
          opts.existingFlags & MessageFlagBits.IsComponentsV2 &&
          !(flags & MessageFlagBits.IsComponentsV2)
        ) {
          errors.add(
            [...base, 'flags'],
            'MESSAGE_CANNOT_REMOVE_COMPONENTS_V2_FLAG',
            'The IS_COMPONENTS_V2 flag cannot be removed.',
          );
        }
        if (flags & MessageFlagBits.Ephemeral && !(opts.existingFlags & MessageFlagBits.Ephemeral)) {
          errors.add(
            [...base, 'flags'],
            'MESSAGE_EPHEMERAL_IMMUTABLE',
            'A message cannot be made ephemeral after it was sent.',
          );
        }
      }
      effectiveFlags = opts.mode === 'edit' ? (effectiveFlags & ~EDIT_FLAGS) | flags : flags;
    }
  }
  const v2 = Boolean(effectiveFlags & MessageFlagBits.IsComponentsV2);

  if (data.tts !== undefined && data.tts !== null && typeof data.tts !== 'boolean') {
    errors.add([...base, 'tts'], 'BASE_TYPE_BOOLEAN', 'Must be either true or false.');
  }

  checkString(errors, [...base, 'content'], data.content, { max: LIMITS.content });
  const embeds = checkArray(errors, [...base, 'embeds'], data.embeds, LIMITS.embeds);
  if (v2) {
    if (typeof data.content === 'string' && data.content.length > 0) {
      errors.add(
        [...base, 'content'],
        'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        'The content field cannot be used when using MessageFlags.IS_COMPONENTS_V2',
      );
    }
    if (embeds.length > 0) {
      errors.add(
        [...base, 'embeds'],
        'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        'The embeds field cannot be used when using MessageFlags.IS_COMPONENTS_V2',
      );
    }
  }
  let total = 0;
  embeds.forEach((embed, i) => {
    total += checkEmbed(embed, errors, [...base, 'embeds', i]);
  });
  if (total > LIMITS.embedTotal) {
    errors.add(
      [...base, 'embeds'],
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${LIMITS.embedTotal}`,
    );
  }

  if (data.components !== undefined && data.components !== null) {
    checkMessageComponents(data.components, errors, [...base, 'components'], v2);
  }
  checkAllowedMentions(data.allowed_mentions, errors, [...base, 'allowed_mentions']);
  checkAttachments(data.attachments, errors, [...base, 'attachments'], opts);
}

export function checkAllowedMentions(value: unknown, errors: FieldErrors, path: Path): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const parse = checkArray(errors, [...path, 'parse'], value.parse, 3);
  parse.forEach((p, i) => {
    if (p !== 'users' && p !== 'roles' && p !== 'everyone') {
      errors.add(
        [...path, 'parse', i],
        'BASE_TYPE_CHOICES',
        'Value must be one of {"everyone", "roles", "users"}.',
      );
    }
  });
  for (const key of ['users', 'roles'] as const) {
    const ids = checkArray(errors, [...path, key], value[key], LIMITS.allowedMentionIds);
    if (ids.length > 0 && parse.includes(key)) {
      errors.add(
        [...path, 'parse'],
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${key}"] and ${key}: [ids...] are mutually exclusive.`,
      );
    }
  }
  if (value.replied_user !== undefined && typeof value.replied_user !== 'boolean') {
    errors.add([...path, 'replied_user'], 'BASE_TYPE_BOOLEAN', 'Must be either true or false.');
  }
}

function checkAttachments(value: unknown, errors: FieldErrors, path: Path, opts: MessageCheckOptions): void {
  if (opts.fileCount > LIMITS.attachments) {
    errors.add(['files'], 'BASE_TYPE_MAX_LENGTH', maxLen(LIMITS.attachments));
  }
  const list = checkArray(errors, path, value, LIMITS.attachments);
  list.forEach((a, i) => {
    if (!isRecord(a) || a.id === undefined || a.id === null) {
      errors.add([...path, i, 'id'], 'BASE_TYPE_REQUIRED', REQUIRED);
      return;
    }
    const id = String(a.id);
    if (opts.existingAttachmentIds?.includes(id)) return;
    if (/^\d+$/.test(id) && Number(id) < opts.fileCount) return;
    errors.add(
      [...path, i, 'id'],
      'ATTACHMENT_NOT_FOUND',
      `Unknown attachment ${id}: no uploaded file files[${id}] and no such attachment on the message.`,
    );
  });
}

/** Returns the number of characters that count towards the 6000 total. */
export function checkEmbed(embed: unknown, errors: FieldErrors, path: Path): number {
  if (!isRecord(embed)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return 0;
  }
  let total = 0;
  total += checkString(errors, [...path, 'title'], embed.title, { max: LIMITS.embedTitle });
  total += checkString(errors, [...path, 'description'], embed.description, { max: LIMITS.embedDescription });
  checkUrl(errors, [...path, 'url'], embed.url, ['http', 'https']);
  if (embed.color !== undefined && embed.color !== null) {
    if (
      typeof embed.color !== 'number' ||
      !Number.isInteger(embed.color) ||
      embed.color < 0 ||
      embed.color > 0xffffff
    ) {
      errors.add(
        [...path, 'color'],
        'NUMBER_TYPE_MAX',
        'int value should be less than or equal to 16777215.',
      );
    }
  }
  if (embed.timestamp !== undefined && embed.timestamp !== null) {
    if (typeof embed.timestamp !== 'string' || Number.isNaN(Date.parse(embed.timestamp))) {
      errors.add(
        [...path, 'timestamp'],
        'DATE_TYPE_PARSE',
        `Could not parse ${String(embed.timestamp)}. Should be ISO8601.`,
      );
    }
  }
  if (embed.footer !== undefined && embed.footer !== null) {
    if (!isRecord(embed.footer))
      errors.add([...path, 'footer'], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    else {
      total += checkString(errors, [...path, 'footer', 'text'], embed.footer.text, {
        min: 1,
        max: LIMITS.footer,
        required: true,
      });
      checkUrl(errors, [...path, 'footer', 'icon_url'], embed.footer.icon_url);
    }
  }
  if (embed.author !== undefined && embed.author !== null) {
    if (!isRecord(embed.author))
      errors.add([...path, 'author'], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    else {
      total += checkString(errors, [...path, 'author', 'name'], embed.author.name, {
        min: 1,
        max: LIMITS.authorName,
        required: true,
      });
      checkUrl(errors, [...path, 'author', 'url'], embed.author.url, ['http', 'https']);
      checkUrl(errors, [...path, 'author', 'icon_url'], embed.author.icon_url);
    }
  }
  for (const key of ['image', 'thumbnail'] as const) {
    const media = embed[key];
    if (media === undefined || media === null) continue;
    if (!isRecord(media))
      errors.add([...path, key], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    else if (media.url === undefined || media.url === null)
      errors.add([...path, key, 'url'], 'BASE_TYPE_REQUIRED', REQUIRED);
    else checkUrl(errors, [...path, key, 'url'], media.url);
  }
  const fields = checkArray(errors, [...path, 'fields'], embed.fields, LIMITS.embedFields);
  fields.forEach((field, i) => {
    const fpath = [...path, 'fields', i];
    if (!isRecord(field)) {
      errors.add(fpath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    total += checkString(errors, [...fpath, 'name'], field.name, {
      min: 1,
      max: LIMITS.fieldName,
      required: true,
    });
    total += checkString(errors, [...fpath, 'value'], field.value, {
      min: 1,
      max: LIMITS.fieldValue,
      required: true,
    });
    if (field.inline !== undefined && field.inline !== null && typeof field.inline !== 'boolean') {
      errors.add([...fpath, 'inline'], 'BASE_TYPE_BOOLEAN', 'Must be either true or false.');
    }
  });
  return total;
}

// ---------------------------------------------------------------------------------------------------------------
// Components

const SELECTS: ReadonlySet<number> = new Set([
  ComponentType.StringSelect,
  ComponentType.UserSelect,
  ComponentType.RoleSelect,
  ComponentType.MentionableSelect,
  ComponentType.ChannelSelect,
]);
const V2_TOP_LEVEL: ReadonlySet<number> = new Set([
  ComponentType.ActionRow,
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.MediaGallery,
  ComponentType.File,
  ComponentType.Separator,
  ComponentType.Container,
]);
const CONTAINER_CHILDREN: ReadonlySet<number> = new Set([
  ComponentType.ActionRow,
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.MediaGallery,
  ComponentType.File,
  ComponentType.Separator,
]);

interface ComponentWalk {
  errors: FieldErrors;
  customIds: Map<string, string>;
  count: number;
  text: number;
}

export function checkMessageComponents(value: unknown, errors: FieldErrors, path: Path, v2: boolean): void {
  const list = checkArray(errors, path, value, v2 ? LIMITS.v2Components : LIMITS.actionRows);
  const walk: ComponentWalk = { errors, customIds: new Map(), count: 0, text: 0 };
  list.forEach((component, i) => {
    const cpath = [...path, i];
    if (!isRecord(component)) {
      errors.add(cpath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const allowed = v2 ? V2_TOP_LEVEL : new Set<number>([ComponentType.ActionRow]);
    if (!allowed.has(Number(component.type))) {
      errors.add(
        [...cpath, 'type'],
        v2 ? 'COMPONENT_TYPE_INVALID' : 'UNION_TYPE_CHOICES',
        v2
          ? `Component type ${String(component.type)} cannot be used at the top level of a message.`
          : `Value of field "type" must be one of (1,). Component ${String(component.type)} at the top level needs the IS_COMPONENTS_V2 flag.`,
      );
      return;
    }
    checkComponent(component, walk, cpath, v2);
  });
  if (v2 && walk.count > LIMITS.v2Components) {
    errors.add(
      path,
      'COMPONENTS_TOO_MANY',
      `A message may contain at most ${LIMITS.v2Components} components (found ${walk.count}).`,
    );
  }
  if (v2 && walk.text > LIMITS.v2Text) {
    errors.add(
      path,
      'COMPONENTS_TEXT_TOO_LONG',
      `Text in components must total ${LIMITS.v2Text} or fewer characters (found ${walk.text}).`,
    );
  }
}

function checkCustomId(
  component: Record<string, unknown>,
  walk: ComponentWalk,
  path: Path,
  required: boolean,
): void {
  const id = component.custom_id;
  if (id === undefined || id === null) {
    if (required) walk.errors.add([...path, 'custom_id'], 'BASE_TYPE_REQUIRED', REQUIRED);
    return;
  }
  if (typeof id !== 'string' || id.length < 1 || id.length > LIMITS.customId) {
    walk.errors.add([...path, 'custom_id'], 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.customId));
    return;
  }
  const seen = walk.customIds.get(id);
  if (seen !== undefined) {
    walk.errors.add(
      [...path, 'custom_id'],
      'COMPONENT_CUSTOM_ID_DUPLICATED',
      `Component custom id cannot be duplicated (also used at ${seen}).`,
    );
  } else {
    walk.customIds.set(id, path.join('.'));
  }
}

function checkComponent(
  component: Record<string, unknown>,
  walk: ComponentWalk,
  path: Path,
  v2: boolean,
): void {
  const { errors } = walk;
  walk.count++;
  const type = Number(component.type);
  switch (type) {
    case ComponentType.ActionRow: {
      const children = checkArray(errors, [...path, 'components'], component.components, LIMITS.rowButtons);
      if (children.length === 0)
        errors.add([...path, 'components'], 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.rowButtons));
      const types = children.map((c) => (isRecord(c) ? Number(c.type) : Number.NaN));
      const selects = types.filter((t) => SELECTS.has(t)).length;
      if (selects > 0 && children.length > 1) {
        errors.add(
          [...path, 'components'],
          'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
          'The specified component exceeds the maximum width',
        );
      }
      children.forEach((child, i) => {
        const cpath = [...path, 'components', i];
        if (!isRecord(child)) {
          errors.add(cpath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
          return;
        }
        const ct = Number(child.type);
        if (ct !== ComponentType.Button && !SELECTS.has(ct)) {
          errors.add(
            [...cpath, 'type'],
            'COMPONENT_TYPE_INVALID',
            `Component type ${String(child.type)} is not allowed in a message action row.`,
          );
          return;
        }
        checkComponent(child, walk, cpath, v2);
      });
      return;
    }
    case ComponentType.Button:
      checkButton(component, walk, path);
      return;
    case ComponentType.StringSelect:
    case ComponentType.UserSelect:
    case ComponentType.RoleSelect:
    case ComponentType.MentionableSelect:
    case ComponentType.ChannelSelect:
      checkSelect(component, walk, path, type);
      return;
    case ComponentType.TextDisplay: {
      walk.text += checkString(errors, [...path, 'content'], component.content, {
        min: 1,
        max: LIMITS.v2Text,
        required: true,
      });
      return;
    }
    case ComponentType.Section: {
      const children = checkArray(errors, [...path, 'components'], component.components, 3);
      if (children.length === 0) errors.add([...path, 'components'], 'BASE_TYPE_BAD_LENGTH', between(1, 3));
      children.forEach((child, i) => {
        const cpath = [...path, 'components', i];
        if (!isRecord(child) || Number(child.type) !== ComponentType.TextDisplay) {
          errors.add([...cpath, 'type'], 'COMPONENT_TYPE_INVALID', 'A section holds text displays only.');
          return;
        }
        checkComponent(child, walk, cpath, v2);
      });
      const accessory = component.accessory;
      if (!isRecord(accessory)) {
        errors.add([...path, 'accessory'], 'BASE_TYPE_REQUIRED', REQUIRED);
      } else if (
        Number(accessory.type) !== ComponentType.Button &&
        Number(accessory.type) !== ComponentType.Thumbnail
      ) {
        errors.add(
          [...path, 'accessory', 'type'],
          'COMPONENT_TYPE_INVALID',
          'A section accessory is a button or a thumbnail.',
        );
      } else {
        checkComponent(accessory, walk, [...path, 'accessory'], v2);
      }
      return;
    }
    case ComponentType.Thumbnail: {
      const media = component.media;
      if (!isRecord(media)) errors.add([...path, 'media'], 'BASE_TYPE_REQUIRED', REQUIRED);
      else checkUrl(errors, [...path, 'media', 'url'], media.url);
      return;
    }
    case ComponentType.MediaGallery: {
      const items = checkArray(errors, [...path, 'items'], component.items, 10);
      if (items.length === 0) errors.add([...path, 'items'], 'BASE_TYPE_BAD_LENGTH', between(1, 10));
      items.forEach((item, i) => {
        if (!isRecord(item) || !isRecord(item.media))
          errors.add([...path, 'items', i, 'media'], 'BASE_TYPE_REQUIRED', REQUIRED);
        else checkUrl(errors, [...path, 'items', i, 'media', 'url'], item.media.url);
      });
      return;
    }
    case ComponentType.File: {
      const file = component.file;
      if (!isRecord(file)) errors.add([...path, 'file'], 'BASE_TYPE_REQUIRED', REQUIRED);
      else checkUrl(errors, [...path, 'file', 'url'], file.url, ['attachment']);
      return;
    }
    case ComponentType.Separator:
      return;
    case ComponentType.Container: {
      const children = checkArray(errors, [...path, 'components'], component.components, LIMITS.v2Components);
      if (children.length === 0)
        errors.add([...path, 'components'], 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.v2Components));
      children.forEach((child, i) => {
        const cpath = [...path, 'components', i];
        if (!isRecord(child) || !CONTAINER_CHILDREN.has(Number(child.type))) {
          errors.add(
            [...cpath, 'type'],
            'COMPONENT_TYPE_INVALID',
            'This component type cannot be placed in a container.',
          );
          return;
        }
        checkComponent(child, walk, cpath, v2);
      });
      return;
    }
    default:
      errors.add(
        [...path, 'type'],
        'COMPONENT_TYPE_INVALID',
        `Component type ${String(component.type)} cannot be used in a message.`,
      );
  }
}

function checkButton(button: Record<string, unknown>, walk: ComponentWalk, path: Path): void {
  const { errors } = walk;
  const style = Number(button.style);
  if (!Number.isInteger(style) || style < 1 || style > 6) {
    errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
    return;
  }
  checkString(errors, [...path, 'label'], button.label, { max: LIMITS.buttonLabel });
  if (style === 5) {
    if (button.url === undefined || button.url === null)
      errors.add([...path, 'url'], 'BUTTON_COMPONENT_URL_REQUIRED', 'A link button requires a url.');
    else checkUrl(errors, [...path, 'url'], button.url, ['http', 'https', 'discord']);
    if (button.custom_id !== undefined && button.custom_id !== null) {
      errors.add(
        [...path, 'custom_id'],
        'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
        'A link button cannot have a custom_id.',
      );
    }
  } else if (style === 6) {
    if (typeof button.sku_id !== 'string') errors.add([...path, 'sku_id'], 'BASE_TYPE_REQUIRED', REQUIRED);
    for (const key of ['custom_id', 'url', 'label', 'emoji'] as const) {
      if (button[key] !== undefined && button[key] !== null) {
        errors.add(
          [...path, key],
          'BUTTON_COMPONENT_PREMIUM_FIELD_NOT_ALLOWED',
          `A premium button cannot have ${key}.`,
        );
      }
    }
  } else {
    if (button.url !== undefined && button.url !== null) {
      errors.add([...path, 'url'], 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only link buttons can have a url.');
    }
    checkCustomId(button, walk, path, true);
  }
  if (style !== 6) {
    const hasLabel = typeof button.label === 'string' && button.label.trim().length > 0;
    if (!hasLabel && !isRecord(button.emoji)) {
      errors.add(
        [...path],
        'BUTTON_COMPONENT_LABEL_OR_EMOJI_REQUIRED',
        'A button needs a label or an emoji.',
      );
    }
  }
}

function checkSelect(select: Record<string, unknown>, walk: ComponentWalk, path: Path, type: number): void {
  const { errors } = walk;
  checkCustomId(select, walk, path, true);
  checkString(errors, [...path, 'placeholder'], select.placeholder, { max: 150 });
  const min = select.min_values;
  const max = select.max_values;
  if (min !== undefined && min !== null && (typeof min !== 'number' || min < 0 || min > 25)) {
    errors.add([...path, 'min_values'], 'NUMBER_TYPE_MAX', 'Must be between 0 and 25.');
  }
  if (max !== undefined && max !== null && (typeof max !== 'number' || max < 1 || max > 25)) {
    errors.add([...path, 'max_values'], 'NUMBER_TYPE_MAX', 'Must be between 1 and 25.');
  }
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    errors.add(
      [...path, 'min_values'],
      'SELECT_COMPONENT_MIN_VALUES_TOO_LARGE',
      'min_values must be less than or equal to max_values.',
    );
  }
  if (type !== ComponentType.StringSelect) {
    if (select.options !== undefined)
      errors.add(
        [...path, 'options'],
        'SELECT_COMPONENT_OPTIONS_NOT_ALLOWED',
        'Only string selects have options.',
      );
    return;
  }
  const options = checkArray(errors, [...path, 'options'], select.options, LIMITS.selectOptions);
  if (options.length === 0)
    errors.add([...path, 'options'], 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.selectOptions));
  const values = new Set<string>();
  options.forEach((option, i) => {
    const opath = [...path, 'options', i];
    if (!isRecord(option)) {
      errors.add(opath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    checkString(errors, [...opath, 'label'], option.label, { min: 1, max: 100, required: true });
    checkString(errors, [...opath, 'value'], option.value, { min: 1, max: 100, required: true });
    checkString(errors, [...opath, 'description'], option.description, { max: 100 });
    if (typeof option.value === 'string') {
      if (values.has(option.value)) {
        errors.add(
          [...opath, 'value'],
          'SELECT_COMPONENT_OPTION_VALUE_DUPLICATED',
          'Select option values must be unique.',
        );
      }
      values.add(option.value);
    }
  });
  if (typeof max === 'number' && options.length > 0 && max > options.length) {
    errors.add(
      [...path, 'max_values'],
      'SELECT_COMPONENT_MAX_VALUES_TOO_LARGE',
      `max_values must be at most the number of options (${options.length}).`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Autocomplete results and modals

/** `focusedType` is the option type of the focused option (3 string, 4 integer, 10 number). */
export function checkAutocompleteResult(
  data: unknown,
  errors: FieldErrors,
  base: Path,
  focusedType?: number,
): void {
  if (!isRecord(data)) {
    errors.add(base, 'BASE_TYPE_REQUIRED', REQUIRED);
    return;
  }
  if (data.choices === undefined || data.choices === null) {
    errors.add([...base, 'choices'], 'BASE_TYPE_REQUIRED', REQUIRED);
    return;
  }
  const choices = checkArray(errors, [...base, 'choices'], data.choices, LIMITS.autocompleteChoices);
  choices.forEach((choice, i) => {
    const cpath = [...base, 'choices', i];
    if (!isRecord(choice)) {
      errors.add(cpath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    checkChoice(choice, errors, cpath, focusedType);
  });
}

function checkChoice(
  choice: Record<string, unknown>,
  errors: FieldErrors,
  path: Path,
  optionType?: number,
): void {
  checkString(errors, [...path, 'name'], choice.name, { min: 1, max: LIMITS.choiceName, required: true });
  checkLocalizations(choice.name_localizations, errors, [...path, 'name_localizations'], (p, v) =>
    checkString(errors, p, v, { min: 1, max: LIMITS.choiceName, required: true }),
  );
  const value = choice.value;
  if (value === undefined || value === null) {
    errors.add([...path, 'value'], 'BASE_TYPE_REQUIRED', REQUIRED);
  } else if (typeof value === 'string') {
    if (optionType === 4 || optionType === 10) {
      errors.add(
        [...path, 'value'],
        'NUMBER_TYPE_COERCE',
        `Value "${value}" is not a number (the option is type ${optionType}).`,
      );
    } else if ([...value].length > LIMITS.choiceValue) {
      errors.add([...path, 'value'], 'BASE_TYPE_MAX_LENGTH', maxLen(LIMITS.choiceValue));
    }
  } else if (typeof value === 'number') {
    if (optionType === 3) {
      errors.add(
        [...path, 'value'],
        'BASE_TYPE_STRING',
        'Could not interpret value as string (the option is a string).',
      );
    } else if (optionType === 4 && !Number.isSafeInteger(value)) {
      errors.add([...path, 'value'], 'NUMBER_TYPE_COERCE', `Value "${value}" is not int.`);
    }
  } else {
    errors.add([...path, 'value'], 'BASE_TYPE_CHOICES', 'A choice value is a string or a number.');
  }
}

export function checkModal(data: unknown, errors: FieldErrors, base: Path): void {
  if (!isRecord(data)) {
    errors.add(base, 'BASE_TYPE_REQUIRED', REQUIRED);
    return;
  }
  checkString(errors, [...base, 'custom_id'], data.custom_id, {
    min: 1,
    max: LIMITS.customId,
    required: true,
  });
  checkString(errors, [...base, 'title'], data.title, { min: 1, max: LIMITS.modalTitle, required: true });
  const rows = checkArray(errors, [...base, 'components'], data.components, LIMITS.modalComponents);
  if (rows.length === 0)
    errors.add([...base, 'components'], 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.modalComponents));
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const rpath = [...base, 'components', i];
    if (!isRecord(row)) {
      errors.add(rpath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const type = Number(row.type);
    let inputs: { input: unknown; path: Path; needsLabel: boolean }[] = [];
    if (type === ComponentType.ActionRow) {
      const children = Array.isArray(row.components) ? row.components : [];
      if (children.length !== 1) errors.add([...rpath, 'components'], 'BASE_TYPE_BAD_LENGTH', between(1, 1));
      inputs = children.map((input, j) => ({ input, path: [...rpath, 'components', j], needsLabel: true }));
    } else if (type === ComponentType.Label) {
      checkString(errors, [...rpath, 'label'], row.label, { min: 1, max: 45, required: true });
      inputs = [{ input: row.component, path: [...rpath, 'component'], needsLabel: false }];
    } else if (type === ComponentType.TextDisplay) {
      return;
    } else {
      errors.add(
        [...rpath, 'type'],
        'COMPONENT_TYPE_INVALID',
        `Component type ${String(row.type)} cannot be used in a modal.`,
      );
      return;
    }
    for (const { input, path, needsLabel } of inputs) {
      if (!isRecord(input)) {
        errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
        continue;
      }
      if (typeof input.custom_id === 'string') {
        if (ids.has(input.custom_id))
          errors.add(
            [...path, 'custom_id'],
            'COMPONENT_CUSTOM_ID_DUPLICATED',
            'Component custom id cannot be duplicated',
          );
        ids.add(input.custom_id);
      }
      checkString(errors, [...path, 'custom_id'], input.custom_id, {
        min: 1,
        max: LIMITS.customId,
        required: true,
      });
      if (Number(input.type) !== ComponentType.TextInput) {
        if (needsLabel || !SELECTS.has(Number(input.type))) {
          errors.add(
            [...path, 'type'],
            'COMPONENT_TYPE_INVALID',
            'Only text inputs (or selects inside a label) can be used in a modal.',
          );
        }
        continue;
      }
      if (input.style !== 1 && input.style !== 2)
        errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2}.');
      checkString(errors, [...path, 'label'], input.label, { min: 1, max: 45, required: needsLabel });
      checkString(errors, [...path, 'placeholder'], input.placeholder, { max: 100 });
      checkString(errors, [...path, 'value'], input.value, { max: 4000 });
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Application commands

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkCommandName(errors: FieldErrors, path: Path, value: unknown, chatInput: boolean): void {
  if (typeof value !== 'string') {
    errors.add(path, 'BASE_TYPE_REQUIRED', REQUIRED);
    return;
  }
  if (chatInput) {
    if (!COMMAND_NAME.test(value) || value !== value.toLowerCase()) {
      errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
  } else if ([...value].length < 1 || [...value].length > LIMITS.commandName) {
    errors.add(path, 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.commandName));
  }
}

function checkLocalizations(
  value: unknown,
  errors: FieldErrors,
  path: Path,
  each: (path: Path, value: unknown) => void,
): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return {};
  }
  for (const [locale, text] of Object.entries(value)) {
    if (!LOCALES.has(locale)) {
      errors.add([...path, locale], 'LOCALE_INVALID', `Invalid locale "${locale}".`);
      continue;
    }
    if (text === null) continue;
    each([...path, locale], text);
  }
  return value;
}

/** Longest text among a default value and its localizations: only that one counts towards the 8000 total. */
function longest(base: unknown, localizations: unknown): number {
  let n = typeof base === 'string' ? [...base].length : typeof base === 'number' ? String(base).length : 0;
  if (isRecord(localizations)) {
    for (const v of Object.values(localizations)) if (typeof v === 'string') n = Math.max(n, [...v].length);
  }
  return n;
}

/** Checks a bulk-overwrite body (an array of commands). */
export function checkCommandList(body: unknown, errors: FieldErrors): void {
  if (!Array.isArray(body)) {
    errors.add([], 'LIST_TYPE_CONVERT', 'Only iterables may be used in a ListType');
    return;
  }
  const counts = new Map<number, number>();
  const names = new Map<string, number>();
  body.forEach((command, i) => {
    checkCommand(command, errors, [i]);
    if (!isRecord(command)) return;
    const type = typeof command.type === 'number' ? command.type : 1;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    const key = `${type}:${String(command.name)}`;
    const first = names.get(key);
    if (first !== undefined) {
      errors.add(
        [i, 'name'],
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        `Application command names must be unique (same as ${first}).`,
      );
    } else {
      names.set(key, i);
    }
  });
  if ((counts.get(1) ?? 0) > LIMITS.chatInputCommands) {
    errors.add(
      [],
      'APPLICATION_COMMANDS_TOO_MANY',
      `Maximum number of slash commands (${LIMITS.chatInputCommands}) reached.`,
    );
  }
  for (const type of [2, 3]) {
    if ((counts.get(type) ?? 0) > LIMITS.contextMenuCommands) {
      errors.add(
        [],
        'APPLICATION_COMMANDS_TOO_MANY',
        `Maximum number of type ${type} commands (${LIMITS.contextMenuCommands}) reached.`,
      );
    }
  }
}

export function checkCommand(command: unknown, errors: FieldErrors, path: Path): void {
  if (!isRecord(command)) {
    errors.add(path, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
    return;
  }
  const type = command.type === undefined ? 1 : command.type;
  if (type !== 1 && type !== 2 && type !== 3 && type !== 4) {
    errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4}.');
    return;
  }
  const chatInput = type === 1;
  checkCommandName(errors, [...path, 'name'], command.name, chatInput);
  checkLocalizations(command.name_localizations, errors, [...path, 'name_localizations'], (p, v) =>
    checkCommandName(errors, p, v, chatInput),
  );
  if (chatInput) {
    checkString(errors, [...path, 'description'], command.description, {
      min: 1,
      max: LIMITS.commandDescription,
      required: true,
    });
    checkLocalizations(
      command.description_localizations,
      errors,
      [...path, 'description_localizations'],
      (p, v) => checkString(errors, p, v, { min: 1, max: LIMITS.commandDescription, required: true }),
    );
  } else {
    if (typeof command.description === 'string' && command.description !== '') {
      errors.add(
        [...path, 'description'],
        'APPLICATION_COMMAND_DESCRIPTION_NOT_ALLOWED',
        'Context menu commands cannot have a description.',
      );
    }
    if (Array.isArray(command.options) && command.options.length > 0) {
      errors.add(
        [...path, 'options'],
        'APPLICATION_COMMAND_OPTIONS_NOT_ALLOWED',
        'Context menu commands cannot have options.',
      );
    }
  }
  const perms = command.default_member_permissions;
  if (perms !== undefined && perms !== null && (typeof perms !== 'string' || !/^\d+$/.test(perms))) {
    errors.add(
      [...path, 'default_member_permissions'],
      'BASE_TYPE_STRING',
      'Must be a string of a permission bit set.',
    );
  }
  for (const key of ['dm_permission', 'nsfw'] as const) {
    const v = command[key];
    if (v !== undefined && v !== null && typeof v !== 'boolean')
      errors.add([...path, key], 'BASE_TYPE_BOOLEAN', 'Must be either true or false.');
  }
  const contexts = checkArray(errors, [...path, 'contexts'], command.contexts, 3);
  contexts.forEach((c, i) => {
    if (c !== 0 && c !== 1 && c !== 2)
      errors.add([...path, 'contexts', i], 'BASE_TYPE_CHOICES', 'Value must be one of {0, 1, 2}.');
  });
  const integrations = checkArray(errors, [...path, 'integration_types'], command.integration_types, 2);
  integrations.forEach((c, i) => {
    if (c !== 0 && c !== 1)
      errors.add([...path, 'integration_types', i], 'BASE_TYPE_CHOICES', 'Value must be one of {0, 1}.');
  });

  let total =
    longest(command.name, command.name_localizations) +
    longest(command.description, command.description_localizations);
  if (chatInput && command.options !== undefined && command.options !== null) {
    total += checkOptionLevel(command.options, errors, [...path, 'options'], 'command');
  }
  if (total > LIMITS.commandTotalChars) {
    errors.add(
      path,
      'APPLICATION_COMMAND_TOO_LARGE',
      `Command exceeds maximum size (${LIMITS.commandTotalChars})`,
    );
  }
}

const CHOICE_TYPES: ReadonlySet<number> = new Set([3, 4, 10]);

/** Returns the characters counting towards the command's 8000 total. */
function checkOptionLevel(
  value: unknown,
  errors: FieldErrors,
  path: Path,
  level: 'command' | 'group' | 'subcommand',
): number {
  const options = checkArray(errors, path, value, LIMITS.commandOptions);
  let total = 0;
  const names = new Set<string>();
  const localizedNames = new Map<string, Set<string>>();
  let sawOptional = false;
  const kinds = new Set<'sub' | 'value'>();
  options.forEach((option, i) => {
    const opath = [...path, i];
    if (!isRecord(option)) {
      errors.add(opath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const type = Number(option.type);
    if (!Number.isInteger(type) || type < 1 || type > 11) {
      errors.add(
        [...opath, 'type'],
        'BASE_TYPE_CHOICES',
        'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.',
      );
      return;
    }
    checkCommandName(errors, [...opath, 'name'], option.name, true);
    checkLocalizations(option.name_localizations, errors, [...opath, 'name_localizations'], (p, v) =>
      checkCommandName(errors, p, v, true),
    );
    checkString(errors, [...opath, 'description'], option.description, {
      min: 1,
      max: LIMITS.commandDescription,
      required: true,
    });
    checkLocalizations(
      option.description_localizations,
      errors,
      [...opath, 'description_localizations'],
      (p, v) => checkString(errors, p, v, { min: 1, max: LIMITS.commandDescription, required: true }),
    );
    total +=
      longest(option.name, option.name_localizations) +
      longest(option.description, option.description_localizations);

    if (typeof option.name === 'string') {
      if (names.has(option.name)) {
        errors.add(
          [...opath, 'name'],
          'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
          `Option name ${option.name} is already used in these options`,
        );
      }
      names.add(option.name);
    }
    if (isRecord(option.name_localizations)) {
      for (const [locale, localized] of Object.entries(option.name_localizations)) {
        if (typeof localized !== 'string') continue;
        const seen = localizedNames.get(locale) ?? new Set<string>();
        localizedNames.set(locale, seen);
        if (seen.has(localized)) {
          errors.add(
            [...opath, 'name_localizations', locale],
            'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS',
            `Localized option name ${localized} is already used in these options`,
          );
        }
        seen.add(localized);
      }
    }

    const isSub = type === 1 || type === 2;
    kinds.add(isSub ? 'sub' : 'value');
    if (type === 2 && level !== 'command') {
      errors.add(
        [...opath, 'type'],
        'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
        'Sub-command groups can only be nested in a command.',
      );
    }
    if (type === 1 && level === 'subcommand') {
      errors.add(
        [...opath, 'type'],
        'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
        'Sub-commands cannot be nested in a sub-command.',
      );
    }
    if (level === 'group' && type !== 1) {
      errors.add(
        [...opath, 'type'],
        'APPLICATION_COMMAND_OPTION_TYPE_INVALID',
        'A sub-command group can only contain sub-commands.',
      );
    }
    if (isSub) {
      if (option.options !== undefined && option.options !== null) {
        total += checkOptionLevel(
          option.options,
          errors,
          [...opath, 'options'],
          type === 2 ? 'group' : 'subcommand',
        );
      }
      if (type === 2 && (!Array.isArray(option.options) || option.options.length === 0)) {
        errors.add([...opath, 'options'], 'BASE_TYPE_BAD_LENGTH', between(1, LIMITS.commandOptions));
      }
      return;
    }

    const required = option.required === true;
    if (required && sawOptional) {
      errors.add(
        [...opath, 'required'],
        'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
        'Required options must be placed before non-required options',
      );
    }
    if (!required) sawOptional = true;

    const choices = checkArray(errors, [...opath, 'choices'], option.choices, LIMITS.optionChoices);
    if (choices.length > 0 && !CHOICE_TYPES.has(type)) {
      errors.add(
        [...opath, 'choices'],
        'APPLICATION_COMMAND_OPTION_CHOICES_NOT_ALLOWED',
        'Only string, integer and number options can have choices.',
      );
    }
    choices.forEach((choice, j) => {
      const cpath = [...opath, 'choices', j];
      if (!isRecord(choice)) {
        errors.add(cpath, 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
        return;
      }
      checkChoice(choice, errors, cpath, type);
      total += longest(choice.name, choice.name_localizations) + longest(choice.value, undefined);
    });
    if (option.autocomplete === true) {
      if (!CHOICE_TYPES.has(type)) {
        errors.add(
          [...opath, 'autocomplete'],
          'APPLICATION_COMMAND_OPTION_AUTOCOMPLETE_NOT_ALLOWED',
          'Only string, integer and number options can autocomplete.',
        );
      }
      if (choices.length > 0) {
        errors.add(
          [...opath, 'autocomplete'],
          'AUTOCOMPLETE_AND_CHOICES_MUTUALLY_EXCLUSIVE',
          'Autocomplete cannot be set together with choices.',
        );
      }
    }
    for (const key of ['min_value', 'max_value'] as const) {
      const v = option[key];
      if (v === undefined || v === null) continue;
      if (type !== 4 && type !== 10) {
        errors.add(
          [...opath, key],
          'APPLICATION_COMMAND_OPTION_FIELD_NOT_ALLOWED',
          `${key} is only for integer and number options.`,
        );
      } else if (typeof v !== 'number' || Math.abs(v) > 2 ** 53 || (type === 4 && !Number.isInteger(v))) {
        errors.add(
          [...opath, key],
          'NUMBER_TYPE_COERCE',
          `Value "${String(v)}" is not a valid ${type === 4 ? 'int' : 'number'}.`,
        );
      }
    }
    if (
      typeof option.min_value === 'number' &&
      typeof option.max_value === 'number' &&
      option.min_value > option.max_value
    ) {
      errors.add(
        [...opath, 'min_value'],
        'APPLICATION_COMMAND_OPTION_MIN_MAX_INVALID',
        'min_value must be less than or equal to max_value.',
      );
    }
    for (const [key, lo] of [
      ['min_length', 0],
      ['max_length', 1],
    ] as const) {
      const v = option[key];
      if (v === undefined || v === null) continue;
      if (type !== 3)
        errors.add(
          [...opath, key],
          'APPLICATION_COMMAND_OPTION_FIELD_NOT_ALLOWED',
          `${key} is only for string options.`,
        );
      else if (typeof v !== 'number' || !Number.isInteger(v) || v < lo || v > 6000) {
        errors.add([...opath, key], 'NUMBER_TYPE_MAX', `Must be between ${lo} and 6000.`);
      }
    }
    if (option.channel_types !== undefined && option.channel_types !== null && type !== 7) {
      errors.add(
        [...opath, 'channel_types'],
        'APPLICATION_COMMAND_OPTION_FIELD_NOT_ALLOWED',
        'channel_types is only for channel options.',
      );
    }
  });
  if (kinds.size > 1) {
    errors.add(
      path,
      'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID',
      'Sub-command and sub-command group option types are mutually exclusive to all other types',
    );
  }
  return total;
}

// ---------------------------------------------------------------------------------------------------------------
// Interaction callbacks

/** Callback types Discord accepts per interaction type (2 command, 3 component, 4 autocomplete, 5 modal submit). */
export const CALLBACK_TYPES_FOR: Readonly<Record<number, readonly number[]>> = {
  2: [4, 5, 9],
  3: [4, 5, 6, 7, 9],
  4: [8],
  5: [4, 5, 6, 7],
};
