/**
 * The cue lexicon: speech verbs, participles, framings, nominal statements, governed verbs and the
 * words around them, loaded once from data/speech.json and data/clauses.json (and titles.json,
 * language.json for the words of office titles), with the shape checked at load time. Each
 * language has a lexicon of its own: folded words of one language may spell a word of another
 * (Persian آنها "they" and Arabic إنها "that it", Persian او "he" and Arabic أو "or").
 */
import clauseData from "../data/clauses.json" with { type: "json" };
import languageData from "../data/language.json" with { type: "json" };
import publisherData from "../data/publishers.json" with { type: "json" };
import data from "../data/speech.json" with { type: "json" };
import titleData from "../data/titles.json" with { type: "json" };
import { checkLanguageLists, checkObject, checkStrings, type LanguageLists } from "../data-check.ts";
import { fold } from "../normalize.ts";
import type { ArticleText } from "../article-text.ts";
import { PhraseMatcher, type PhraseMatch } from "../phrase-matcher.ts";
import type { Language } from "../types.ts";
import type { CueType } from "./cue.ts";

const LANGUAGES = ["fa", "ar", "en"] as const;

/** A Persian nominal statement of data/speech.json: open words, an optional object marker, close words. */
export interface NominalRule {
  open: string[][];
  object: string | null;
  /** Stance nouns one of which must head the object ("حمایت … را اعلام کرد"), or null for any object. */
  objectHeads: Set<string> | null;
  close: PhraseMatcher<true>;
  /** Close words with their light verb left out before "و" ("X را سودمند توصیف و …"): a compound's first words. */
  elided: PhraseMatcher<true>;
  /** Every phrase of `close` and `elided`. */
  phrases: string[];
  maxGap: number;
  /** Whether the object marker stands right before the close (X را محکوم کرد) rather than a gap away (X را Y خواند). */
  adjacent: boolean;
  /** Whether the object marker may stand right before the close or a gap away ("X را اعلام کرد", "X را برای Y اعلام کرد"). */
  anyDistance: boolean;
  openDrop: number;
  /** Words right before the close that make it another construction ("مورد ارزیابی … قرار دادند"). */
  notAfter: Set<string>;
  /** Closes that, with a person right after the open words, welcome a guest (ritual, no statement). */
  guestCloses: PhraseMatcher<true>;
  keepOpen: boolean;
  keepClose: boolean;
  extend: boolean;
}

/** A verb whose content follows a preposition of its own (دعا إلى، طالب بـ، وصف X بأنه). */
export interface GovernedRule {
  verbs: Set<string>;
  /** Folded words of each preposition; a last word ending in "-" is written onto the next word (بوقف). */
  preps: { words: string[]; attached: boolean }[];
  gap: number;
  personObject: boolean;
  notAfter: Set<string>;
  keepObject: boolean;
  /** Whether a phrase set off by commas may stand before the preposition (أعرب X، لنظيره Y، عن …). */
  acrossCommas: boolean;
  /** Whether a noun object (not a person) may stand between the subject and the preposition (دعا X الأطراف إلى …). */
  nounObject: boolean;
  /** The content must open with a position noun (أعلن عن رغبته في …; "أعلن عن افتتاح …" announces a fact). */
  stanceOnly: boolean;
}

const speech = checkObject(data, "speech.json");
const clauses = checkObject(clauseData, "clauses.json");
const language = checkObject(languageData, "language.json");

/** Keys whose Persian phrases are verbs, matched in all their finite forms (see `persianVerbForms`). */
const INFLECTED = new Set(["verbs", "ritual", "notSpeech"]);

const verbForms = checkObject(speech.persianVerbForms, "speech.json persianVerbForms");
const PRESENT = new Map(Object.entries(checkObject(verbForms.present, "persianVerbForms.present")).map(([past, present]) => [fold(past), fold(String(present))]));
const ALTERNATES = new Map(Object.entries(checkObject(verbForms.alternates, "persianVerbForms.alternates")).map(([light, others]) => [fold(light), checkStrings(others, `persianVerbForms.alternates.${light}`).map(fold)]));
const PAST_ONLY = new Set(checkStrings(verbForms.pastOnly ?? [], "persianVerbForms.pastOnly").map(fold));

