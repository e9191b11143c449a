import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { Guard } from '../../src/discord/guard.js';
import { messageText } from './v2.js';

describe('click limits', () => {
  const click = { kind: 'component', customId: 'p:deal:1:amazon,openai' } as const;

  it('slows down one user who clicks too fast, privately, without touching others', async () => {
    let now = 0;
    const guard = new Guard({ RATE_LIMIT_USER: '2/10s', RATE_LIMIT_CHANNEL: '100/10s' }, () => now);
    expect(await guard.check(click, 'alice', 'c1')).toBeUndefined();
    expect(await guard.check(click, 'alice', 'c1')).toBeUndefined();
    const slow = await guard.check(click, 'alice', 'c1');
    expect(slow?.type === 'reply' && messageText(slow.message)).toBe(
      'Slow down: too many requests in a short time. Try again in 10 s.',
    );
    expect(slow?.type === 'reply' && slow.message.flags & MessageFlags.Ephemeral).toBe(64);
    expect(await guard.check(click, 'bob', 'c1')).toBeUndefined();
    now = 10_001;
    expect(await guard.check(click, 'alice', 'c1')).toBeUndefined();
  });

  it('limits a busy channel as a whole', async () => {
    const guard = new Guard({ RATE_LIMIT_USER: '100/10s', RATE_LIMIT_CHANNEL: '3/10s' });
    for (const user of ['a', 'b', 'c']) expect(await guard.check(click, user, 'busy')).toBeUndefined();
    expect((await guard.check(click, 'd', 'busy'))?.type).toBe('reply');
  });

  it('never limits autocomplete', async () => {
    const guard = new Guard({ RATE_LIMIT_USER: '1/10s', RATE_LIMIT_CHANNEL: '1/10s' });
    const typing = {
      kind: 'autocomplete',
      command: 'deal',
      focused: { name: 'company', value: 'a' },
    } as const;
    for (let i = 0; i < 20; i++) expect(await guard.check(typing, 'alice', 'c1')).toBeUndefined();
  });
});
