/**
 * The cue lexicon: speech verbs, participles, framings, nominal statements, governed verbs and the
 * words around them, loaded once from data/speech.json and data/clauses.json (and titles.json,
 * language.json for the words of office titles), with the shape checked at load time.
 */
import clauseData from "../data/clauses.json" with { type: "json" };
import languageData from "../data/language.json" with { type: "json" };
import data from "../data/speech.json" with { type: "json" };
import titleData from "../data/titles.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkStrings, type LanguageLists } from "../data-check.ts";
import { fold } from "../normalize.ts";
import { PhraseMatcher } from "../phrase-matcher.ts";
import type { Language } from "../types.ts";
import type { CueType } from "./cue.ts";

/** A Persian nominal statement of data/speech.json: open words, an optional object marker, close words. */
interface NominalRule {
  open: string[][];
  object: string | null;
  close: PhraseMatcher<true>;
  maxGap: number;
  /** Whether the object marker stands right before the close (X را محکوم کرد) rather than a gap away (X را Y خواند). */
  adjacent: boolean;
  openDrop: number;
  keepOpen: boolean;
  keepClose: boolean;
  extend: boolean;
}

/** Every word list of data/speech.json, as phrase matchers (matched in the text) and sets (looked up per folded word). */
export const cueLexicon = loadSpeech(data);

/** Speech verbs, pronouns and prepositions, for the meeting finder (loaded once, here). */
export const speechWords = { verbs: cueLexicon.verbs, pronouns: cueLexicon.pronouns, prepositions: cueLexicon.prepositions };

/**
 * Words of office titles and honorifics: a subject after an Arabic verb may run through a chain of
 * them before the name ("أكد نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي أن").
 */
export const TITLE_WORDS = new Set(
  [...(checkObject(titleData, "titles.json").titles as { fa?: string[]; ar?: string[]; en?: string[] }[]).flatMap((t) => [...(t.fa ?? []), ...(t.ar ?? []), ...(t.en ?? [])]), ...checkLanguageLists(checkObject(languageData, "language.json").honorifics, "language.json honorifics").ar]
    .flatMap((phrase) => fold(phrase).split(" ")),
);

function loadSpeech(raw: unknown) {
  const record = checkObject(raw, "speech.json");
  const lists = (key: string): LanguageLists => checkLanguageLists(record[key], `speech.json ${key}`);
  const matcherOf = <T>(l: LanguageLists, value: (lang: Language) => T) => {
    const m = new PhraseMatcher<T>();
    for (const lang of ["fa", "ar", "en"] as const) for (const w of l[lang]) m.add(w, value(lang));
    return m;
  };
  const setOf = (l: LanguageLists) => new Set([...l.fa, ...l.ar, ...l.en].map(fold));
  const nominal = (Array.isArray(record.nominal) ? record.nominal : []).map((value: unknown, i: number) => loadNominal(value, i));
  return {
    verbs: matcherOf(lists("verbs"), (lang) => lang),
    participles: matcherOf(lists("participles"), (lang) => lang),
    framings: matcherOf(lists("framings"), (lang) => lang),
    complementizers: matcherOf(lists("complementizers"), () => true as const),
    weakComplementizers: matcherOf(lists("weakComplementizers"), () => true as const),
    blocked: matcherOf({ fa: [...lists("ritual").fa, ...lists("notSpeech").fa], ar: [...lists("ritual").ar, ...lists("notSpeech").ar], en: [...lists("ritual").en, ...lists("notSpeech").en] }, () => true as const),
    pronouns: setOf(lists("pronouns")),
    prepositions: setOf(lists("prepositions")),
    pluralSubjects: matcherOf(lists("pluralSubjects"), () => true as const),
    roleSubjects: matcherOf(lists("roleSubjects"), () => true as const),
    relatives: setOf(lists("relatives")),
    speechNouns: setOf(lists("speechNouns")),
    listenerVerbs: matcherOf(lists("listenerVerbs"), () => true as const),
    adverbials: setOf(lists("adverbials")),
    occasions: setOf(lists("occasions")),
    characterizations: (() => {
      const c = checkObject(record.characterizations, "speech.json characterizations");
      const m = new PhraseMatcher<CueType>();
      for (const [key, type] of [["verbs", "verb"], ["participles", "participle"]] as const) {
        const l = checkLanguageLists(c[key], `speech.json characterizations ${key}`);
        for (const lang of ["fa", "ar", "en"] as const) for (const w of l[lang]) m.add(w, type);
      }
      return m;
    })(),
    // Words that may follow a verb whose subject is implied (وأضاف أن، وأفاد بأن): function words and complementizers.
    functionWords: new Set([...setOf(checkLanguageLists(checkObject(languageData, "language.json").notName, "language.json notName")), ...setOf(lists("complementizers")), ...setOf(lists("weakComplementizers"))]),
    agencies: setOf(lists("agencies")),
    according: matcherOf(lists("according"), (lang) => lang),
    institutions: setOf(lists("institutions")),
    nominal,
    nominalVerbs: matcherOf(lists("nominalVerbs"), () => true as const),
    framingNouns: setOf(record.framingNouns ? lists("framingNouns") : { fa: [], ar: [], en: [] }),
    governed: (Array.isArray(record.governed) ? record.governed : []).map((value: unknown, i: number) => loadGoverned(value, i)),
  };
}