/**
 * A Persian verb phrase listed in the past third person (گفت، تاکید کرد) in all its finite forms, folded: the
 * phrase itself, its plural, perfect and pluperfect (with the auxiliary written apart or joined: گفته است،
 * گفته‌است), present (می‌گوید, with می written apart or joined), the same with an alternate light verb
 * (تاکید نمود), and for a compound verb the bare participle that chains clauses (عنوان نموده). A phrase whose
 * last word is not a known past stem is returned as it is.
 */
export function persianVerbForms(phrase: string): string[] {
  const words = fold(phrase).split(" ");
  const head = words.slice(0, -1);
  const last = words[words.length - 1];
  if (!PRESENT.has(last)) return [phrase];
  const forms = new Set<string>([fold(phrase)]);
  for (const stem of [last, ...(ALTERNATES.get(last) ?? [])]) {
    const present = PRESENT.get(stem);
    const finite = [stem, `${stem}ند`, `${stem}ه است`, `${stem}هاست`, `${stem}ه اند`, `${stem}هاند`, `${stem}ه بود`, `${stem}ه بودند`];
    if (present && !PAST_ONLY.has(fold(phrase))) finite.push(`می ${present}`, `می${present}`, `می ${present.slice(0, -1)}ند`, `می${present.slice(0, -1)}ند`);
    if (head.length > 0) finite.push(`${stem}ه`);
    for (const form of finite) forms.add([...head, form].join(" "));
  }
  return [...forms];
}

/**
 * The bare perfect participle of a one-word Persian verb listed in the past (گفت → گفته): Dari and informal news write
 * the perfect without its auxiliary ("او گفته که …"). Alone the word may also be a noun ("به گفته وی"), so it is a cue
 * only before a complementizer or a colon (find-cues.ts). Empty for compound verbs, whose participle is a listed form.
 */
export function persianBareParticiple(phrase: string): string[] {
  const words = fold(phrase).split(" ");
  return words.length === 1 && PRESENT.has(words[0]) ? [`${words[0]}ه`] : [];
}

/** Whether a folded Persian word is a past verb in the third person plural (کردند، دانستند): a known past stem and "ند". */
export function isPersianPastPlural(word: string): boolean {
  return word.endsWith("ند") && PRESENT.has(word.slice(0, -2));
}

/** Present stems in the third person plural (گویند، دانند), folded: the singular's last letter written "ند". */
const PRESENT_PLURAL = new Set([...PRESENT.values()].map((p) => `${p.slice(0, -1)}ند`));

/**
 * Whether the last word of a folded Persian verb phrase is in the third person plural, in any tense: past (گفتند), perfect
 * (گفته‌اند, its auxiliary joined or apart), pluperfect (گفته بودند) or present (می‌گویند).
 */
export function isPersianPlural(word: string): boolean {
  if (isPersianPastPlural(word) || word === "اند" || word === "بودند") return true;
  if (word.endsWith("هاند") && PRESENT.has(word.slice(0, -4))) return true;
  return PRESENT_PLURAL.has(word.replace(/^می/, ""));
}

/** The cue words of one language: phrase matchers (matched in the text) and sets (looked up per folded word). */
export type Lexicon = ReturnType<typeof loadLexicon>;

const lexicons: Record<Language, Lexicon> = { fa: loadLexicon("fa"), ar: loadLexicon("ar"), en: loadLexicon("en") };

/** The cue lexicon of a language. */
export function lexicon(lang: Language): Lexicon {
  return lexicons[lang];
}

