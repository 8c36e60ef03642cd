import type { QuoteFinding } from "./find-quotes.ts";

/**
 * One entry per quote: the same words said twice (a repeated lead, a reprinted paragraph) count once. Meetings
 * still see every copy, so a meeting told inside the second copy stays inside its quote.
 */
export function dedupeQuotes(found: QuoteFinding[], text: string): QuoteFinding[] {
  const seen = new Set<string>();
  return found.filter((q) => {
    const key = `${q.speaker}|${text.slice(q.start, q.end).replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
