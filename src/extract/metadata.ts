/**
 * Article metadata: language (Persian vs Arabic by their distinct letters and function words,
 * English by script), publisher (from source lines, "به گزارش X", agency datelines, copyright
 * lines and site e-mail/domains, mapped by data/publishers.json to an English name), publication
 * date (from datelines and the lines around the body) and title (the headline, or the first line).
 */
import languageData from "./data/language.json" with { type: "json" };
import publisherData from "./data/publishers.json" with { type: "json" };
import { checkLanguageLists, checkObject, checkString, checkStrings } from "./data-check.ts";
import { isTextToken, lineWords, type ArticleText } from "./article-text.ts";
import { dateLineWords, findDates, type DateMention } from "./dates.ts";
import { fold } from "./normalize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { tokenize, type Token } from "./tokens.ts";
import type { Language } from "./types.ts";

/** A news outlet from publishers.json. */
export interface Publisher {
  name: string;
  country: string;
}

/** Flags of a letter that marks Persian, Arabic, or Arabic unless the text has a Persian letter (language.json letters). */
const FA_LETTER = 1;
const AR_LETTER = 2;
const AR_UNLESS_FA = 4;

const lang = loadLanguageHints(languageData);

const outlets = loadPublishers(publisherData);

function loadLanguageHints(raw: unknown) {
  const record = checkObject(raw, "language.json");
  const letters = checkObject(record.letters, "language.json letters");
  const words = checkLanguageLists(record.functionWords, "language.json functionWords");
  // One byte of flags per UTF-16 code unit: every article's every character is looked up (a set of strings per
  // character took a tenth of extraction's time).
  const letterFlags = new Uint8Array(0x10000);
  const mark = (chars: string, flag: number, path: string) => {
    for (const ch of chars) {
      if (ch.length !== 1) throw new TypeError(`language.json ${path}: ${ch} is not one UTF-16 code unit`);
      letterFlags[ch.charCodeAt(0)] |= flag;
    }
  };
  mark(checkString(letters.fa, "letters.fa"), FA_LETTER, "letters.fa");
  mark(checkString(letters.ar, "letters.ar"), AR_LETTER, "letters.ar");
  mark(checkString(letters.arUnlessFa, "letters.arUnlessFa"), AR_UNLESS_FA, "letters.arUnlessFa");
  return {
    letterFlags,
    faWords: new Set(words.fa.map(fold)),
    arWords: new Set(words.ar.map(fold)),
  };
}

function loadPublishers(raw: unknown) {
  const record = checkObject(raw, "publishers.json");
  const names = new PhraseMatcher<Publisher>();
  const list = record.publishers;
  if (!Array.isArray(list)) throw new TypeError("publishers.json publishers: expected an array");
  list.forEach((value, i) => {
    const item = checkObject(value, `publishers[${i}]`);
    const publisher = { name: checkString(item.name, `publishers[${i}].name`), country: checkString(item.country, `publishers[${i}].country`) };
    for (const n of checkStrings(item.names, `publishers[${i}].names`)) names.add(n, publisher);
    names.add(publisher.name, publisher);
  });
  const cues = checkObject(record.cues, "publishers.json cues");
  const cueMatcher = new PhraseMatcher<"source" | "report" | "cited" | "copyright">();
  for (const kind of ["source", "report", "cited", "copyright"] as const) for (const w of checkStrings(cues[kind], `cues.${kind}`)) cueMatcher.add(w, kind);
  const copyrightSigns = checkStrings(cues.copyright, "cues.copyright").map(fold);
  const defaults = checkObject(record.defaultCountry, "publishers.json defaultCountry");
  const homes = checkObject(record.homeCountries, "publishers.json homeCountries");
  const homeCountries = Object.fromEntries(Object.entries(homes).map(([language, codes]) => [language, checkStrings(codes, `homeCountries.${language}`)]));
  return { names, cueMatcher, copyrightSigns, defaults: defaults as Partial<Record<Language, string>>, homeCountries: homeCountries as Partial<Record<Language, string[]>> };
}

/**
 * Tells Persian, Arabic and English apart by letters and frequent words. `words` are the tokens
 * of the folded text when the caller has them already (folding and tokenizing a whole article
 * again only for this was a twentieth of extraction's time).
 */
export function detectLanguage(text: string, words?: readonly Token[]): Language {
  let fa = 0;
  let ar = 0;
  let arabicScript = 0;
  let latin = 0;
  let arUnlessFa = 0;
  const flags = lang.letterFlags;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const flag = flags[code];
    if (flag & FA_LETTER) fa += 2;
    if (flag & AR_LETTER) ar += 2;
    if (flag & AR_UNLESS_FA) arUnlessFa += 2;
    if (code >= 0x0600 && code <= 0x06ff) arabicScript++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  if (latin > arabicScript) return "en";
  if (fa === 0) ar += arUnlessFa;
  for (const token of words ?? tokenize(fold(text))) {
    if (lang.faWords.has(token.text)) fa += 3;
    if (lang.arWords.has(token.text)) ar += 3;
  }
  return ar > fa ? "ar" : "fa";
}

/** The headline: the first headline line, else the first line of text, exactly as written. */
export function findTitle(article: ArticleText): string {
  const line = article.lines.find((l) => l.kind === "headline") ?? article.lines.find((l) => l.kind === "body") ?? article.lines.find((l) => l.kind !== "blank");
  return line ? line.text.trim() : "";
}