/** Speech verbs (valued by language), pronouns and prepositions of every language, for the meeting finder (loaded once, here). */
export const speechWords = {
  verbs: (() => {
    const m = new PhraseMatcher<Language>();
    for (const lang of LANGUAGES) for (const w of lists(speech, "speech.json", "verbs")[lang]) m.add(w, lang);
    return m;
  })(),
  pronouns: new Set(LANGUAGES.flatMap((lang) => [...lexicons[lang].pronouns])),
  prepositions: new Set(LANGUAGES.flatMap((lang) => [...lexicons[lang].prepositions])),
  /** English bare role nouns as a subject ("the minister"): meetings read them like "he". */
  roleSubjects: lexicons.en.roleSubjects,
  /** Persian past verbs that end a clause (کرد، شد، داشت): a meeting cue ending in one tells of a meeting held. */
  finiteVerbEnds: lexicons.fa.finiteVerbEnds,
};

/** The names of news outlets (data/publishers.json), in every script: an outlet standing as a cue's subject ("ایرنا ادامه داد که") speaks for no person. */
export const OUTLETS = (() => {
  const m = new PhraseMatcher<true>();
  for (const p of (checkObject(publisherData, "publishers.json").publishers as { names?: unknown }[]) ?? []) for (const name of checkStrings(p.names ?? [], "publishers.json names")) m.add(name, true);
  return m;
})();

/**
 * Words of office titles and honorifics: a subject after an Arabic verb may run through a chain of
 * them before the name ("أكد نائب رئيس الوزراء ووزير الخارجية أيمن الصفدي أن"). The English "and"
 * of a title ("ambassador extraordinary and plenipotentiary") joins its words and is none of them:
 * "met X, and expressed …" opens a second predicate, not a title set after X.
 */
export const TITLE_WORDS = new Set(
  [...(checkObject(titleData, "titles.json").titles as { fa?: string[]; ar?: string[]; en?: string[] }[]).flatMap((t) => [...(t.fa ?? []), ...(t.ar ?? []), ...(t.en ?? [])]), ...checkLanguageLists(language.honorifics, "language.json honorifics").ar]
    .flatMap((phrase) => fold(phrase).split(" "))
    .filter((word) => !checkLanguageLists(language.coordinators, "language.json coordinators").en.includes(word)),
);

/** Words that may open a title as its holder's newness ("the new Indian Prime Minister", "the incoming envoy"), from titles.json `appointed`. */
export const APPOINTED_WORDS = new Set(Object.values(checkLanguageLists(checkObject(titleData, "titles.json").appointed, "titles.json appointed")).flat().flatMap((phrase) => fold(phrase).split(" ")));

/** The per-language lists under `key` of a data file (empty lists when the key is absent). */
function lists(record: Record<string, unknown>, file: string, key: string): LanguageLists {
  return checkLanguageLists(record[key] ?? {}, `${file} ${key}`);
}

