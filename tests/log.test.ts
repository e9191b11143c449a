import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createLogger, logFormat, scrubSecrets } from '../src/log.js';

const INTERACTION_TOKEN = `aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4${'x'.repeat(40)}`;
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789AB';
const WEBHOOK = 'https://discord.com/api/webhooks/123456789012345678/SecretWebhookToken_abc-123';

function capture() {
  const lines: string[] = [];
  const logger = createLogger('debug', {
    format: 'json',
    destination: { write: (l: string) => lines.push(l) },
  });
  return { logger, text: () => lines.join('') };
}

describe('secrets in logs', () => {
  it('scrubs the token from a discord.js error url, message and stack', () => {
    const { logger, text } = capture();
    const error = new DiscordAPIError(
      { code: 10062, message: 'Unknown interaction' },
      10062,
      404,
      'POST',
      `https://discord.com/api/v10/interactions/123456789012345678/${INTERACTION_TOKEN}/callback`,
      { files: [], body: { type: 4 } },
    );
    logger.error({ err: error, cause: { url: WEBHOOK } }, 'interaction failed');
    logger.warn(`posting with Bot ${BOT_TOKEN} to ${WEBHOOK}`);
    const out = text();
    expect(out).toContain('interaction failed');
    expect(out).toContain('/interactions/123456789012345678/[redacted]/callback');
    expect(out).not.toContain(INTERACTION_TOKEN);
    expect(out).not.toContain('SecretWebhookToken');
    expect(out).not.toContain(BOT_TOKEN);
    expect(out).toContain('"code":10062');
  });

  it('leaves ordinary text alone', () => {
    const text = 'NVIDIA → Groq about $20 billion; file money-openai-2.png; https://example.com/a/b.c';
    expect(scrubSecrets(text)).toBe(text);
  });

  it('writes JSON unless a person is reading in development', () => {
    expect(logFormat({ NODE_ENV: 'production' })).toBe('json');
    expect(logFormat({ LOG_FORMAT: 'pretty', NODE_ENV: 'production' })).toBe('pretty');
    expect(logFormat({ LOG_FORMAT: 'json' })).toBe('json');
  });
});
