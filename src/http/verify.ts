/**
 * Discord's request signatures for the HTTP interactions endpoint: Ed25519 over `timestamp + raw body`,
 * checked with `node:crypto` and the application's public key. Discord sends badly signed requests on
 * purpose and drops an endpoint that accepts one, so every request goes through here before it is parsed.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** DER header of an Ed25519 SubjectPublicKeyInfo; the 32 raw key bytes follow it. */
export const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** How far a request's timestamp may be from this clock, either way, before it counts as a replay. */
export const MAX_SKEW_SECONDS = 5 * 60;

export type Rejection =
  | 'missing-headers'
  | 'malformed-signature'
  | 'malformed-timestamp'
  | 'stale-timestamp'
  | 'bad-signature';

export type Verdict = { ok: true } | { ok: false; reason: Rejection };

export interface SignedRequest {
  /** `X-Signature-Ed25519`: 128 hex characters. */
  signature: string | undefined;
  /** `X-Signature-Timestamp`: Unix seconds. */
  timestamp: string | undefined;
  rawBody: Buffer;
}

const HEX_KEY = /^[0-9a-f]{64}$/i;
const HEX_SIGNATURE = /^[0-9a-f]{128}$/i;
const TIMESTAMP = /^\d{1,15}$/;

/** The application's public key (hex, as the developer portal shows it) as a key object. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!HEX_KEY.test(hex)) throw new Error('The public key must be 64 hex characters (32 bytes).');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

/**
 * Builds the key once and returns the check for one request. Cheap rejections come first; every request
 * that reaches the signature costs exactly one Ed25519 verification, whatever it contains. The
 * verification runs on libuv's thread pool, so the event loop keeps serving other requests meanwhile.
 */
export function createVerifier(publicKeyHex: string, now: () => number = Date.now) {
  const key = publicKeyFromHex(publicKeyHex);
  return async (request: SignedRequest): Promise<Verdict> => {
    const { signature, timestamp, rawBody } = request;
    if (!signature || !timestamp) return { ok: false, reason: 'missing-headers' };
    if (!HEX_SIGNATURE.test(signature)) return { ok: false, reason: 'malformed-signature' };
    if (!TIMESTAMP.test(timestamp)) return { ok: false, reason: 'malformed-timestamp' };
    if (Math.abs(now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS)
      return { ok: false, reason: 'stale-timestamp' };
    // Bytes, not a string: the body is signed as sent, invalid UTF-8 included.
    const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
    const valid = await new Promise<boolean>((resolve) => {
      try {
        verify(null, signed, key, Buffer.from(signature, 'hex'), (error, result) =>
          resolve(!error && result),
        );
      } catch {
        resolve(false);
      }
    });
    return valid ? { ok: true } : { ok: false, reason: 'bad-signature' };
  };
}

export type Verifier = ReturnType<typeof createVerifier>;
