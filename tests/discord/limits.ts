/** Discord's message limits as a checker, shared by unit tests (the stand-in enforces them on the wire). */
import type { DiscordMessage } from '../../src/render/discord.js';

export function limitViolations(message: DiscordMessage): string[] {
  const problems: string[] = [];
  if ((message.content ?? '').length > 2000) problems.push('content over 2000');
  if (message.embeds.length > 10) problems.push('more than 10 embeds');
  let total = 0;
  for (const embed of message.embeds) {
    const title = embed.title ?? '';
    const description = embed.description ?? '';
    const footer = embed.footer?.text ?? '';
    if (title.length > 256) problems.push('title over 256');
    if (description.length > 4096) problems.push('description over 4096');
    if (footer.length > 2048) problems.push('footer over 2048');
    if ((embed.fields ?? []).length > 25) problems.push('more than 25 fields');
    total += title.length + description.length + footer.length;
  }
  if (total > 6000) problems.push('embeds over 6000 in all');
  if (message.components.length > 5) problems.push('more than 5 rows');
  const ids = new Set<string>();
  for (const row of message.components) {
    if (row.components.length > 5) problems.push('more than 5 components in a row');
    for (const component of row.components) {
      if ('custom_id' in component) {
        if (component.custom_id.length > 100 || component.custom_id.length === 0)
          problems.push('custom_id length');
        if (ids.has(component.custom_id)) problems.push('duplicate custom_id');
        ids.add(component.custom_id);
      }
      if ('label' in component && (component.label ?? '').length > 80) problems.push('button label over 80');
      if ('options' in component && component.options.length > 25) problems.push('select over 25 options');
    }
  }
  if (message.allowed_mentions.parse.length !== 0) problems.push('allowed_mentions must parse nothing');
  if (!message.content && message.embeds.length === 0) problems.push('empty message');
  return problems;
}
