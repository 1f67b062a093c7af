import { describe, expect, it } from 'vitest';
import { unDocumentUrl } from './un-document.ts';

describe('links to UN documents', () => {
  it('links a resolution by its symbol, without the space before the year', () => {
    expect(unDocumentUrl('S/RES/1970 (2011)')).toBe('https://undocs.org/S/RES/1970(2011)');
  });

  it('links a draft and a presidential statement', () => {
    expect(unDocumentUrl('S/2011/612')).toBe('https://undocs.org/S/2011/612');
    expect(unDocumentUrl('S/PRST/2011/3')).toBe('https://undocs.org/S/PRST/2011/3');
  });

  it('gives no link for a statement without a symbol', () => {
    expect(unDocumentUrl('PRST (unnumbered)')).toBeNull();
  });
});
