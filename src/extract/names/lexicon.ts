/**
 * The name-word lexicon, loaded once: given names by script and language, East Asian family
 * names, particles, surname endings, ranks, and the words that make a run a thing's, a byline's
 * or a journalist's (data/names.json); words that are no name (function, date, title, speech and
 * meeting words), honorifics and Arabic spelling facts (data/language.json and the cue files).
 */
import dateData from "../data/dates.json" with { type: "json" };
import languageData from "../data/language.json" with { type: "json" };
import meetingData from "../data/meetings.json" with { type: "json" };
import namesData from "../data/names.json" with { type: "json" };
import speechData from "../data/speech.json" with { type: "json" };
import titleData from "../data/titles.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkString, checkStrings } from "../data-check.ts";
import { fold } from "../normalize.ts";
import { PhraseMatcher } from "../phrase-matcher.ts";
import { isArabicScript, phraseWords } from "../tokens.ts";
import type { NameContext } from "./context.ts";

type Lang = "fa" | "ar" | "en";
const LANGS: Lang[] = ["fa", "ar", "en"];

/** A one-word given name ending in a divine name (folded "حشمتالله", "نورالدین"): the part before it, and it. */
const DIVINE_END = new RegExp(`^(\\S{3,})(${[fold("الله"), fold("الدین")].join("|")})$`);

/** The words of data/names.json, by what they tell about a name. */
export const names = loadNames();
/** The words of the other data files that name reading asks about (words that are no name, honorifics, cue words). */
export const lexicon = loadLexicon();
for (const h of allLanguages(checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics"))) lexicon.honorifics.add(h, true);

/** One-word ranks that are also common words (General), read as an honorific only between a title and a name (language.json ranksAfterTitle). */
export const RANKS_AFTER_TITLE = new Set(checkStrings(checkObject(checkObject(languageData, "language.json").ranksAfterTitle, "language.json ranksAfterTitle").en, "language.json ranksAfterTitle.en").map(fold));

/** Conjunctions Arabic writes onto the next word (و، ف). */
export const CONJUNCTIONS = new Set(checkStrings(checkObject(checkObject(languageData, "language.json").arabic, "language.json arabic").conjunctions, "language.json arabic.conjunctions").map(fold));

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
    // "حشمت‌الله" is also written "حشمت الله" (the joiner typed as a space): a one-word name + الله or الدین is listed both ways.
    const spaced = lang === "en" ? null : DIVINE_END.exec(fold(name));
    if (spaced) add(lang, `${spaced[1]} ${spaced[2]}`);
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
    familyCalledByGiven: set("familyCalledByGiven"),
    particles: set("particles"),
    generational: set("generational"),
    surnameEnds: set("surnameEnds"),
    rankGiven: set("rankGiven"),
    honorificSurnames: set("honorificSurnames"),
    thingBefore: perLanguage(lists("thingBefore")),
    thingAfter: set("thingAfter"),
    placeModifiers: set("placeModifiers"),
    bylines: set("bylines"),
    journalists: set("journalists"),
    personBefore: set("personBefore"),
    personAfter: set("personAfter"),
    placeBefore: set("placeBefore"),
  };
}

