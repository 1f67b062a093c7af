import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TokenHashes } from '../store/types.ts';

/** Bits of randomness in every token (the contract asks for at least 128). */
export const TOKEN_BITS = 256;

/** The tokens of a new session, one per role, in clear: returned once at creation and never stored. */
export interface SessionTokens {
  readonly chair: string;
  readonly gallery: string;
  readonly seats: Readonly<Record<string, string>>;
}

/** A new token: {@link TOKEN_BITS} random bits from the operating system, base64url. */
export function newToken(): string {
  return randomBytes(TOKEN_BITS / 8).toString('base64url');
}

/** The SHA-256 (hex) under which a token is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** One token per role (chair, gallery, each seat) and their hashes. */
export function issueTokens(seats: readonly string[]): { tokens: SessionTokens; hashes: TokenHashes } {
  const chair = newToken();
  const gallery = newToken();
  const seatTokens = Object.fromEntries(seats.map((code) => [code, newToken()]));
  return {
    tokens: { chair, gallery, seats: seatTokens },
    hashes: {
      chair: hashToken(chair),
      gallery: hashToken(gallery),
      seats: Object.fromEntries(Object.entries(seatTokens).map(([code, token]) => [code, hashToken(token)])),
    },
  };
}

/**
 * The role a token opens in a session (`chair`, `gallery` or `seat:CODE`), or `null`. Compares the
 * token's hash with every role's in constant time and looks at all of them, so the time taken says
 * nothing about which role (or how much of a hash) matched.
 */
export function roleOfToken(token: string, hashes: TokenHashes): string | null {
  const given = Buffer.from(hashToken(token), 'hex');
  const candidates: [string, string][] = [
    ['chair', hashes.chair],
    ['gallery', hashes.gallery],
    ...Object.entries(hashes.seats).map(([code, hash]): [string, string] => [`seat:${code}`, hash]),
  ];
  let found: string | null = null;
  for (const [role, hash] of candidates) {
    const stored = Buffer.from(hash, 'hex');
    if (stored.length === given.length && timingSafeEqual(stored, given) && found === null) found = role;
  }
  return found;
}
