/**
 * What a personal name looks like, for people no gazetteer knows. A name is a run of name words
 * (capitalised in Latin script; not a listed common, title or cue word in Arabic script) with
 * particles inside (bin, de, van, آل، ولد). Common given names in every script, East Asian family
 * names and honorifics tell a name from a phrase (data/names.json, data/language.json); words
 * around a run tell a person from a street, a prize or a byline. `readRun` reads a run from a
 * token in either direction; `titledRun` accepts one written beside a title; `findOpenNames`
 * finds the runs that stand on their own as people anywhere in the text.
 */
import dateData from "./data/dates.json" with { type: "json" };
import languageData from "./data/language.json" with { type: "json" };
import meetingData from "./data/meetings.json" with { type: "json" };
import namesData from "./data/names.json" with { type: "json" };
import speechData from "./data/speech.json" with { type: "json" };
import titleData from "./data/titles.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkString, checkStrings } from "./data-check.ts";
import { ARABIC_CLITICS, COORDINATORS } from "./morphology.ts";
import { fold } from "./normalize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { isArabicScript, phraseWords, type Token } from "./tokens.ts";

/** What name finding needs to know about the article. */
export interface NameContext {
  /** The article's language: Latin runs in Persian or Arabic text are names only with a given name or an honorific. */
  language: "fa" | "ar" | "en";
  tokens: Token[];
  folded: string;
  /** Whether Arabic clitics (و، ب، ل) may be attached to names (Arabic text). */
  clitics: boolean;
  /** Whether a token is a country word (country names cannot be people's names). */
  isCountryToken: (tokenIndex: number) => boolean;
  /** Whether the source text of a token starts with a capital letter (for Latin names). */
  isCapitalized: (tokenIndex: number) => boolean;
  /** The last letter of a token as the source writes it (a dotted yeh or an alef maksura, which folding merges). */
  lastLetter?: (tokenIndex: number) => string;
  /** Whether the source text of a token is written in capitals only (KEY ALLY). */
  isUpperCase: (tokenIndex: number) => boolean;
  /** Whether a token's line is a title-case headline (set by findOpenNames for the article). */
  titleCase?: (tokenIndex: number) => boolean;
  /** Answers kept for this article's tokens (set by names.ts). */
  memo?: NameMemo;
  /** Whether two tokens are on the same line of the original text. */
  sameLine: (a: number, b: number) => boolean;
  /** Sentence number of each token. */
  sentenceOf: (tokenIndex: number) => number;
  /** Which tokens belong to article text (not boilerplate or repeated lines). */
  inText: (tokenIndex: number) => boolean;
}

/** A run of name words, in token and folded-text coordinates (a clitic on the first word left out). */
export interface NameRun {
  first: number;
  after: number;
  start: number;
  end: number;
  /** Words of the name, particles not counted; hyphenated parts are one word. */
  words: number;
  /** Whether it opens with a given name (or an East Asian family name) that is not also an ordinary word. */
  anchored: boolean;
  /** Whether it opens with a given name, ordinary word or not (أمل، Grace). */
  given: boolean;
  /** Whether reading stopped at the most words a name may have with a name word still following. */
  cut: boolean;
}

type Lang = "fa" | "ar" | "en";
const LANGS: Lang[] = ["fa", "ar", "en"];