/** An Arabic verb whose content follows a preposition of its own (دعا إلى، طالب بـ، وصف X بأنه). */
export interface GovernedRule {
  lang: Language;
  verbs: Set<string>;
  /** Folded words of each preposition; a last word ending in "-" is written onto the next word (بوقف). */
  preps: { words: string[]; attached: boolean }[];
  gap: number;
  personObject: boolean;
  notAfter: Set<string>;
  keepObject: boolean;
}

function loadGoverned(value: unknown, i: number): GovernedRule {
  const item = checkObject(value, `speech.json governed[${i}]`);
  return {
    lang: item.lang as Language,
    verbs: new Set(checkStrings(item.verbs, `governed[${i}].verbs`).map(fold)),
    preps: checkStrings(item.preps, `governed[${i}].preps`).map((w) => ({ words: fold(w.replace(/-$/, "")).split(" "), attached: w.endsWith("-") })),
    gap: Number(item.gap ?? 3),
    personObject: item.personObject === true,
    notAfter: new Set(checkStrings(item.notAfter ?? [], `governed[${i}].notAfter`).map(fold)),
    keepObject: item.keepObject === true,
  };
}

/** Verbs that are cues only through a governed rule (not listed as speech verbs themselves). */
export const governedVerbs = (() => {
  const m = new PhraseMatcher<Language>();
  for (const rule of cueLexicon.governed) for (const verb of rule.verbs) m.add(verb, rule.lang);
  return m;
})();

function loadNominal(value: unknown, i: number): NominalRule & { lang: Language } {
  const item = checkObject(value, `speech.json nominal[${i}]`);
  const close = new PhraseMatcher<true>();
  checkStrings(item.close, `nominal[${i}].close`).forEach((w) => close.add(w, true));
  return {
    lang: item.lang as Language,
    open: checkStrings(item.open ?? [], `nominal[${i}].open`).map((w) => fold(w).split(" ")),
    object: typeof item.object === "string" ? fold(item.object) : null,
    close,
    maxGap: Number(item.maxGap ?? 4),
    adjacent: item.adjacent === true,
    openDrop: Number(item.openDrop ?? 0),
    keepOpen: item.keepOpen !== false,
    keepClose: item.keepClose !== false,
    extend: item.extend === true,
  };
}

/** The words of data/clauses.json, folded: word sets, and phrases split into their words. */
export const clauseWords = loadClauses(clauseData);

function loadClauses(raw: unknown) {
  const record = checkObject(raw, "clauses.json");
  const words = (key: string) => allLanguages(checkLanguageLists(record[key], `clauses.json ${key}`)).map(fold);
  const set = (key: string) => new Set(words(key));
  return {
    finiteVerbEnds: set("finiteVerbEnds"),
    ownSubjectOpeners: set("ownSubjectOpeners"),
    ownSubjectPrepositions: set("ownSubjectPrepositions"),
    clauseOpeners: set("clauseOpeners"),
    afterTitle: set("afterTitle"),
    openingPhrases: words("openingPhrases").map((p) => p.split(" ")),
    leadIns: words("leadIns"),
    objectHosts: words("objectHosts"),
    characterizationStops: set("characterizationStops"),
    nounCompounds: words("nounCompounds").map((p, i) => {
      const [first, second, ...rest] = p.split(" ");
      if (!second || rest.length > 0) throw new TypeError(`clauses.json nounCompounds[${i}]: expected two words`);
      return { first, second, joined: first + second };
    }),
  };
}
