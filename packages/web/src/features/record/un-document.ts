/**
 * The address of a UN document by its symbol (`S/RES/1970 (2011)`, `S/2019/...`, `S/PRST/2011/3`):
 * undocs.org, the UN's symbol resolver, which opens the document on documents.un.org. Null for a
 * decision without a symbol (an unnumbered presidential statement).
 * @example unDocumentUrl('S/RES/1970 (2011)') // "https://undocs.org/S/RES/1970(2011)"
 */
export function unDocumentUrl(symbol: string): string | null {
  if (!/^S\//.test(symbol)) return null;
  // The UN writes a resolution's year without the space the Library's tables print: S/RES/1970(2011).
  const compact = symbol.trim().replace(/\s+\(/, '(');
  return `https://undocs.org/${compact.split('/').map(encodeURIComponent).join('/')}`;
}