const names = loadNames();
const lexicon = loadLexicon();
for (const h of allLanguages(checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics"))) lexicon.honorifics.add(h, true);

/** Conjunctions Arabic writes onto the next word (و، ف). */
const CONJUNCTIONS = new Set(checkStrings(checkObject(checkObject(languageData, "language.json").arabic, "language.json arabic").conjunctions, "language.json arabic.conjunctions").map(fold));

function loadNames() {
  const record = checkObject(namesData, "names.json");
  const lists = (key: string) => checkLanguageLists(record[key], `names.json ${key}`);
  const set = (key: string) => new Set(allLanguages(lists(key)).map(fold));
  // Given names by script and language: Latin ones in any text, Persian spellings in Persian text, Arabic ones in Arabic text.
  const given = { fa: new PhraseMatcher<true>(), ar: new PhraseMatcher<true>(), en: new PhraseMatcher<true>() };
  const givenFirst = { fa: new Set<string>(), ar: new Set<string>(), en: new Set<string>() };
  const all = lists("given");
  const add = (lang: Lang, name: string) => {
    given[lang].add(name, true);
    givenFirst[lang].add(phraseWords(fold(name))[0]);
  };
  for (const lang of LANGS) for (const name of all[lang]) add(lang, name);
  // Persian news writes Arab people's names as Arabic does (سعد، فیصل): the Arabic given names are Persian ones too,
  // except Persian ordinary words; one that is also an ordinary Arabic word stays ambiguous in Persian.
  const ambiguous = perLanguage(lists("ambiguousGiven"));
  const persianGiven = new Set(all.fa.map(fold));
  const persianWords = new Set(checkLanguageLists(checkObject(languageData, "language.json").notName, "language.json notName").fa.map(fold));
  for (const name of all.ar) {
    const folded = fold(name);
    if (persianGiven.has(folded) || persianWords.has(folded)) continue;
    add("fa", name);
    if (ambiguous.ar.has(folded)) ambiguous.fa.add(folded);
  }
  return {
    given,
    /** First words of the given names, to skip matching at a word that opens none. */
    givenFirst,
    ambiguous,
    placeGiven: set("placeGiven"),
    familyFirst: set("familyFirst"),
    particles: set("particles"),
    surnameEnds: set("surnameEnds"),
    rankGiven: set("rankGiven"),
    thingBefore: perLanguage(lists("thingBefore")),
    thingAfter: set("thingAfter"),
    bylines: set("bylines"),
    journalists: set("journalists"),
    personBefore: set("personBefore"),
    personAfter: set("personAfter"),
  };
}

function loadLexicon() {
  const record = checkObject(languageData, "language.json");
  const byLang = (key: string) => perLanguage(checkLanguageLists(record[key], `language.json ${key}`));
  const speech = checkObject(speechData, "speech.json");
  const cues = { fa: new Set<string>(), ar: new Set<string>(), en: new Set<string>() };
  for (const file of [titleData, speechData, meetingData]) collectByLanguage(file, null, (lang, phrase) => { for (const l of lang ? [lang] : LANGS) for (const w of phraseWords(fold(phrase))) cues[l].add(w); });
  const closing = { fa: new Set<string>(), ar: new Set<string>(), en: new Set<string>() };
  for (const part of [speech.verbs, checkObject(titleData, "titles.json").titles]) collectByLanguage(part, null, (lang, phrase) => { for (const l of lang ? [lang] : LANGS) for (const w of phraseWords(fold(phrase))) closing[l].add(w); });
  // Prepositions of the clause's verb (names.json runClosers) close a name after a title too.
  const runClosers = checkLanguageLists(checkObject(namesData, "names.json").runClosers, "names.json runClosers");
  for (const l of LANGS) for (const w of runClosers[l]) closing[l].add(fold(w));
  const notName = byLang("notName");
  // Month, weekday and relative-day words (dates.json); Persian solar months only in Persian text; Latin ones that are also given names (May, Jan) stay names.
  const dates = checkObject(dateData, "dates.json");
  const months = checkObject(dates.months, "dates.json months");
  const addDateWords = (value: unknown, persianOnly: boolean) => collectByLanguage(value, null, (_, phrase) => {
    for (const w of phraseWords(fold(phrase))) {
      if (isArabicScript(w)) for (const l of persianOnly ? (["fa"] as const) : (["fa", "ar"] as const)) notName[l].add(w);
      else if (/^[a-z]{3,}$/.test(w) && !names.given.en.hasWord(w)) notName.en.add(w);
    }
  });
  addDateWords(months.jalali, true);
  addDateWords([months.gregorian, months.hijri, dates.weekdays, dates.relativeDays], false);
  return {
    /** Per language: words that cannot be part of a name (function words, time words, common nouns). */
    notName,
    honorifics: new PhraseMatcher<true>(),
    honorificWords: new Set(allLanguages(checkLanguageLists(record.honorifics, "language.json honorifics")).map(fold)),
    /** Per language: words of titles, speech and meeting cues, never part of a name. */
    cueWords: cues,
    /** Per language: words that may close a name written after a title: speech verbs and titles ("…ماریا زاخارووا گفت"). */
    closingWords: closing,
    article: fold(checkString(checkObject(record.arabic, "language.json arabic").article, "language.json arabic.article")),
    /** Given names that fold to a function word (علي → على), named by their dotted yeh. */
    yehNames: new Set(checkStrings(checkObject(record.arabic, "language.json arabic").yehNames, "language.json arabic.yehNames").map(fold)),
    /** Words that open a list of people (كل من), as folded word lists. */
    listOpeners: allLanguages(checkLanguageLists(record.listOpeners, "language.json listOpeners")).map((p) => phraseWords(fold(p))),
    /** Words that introduce the one met (با، مع, with). */
    withWords: new Set(allLanguages(checkLanguageLists(checkObject(meetingData, "meetings.json").with, "meetings.json with")).map(fold)),
  };
}

function perLanguage(lists: { fa: string[]; ar: string[]; en: string[] }): Record<Lang, Set<string>> {
  return { fa: new Set(lists.fa.map(fold)), ar: new Set(lists.ar.map(fold)), en: new Set(lists.en.map(fold)) };
}

/** Every string of a data file with the language it is listed under (a fa/ar/en key or a "lang" field), or null when it has none. */
function collectByLanguage(value: unknown, lang: Lang | null, add: (lang: Lang | null, phrase: string) => void): void {
  if (typeof value === "string") {
    if (!value.startsWith("$")) add(lang, value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectByLanguage(item, lang, add);
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const own = typeof record.lang === "string" && LANGS.includes(record.lang as Lang) ? (record.lang as Lang) : lang;
    for (const [key, item] of Object.entries(record)) if (!key.startsWith("$") && key !== "lang") collectByLanguage(item, LANGS.includes(key as Lang) ? (key as Lang) : own, add);
  }
}

/** The language whose word lists apply to a word: English for Latin script, else the text's (Arabic text has clitics). */
function langOf(ctx: NameContext, word: string): Lang {
  return !isArabicScript(word) ? "en" : ctx.clitics ? "ar" : "fa";
}

/** Particles of a chain of fathers' names (X bin Y bin Z; Mauritanian X ould Y, "محمد ولد الشيخ الغزواني"). */
export const PATRONYMIC: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ولد", "bin", "ibn", "bint", "ben", "ould"]);

/** آل (the family of), as folded text writes it (ال). */
const FAMILY = fold("آل");

/** The Mauritanian "son of", whose fathers' names often have two words, so that a chain of them runs past four words. */
const LONG_FATHER = new Set(["ولد", "ould"]);

/** Words that open a compound Arabic name with the next word (عبد الله، أبو بكر). */
const COMPOUND_OPENERS = new Set(["عبد", "ابو"]);

/** Most words a name outside the gazetteer may have, particles not counted. */
const NAME_MAX_WORDS = 4;

/** What may stand between two parts of one name word: nothing but a hyphen (Akufo-Addo, Jean-Yves). */
const HYPHEN = /^[-‐]$/;

/** An apostrophe after an elided prefix (O’Brien, D’Souza, N’Dour). */
const APOSTROPHE = /^['’‘`]$/;

/** Whether tokens a and a + 1 are two parts of one name word: joined by a hyphen, or by an apostrophe after a one-letter capital. */
function partsJoined(ctx: NameContext, a: number): boolean {
  const { tokens } = ctx;
  if (!tokens[a] || !tokens[a + 1]) return false;
  const gap = ctx.folded.slice(tokens[a].end, tokens[a + 1].start);
  return HYPHEN.test(gap) || (APOSTROPHE.test(gap) && isInitial(ctx, a) && /^[a-z]{2,}$/.test(tokens[a + 1].text));
}

/**
 * Whether token i is part of a Latin name word though not a name word alone: the elided prefix
 * before an apostrophe (the "O" of O’Brien), or a part written in lower case after a hyphen or
 * such a prefix (Korean given names: Byung-wan, Jae-in, Jong-un; N’dry). A lower-case part that
 * ends like a participle ("Kremlin-backed", "Moscow-based") or is a longer ordinary word is not.
 */
function namePartAt(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i]?.text ?? "";
  if (isArabicScript(word)) return false;
  if (isInitial(ctx, i) && partsJoined(ctx, i)) return true;
  if (!partsJoined(ctx, i - 1) || ctx.isCapitalized(i) || !/^[a-z]{2,}$/.test(word) || /(ed|ing)$/.test(word) || (word.length > 3 && isCommonWord(ctx, word))) return false;
  return isNameWord(ctx, i - 1) || isInitial(ctx, i - 1);
}

/** Whether a word is a listed title, speech or meeting word in the text's language. */
export function isCueWord(ctx: NameContext, word: string): boolean {
  return lexicon.cueWords[langOf(ctx, word)].has(word);
}

/** Whether a word is a common word of the text's language (a function word, a listed noun, a title or cue word). */
export function isCommonWord(ctx: NameContext, word: string): boolean {
  const lang = langOf(ctx, word);
  return lexicon.notName[lang].has(word) || lexicon.cueWords[lang].has(word);
}

/** First words of the honorifics, for a quick look before matching them (a clitic may be written onto the first). */
const honorificFirstWords = new Set(allLanguages(checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics")).map((h) => phraseWords(fold(h))[0]));

function mayOpenHonorific(ctx: NameContext, word: string): boolean {
  return honorificFirstWords.has(word) || (ctx.clitics && (honorificFirstWords.has(word.slice(1)) || honorificFirstWords.has(word.slice(2))));
}

/** Whether a word is a listed honorific (آقای، السيد، Mr). */
export function isHonorific(word: string): boolean {
  return lexicon.honorificWords.has(word);
}

/** The token after the honorifics written from token i on ("الشيخ الدكتور …", "حجت الاسلام و المسلمین …"). */
export function pastHonorifics(ctx: NameContext, i: number): number {
  for (let m = ctx.tokens[i] ? lexicon.honorifics.matchAt(ctx.tokens, ctx.folded, i, { clitics: ctx.clitics }) : null; m; m = ctx.tokens[i] ? lexicon.honorifics.matchAt(ctx.tokens, ctx.folded, i, { clitics: ctx.clitics }) : null) i = m.after;
  return i;
}

/** Whether the token is a word that cannot be part of a name. */
export function isNameWord(ctx: NameContext, i: number): boolean {
  // Asked many times per token (runs are read from titles, names and on their own): answered once per article.
  if (i < 0 || i >= ctx.tokens.length) return false;
  const memo = memoOf(ctx);
  if (memo.nameWord[i] === 0) memo.nameWord[i] = nameWord(ctx, i) ? 1 : 2;
  return memo.nameWord[i] === 1;
}

/** Answers about an article's tokens kept while its names are read. */
interface NameMemo {
  tokens: Token[];
  /** 0 not asked, 1 a name word, 2 not. */
  nameWord: Int8Array;
  given: Map<number, GivenName | null>;
}

function memoOf(ctx: NameContext): NameMemo {
  if (!ctx.memo || ctx.memo.tokens !== ctx.tokens) ctx.memo = { tokens: ctx.tokens, nameWord: new Int8Array(ctx.tokens.length), given: new Map() };
  return ctx.memo;
}

function hasCliticOnCommonWord(ctx: NameContext, word: string): boolean {
  for (const c of ARABIC_CLITICS) if (word.startsWith(c) && word.length - c.length >= 3 && isCommonWord(ctx, word.slice(c.length))) return true;
  return false;
}

function nameWord(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  const lang = langOf(ctx, word);
  if (word.length < 2 || /\d/.test(word)) return false;
  if (isCommonWord(ctx, word) && !yehName(ctx, i)) return false;
  // "Park" closes a place's name ("Central Park"), but opens a Korean one before a capitalised word ("Park Seung-hoon").
  if (names.thingAfter.has(word) && !(isFamilyFirst(ctx, i) && ctx.tokens[i + 1] && ctx.sameLine(i, i + 1) && ctx.isCapitalized(i + 1))) return false;
  // "مستشفى", "خیابان": a noun that names a place after it is no part of a name.
  if (lang !== "en" && names.thingBefore[lang].has(word)) return false;
  // "والتقنية", "للعلوم": a word with a clitic and the article is a noun, not a name (but فالتر and فالنتينا are given names).
  if (ctx.clitics && /^([وفبك]ال|لل)../.test(word) && !names.given[lang].hasWord(word)) return false;
  // "وانتهزوا", "وأكدوا": a conjunction on a verb in the plural (…وا) is no name.
  if (ctx.clitics && /^[وف]..+وا$/.test(word)) return false;
  // A country word is no name, unless it is a given name before "bin" (تركي بن …, Turki bin …).
  if (ctx.isCountryToken(i) && !(names.given[lang].hasWord(word) && PATRONYMIC.has(ctx.tokens[i + 1]?.text ?? "")) && !placeGivenBeforeName(ctx, i) && !nisbaAfterGiven(ctx, i)) return false;
  // "ونائب القائد", "لرئيسة", "بهذا": a title or common word with a clitic is no name either.
  if (ctx.clitics && !names.given[lang].hasWord(word) && hasCliticOnCommonWord(ctx, word)) return false;
  if (/^[a-z]/.test(word)) return ctx.isCapitalized(i);
  return /^[\u0600-\u06FF]+$/.test(word);
}

/**
 * "علی بحرینی", "محمد السوداني": a country adjective (a nisba, ending in ی/ي) right after a given
 * name on its line is a surname taken from a place, not the given name's adjective.
 */
function nisbaAfterGiven(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  if (!/[یي]$/.test(word) || i === 0 || !ctx.sameLine(i - 1, i) || ctx.folded.slice(ctx.tokens[i - 1].end, ctx.tokens[i].start) !== " ") return false;
  for (const k of [i - 1, i - 2]) {
    const given = k >= 0 ? givenAt(ctx, k) : null;
    if (given && given.after === i && !given.ambiguous) return true;
  }
  return false;
}

/** "ریاض حداد": a given name that is also a capital's name, written before another name word on its line. */
function placeGivenBeforeName(ctx: NameContext, i: number): boolean {
  const next = i + 1;
  if (!names.placeGiven.has(ctx.tokens[i].text) || !ctx.tokens[next] || !ctx.sameLine(i, next) || ctx.folded.slice(ctx.tokens[i].end, ctx.tokens[next].start) !== " ") return false;
  return !ctx.isCountryToken(next) && isNameWord(ctx, next);
}

/**
 * "وزير النفط في السعودية علي النعيمي", "بالدكتور علي عبد العال": a given name that folds to a
 * function word (على) is the name where the source writes it with a dotted yeh at a line's start or
 * after an honorific or a country word (a misspelt preposition follows a noun, a verb, a bare title
 * or a comma: "، علي هامش").
 */
function yehName(ctx: NameContext, i: number): boolean {
  if (!ctx.clitics || !ctx.lastLetter || !lexicon.yehNames.has(ctx.tokens[i].text) || ctx.lastLetter(i) !== YEH) return false;
  const prev = i - 1;
  if (prev < 0 || !ctx.sameLine(prev, i)) return true;
  const before = ctx.tokens[prev].text;
  // Not after a bare title: "أكد الوزير علي أهمية …" is its verb's preposition misspelt.
  return isHonorific(before) || mayOpenHonorific(ctx, before) || ctx.isCountryToken(prev);
}

/** The Arabic dotted yeh (ي), which folding merges with the alef maksura (ى). */
const YEH = "\u064A";

function isCoordinator(word: string): boolean {
  return COORDINATORS.has(word);
}

/** Whether a given name is also a rank or title (Sultan, Emir, شيخ): before a gazetteer surname it is that person's title. */
export function isRankGiven(word: string): boolean {
  return names.rankGiven.has(word);
}

/** Whether a word is a name particle (bin, de, van, آل). */
export function isParticle(word: string): boolean {
  return names.particles.has(word);
}

/** Whether an English word is a verb a person does right after being named (said, met, told). */
export function isPersonVerb(word: string): boolean {
  return names.personAfter.has(word);
}

/** Whether a word makes the name after it a place's or a thing's (شارع، مسجد، Street of …, the Prophet). */
export function namesAPlace(ctx: NameContext, word: string): boolean {
  return names.thingBefore[langOf(ctx, word)].has(word);
}

/** Whether a word is listed before a journalist's name (By, كتب، خبرنگار). */
export function isBylineWord(word: string): boolean {
  return names.bylines.has(word);
}

/**
 * A given name at token i: listed (with a clitic allowed in Arabic text, and compound names such
 * as عبد الله over two words), or written as one word of two given names (محمدحسن) or with a
 * divine name (عبدالسلام، حبیب‌الله، نورالدین). `ambiguous` when it is also an ordinary word.
 */
export function givenAt(ctx: NameContext, i: number): GivenName | null {
  const memo = memoOf(ctx);
  let given = memo.given.get(i);
  if (given === undefined) memo.given.set(i, (given = readGiven(ctx, i)));
  return given;
}

/** A given name found at a token: where it ends, where it starts (after a clitic), and whether it is also an ordinary word. */
export interface GivenName {
  after: number;
  start: number;
  ambiguous: boolean;
}

function readGiven(ctx: NameContext, i: number): GivenName | null {
  const token = ctx.tokens[i];
  if (!token || (/^[a-z]/.test(token.text) && !ctx.isCapitalized(i))) return null;
  const lang = langOf(ctx, token.text);
  const word = token.text;
  const mayOpen = names.givenFirst[lang].has(word) || (ctx.clitics && CONJUNCTIONS.has(word[0]) && names.givenFirst[lang].has(word.slice(1)));
  const match = mayOpen ? names.given[lang].matchAt(ctx.tokens, ctx.folded, i, { clitics: ctx.clitics }) : null;
  // Only the conjunction may be written onto a name (وفيليب); with ل or ب it is a word (لدينا = we have).
  const clitic = match ? ctx.folded.slice(token.start, match.start) : "";
  if (match && (clitic === "" || CONJUNCTIONS.has(clitic))) return { after: match.after, start: match.start, ambiguous: match.after - match.first === 1 && names.ambiguous[langOf(ctx, match.phrase)].has(match.phrase) };
  return isCompoundGiven(ctx, token.text) ? { after: i + 1, start: token.start, ambiguous: false } : null;
}

/** Arabic-script given names written as one word: عبد + a name, a name + الله or الدين, two given names. */
function isCompoundGiven(ctx: NameContext, word: string): boolean {
  if (!isArabicScript(word) || word.length < 5) return false;
  if (word.startsWith("عبد") || word.endsWith("الله") || word.endsWith("الدین")) return true;
  const lang = langOf(ctx, word);
  for (let k = 2; k <= word.length - 2; k++) if (names.given[lang].hasWord(word.slice(0, k)) && names.given[lang].hasWord(word.slice(k)) && !names.ambiguous[lang].has(word.slice(k))) return true;
  return false;
}

function isFamilyFirst(ctx: NameContext, i: number): boolean {
  const token = ctx.tokens[i];
  return !!token && names.familyFirst.has(token.text) && (!/^[a-z]/.test(token.text) || ctx.isCapitalized(i));
}

/**
 * Reads a run of name words from token `from` (forwards with step 1, backwards with -1): at most
 * four words on one line, hyphens joining parts of one word, particles inside. A name ends after
 * the word following آل, after a word with the Arabic article once a word is read (…بن إبراهيم
 * الجندان), and after a Persian surname ending (… زاده).
 */
export function readRun(ctx: NameContext, from: number, step: 1 | -1): NameRun | null {
  const { tokens } = ctx;
  const picked: number[] = [];
  let words = 0;
  let cut = false;
  let fathers = 0;
  let i = from;
  while (tokens[i]) {
    const prev = picked.at(-1);
    let joinedPart = false;
    if (prev !== undefined) {
      // A Latin name opened by a given name may run on past a hard line wrap ("Margaret\nAdamson").
      if (!ctx.sameLine(i, prev) && !(step === 1 && !isArabicScript(word0(ctx, i)) && givenAt(ctx, from) && picked.length === 1)) break;
      const gap = step === 1 ? ctx.folded.slice(tokens[prev].end, tokens[i].start) : ctx.folded.slice(tokens[i].end, tokens[prev].start);
      joinedPart = partsJoined(ctx, Math.min(i, prev));
      // "Virginia E. Palmer": after a middle initial comes its full stop.
      // "D.M. Jayaratna", "Paul A.S Minah": initials may be written without a space between them (initialGoesOn took the first).
      const afterInitial = step === 1 && (isInitial(ctx, prev) ? gap === ". " || (gap === "." && isInitial(ctx, i)) : picked.length === 1 && isAbbreviatedGiven(ctx, prev));
      if (gap !== " " && !joinedPart && !afterInitial) break;
    }
    const word = tokens[i].text;
    // A middle initial stands between name words (read forwards): it is part of the name, not a word of it;
    // so do leading initials before the name they open ("D.M. Jayaratna", "S. Jaishankar"), which alone are no name ("U.S.").
    if (step === 1 && (isInitial(ctx, i) || (picked.length === 0 && isAbbreviatedGiven(ctx, i))) && (picked.length > 0 || leadsInitials(ctx, i))) {
      const gapAfter = tokens[i + 1] ? ctx.folded.slice(tokens[i].end, tokens[i + 1].start) : "";
      if (initialGoesOn(ctx, i, gapAfter, picked)) {
        picked.push(i);
        i += step;
        continue;
      }
    }
    if (!joinedPart && isParticle(word)) {
      // A particle stands between name words: a name word must follow it (in reading order) and, read forwards, precede it.
      const next = tokens[i + step];
      if (!next || !ctx.sameLine(i, i + step) || !(isNameWord(ctx, i + step) || isParticle(next.text) || fatherName(ctx, i, step))) break;
      if (step === 1 && picked.length === 0 && !/^ab[uo]$|^ابو$/.test(word)) break;
      if (LONG_FATHER.has(word)) fathers++;
      picked.push(i);
      i += step;
      continue;
    }
    if (!isNameWord(ctx, i) && !namePartAt(ctx, i) && !(prev !== undefined && fatherName(ctx, prev, step))) break;
    // Each father's name after "ould" may add a word to the most a name has (محمد ولد أحمد سالم ولد محمد راره).
    if (!joinedPart && words === NAME_MAX_WORDS + fathers) {
      cut = true;
      break;
    }
    // "عبد الستار", "أبو الغيط": the word after عبد or أبو is part of one name word; so is the rest of a given name
    // listed in two words ("نور الدين", "صلاح الدين"), whose article does not close the name.
    const compound = prev !== undefined && step === 1 && (COMPOUND_OPENERS.has(tokens[prev].text) || (prev === from && (givenAt(ctx, from)?.after ?? 0) > i));
    const arabicArticle = isArabicScript(word) && word.startsWith(lexicon.article) && word.length > 3 && !compound;
    // Read backwards, a word with the article before other name words ends the run (it closes names, it does not open them),
    // unless it is the second part of a compound (عبد الستار).
    const compoundBack = step === -1 && arabicArticle && COMPOUND_OPENERS.has(tokens[i - 1]?.text ?? "");
    if (step === -1 && words > 0 && arabicArticle && !compoundBack && !isParticle(tokens[i + 1]?.text ?? "")) break;
    if (step === -1 && words > 0 && names.surnameEnds.has(word)) break;
    picked.push(i);
    if (!joinedPart && !(compound && !isParticle(tokens[prev as number].text)) && !compoundBack) words++;
    i += step;
    if (step === 1) {
      // "… آل سعود": the family name after آل is the name's last word.
      const afterFamily = prev !== undefined && tokens[prev].text === FAMILY;
      // "ولد الشيخ الغزواني", "بن الشيخ …": a father's name written with an honorific goes on to the name it honours.
      const honouredFather = prev !== undefined && PATRONYMIC.has(tokens[prev].text) && isHonorific(word);
      if (afterFamily || (words > 1 && arabicArticle && !honouredFather) || names.surnameEnds.has(word)) break;
    }
  }
  // A particle cannot end a name.
  while (picked.length > 0 && isParticle(tokens[picked.at(-1) as number].text)) picked.pop();
  if (words === 0 || picked.length === 0) return null;
  const first = Math.min(...picked);
  const after = Math.max(...picked) + 1;
  return finishRun(ctx, first, after, words, cut);
}

/** Whether the word after a "bin" (or آل) at token k (in the direction of step) is a father's (or family) name even if it is also a common word ("بن علي": على is "on"). */
function fatherName(ctx: NameContext, k: number, step: 1 | -1): boolean {
  const particle = step === 1 ? ctx.tokens[k] : ctx.tokens[k + step];
  const word = step === 1 ? ctx.tokens[k + 1] : ctx.tokens[k];
  // "آل الشيخ": the family a name closes with may be an honorific or common word too.
  if (!particle || !word || !(PATRONYMIC.has(particle.text) || particle.text === FAMILY) || !isArabicScript(word.text)) return false;
  return /^[\u0600-\u06FF]+$/.test(word.text) && word.text.length >= 2;
}

/** "Ch. Vidyasagar Rao", "Md. Shahriar Alam": a given name abbreviated to two letters, written with its full stop before the name. */
function isAbbreviatedGiven(ctx: NameContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return /^[a-z]{2}$/.test(ctx.tokens[i].text) && ctx.isCapitalized(i) && !ctx.isUpperCase(i) && !!next && ctx.folded.slice(ctx.tokens[i].end, next.start) === ". " && ctx.isCapitalized(i + 1);
}

/**
 * Whether the initial at token i is part of the name read so far: "Virginia E. Palmer", "S. Jaishankar" (a full stop, then a
 * name word); "D. M. Jayaratne" (spaced initials); "D.M. Jayaratna" (leading initials written together); "Paul A.S Minah"
 * (middle initials written together, the last with no full stop, before the surname).
 */
function initialGoesOn(ctx: NameContext, i: number, gapAfter: string, picked: number[]): boolean {
  if (gapAfter === ". ") return isNameWord(ctx, i + 1) || (isInitial(ctx, i + 1) && ctx.sameLine(i, i + 1));
  if (gapAfter === ".") return isInitial(ctx, i + 1) && (picked.every((k) => isInitial(ctx, k)) || (isNameWord(ctx, picked[picked.length - 1]) && surnameAfterInitials(ctx, i)));
  const prev = picked.at(-1);
  return gapAfter === " " && prev !== undefined && isInitial(ctx, prev) && ctx.folded.slice(ctx.tokens[prev].end, ctx.tokens[i].start) === "." && picked.some((k) => !isInitial(ctx, k)) && isNameWord(ctx, i + 1);
}

/** Whether initials written together from token i ("A.S", "A.S.") are followed by a name word: "John Smith U.S. envoy" is no name "John Smith U". */
function surnameAfterInitials(ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  let k = i;
  while (tokens[k + 1] && isInitial(ctx, k + 1) && ctx.folded.slice(tokens[k].end, tokens[k + 1].start) === ".") k++;
  const gap = tokens[k + 1] ? ctx.folded.slice(tokens[k].end, tokens[k + 1].start) : "";
  return (gap === " " || gap === ". ") && ctx.sameLine(k, k + 1) && isNameWord(ctx, k + 1);
}

/** Whether the initial at token i opens a name: no Latin name word (or initial) stands right before it on its line. */
function leadsInitials(ctx: NameContext, i: number): boolean {
  const prev = i - 1;
  return prev < 0 || !ctx.sameLine(prev, i) || ctx.folded.slice(ctx.tokens[prev].end, ctx.tokens[i].start) !== ".";
}

/** A Latin capital written alone (the initial of a name). */
function isInitial(ctx: NameContext, i: number): boolean {
  return /^[a-z]$/.test(ctx.tokens[i].text) && ctx.isCapitalized(i);
}

function word0(ctx: NameContext, i: number): string {
  return ctx.tokens[i].text;
}

function finishRun(ctx: NameContext, first: number, after: number, words: number, cut: boolean): NameRun {
  const given = givenAt(ctx, first);
  const anchored = (!!given && (!given.ambiguous || (after - first > 1 && (!!givenAt(ctx, first + 1) || isParticle(ctx.tokens[first + 1].text))))) || isFamilyFirst(ctx, first);
  return { first, after, start: given?.start ?? ctx.tokens[first].start, end: ctx.tokens[after - 1].end, words, anchored, given: !!given || isFamilyFirst(ctx, first), cut };
}

/** A run read backwards that opens with words before its first given name starts at that name ("بحث محمد علي" → "محمد علي"). */
function trimToGiven(ctx: NameContext, run: NameRun): NameRun {
  if (run.anchored) return run;
  for (let k = run.first + 1; k < run.after - 1; k++) {
    const given = givenAt(ctx, k);
    if (given && !given.ambiguous) return finishRun(ctx, k, run.after, countWords(ctx, k, run.after), run.cut);
  }
  return run;
}

function countWords(ctx: NameContext, first: number, after: number): number {
  let words = 0;
  for (let k = first; k < after; k++) if (!isParticle(ctx.tokens[k].text) && (k === first || !HYPHEN.test(ctx.folded.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start)))) words++;
  return words;
}

/** Punctuation that ends a name run as surely as a word that cannot be a name ("…توجار، حيث"). */
const RUN_END = /[،,:;؛.!?؟«»“”"()]/;

/** Quotation marks, which some outlets put around a name ("كاتالين نوفاك" رئيسة المجر). */
const QUOTE_FENCE = /[«»“”"]/;

/** Marks that may separate a title from the name it introduces, or open a clause before a name. */
const NAME_FENCE = /[،,:«»“”"(\-–]/;

/**
 * A name written beside a title: after it (step 1, from the token after the title) or before it
 * (step -1, from the token before). Latin names need capitals; Arabic-script names two words,
 * set off from the title by punctuation, closed by punctuation or a cue word, or opened by a
 * given name; before a title, also standing at the start of a clause. `adjacent` accepts a name
 * right after a counterpart phrase.
 */
export function titledRun(ctx: NameContext, from: number, step: 1 | -1, adjacent = false): NameRun | null {
  const { tokens, folded } = ctx;
  const edgeToken = from - step;
  if (!tokens[from] || !tokens[edgeToken] || !ctx.sameLine(from, edgeToken)) return null;
  const gapBetween = (a: number, b: number) => folded.slice(tokens[Math.min(a, b)].end, tokens[Math.max(a, b)].start);
  // "…, Ambassador of Senegal; Roger Gopaul, …": a semicolon ends the title's item of a list.
  if (/[.!?؟:;؛]/.test(gapBetween(edgeToken, from))) return null;
  let start = from;
  if (step === 1) start = pastHonorifics(ctx, from);
  else while (tokens[start] && isHonorific(tokens[start].text)) start--;
  if (!tokens[start]) return null;
  const read = readRun(ctx, start, step);
  if (!read) return null;
  const run = step === -1 ? trimToGiven(ctx, read) : read;
  const next = step === 1 ? run.after : run.first - 1;
  // "King Hussein Bin Talal Convention Center": the name of a building or the like after a title is no person.
  if (step === 1 && namesAThing(ctx, run)) return null;
  // The run must end at a boundary: a word that cannot be a name, punctuation, or the text's edge.
  const boundary = tokens[next] ? gapBetween(next - step, next) : "";
  if (run.cut && !(step === 1 ? RUN_END.test(boundary) : QUOTE_FENCE.test(boundary))) return null;
  if (!isArabicScript(tokens[run.first].text)) {
    // "President Boric", but not an acronym ("Chairman HCNR") nor a headline's next word ("Minister Hosts Envoy").
    // A single word is judged by itself, past any initials before it ("Prime Minister D.M. Jayaratna").
    const word = run.words === 1 ? run.after - 1 : run.first;
    if (!ctx.isCapitalized(run.first) || (run.words === 1 && (ctx.isUpperCase(word) || (ctx.titleCase?.(word) ?? false)))) return null;
    // "Speaker of the Parliament Visits India": a verb after a title in a headline is no name.
    if (isPersonVerb(ctx.tokens[run.first].text)) return null;
    return run;
  }
  // One word after a title is a name only if it is a given name ("رئيس اجرائیه عبدالله").
  if (run.words === 1 && step === 1 && run.anchored && !run.cut && (RUN_END.test(tokens[run.after] ? gapBetween(run.after - 1, run.after) : ".") || isCoordinator(tokens[run.after]?.text ?? ""))) return run;
  if (run.words < 2) return null;
  // "العلاقات الثنائية", "الأوضاع الإقليمية": words that all carry the article are a noun and its adjective, not a name.
  if (everyWordHasArticle(ctx, run)) return null;
  if (step === 1) {
    // After a title: fenced off by punctuation, or closed by punctuation or a title/cue word
    // ("السفير أحمد أبو زيد المتحدث…", "…روسیه ماریا زاخارووا گفت"), or opened by a given name.
    const gap = gapBetween(from - 1, run.first);
    const closing = tokens[run.after] ? gapBetween(run.after - 1, run.after) : ".";
    const closed = RUN_END.test(closing) || (tokens[run.after] !== undefined && lexicon.closingWords[langOf(ctx, tokens[run.after].text)].has(tokens[run.after].text));
    return NAME_FENCE.test(gap) || closed || adjacent || (run.given && !run.cut) ? run : null;
  }
  const edge = tokens[run.first - 1];
  // "عید سعید قربان، سفیر …", "شارع X Y، …": a run after a noun that names a thing by it is that thing's name.
  if (edge && ctx.sameLine(run.first - 1, run.first) && namesAPlace(ctx, edge.text)) return null;
  const before = edge ? gapBetween(run.first - 1, run.first) : "";
  const sentenceStart = !edge || ctx.sentenceOf(run.first - 1) !== ctx.sentenceOf(run.first);
  // "با آقای استفان سژورنی وزیر …": an honorific opens the name as punctuation would; "با X Y، رئیس …": a comma sets the title off.
  const apposition = /[،,]/.test(gapBetween(run.after - 1, from + 1));
  // "با مختار تلوبردی وزیر خارجه قزاقستان", "مع X Y وزير …": a meeting's "with" opens the name of the one met.
  const metWith = !!edge && lexicon.withWords.has(edge.text) && before === " ";
  return sentenceStart || NAME_FENCE.test(before) || isHonorific(edge.text) || run.given || apposition || metWith || afterListOpener(ctx, run.first) ? run : null;
}

/** "حضر اللقاء كل من X Y المبعوث …": whether a list opener ends right before token k. */
function afterListOpener(ctx: NameContext, k: number): boolean {
  return lexicon.listOpeners.some((words) => words.every((w, j) => ctx.tokens[k - words.length + j]?.text === w) && ctx.sameLine(k - words.length, k));
}

function everyWordHasArticle(ctx: NameContext, run: NameRun): boolean {
  for (let k = run.first; k < run.after; k++) if (!ctx.tokens[k].text.startsWith(lexicon.article) && !isParticle(ctx.tokens[k].text)) return false;
  return true;
}

/**
 * Names that stand on their own as people, wherever they are written: runs opened by a given
 * name (two words at least), by an honorific ("آقای ساکسر", "Mr. Kowalski"), or, in Latin
 * script, capitalised runs of two words or more where people stand: before a speech or meeting
 * verb ("X said", "X met"), after a meeting word ("met with X", "joined by X"), or joined by
 * "and" to another such name. Runs naming a street, a prize or a historical figure (شارع …،
 * the Prophet …), bylines, and names alone on a line are left out. `taken` marks tokens already
 * read as a gazetteer name.
 */
export function findOpenNames(ctx: NameContext, taken: (tokenIndex: number) => boolean): NameRun[] {
  const { tokens } = ctx;
  const found: NameRun[] = [];
  const waiting: NameRun[] = [];
  const titleCase = titleCaseLines(ctx);
  ctx.titleCase = titleCase;
  for (let i = 0; i < tokens.length; i++) {
    if ((!isNameWord(ctx, i) && !mayOpenHonorific(ctx, tokens[i].text)) || taken(i) || !ctx.inText(i)) continue;
    const start = pastHonorifics(ctx, i);
    const honorific = start > i;
    if (!tokens[start] || taken(start)) continue;
    // "… بن نايف": a name does not start inside another one.
    if (!honorific && i > 0 && isParticle(tokens[i - 1].text) && ctx.sameLine(i - 1, i)) continue;
    const latin = !isArabicScript(tokens[start].text);
    if (latin ? !ctx.isCapitalized(start) : !honorific && !givenAt(ctx, start) && !isFamilyFirst(ctx, start)) continue;
    const read = readRun(ctx, start, 1);
    if (!read || overlapsTaken(read, taken)) continue;
    if (read.cut) {
      i = read.after - 1;
      continue;
    }
    // "… Regional Integration Shirley Botchwey": capitalised title words before a given name are not the name.
    const run = latin && !honorific ? trimToGiven(ctx, read) : read;
    if (!ownName(ctx, run, honorific ? i : start)) {
      i = run.after - 1;
      continue;
    }
    const accepted = latin ? latinPerson(ctx, run, honorific, titleCase) : arabicScriptPerson(ctx, run, honorific);
    if (accepted === "yes") found.push(run);
    else if (accepted === "if-joined") waiting.push(run);
    i = run.after - 1;
  }
  // "Pinera and Michelle Bachelet": a capitalised run joined by "and" or a comma to a person found is one too.
  // "Ayaz Sadiq, Lindsay Hoyle discuss …": a run written as a person found elsewhere is one here too, and so is one joined to it.
  for (let more = true; more; ) {
    more = false;
    for (const run of waiting) {
      if (found.includes(run) || !found.some((other) => joinedTo(ctx, run, other) || sameText(ctx, run, other))) continue;
      found.push(run);
      more = true;
    }
  }
  found.push(...glossedNames(ctx, taken, found));
  found.push(...quotedNames(ctx, taken, found));
  return found.sort((a, b) => a.first - b.first);
}

/**
 * "جیحون بایراموف (Jeyhun Bayramov)": a Persian or Arabic run of two words or more glossed by a
 * capitalised Latin name in parentheses is a person's name.
 */
function glossedNames(ctx: NameContext, taken: (i: number) => boolean, found: NameRun[]): NameRun[] {
  const { tokens } = ctx;
  const glossed: NameRun[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isArabicScript(tokens[i - 1].text) || isArabicScript(tokens[i].text) || !ctx.inText(i) || !ctx.isCapitalized(i) || !ctx.sameLine(i - 1, i)) continue;
    if (!/\(\s*$/.test(ctx.folded.slice(tokens[i - 1].end, tokens[i].start))) continue;
    const latin = readRun(ctx, i, 1);
    if (!latin || latin.words < 2 || !tokens[latin.after] || !/^\s*\)/.test(ctx.folded.slice(tokens[latin.after - 1].end, tokens[latin.after].start))) continue;
    const run = readRun(ctx, i - 1, -1);
    if (!run || run.words < 2 || run.cut || overlapsTaken(run, taken) || found.some((f) => f.first <= run.first && run.after <= f.after)) continue;
    glossed.push(run);
  }
  return glossed;
}

/** Opening and closing quotation marks around a name. */
const OPENING_MARK = /[«“"]\s*$/;
const CLOSING_MARK = /^\s*[»”"]/;

/**
 * «سرگئی لاوروف»، «جیحون بایراموف» و «آرارات میرزویان»: a run of two words or more written in
 * quotation marks, in a list with a person already found, is a person too.
 */
function quotedNames(ctx: NameContext, taken: (i: number) => boolean, found: NameRun[]): NameRun[] {
  const { tokens } = ctx;
  const candidates: NameRun[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!OPENING_MARK.test(ctx.folded.slice(tokens[i - 1].end, tokens[i].start)) || taken(i) || !ctx.inText(i) || !isNameWord(ctx, i)) continue;
    const run = readRun(ctx, i, 1);
    if (run && run.words >= 2 && !run.cut && tokens[run.after] && CLOSING_MARK.test(ctx.folded.slice(tokens[run.after - 1].end, tokens[run.after].start)) && !found.some((f) => f.first <= run.first && run.first < f.after)) candidates.push(run);
  }
  const person = new Set<number>();
  for (const run of found) for (let k = run.first; k < run.after; k++) person.add(k);
  const isPerson = (k: number) => k >= 0 && k < tokens.length && (taken(k) || person.has(k));
  const accepted: NameRun[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const run of candidates) {
      if (accepted.includes(run) || !(listedBeside(ctx, run.first - 1, -1, isPerson) || listedBeside(ctx, run.after, 1, isPerson))) continue;
      accepted.push(run);
      for (let k = run.first; k < run.after; k++) person.add(k);
      changed = true;
    }
  }
  return accepted;
}

/**
 * Whether the list item next to a run (from token k, in the direction of step) is a person: only
 * marks, commas and a coordinator between, and the item quoted too or joined by the coordinator
 * (not "به گزارش «قدس آنلاین»، مهدی …", an outlet before its report's subject).
 */
function listedBeside(ctx: NameContext, k: number, step: 1 | -1, isPerson: (k: number) => boolean): boolean {
  const { tokens } = ctx;
  const near = k - step;
  const coordinated = !!tokens[k] && isCoordinator(tokens[k].text);
  if (coordinated) k += step;
  if (!tokens[k] || !ctx.sameLine(k, near)) return false;
  const gap = step === 1 ? ctx.folded.slice(tokens[near].end, tokens[k].start) : ctx.folded.slice(tokens[k].end, tokens[near].start);
  if (!/^[\s«»“”"،,]*(و|and)?[\s«»“”"،,]*$/.test(gap.replace(/\s+/g, " ")) || !isPerson(k)) return false;
  // The neighbour's own quotation mark: on the far side of the gap from the run.
  const quoted = step === 1 ? /[«“"]\s*$/.test(gap) : /^\s*[»”"]/.test(gap);
  return coordinated || /\s(و|and)\s/.test(` ${gap} `) || quoted;
}

function overlapsTaken(run: NameRun, taken: (i: number) => boolean): boolean {
  for (let k = run.first; k < run.after; k++) if (taken(k)) return true;
  return false;
}

/** Whether a run is a person's own name: not a street's, a prize's or a prophet's, not a byline, not alone on a line of furniture. */
function ownName(ctx: NameContext, run: NameRun, opening: number): boolean {
  const { tokens } = ctx;
  const before = tokens[opening - 1];
  const sameLineBefore = !!before && ctx.sameLine(opening - 1, opening);
  if (namesAPlace(ctx, tokens[run.first].text)) return false;
  if (before && sameLineBefore && (namesAPlace(ctx, before.text) || isByline(ctx, opening - 1))) return false;
  // "مدينة الملك عبدالعزيز للعلوم", "King Fahd Road": a place named with a title before the name.
  let k = opening - 1;
  while (k > 0 && k >= opening - 3 && ctx.sameLine(k, opening) && (isCueWord(ctx, tokens[k].text) || isHonorific(tokens[k].text))) k--;
  if (k < opening - 1 && k >= 0 && ctx.sameLine(k, opening) && namesAPlace(ctx, tokens[k].text)) return false;
  if (namesAThing(ctx, run)) return false;
  // "مریم صادقی، خبرنگار …", "Jane Roe, correspondent": a journalist.
  const after = tokens[run.after];
  if (after && ctx.sameLine(run.after - 1, run.after) && names.journalists.has(after.text)) return false;
  const endsLine = !(tokens[run.after] && ctx.sameLine(run.after - 1, run.after));
  const aloneOnLine = !sameLineBefore && endsLine;
  // "… Keystone / Anthony Anex", "AFP/Jane Roe": a photo credit after an agency and a slash, closing its line.
  const credit = sameLineBefore && endsLine && /\/\s*$/.test(ctx.folded.slice(before.end, tokens[opening].start));
  return !aloneOnLine && !credit;
}

/** English words between a subject and its verb (X has met, X also said). */
const AUXILIARIES = new Set(["has", "had", "have", "was", "were", "is", "will", "would", "also", "then", "later", "earlier", "had", "did"]);

/** Short English words that a headline written in title case capitalises (Minister Meets Envoy And Discusses Ties Of The Region). */
const TITLE_CASE_WORDS = new Set(["and", "of", "the", "in", "on", "with", "to", "for", "at", "by"]);

/** Whether the token's line is written in title case: a short function word on it is capitalised. */
function titleCaseLines(ctx: NameContext): (i: number) => boolean {
  const flags = new Int8Array(ctx.tokens.length); // 0 unknown, 1 title case, 2 not
  const capitalizedInside = (k: number) => TITLE_CASE_WORDS.has(ctx.tokens[k].text) && ctx.isCapitalized(k) && k > 0 && ctx.sameLine(k - 1, k) && ctx.sentenceOf(k - 1) === ctx.sentenceOf(k);
  return (i) => {
    if (flags[i] === 0) {
      let first = i;
      while (first > 0 && ctx.sameLine(first - 1, i)) first--;
      let after = i + 1;
      while (after < ctx.tokens.length && ctx.sameLine(after, i)) after++;
      let titleCase = false;
      for (let k = first; k < after && !titleCase; k++) titleCase = capitalizedInside(k);
      // "Foreign Minister Hosts Deputy Minister": a line of four words or more, every one capitalised.
      if (!titleCase && after - first >= 4) titleCase = ctx.tokens.slice(first, after).every((t, k) => !isArabicScript(t.text) && (t.text.length === 1 || /^\d/.test(t.text) || ctx.isCapitalized(first + k)));
      flags.fill(titleCase ? 1 : 2, first, after);
    }
    return flags[i] === 1;
  };
}

function allCaps(ctx: NameContext, i: number): boolean {
  return ctx.tokens[i].text.length > 1 && ctx.isUpperCase(i);
}

/** Prepositions between a byline word and the name ("گزارش از", "تقرير من"). */
const BYLINE_LINKS = new Set(["از", "من"]);

/** Whether the words up to token k are a byline ("By …" opening a line, "Reporting by …", "Editing by …", "كتب: …"). */
function isByline(ctx: NameContext, k: number): boolean {
  // "گزارش از X": a byline word and "from".
  if (BYLINE_LINKS.has(ctx.tokens[k].text) && k > 0 && ctx.sameLine(k - 1, k) && names.bylines.has(ctx.tokens[k - 1].text)) return true;
  if (!names.bylines.has(ctx.tokens[k].text)) return false;
  // A credit of two byline words ("Editing by", "گزارش از") may stand anywhere; a single one only opens a line.
  if (k > 0 && ctx.sameLine(k - 1, k) && names.bylines.has(ctx.tokens[k - 1].text)) return true;
  return k === 0 || !ctx.sameLine(k - 1, k);
}

/**
 * Whether a lone surname at token i is part of something else: another person's name (a
 * capitalised name word or a given name right before it, "Ahsan Iqbal") or a thing's ("Jinnah
 * Convention Centre").
 */
export function inAnotherName(ctx: NameContext, i: number): boolean {
  const prev = i - 1;
  if (prev >= 0 && ctx.sameLine(prev, i) && ctx.folded.slice(ctx.tokens[prev].end, ctx.tokens[i].start) === " ") {
    const latin = !isArabicScript(ctx.tokens[prev].text);
    if (latin ? isNameWord(ctx, prev) && !isInitial(ctx, prev) : givenAt(ctx, prev) !== null) return true;
  }
  return namesAThing(ctx, { first: i, after: i + 1, start: ctx.tokens[i].start, end: ctx.tokens[i].end, words: 1, anchored: false, given: false, cut: false });
}

/** Whether a Latin run is followed, one capitalised word on at most, by a word that makes it a thing's name ("… Street", "… International Airport"). */
function namesAThing(ctx: NameContext, run: NameRun): boolean {
  const { tokens } = ctx;
  for (let k = run.after; k <= run.after + 1 && tokens[k] && ctx.sameLine(k - 1, k); k++) {
    if (names.thingAfter.has(tokens[k].text)) return true;
    if (!ctx.isCapitalized(k)) break;
  }
  return false;
}

/** Latin script: two capitalised words opened by a given name, an honorific, or a person's place in the clause. */
function latinPerson(ctx: NameContext, run: NameRun, honorific: boolean, titleCase: (i: number) => boolean): "yes" | "if-joined" | "no" {
  if (!ctx.isCapitalized(run.first)) return "no";
  if (honorific) return "yes";
  if (run.words < 2) return "no";
  if (run.anchored) return "yes";
  if (ctx.language !== "en") return "no";
  const before = ctx.tokens[run.first - 1];
  const after = ctx.tokens[run.after];
  const gapBefore = before ? ctx.folded.slice(before.end, ctx.tokens[run.first].start) : "";
  const gapAfter = after ? ctx.folded.slice(ctx.tokens[run.after - 1].end, after.start) : "";
  if (titleCase(run.first) || [...ctx.tokens.slice(run.first, run.after)].every((t, k) => allCaps(ctx, run.first + k))) return "no";
  // "met X", "joined by X"; "with X" only after a meeting word ("talks with X", not "a deal with Tata Steel").
  const beforeWith = before?.text === "with" ? ctx.tokens[run.first - 2] : before;
  if (before && beforeWith && gapBefore === " " && names.personBefore.has(beforeWith.text) && beforeWith.text !== "with") return "yes";
  // "X met", "X has met", "X also said".
  const verb = after && AUXILIARIES.has(after.text) ? ctx.tokens[run.after + 1] : after;
  if (after && verb && gapAfter === " " && names.personAfter.has(verb.text)) return "yes";
  return "if-joined";
}

/** Arabic script: a given name and another word, or an honorific and a word, closed by a word that is no name or punctuation. */
function arabicScriptPerson(ctx: NameContext, run: NameRun, honorific: boolean): "yes" | "no" {
  if (everyWordHasArticle(ctx, run)) return "no";
  if (honorific && run.words >= 1) return "yes";
  return run.words >= 2 && run.anchored ? "yes" : "no";
}

function sameText(ctx: NameContext, run: NameRun, other: NameRun): boolean {
  return run.first !== other.first && ctx.folded.slice(run.start, run.end) === ctx.folded.slice(other.start, other.end);
}

function joinedTo(ctx: NameContext, run: NameRun, other: NameRun): boolean {
  const [a, b] = run.first < other.first ? [run, other] : [other, run];
  if (a.after > b.first || !ctx.sameLine(a.after - 1, b.first)) return false;
  return /^\s*(,|,?\s*and|&)\s*$/.test(ctx.folded.slice(ctx.tokens[a.after - 1].end, ctx.tokens[b.first].start));
}
