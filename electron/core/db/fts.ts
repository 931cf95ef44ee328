/**
 * Turns what a person types into an FTS5 query: every word must match as a prefix.
 * Quotes each token so FTS5 syntax characters in names (O'Brien, "AND", -) are plain text.
 */
export function ftsPrefixQuery(text: string): string | null {
  const tokens = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 8);
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}
