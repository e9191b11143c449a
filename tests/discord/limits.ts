/**
 * Discord's limits on a Components V2 message as a checker, shared by unit tests (the stand-in enforces
 * the same on the wire).
 */
import { ComponentType, MessageFlags } from 'discord-api-types/v10';
import type { DiscordMessage } from '../../src/render/discord.js';
import { allComponents } from './v2.js';

const TOP_LEVEL = new Set<number>([
  ComponentType.ActionRow,
  ComponentType.Container,
  ComponentType.Section,
  ComponentType.TextDisplay,
  ComponentType.MediaGallery,
  ComponentType.Separator,
  ComponentType.File,
]);

export function limitViolations(message: DiscordMessage): string[] {
  const problems: string[] = [];
  if (!(message.flags & MessageFlags.IsComponentsV2)) problems.push('no IS_COMPONENTS_V2 flag');
  if ('content' in message || 'embeds' in message) problems.push('legacy content or embeds with V2');
  if (message.components.length === 0) problems.push('empty message');
  for (const c of message.components)
    if (!TOP_LEVEL.has(c.type)) problems.push(`type ${c.type} at top level`);
  const all = allComponents(message);
  if (all.length > 40) problems.push(`${all.length} components (40 at most)`);
  const text = all.reduce(
    (n, c) => n + (c.type === ComponentType.TextDisplay ? [...(c.content ?? '')].length : 0),
    0,
  );
  if (text > 4000) problems.push(`${text} characters of text (4000 at most)`);
  const ids = new Set<string>();
  for (const c of all) {
    if (c.type === ComponentType.TextDisplay && !c.content) problems.push('empty text display');
    if (c.custom_id !== undefined) {
      if (c.custom_id.length > 100 || c.custom_id.length === 0) problems.push('custom_id length');
      if (ids.has(c.custom_id)) problems.push('duplicate custom_id');
      ids.add(c.custom_id);
    }
    if (c.type === ComponentType.Button && (c.label ?? '').length > 80) problems.push('button label over 80');
    if (c.type === ComponentType.Button && c.url !== undefined && !/^https?:\/\//.test(c.url))
      problems.push('link button without an http(s) url');
    if (c.options && c.options.length > 25) problems.push('select over 25 options');
    for (const o of c.options ?? [])
      if (o.label.length > 100 || o.value.length > 100) problems.push('option over 100');
    if (c.type === ComponentType.ActionRow && (c.components?.length ?? 0) > 5) problems.push('row over 5');
  }
  const rows = message.components.filter((c) => c.type === ComponentType.ActionRow).length;
  if (rows > 5) problems.push('more than 5 rows');
  if (message.allowed_mentions.parse.length !== 0) problems.push('allowed_mentions must parse nothing');
  return problems;
}