function loadLexicon(lang: Language) {
  const listed = (key: string) => lists(speech, "speech.json", key)[lang];
  const words = (key: string) => (lang === "fa" && INFLECTED.has(key) ? listed(key).flatMap(persianVerbForms) : listed(key));
  const matcher = (...keys: string[]) => {
    const m = new PhraseMatcher<true>();
    for (const key of keys) for (const w of words(key)) m.add(w, true);
    return m;
  };
  const set = (key: string) => new Set(words(key).map(fold));
  const clauseList = (key: string) => lists(clauses, "clauses.json", key)[lang].map(fold);
  const nominal = (Array.isArray(speech.nominal) ? speech.nominal : []).map((value: unknown, i: number) => [value, i] as const).filter(([value]) => checkObject(value, "speech.json nominal").lang === lang).map(([value, i]) => loadNominal(value, i, lang));
  const governed = (Array.isArray(speech.governed) ? speech.governed : []).map((value: unknown, i: number) => [value, i] as const).filter(([value]) => checkObject(value, "speech.json governed").lang === lang).map(([value, i]) => loadGoverned(value, i));
  const characterizations = checkObject(speech.characterizations, "speech.json characterizations");
  return {
    verbs: matcher("verbs"),
    verbWords: set("verbs"),
    clauseOnlyVerbs: matcher("clauseOnlyVerbs"),
    bareParticiples: (() => {
      const m = new PhraseMatcher<true>();
      if (lang === "fa") for (const w of listed("verbs").flatMap(persianBareParticiple)) m.add(w, true);
      return m;
    })(),
    participles: matcher("participles"),
    sayingPhrases: matcher("sayingPhrases"),
    framings: matcher("framings"),
    complementizers: matcher("complementizers"),
    weakComplementizers: matcher("weakComplementizers"),
    blocked: matcher("ritual", "notSpeech"),
    pronouns: set("pronouns"),
    objectPronouns: set("objectPronouns"),
    prepositions: set("prepositions"),
    pluralSubjects: matcher("pluralSubjects"),
    pluralHeads: set("pluralHeads"),
    indefiniteSubjects: set("indefiniteSubjects"),
    roleSubjects: matcher("roleSubjects"),
    countryRoleNouns: matcher("countryRoleNouns"),
    bodyAdjectives: set("bodyAdjectives"),
    roleOffices: new Map(Object.entries(checkObject(speech.roleOffices ?? {}, "speech.json roleOffices")).filter(([k]) => !k.startsWith("$")).map(([k, v]) => [fold(k), String(v)])),
    honorificOffices: new Map(Object.entries(checkObject(speech.honorificOffices ?? {}, "speech.json honorificOffices")).filter(([k]) => !k.startsWith("$")).map(([k, v]) => [fold(k), (v as string[]).map(String)])),
    relatives: set("relatives"),
    speechNouns: set("speechNouns"),
    listenerVerbs: set("listenerVerbs"),
    adverbials: set("adverbials"),
    occasions: set("occasions"),
    asideOpeners: set("asideOpeners"),
    characterizations: (() => {
      const m = new PhraseMatcher<CueType>();
      for (const [key, type] of [["verbs", "verb"], ["participles", "participle"]] as const) for (const w of lists(characterizations, "speech.json characterizations", key)[lang]) m.add(w, type);
      return m;
    })(),
    // Words that may follow a verb whose subject is implied (وأضاف أن، وأفاد بأن، وتابع قائلا): function words, complementizers and words of manner.
    functionWords: new Set([...checkLanguageLists(language.notName, "language.json notName")[lang].map(fold), ...set("complementizers"), ...set("weakComplementizers"), ...set("sayingAdverbs")]),
    agencies: set("agencies"),
    honorificPronouns: set("honorificPronouns"),
    sameSubjects: set("sameSubjects"),
    statementNouns: set("statementNouns"),
    sideNouns: set("sideNouns"),
    objectMarkers: new Set(checkLanguageLists(language.objectMarkers, "language.json objectMarkers")[lang].map(fold)),
    feminineTitles: set("feminineTitles"),
    mandativeVerbs: set("mandativeVerbs"),
    mandativeStops: set("mandativeStops"),
    verbAdverbs: set("verbAdverbs"),
    timePhrases: matcher("timePhrases"),
    pastAuxiliaries: set("pastAuxiliaries"),
    perfectParticles: set("perfectParticles"),
    according: matcher("according"),
    // Articles that may open a title set off after a name ("Zarif, the Iranian foreign minister").
    appositionArticles: new Set(checkLanguageLists(language.appositionArticles, "language.json appositionArticles")[lang].map(fold)),
    afterQuote: matcher("afterQuote"),
    quoting: matcher("quoting"),
    institutions: set("institutions"),
    objectVerbs: set("objectVerbs"),
    quoteOnlyVerbs: set("quoteOnlyVerbs"),
    continuationVerbs: set("continuationVerbs"),
    bareClauseVerbs: set("bareClauseVerbs"),
    roleAlso: new Map(Object.entries(checkObject(speech.roleAlso ?? {}, "speech.json roleAlso")).filter(([k]) => !k.startsWith("$")).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : [String(v)]])),
    needsWord: new Map(Object.entries(checkObject(speech.needsWord ?? {}, "speech.json needsWord")).filter(([k]) => !k.startsWith("$")).map(([k, v]) => [fold(k), fold(String(v))])),
    anaphoricObjects: matcher("anaphoricObjects"),
    clauseMarkers: set("clauseMarkers"),
    stanceNouns: set("stanceNouns"),
    ritualContent: set("ritualContent"),
    openOwners: set("openOwners"),
    openCompounds: set("openCompounds"),
    nominal,
    /** Every close word of the nominal rules, and every elided one: where a nominal statement may end. */
    nominalWords: (() => {
      const m = new PhraseMatcher<true>();
      for (const rule of nominal) for (const phrase of rule.phrases) m.add(phrase, true);
      return m;
    })(),
    nominalVerbs: matcher("nominalVerbs", "nominalOnlyVerbs"),
    nominalOnlyVerbs: set("nominalOnlyVerbs"),
    framingNouns: set("framingNouns"),
    governed,
    /** Verbs that are cues only through a governed rule or with a noun phrase after their subject (not listed as speech verbs themselves). */
    governedVerbs: (() => {
      const m = new PhraseMatcher<true>();
      for (const rule of governed) for (const verb of rule.verbs) m.add(verb, true);
      for (const verb of words("nominalOnlyVerbs")) m.add(verb, true);
      return m;
    })(),
    /** Every verb, participle, framing and governed verb in one matcher: a word none of them starts with is passed over at once. */
    cueWords: (() => {
      const m = new PhraseMatcher<true>();
      for (const key of ["verbs", "clauseOnlyVerbs", "participles", "framings", "nominalOnlyVerbs"]) for (const w of words(key)) m.add(w, true);
      if (lang === "fa") for (const w of listed("verbs").flatMap(persianBareParticiple)) m.add(w, true);
      for (const rule of governed) for (const verb of rule.verbs) m.add(verb, true);
      return m;
    })(),
    // The words of data/clauses.json, folded: word sets, and phrases split into their words.
    finiteVerbEnds: new Set(clauseList("finiteVerbEnds")),
    ownSubjectOpeners: new Set(clauseList("ownSubjectOpeners")),
    ownSubjectPrepositions: new Set(clauseList("ownSubjectPrepositions")),
    continuingOpeners: new Set(clauseList("continuingOpeners")),
    clauseOpeners: new Set(clauseList("clauseOpeners")),
    afterTitle: new Set(clauseList("afterTitle")),
    openingPhrases: clauseList("openingPhrases").map((p) => p.split(" ")),
    topicFramings: clauseList("topicFramings").map((p) => p.split(" ")),
    demonstratives: new Set(clauseList("demonstratives")),
    leadIns: clauseList("leadIns"),
    objectHosts: clauseList("objectHosts"),
    characterizationStops: new Set(clauseList("characterizationStops")),
    predicateCoordinators: new Set(clauseList("predicateCoordinators")),
    subjectPronouns: new Set(clauseList("subjectPronouns")),
    beforeVerb: new Set(clauseList("beforeVerb")),
    subordinators: new Set(clauseList("subordinators")),
    phraseOpeners: new Set(clauseList("phraseOpeners")),
    imperfective: new Set(clauseList("imperfective")),
    objectPrepositions: new Set(clauseList("objectPrepositions")),
    occasionNouns: new Set(clauseList("occasionNouns")),
    passiveAuxiliaries: new Set(clauseList("passiveAuxiliaries")),
    // Clitics a verb may have written onto it (و، ف and both), as a test of the letters before the verb in its word.
    verbClitics: new RegExp(`^(?:${clauseList("verbClitics").join("|") || "(?!)"})?$`),
    elidedVerbParts: new Set(clauseList("elidedVerbParts")),
    occasionOpeners: clauseList("occasionOpeners").map((p) => p.split(" ")),
    definiteArticles: new Set(clauseList("definiteArticles")),
    subjectHonorifics: new Set([...clauseList("subjectHonorifics"), ...checkLanguageLists(language.honorifics, "language.json honorifics")[lang].flatMap((h) => fold(h).split(/[\s.]+/))].filter((w) => w.length > 0)),
    nounCompounds: clauseList("nounCompounds").map((p, i) => {
      const [first, second, ...rest] = p.split(" ");
      if (!second || rest.length > 0) throw new TypeError(`clauses.json nounCompounds[${i}]: expected two words`);
      return { first, second, joined: first + second };
    }),
  };
}