function loadLexicon() {
  const record = checkObject(languageData, "language.json");
  const byLang = (key: string) => perLanguage(checkLanguageLists(record[key], `language.json ${key}`));
  const speech = checkObject(speechData, "speech.json");
  const cues = { fa: new Set<string>(), ar: new Set<string>(), en: new Set<string>() };
  // Provinces written after a title (استاندار خراسان رضوی، محافظ الإسكندرية) are places, and a surname may be one
  // (عباس بدخشان ظهوری، أحمد سعد الدين).
  const { provinces: _provinces, regionCountries: _regionCountries, ...titleWords } = checkObject(titleData, "titles.json");
  for (const file of [titleWords, speechData, meetingData]) collectByLanguage(file, null, (lang, phrase) => { for (const l of lang ? [lang] : LANGS) for (const w of phraseWords(fold(phrase))) cues[l].add(w); });
  const closing = { fa: new Set<string>(), ar: new Set<string>(), en: new Set<string>() };
  const meetings = checkObject(meetingData, "meetings.json");
  // Speech verbs and titles follow a name as its own verb or its apposition (…ماریا زاخارووا گفت، … X Y سفير …), and so does
  // a complementizer after a speech verb written before its subject (قال X Y إن …).
  const speaking = { fa: new Set<string>(), ar: new Set<string>(), en: new Set<string>() };
  for (const part of [speech.verbs, checkObject(titleData, "titles.json").titles, speech.complementizers]) collectByLanguage(part, null, (lang, phrase) => { for (const l of lang ? [lang] : LANGS) speaking[l].add(phraseWords(fold(phrase))[0]); });
  // So do counterpart nouns ("… X Y بنظيرها المغربي": see closesNameAt for the preposition written onto them).
  const counterpart = checkObject(checkObject(titleData, "titles.json").counterpart, "titles.json counterpart");
  for (const part of [speech.verbs, checkObject(titleData, "titles.json").titles, meetings.ceremony, checkLanguageLists(counterpart, "titles.json counterpart")]) collectByLanguage(part, null, (lang, phrase) => { for (const l of lang ? [lang] : LANGS) for (const w of phraseWords(fold(phrase))) closing[l].add(w); });
  // The last words of English titles and counterpart nouns, after which a name follows ("his Tanzanian counterpart January Makamba").
  const titleLast = new Set<string>();
  for (const part of [checkObject(titleData, "titles.json").titles, checkLanguageLists(counterpart, "titles.json counterpart")]) collectByLanguage(part, null, (lang, phrase) => { if (lang === "en") titleLast.add(phraseWords(fold(phrase)).at(-1) as string); });
  // Prepositions of the clause's verb (names.json runClosers) close a name after a title too.
  const runClosers = checkLanguageLists(checkObject(namesData, "names.json").runClosers, "names.json runClosers");
  for (const l of LANGS) for (const w of runClosers[l]) closing[l].add(fold(w));
  const notName = byLang("notName");
  // "ایمن سازی", "سرمایه گذاری": the second half of a compound verbal noun written apart is a common word.
  const compoundEnds = new Set(checkStrings(record.persianCompoundEnds, "language.json persianCompoundEnds").map(fold));
  for (const w of compoundEnds) notName.fa.add(w);
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
    /** The second halves of Persian compound verbal nouns written apart (سازی، گذاری), never a surname even in ی. */
    compoundEnds,
    /** Per language: prepositions, conjunctions and the like (برای، یعنی), never a surname even in ی. */
    functionWords: byLang("functionWords"),
    honorifics: new PhraseMatcher<true>(),
    honorificWords: new Set(allLanguages(checkLanguageLists(record.honorifics, "language.json honorifics")).map(fold)),
    /** Per language: words of titles, speech and meeting cues, never part of a name. */
    cueWords: cues,
    /** Per language: words that may close a name written after a title: speech verbs and titles ("…ماریا زاخارووا گفت"). */
    closingWords: closing,
    /** The last words of English titles and counterpart nouns ("minister", "ambassador", "counterpart"). */
    englishTitleEnds: titleLast,
    /** Persian counterpart nouns (همتای، همتایش), which end in ی like a surname from a place but never are one. */
    persianCounterparts: new Set(checkLanguageLists(counterpart, "titles.json counterpart").fa.flatMap((phrase) => phraseWords(fold(phrase)))),
    /** Per language: first words of speech verbs, titles and complementizers, which may follow a name ("… گفت", "… سفير", "قال X إن"). */
    afterNameWords: speaking,
    article: fold(checkString(checkObject(record.arabic, "language.json arabic").article, "language.json arabic.article")),
    /** Given names that fold to a function word (علي → على), named by their dotted yeh. */
    yehNames: new Set(checkStrings(checkObject(record.arabic, "language.json arabic").yehNames, "language.json arabic.yehNames").map(fold)),
    /** Words that open a list of people (كل من), as folded word lists. */
    listOpeners: allLanguages(checkLanguageLists(record.listOpeners, "language.json listOpeners")).map((p) => phraseWords(fold(p))),
    /** Phrases right before a delegation's or a session's leader (برئاسة، به ریاست، led by), from titles.json. */
    leaderPhrases: allLanguages(checkLanguageLists(checkObject(checkObject(titleData, "titles.json").delegations, "titles.json delegations").ledBy, "titles.json delegations.ledBy")).map((p) => phraseWords(fold(p))),
    /** Lower-case English words joining the capitalised words of a body a title serves (Minister of Foreign Affairs and Worship), from titles.json. */
    complementJoiners: new Set(checkLanguageLists(checkObject(titleData, "titles.json").complementJoiners, "titles.json complementJoiners").en.map(fold)),
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
export function langOf(ctx: NameContext, word: string): Lang {
  return !isArabicScript(word) ? "en" : ctx.clitics ? "ar" : "fa";
}

/** Particles of a chain of fathers' names (X bin Y bin Z; Mauritanian X ould Y, "محمد ولد الشيخ الغزواني"). */
export const PATRONYMIC: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "ولد", "bin", "ibn", "bint", "ben", "ould"]);

/** First words of the honorifics, for a quick look before matching them (a clitic may be written onto the first). */
export const honorificFirstWords = new Set(allLanguages(checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics")).map((h) => phraseWords(fold(h))[0]));
