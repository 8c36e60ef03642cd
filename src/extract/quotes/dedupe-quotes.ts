import type { QuoteFinding } from "./find-quotes.ts";

/** Fewest words a quote cut short must keep to be taken for the start of a longer one ("… with other cou"). */
const CUT_WORDS = 4;

/**
 * One entry per quote: the same words said twice (a repeated lead, a reprinted paragraph) count once, and so does a copy
 * cut short at the end of the page (its words start another quote of the same speaker). Meetings still see every copy,
 * so a meeting told inside the second copy stays inside its quote.
 */
export function dedupeQuotes(found: QuoteFinding[], text: string): QuoteFinding[] {
  const words = found.map((q) => text.slice(q.start, q.end).replace(/[^\p{L}\p{N}]+/gu, " ").trim());
  const seen = new Set<string>();
  return found.filter((q, i) => {
    const key = `${q.speaker}|${words[i]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const cut = words[i].split(" ").length >= CUT_WORDS && found.some((o, j) => j !== i && o.speaker === q.speaker && words[j].length > words[i].length && words[j].startsWith(words[i]));
    return !cut && !holdsAnother(found, q);
  });
}

/**
 * "X says Y. ¶ The minister said this after …": words referred back to that hold a quote of the same speaker with its
 * own attribution (a longer stretch around it) are that quote told again, not one more.
 */
function holdsAnother(found: QuoteFinding[], q: QuoteFinding): boolean {
  return found.some((o) => o !== q && o.speaker === q.speaker && q.start <= o.start && o.end <= q.end && o.end - o.start < q.end - q.start && o.sentence !== q.sentence);
}
