/**
 * Latin spellings of Arabic compound given names built on Abd (data/name-spellings.json): one
 * listed spelling (Abdulrahman) stands for the others news writes (Abdul Rahman, Abdel Rahman,
 * Abdelrahman, Abd al-Rahman), so the gazetteer derives them instead of listing each by hand.
 */
import spellingsData from "./data/name-spellings.json" with { type: "json" };
import { checkObject, checkStrings } from "./data-check.ts";

const record = checkObject(spellingsData, "name-spellings.json");
const SEPARATE_SPELLINGS = checkStrings(record.separate, "name-spellings.json separate");
/** Separate prefixes as lower-case word lists, longest first. */
const SEPARATE = SEPARATE_SPELLINGS.map((p) => p.toLowerCase().split(" ")).sort((a, b) => b.length - a.length);
const JOINED = checkStrings(record.joined, "name-spellings.json joined");
const NOT_REST = new Set(checkStrings(record.notRest, "name-spellings.json notRest").map((w) => w.toLowerCase()));
/** Compounds per name spelled out; a third one would multiply the spellings past use. */
const MAX_COMPOUNDS = 2;

/** A name part: a word kept as it is, or the rest of an Abd compound (Rahman) to respell. */
type Part = { word: string } | { rest: string };

/** The other spellings of a Latin-script name's Abd compounds (none when it has none), the name itself left out. */
export function abdSpellings(name: string): string[] {
  if (!/[A-Za-z]/.test(name)) return [];
  const parts = compoundParts(name.split(/[\s\-‐]+/).filter(Boolean));
  let spellings = [""];
  let compounds = 0;
  for (const part of parts) {
    const forms = "rest" in part && compounds++ < MAX_COMPOUNDS ? restSpellings(part.rest) : ["word" in part ? part.word : part.rest];
    spellings = spellings.flatMap((s) => forms.map((f) => (s ? `${s} ${f}` : f)));
  }
  if (compounds === 0) return [];
  const own = name.toLowerCase().replace(/[\s\-‐]+/g, " ");
  return [...new Set(spellings)].filter((s) => s.toLowerCase() !== own);
}

/** The words of a name with its Abd compounds found: a separate prefix and the next word, or a joined prefix word. */
function compoundParts(words: string[]): Part[] {
  const parts: Part[] = [];
  for (let i = 0; i < words.length; ) {
    const separate = SEPARATE.find((p) => p.every((w, k) => words[i + k]?.toLowerCase() === w) && isRest(words[i + p.length]));
    if (separate) {
      parts.push({ rest: words[i + separate.length] });
      i += separate.length + 1;
      continue;
    }
    const joined = JOINED.find((p) => words[i].length > p.length && words[i].toLowerCase().startsWith(p.toLowerCase()) && isRest(words[i].slice(p.length)));
    parts.push(joined ? { rest: capitalize(words[i].slice(joined.length)) } : { word: words[i] });
    i++;
  }
  return parts;
}

function isRest(word: string | undefined): word is string {
  return !!word && /^[a-z]/i.test(word) && !NOT_REST.has(word.toLowerCase());
}

/** Every spelling of Abd + rest: each separate prefix apart, each joined prefix on it. */
function restSpellings(rest: string): string[] {
  return [...SEPARATE_SPELLINGS.map((p) => `${p} ${rest}`), ...JOINED.map((p) => p + rest.toLowerCase())];
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