/**
 * The publishing outlet. In order: a source line ("منبع: ایرنا"), the outlet of "به گزارش X" in
 * the first body lines, an agency dateline line ("خبرگزاری مهر -"), a copyright line, a site
 * e-mail or domain. Outlets only cited ("به نقل از خبرگزاری آناتولی") do not count.
 */
export function findPublisher(article: ArticleText): Publisher | null {
  const candidates: { rank: number; order: number; publisher: Publisher }[] = [];
  for (const line of article.lines) {
    if (line.kind === "blank") continue;
    const { folded, tokens } = lineWords(article, line);
    const cues = article.lines.length > 0 ? cueMatches(tokens, folded) : [];
    const found = outlets.names.findAll(tokens, folded);
    for (const match of found) {
      const rank = rankOf(match.first, cues, line.kind, folded, tokens, match.after);
      if (rank !== null) candidates.push({ rank, order: line.index, publisher: match.values[0] });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return candidates[0]?.publisher ?? null;
}

type CueKind = "source" | "report" | "cited" | "copyright";

function cueMatches(tokens: Token[], folded: string): { kind: CueKind; after: number; first: number }[] {
  return outlets.cueMatcher.findAll(tokens, folded).map((m) => ({ kind: m.values[0], first: m.first, after: m.after }));
}

/** How strongly a publisher name's position says "this is the outlet" (lower is stronger), or null. */
function rankOf(at: number, cues: { kind: CueKind; after: number; first: number }[], kind: string, folded: string, tokens: readonly Token[], after: number): number | null {
  const before = cues.filter((c) => c.after <= at).at(-1);
  if (before?.kind === "cited") return null;
  if (before?.kind === "source" && at - before.after <= 2) return 0;
  if (before?.kind === "report" && at - before.after <= 4) return 1;
  if (kind !== "body" && at === 0 && after === tokens.length && /[-–—:]\s*$/.test(folded)) return 2;
  if (isAgencyDateline(folded, tokens, at, after)) return 2;
  if (kind === "boilerplate" && outlets.copyrightSigns.some((s) => folded.includes(s))) return 3;
  if (kind === "boilerplate" && /[@.]/.test(folded)) return 4;
  return null;
}

/** "TEHRAN (IRNA) -", "Reuters | Ankara | …", "خبرگزاری فارس: …": an outlet in parentheses before a dash, or opening a line before a bar, colon or dash. */
function isAgencyDateline(folded: string, tokens: readonly Token[], at: number, after: number): boolean {
  const start = tokens[at]?.start ?? 0;
  const end = tokens[after - 1]?.end ?? 0;
  const inParens = folded.slice(0, start).trimEnd().endsWith("(") && /^\)\s*[-–—]/.test(folded.slice(end));
  const firstBeforeMark = at === 0 && /^\s*[|:\-–—]/.test(folded.slice(end));
  return inParens || firstBeforeMark;
}

/**
 * The country "our country" means: the outlet's; with the outlet unknown, the one of the language's home countries the
 * article names most (a Dari outlet writing of Afghanistan means Afghanistan's president by a bare "رئیس جمهور"), else
 * the language's usual one. `named` are the country codes of the article's text, one per mention.
 */
export function ourCountry(publisher: Publisher | null, language: Language, named: readonly string[] = []): string | null {
  if (publisher) return publisher.country;
  const count = (code: string) => named.filter((c) => c === code).length;
  let home = outlets.defaults[language] ?? null;
  for (const code of outlets.homeCountries[language] ?? []) if (count(code) > (home ? count(home) : 0)) home = code;
  return home;
}

/**
 * The publication date: the first absolute date in a dateline, headline or furniture line, a line
 * holding nothing else than it, its time and a label ("تاریخ انتشار: ۰۹:۱۵ - ۳ آبان ۱۴۰۱"), or at
 * the start of the first body line.
 */
export function findPublishedAt(article: ArticleText, all: DateMention[] = findDates(article.tokens, article.folded.text)): string | null {
  const dates = all.filter((d) => d.iso);
  const firstBody = article.lines.find((l) => l.kind === "body");
  for (const date of dates) {
    const line = article.lines[article.lineOfToken[date.first]];
    if (!line) continue;
    if (line.kind === "dateline" || line.kind === "headline" || line.kind === "boilerplate") return date.iso;
    if (line === firstBody && !isTextTokenBeyond(article, date.first, line.start)) return date.iso;
    if (isDateLine(article, line.index, all)) return date.iso;
  }
  return null;
}

/** Whether every word of a line is part of a date, a number (a time) or a date-line word. */
function isDateLine(article: ArticleText, lineIndex: number, dates: { first: number; after: number }[]): boolean {
  const { tokens } = article;
  for (let i = 0; i < tokens.length; i++) {
    if (article.lineOfToken[i] !== lineIndex) continue;
    if (dates.some((d) => d.first <= i && i < d.after) || /^\d+$/.test(tokens[i].text) || dateLineWords.has(tokens[i].text)) continue;
    return false;
  }
  return true;
}

/** Whether a date token sits more than a dateline's length into its line. */
function isTextTokenBeyond(article: ArticleText, tokenIndex: number, lineStart: number): boolean {
  const original = article.folded.origin[article.tokens[tokenIndex].start];
  return original - lineStart > 40 || !isTextToken(article, tokenIndex);
}
