/** /watch and /settings through the HTTP interactions endpoint: signed requests on 127.0.0.1, a real store. */
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionServer, type InteractionServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { Store } from '../../src/store/store.js';
import { httpHook, placeOfPayload } from '../../src/watch/http.js';
import { ServerSide } from '../../src/watch/server.js';
import { plainText, titleOf } from '../discord/v2.js';
import { fixtureEngine } from '../helpers.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const der = publicKey.export({ format: 'der', type: 'spki' });
const GUILD = '100000000000000001';
const CHANNEL = '200000000000000001';
const USER = '300000000000000001';

let server: InteractionServer;
let store: Store;
let url = '';
let sequence = 0;

function payload(type: number, data: unknown, permissions: string) {
  sequence += 1;
  return {
    id: String(1_400_000_000_000_000_000n + BigInt(sequence)),
    application_id: '1234567890123456789',
    type,
    token: `aW50ZXJhY3Rpb246${sequence}_tOkEn-${'x'.repeat(40)}`,
    version: 1,
    guild_id: GUILD,
    channel_id: CHANNEL,
    member: { user: { id: USER }, permissions },
    locale: 'en-US',
    data,
  };
}

async function post(body: unknown) {
  const text = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(
    null,
    Buffer.concat([Buffer.from(timestamp), Buffer.from(text)]),
    privateKey,
  ).toString('hex');
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: text,
  });
  // biome-ignore lint/suspicious/noExplicitAny: interaction callbacks are read freely in tests.
  return (await response.json()) as any;
}

const watchAdd = (company: string) => ({
  name: 'watch',
  type: 1,
  options: [{ name: 'add', type: 1, options: [{ name: 'company', type: 3, value: company }] }],
});

beforeAll(async () => {
  store = await Store.open({ dataDir: mkdtempSync(join(tmpdir(), 'http-watch-')) });
  server = createInteractionServer({
    engine: fixtureEngine,
    publicKey: der.subarray(der.length - 32).toString('hex'),
    logger: createLogger('silent'),
    server: httpHook(new ServerSide(store)),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/interactions`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await store.close();
});

describe('/watch over the HTTP endpoint', () => {
  it('reads sub-commands, nested focus and permissions from the raw payload', () => {
    const place = placeOfPayload(
      payload(
        4,
        {
          name: 'watch',
          options: [
            { name: 'remove', type: 1, options: [{ name: 'watch', type: 3, value: 'op', focused: true }] },
          ],
        },
        '32',
      ),
    );
    expect(place).toMatchObject({
      guildId: GUILD,
      channelId: CHANNEL,
      userId: USER,
      permissions: '32',
      subcommand: 'remove',
      focused: { name: 'watch', value: 'op' },
    });
  });

  it('refuses a member without Manage Server, adds for one with it, and autocompletes removal', async () => {
    const refused = await post(payload(2, watchAdd('Beta'), '0'));
    expect(plainText(refused.data)).toContain('Manage Server');
    const added = await post(payload(2, watchAdd('Beta'), '32'));
    expect(titleOf(added.data)).toBe('Watch added');
    const choices = await post(
      payload(
        4,
        {
          name: 'watch',
          options: [
            { name: 'remove', type: 1, options: [{ name: 'watch', type: 3, value: '', focused: true }] },
          ],
        },
        '32',
      ),
    );
    expect(choices.data.choices).toHaveLength(1);
    expect(choices.data.choices[0].name).toContain('Beta');
  });
});
