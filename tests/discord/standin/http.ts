/** Small HTTP helpers: reading JSON and multipart bodies, answering with Discord's headers. */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UploadedFile } from './types.js';

/** Discord refuses request bodies above its upload limit; this is the stand-in's hard cap. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge(`body over ${limit} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface ParsedBody {
  kind: 'none' | 'json' | 'multipart';
  json: unknown;
  files: UploadedFile[];
}

export class BadBody extends Error {}

/** JSON, or multipart/form-data with `payload_json` and `files[n]` (parsed by undici's Request#formData). */
export async function parseBody(req: IncomingMessage, raw: Buffer): Promise<ParsedBody> {
  const type = req.headers['content-type'] ?? '';
  if (raw.length === 0) return { kind: 'none', json: undefined, files: [] };
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'content-type': type },
        body: raw,
      }).formData();
    } catch (error) {
      throw new BadBody(`multipart body could not be parsed: ${String(error)}`);
    }
    let json: unknown;
    const files: UploadedFile[] = [];
    const loose: UploadedFile[] = [];
    for (const [name, value] of form.entries()) {
      if (typeof value === 'string') {
        if (name === 'payload_json') {
          try {
            json = JSON.parse(value);
          } catch {
            throw new BadBody('payload_json is not valid JSON');
          }
        }
        continue;
      }
      const file: UploadedFile = {
        name: value.name,
        size: value.size,
        data: Buffer.from(await value.arrayBuffer()),
        ...(value.type ? { contentType: value.type } : {}),
      };
      const index = /^files\[(\d+)\]$/.exec(name)?.[1];
      if (index !== undefined) files[Number(index)] = file;
      else loose.push(file);
    }
    // Discord also takes other field names for files; they fill the remaining indexes in order.
    for (const file of loose) files.push(file);
    return { kind: 'multipart', json, files: files.filter((f): f is UploadedFile => f !== undefined) };
  }
  if (!type.startsWith('application/json')) {
    throw new BadBody(`unsupported content-type "${type}"`);
  }
  try {
    return { kind: 'json', json: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    throw new BadBody('the request body contains invalid JSON');
  }
}

/** Rate-limit headers that never make @discordjs/rest wait: plenty remaining, resetting within a second. */
export function rateLimitHeaders(routeKey: string): Record<string, string> {
  const resetAfter = 1;
  return {
    'x-ratelimit-limit': '50',
    'x-ratelimit-remaining': '49',
    'x-ratelimit-reset': String(Date.now() / 1000 + resetAfter),
    'x-ratelimit-reset-after': String(resetAfter),
    'x-ratelimit-bucket': createHash('sha1').update(routeKey).digest('hex').slice(0, 32),
  };
}

export function send(res: ServerResponse, status: number, body: unknown, routeKey: string): void {
  if (res.headersSent) return;
  const headers: Record<string, string> = { ...rateLimitHeaders(routeKey), via: '1.1 discord-stand-in' };
  if (status === 204 || body === undefined) {
    res.writeHead(status === 200 && body === undefined ? 204 : status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
