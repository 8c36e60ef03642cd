/**
 * Text folding shared by extraction, ingest (alias lookup) and GraphQL search, so that
 * لافروف / لاوروف-style spelling variants, Arabic vs Persian letters, diacritics, tatweel,
 * ZWNJ and digit scripts compare equal. Folding never changes string length per character
 * class in a way callers rely on; use it for comparison and lookup keys only.
 */

const LETTER_FOLDS: Record<string, string> = {
  "\u064A": "\u06CC", // Arabic yeh → Persian yeh
  "\u0649": "\u06CC", // alef maksura → Persian yeh
  "\u0643": "\u06A9", // Arabic kaf → Persian kaf
  "\u0623": "\u0627", // alef with hamza above
  "\u0625": "\u0627", // alef with hamza below
  "\u0622": "\u0627", // alef with madda
  "\u0671": "\u0627", // alef wasla
  "\u0629": "\u0647", // teh marbuta → heh
  "\u06C0": "\u0647", // heh with yeh above → heh
  "\u0624": "\u0648", // waw with hamza → waw
  "\u0626": "\u06CC", // yeh with hamza → yeh
};

/** Removed outright: Arabic harakat, superscript alef, tatweel, Latin combining marks. */
const DROPPED = /[\u064B-\u065F\u0670\u0640\u0300-\u036F]/g;
/** Joiners and direction marks: a word split by ZWNJ and the same word written without it fold alike. */
const JOINERS = /[\u200C\u200D\u200E\u200F\u00AD]/g;

/** Folds one string for comparison: letter variants, diacritics, joiners, digits, case, spacing. */
export function fold(input: string): string {
  return input
    .normalize("NFKC")
    .normalize("NFD")
    .replace(DROPPED, "")
    .replace(/[\u0600-\u06FF]/g, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(JOINERS, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
