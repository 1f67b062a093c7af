import { describe, expect, it } from 'vitest';
import { hashToken, issueTokens, newToken, roleOfToken, TOKEN_BITS } from './tokens.ts';

describe('session tokens', () => {
  it('carry at least 128 random bits and differ every time', () => {
    const tokens = new Set(Array.from({ length: 200 }, newToken));
    expect(tokens.size).toBe(200);
    expect(TOKEN_BITS).toBeGreaterThanOrEqual(128);
    for (const t of tokens) expect(Buffer.from(t, 'base64url').length * 8).toBe(TOKEN_BITS);
  });

  it('are stored only as SHA-256 hashes that do not contain the token', () => {
    const { tokens, hashes } = issueTokens(['GBR', 'RUS']);
    const stored = JSON.stringify(hashes);
    for (const t of [tokens.chair, tokens.gallery, ...Object.values(tokens.seats)]) {
      expect(stored).not.toContain(t);
      expect(stored).toContain(hashToken(t));
    }
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('open exactly their own role and nothing else', () => {
    const { tokens, hashes } = issueTokens(['GBR', 'RUS']);
    expect(roleOfToken(tokens.chair, hashes)).toBe('chair');
    expect(roleOfToken(tokens.gallery, hashes)).toBe('gallery');
    expect(roleOfToken(tokens.seats.RUS ?? '', hashes)).toBe('seat:RUS');
    expect(roleOfToken(newToken(), hashes)).toBeNull();
    expect(roleOfToken('', hashes)).toBeNull();
  });
});
