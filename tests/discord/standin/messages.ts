/** Builds and edits the API message objects the stand-in stores and returns (what discord.js turns into a Message). */
import type { APIAttachment, APIEmbed, APIMessage, APIUser } from 'discord-api-types/v10';
import { snowflake } from './ids.js';
import { isRecord, MessageFlagBits } from './rules.js';
import type { UploadedFile } from './types.js';

export interface MessageOrigin {
  channelId: string;
  guildId: string | null;
  author: APIUser;
  applicationId: string;
  /** Base URL for attachment links. */
  cdnBase: string;
  interaction: {
    id: string;
    type: number;
    user: APIUser;
    name?: string;
    commandType?: number;
    owners: Record<string, string>;
    /** For components: the message the component sits on. */
    interactedMessageId?: string;
  };
}

/** Message type: 20 CHAT_INPUT_COMMAND for the original reply to a slash command, 0 DEFAULT otherwise. */
function messageType(origin: MessageOrigin, role: 'original' | 'followup'): number {
  return role === 'original' && origin.interaction.type === 2 ? 20 : 0;
}

/** Where attachment links point: the channel and the stand-in's base URL. */
export type AttachmentOrigin = Pick<MessageOrigin, 'channelId' | 'cdnBase'>;

export function attachmentsFrom(
  data: Record<string, unknown> | undefined,
  files: readonly UploadedFile[],
  origin: AttachmentOrigin,
  existing: readonly APIAttachment[],
): APIAttachment[] {
  const make = (index: number, meta: Record<string, unknown>): APIAttachment | undefined => {
    const file = files[index];
    if (!file) return undefined;
    const id = snowflake();
    const filename = typeof meta.filename === 'string' ? meta.filename : file.name;
    const url = `${origin.cdnBase}/attachments/${origin.channelId}/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: file.size,
      url,
      proxy_url: url,
      ...(file.contentType ? { content_type: file.contentType } : {}),
      ...(typeof meta.description === 'string' ? { description: meta.description } : {}),
      ...(typeof meta.title === 'string' ? { title: meta.title } : {}),
    };
  };
  const list = data?.attachments;
  if (!Array.isArray(list)) {
    const fresh = files.map((_, i) => make(i, {})).filter((a): a is APIAttachment => a !== undefined);
    return [...existing, ...fresh];
  }
  const out: APIAttachment[] = [];
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const id = String(entry.id);
    const kept = existing.find((a) => a.id === id);
    if (kept) {
      out.push(typeof entry.description === 'string' ? { ...kept, description: entry.description } : kept);
      continue;
    }
    const made = make(Number(id), entry);
    if (made) out.push(made);
  }
  return out;
}

export function embedsFrom(value: unknown): APIEmbed[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((e) => ({ type: 'rich', ...e }) as APIEmbed);
}

export function componentsFrom(value: unknown): APIMessage['components'] {
  return Array.isArray(value) ? (structuredClone(value) as APIMessage['components']) : [];
}

/** A new message from a reply (callback 4), a follow-up, or the "thinking…" placeholder of a defer (loading). */
export function createMessage(
  origin: MessageOrigin,
  data: Record<string, unknown> | undefined,
  files: readonly UploadedFile[],
  opts: { role: 'original' | 'followup'; loading?: boolean; ephemeral?: boolean; originalId?: string },
): APIMessage {
  const flags =
    (typeof data?.flags === 'number' ? data.flags : 0) |
    (opts.loading ? MessageFlagBits.Loading : 0) |
    (opts.ephemeral ? MessageFlagBits.Ephemeral : 0);
  const { interaction } = origin;
  const message: APIMessage = {
    id: snowflake(),
    channel_id: origin.channelId,
    author: origin.author,
    content: opts.loading ? '' : typeof data?.content === 'string' ? data.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: data?.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: opts.loading ? [] : attachmentsFrom(data, files, origin, []),
    embeds: opts.loading ? [] : embedsFrom(data?.embeds),
    components: opts.loading ? [] : componentsFrom(data?.components),
    pinned: false,
    type: messageType(origin, opts.role),
    flags,
    webhook_id: origin.applicationId,
    application_id: origin.applicationId,
    interaction_metadata: {
      id: interaction.id,
      type: interaction.type,
      user: interaction.user,
      authorizing_integration_owners: interaction.owners,
      ...(interaction.name !== undefined ? { name: interaction.name } : {}),
      ...(interaction.commandType !== undefined ? { command_type: interaction.commandType } : {}),
      ...(opts.originalId !== undefined ? { original_response_message_id: opts.originalId } : {}),
      ...(interaction.interactedMessageId !== undefined
        ? { interacted_message_id: interaction.interactedMessageId }
        : {}),
    },
    ...(interaction.name !== undefined
      ? {
          interaction: {
            id: interaction.id,
            type: interaction.type,
            name: interaction.name,
            user: interaction.user,
          },
        }
      : {}),
  } as APIMessage;
  if (origin.guildId !== null) (message as APIMessage & { guild_id: string }).guild_id = origin.guildId;
  return message;
}

/** A PATCH (edit, callback 7 update, or a follow-up filling a deferred reply): fields present replace the old ones. */
export function editMessage(
  message: APIMessage,
  data: Record<string, unknown> | undefined,
  files: readonly UploadedFile[],
  origin: AttachmentOrigin,
): APIMessage {
  const next: APIMessage = { ...message, edited_timestamp: new Date().toISOString() };
  const d = data ?? {};
  if ('content' in d) next.content = typeof d.content === 'string' ? d.content : '';
  if ('embeds' in d) next.embeds = embedsFrom(d.embeds);
  if ('components' in d) next.components = componentsFrom(d.components);
  if ('attachments' in d || files.length > 0)
    next.attachments = attachmentsFrom(d, files, origin, message.attachments);
  let flags = (message.flags ?? 0) & ~MessageFlagBits.Loading;
  if (typeof d.flags === 'number') {
    const editable = MessageFlagBits.SuppressEmbeds | MessageFlagBits.IsComponentsV2;
    flags = (flags & ~editable) | (d.flags & editable);
  }
  next.flags = flags;
  return next;
}

/** Is there anything to show? (What Discord's 50006 "Cannot send an empty message" checks.) */
export function hasVisibleContent(message: APIMessage): boolean {
  return (
    message.content.trim().length > 0 ||
    message.embeds.length > 0 ||
    (message.components?.length ?? 0) > 0 ||
    message.attachments.length > 0 ||
    (message.sticker_items?.length ?? 0) > 0 ||
    message.poll !== undefined
  );
}

/** For a new message body: does it carry anything at all? */
export function bodyIsEmpty(data: Record<string, unknown> | undefined, fileCount: number): boolean {
  if (!data) return fileCount === 0;
  const content = typeof data.content === 'string' ? data.content.trim() : '';
  const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;
  return (
    content.length === 0 &&
    !nonEmpty(data.embeds) &&
    !nonEmpty(data.components) &&
    !nonEmpty(data.sticker_ids) &&
    !nonEmpty(data.attachments) &&
    fileCount === 0 &&
    !isRecord(data.poll)
  );
}

export function isLoading(message: APIMessage): boolean {
  return Boolean((message.flags ?? 0) & MessageFlagBits.Loading);
}