/** Whether a verb match has no clitic but و/ف written onto it (Arabic; other languages have none). */
export function verbClitic(article: ArticleText, m: PhraseMatch<unknown>): boolean {
  return !article.clitics || lexicons.ar.verbClitics.test(article.folded.text.slice(article.tokens[m.first].start, m.start));
}

/** A speech verb or participle of a matcher at token i, with only the clitics a verb takes. */
export function verbWordAt(article: ArticleText, matcher: PhraseMatcher<true>, i: number): PhraseMatch<true> | null {
  const m = matcher.matchAt(article.tokens, article.folded.text, i, { clitics: article.clitics });
  return m && verbClitic(article, m) ? m : null;
}

function loadGoverned(value: unknown, i: number): GovernedRule {
  const item = checkObject(value, `speech.json governed[${i}]`);
  return {
    verbs: new Set(checkStrings(item.verbs, `governed[${i}].verbs`).map(fold)),
    preps: checkStrings(item.preps, `governed[${i}].preps`).map((w) => ({ words: fold(w.replace(/-$/, "")).split(" "), attached: w.endsWith("-") })),
    gap: Number(item.gap ?? 3),
    personObject: item.personObject === true,
    notAfter: new Set(checkStrings(item.notAfter ?? [], `governed[${i}].notAfter`).map(fold)),
    keepObject: item.keepObject === true,
    acrossCommas: item.acrossCommas === true,
    nounObject: item.nounObject === true,
    stanceOnly: item.stanceOnly === true,
  };
}

