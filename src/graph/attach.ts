/**
 * How the transports carry an answer's picture:
 * - Discord: the PNG is uploaded with the reply and shown in its media gallery (`attachment://<name>`), with
 *   the picture's description as alt text. Drawing runs on the thread pool; if it has not finished within
 *   `DEFER_AFTER_MS` the reply is deferred first, so Discord's 3-second window is never missed.
 * - HTTP interactions endpoint: a JSON response cannot carry a file, so such an answer is deferred (type 5)
 *   and the message, with its file, is sent by editing the original response (`restFiles`).
 * - Console: the PNG is written to a file and its path printed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  AttachmentPayload,
  InteractionReplyOptions,
  InteractionUpdateOptions,
  MessageComponentInteraction,
  RepliableInteraction,
} from 'discord.js';
import { MessageFlags } from 'discord-api-types/v10';
import type { AnswerImage } from '../answers/model.js';
import type { DiscordMessage } from '../render/discord.js';

/** Past this, a reply with a picture is deferred before the picture is drawn (Discord allows 3 s). */
export const DEFER_AFTER_MS = 1500;

/** Discord's limit on an attachment's description. */
const DESCRIPTION_LIMIT = 1024;

export type { MessageFile } from '../render/discord.js';

/**
 * Lists the picture as the file to upload with a message whose media gallery shows it
 * (`attachment://<name>`, placed by the renderer). `draw`, when given, is how the PNG is made (the
 * transports pass the worker pool's); otherwise the image draws itself.
 */
export function attachImage(
  message: DiscordMessage,
  image: AnswerImage | undefined,
  draw?: () => Promise<Buffer>,
): DiscordMessage {
  if (!image) return message;
  return {
    ...message,
    files: [
      {
        name: image.name,
        description: image.alt.slice(0, DESCRIPTION_LIMIT),
        data: draw ?? (() => image.pngAsync()),
      },
    ],
  };
}

/** The files as discord.js takes them (drawing happens here). */
export async function discordFiles(message: DiscordMessage): Promise<AttachmentPayload[]> {
  return Promise.all(
    (message.files ?? []).map(async (f) => ({
      attachment: await f.data(),
      name: f.name,
      description: f.description,
    })),
  );
}

/** The files as @discordjs/rest takes them, and the `attachments` entries the JSON body must list. */
export async function restFiles(message: DiscordMessage): Promise<{
  files: { name: string; data: Buffer; contentType: string }[];
  attachments: { id: number; filename: string; description: string }[];
}> {
  const list = message.files ?? [];
  const data = await Promise.all(list.map((f) => f.data()));
  return {
    files: list.map((f, i) => ({ name: f.name, data: data[i]!, contentType: 'image/png' })),
    attachments: list.map((f, id) => ({ id, filename: f.name, description: f.description })),
  };
}

type Late = { late: true };

function raceTimer<T>(work: Promise<T>, ms: number): Promise<T | Late> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Late>((resolve) => {
    timer = setTimeout(() => resolve({ late: true }), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const isLate = (value: unknown): value is Late =>
  typeof value === 'object' && value !== null && (value as Late).late === true;

/** Replies with the message and its files; defers first when drawing takes longer than `deferAfterMs`. */
export async function replyWithFiles(
  interaction: RepliableInteraction,
  options: InteractionReplyOptions,
  message: DiscordMessage,
  deferAfterMs = DEFER_AFTER_MS,
): Promise<void> {
  if (!message.files?.length) {
    await interaction.reply(options);
    return;
  }
  const drawing = discordFiles(message);
  const files = await raceTimer(drawing, deferAfterMs);
  if (!isLate(files)) {
    await interaction.reply({ ...options, files });
    return;
  }
  const ephemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  // The edit keeps the deferred reply's visibility; it only switches the message to Components V2.
  await interaction.editReply({ ...options, flags: MessageFlags.IsComponentsV2, files: await drawing });
}

/** Replaces the clicked message and its picture; defers the update when drawing takes long. */
export async function updateWithFiles(
  interaction: MessageComponentInteraction,
  options: InteractionUpdateOptions,
  message: DiscordMessage,
  deferAfterMs = DEFER_AFTER_MS,
): Promise<void> {
  if (!message.files?.length) {
    await interaction.update(options);
    return;
  }
  const drawing = discordFiles(message);
  const files = await raceTimer(drawing, deferAfterMs);
  // `attachments: []` drops the previous picture; the new file takes its place.
  if (!isLate(files)) {
    await interaction.update({ ...options, files, attachments: [] });
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply({ ...options, files: await drawing, attachments: [] });
}

/** Console: writes the picture to `dir` (default $GRAPH_DIR, else <tmp>/ai-deals-bot) and returns the path. */
export function saveImage(
  image: AnswerImage,
  dir = process.env.GRAPH_DIR || join(tmpdir(), 'ai-deals-bot'),
): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, image.name);
  writeFileSync(path, image.png());
  return path;
}