function loadNominal(value: unknown, i: number, lang: Language): NominalRule {
  const item = checkObject(value, `speech.json nominal[${i}]`);
  const close = new PhraseMatcher<true>();
  const elided = new PhraseMatcher<true>();
  const closes = checkStrings(item.close, `nominal[${i}].close`);
  const phrases = closes.flatMap((w) => (lang === "fa" ? persianVerbForms(w) : [w]));
  phrases.forEach((w) => close.add(w, true));
  for (const w of closes) {
    const words = fold(w).split(" ");
    if (lang === "fa" && words.length > 1 && PRESENT.has(words[words.length - 1])) {
      elided.add(words.slice(0, -1).join(" "), true);
      phrases.push(words.slice(0, -1).join(" "));
    }
  }
  return {
    open: checkStrings(item.open ?? [], `nominal[${i}].open`).map((w) => fold(w).split(" ")),
    object: typeof item.object === "string" ? fold(item.object) : null,
    objectHeads: item.objectHeads ? new Set(checkStrings(item.objectHeads, `nominal[${i}].objectHeads`).map(fold)) : null,
    close,
    elided,
    phrases,
    maxGap: Number(item.maxGap ?? 4),
    adjacent: item.adjacent === true,
    anyDistance: item.anyDistance === true,
    openDrop: Number(item.openDrop ?? 0),
    notAfter: new Set(checkStrings(item.notAfter ?? [], `nominal[${i}].notAfter`).map(fold)),
    guestCloses: (() => {
      const m = new PhraseMatcher<true>();
      for (const w of checkStrings(item.guestCloses ?? [], `nominal[${i}].guestCloses`)) for (const form of lang === "fa" ? persianVerbForms(w) : [w]) m.add(form, true);
      return m;
    })(),
    keepOpen: item.keepOpen !== false,
    keepClose: item.keepClose !== false,
    extend: item.extend === true,
  };
}
