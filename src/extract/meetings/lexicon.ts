/**
 * The words of data/meetings.json, loaded once: phrase matchers for the lists matched as phrases,
 * sets for those looked up as single folded words.
 */
import { allLanguages, checkLanguageLists, checkObject } from "../data-check.ts";
import languageData from "../data/language.json" with { type: "json" };
import data from "../data/meetings.json" with { type: "json" };
import { PERSIAN_SUFFIXES } from "../morphology.ts";
import { fold } from "../normalize.ts";
import { PhraseMatcher, type PhraseMatch } from "../phrase-matcher.ts";
import type { Token } from "../tokens.ts";
import { speechWords } from "../quotes/index.ts";

/**
 * A list matched in the words of the article's own script: Arabic and Persian share letters, so a word of one language's
 * list may be an unrelated word of the other. The match options' `clitics` (set for Arabic text) picks the Arabic words.
 */
class ByScript {
  constructor(private readonly arabic: PhraseMatcher<true>, private readonly other: PhraseMatcher<true>) {}
  private pick(options: { clitics?: boolean }): PhraseMatcher<true> {
    return options.clitics ? this.arabic : this.other;
  }
  matchAt(tokens: Token[], text: string, i: number, options: { clitics?: boolean } = {}): PhraseMatch<true> | null {
    return this.pick(options).matchAt(tokens, text, i, options);
  }
  findIn(tokens: Token[], text: string, first: number, after: number, options: { clitics?: boolean } = {}): PhraseMatch<true>[] {
    return this.pick(options).findIn(tokens, text, first, after, options);
  }
}

/** Lists of meetings.json matched as phrases, and those looked up as single folded words. */
const MATCHER_LISTS = ["tellVerbs", "handedHim", "frontedOpeners", "delegation", "delegationHead", "includedMeetings", "postedTitles", "notCue", "purpose", "also", "separateOpeners", "sender", "companion", "attendedAfter", "attendedBefore", "attendedAll", "multilateral", "passiveReception", "ceremony", "pluralGuests", "jointMeeting", "separately", "phone", "planned", "withSubject", "destination", "topic", "sidelines", "inPerson", "upcoming", "reportedOf", "bothSides", "groupSides", "before", "sequel", "sequelOwned", "envoyOf", "courtesyOn", "visitCalls", "welcomedGuest", "greetings", "pluralTitles", "preparedVisit", "saidThen", "presentAfterCue", "pluperfectAfterCue", "guestListOpeners", "denialAfter", "nextOccasion", "calledOff", "notPlanned", "unnamedSides", "receptionVerbs", "late", "joinedEvent", "eventNouns"] as const;

const SET_LISTS = ["placeIn", "sequelWhere", "latter", "afterObjectPronoun", "wentTo", "withOther", "objectPronouns", "relative", "timeAfterBreak", "between", "clauseBreaks", "clauseBreaksAfterComma", "breakModifiers", "asideOpeners", "asideAfterCue", "contrastOpeners", "timeBefore", "placeFrom", "placeTo", "notMeeting", "invitationBefore", "possessive", "ownedCues", "urgeTo", "welcomeNouns", "welcomeOf", "greetingsTo", "possessiveMarks", "notVerbAfterTo", "toldOfOwnerOpeners", "plannedNounOpeners", "plannedNouns", "plannedNounPrepositions", "callNouns", "occasionNouns", "definiteArticles", "afterGuest", "contentVerbs", "dayParts", "pluperfectAuxiliaries", "pluperfectParticles", "plannedModifiers", "plannedTimeNouns"] as const;

/** Lists whose last word may carry a Persian suffix ("سه‌جانبه‌ای", "دیداری", "نشستی ویدئوکنفرانسی"). */
const SUFFIXED = ["multilateral", "ceremony", "pluralGuests", "jointMeeting", "phone"];

export const lexicon = loadMeetingWords(data);

function loadMeetingWords(raw: unknown) {
  const record = checkObject(raw, "meetings.json");
  const lists = (key: string) => checkLanguageLists(record[key], `meetings.json ${key}`);
  /** Lists' words for each script: Arabic ("ar", with "en") and the others ("fa", with "en"). */
  const byScript = (keys: string[], options: { suffixes?: string[] } = {}) => {
    const of = (langs: ("fa" | "ar" | "en")[]) => {
      const m = new PhraseMatcher<true>(options);
      for (const key of keys) for (const lang of langs) for (const w of lists(key)[lang]) m.add(w, true);
      return m;
    };
    return new ByScript(of(["ar", "en"]), of(["fa", "en"]));
  };
  // Arabic "بحث" (discussed) is Persian "بحث" (discussion, "مورد بحث قرار گرفت"): each script keeps its own cue words.
  const cues = byScript(["cues", "phone"]);
  /** A phrase matcher over one list of meetings.json, each script with its own words. */
  const matcher = (key: string) => byScript([key], SUFFIXED.includes(key) ? { suffixes: [...PERSIAN_SUFFIXES] } : {});
  const set = (key: string) => new Set(allLanguages(lists(key)).map(fold));
  return {
    cues,
    speechVerbs: speechWords.verbs,
    pronouns: speechWords.pronouns,
    roleSubjects: speechWords.roleSubjects,
    finiteVerbEnds: speechWords.finiteVerbEnds,
    prepositions: speechWords.prepositions,
    ...Object.fromEntries(MATCHER_LISTS.map((key) => [key, matcher(key)])) as Record<(typeof MATCHER_LISTS)[number], ByScript>,
    ...Object.fromEntries(SET_LISTS.map((key) => [key, set(key)])) as Record<(typeof SET_LISTS)[number], Set<string>>,
    withWords: set("with"),
    objectMarker: new Set(allLanguages(checkLanguageLists(checkObject(languageData, "language.json").objectMarkers, "language.json objectMarkers")).map(fold)),
    // Persian "آن" (that) and Arabic "أن" (that, opening a clause: قبل أن يستقبل) fold alike: each script keeps its own.
    anaphoric: { arabic: new Set([...lists("anaphoric").ar, ...lists("anaphoric").en].map(fold)), other: new Set([...lists("anaphoric").fa, ...lists("anaphoric").en].map(fold)) },
    // Arabic "نفت" (she denied) is Persian "نفت" (oil, "وزیر نفت"): each script keeps its own denial words.
    denial: byScript(["denial"]),
    invitationStarts: allLanguages(lists("invitationStarts")).map(fold),
    dualSuffixes: allLanguages(lists("dualSuffixes")).map(fold),
    sideNumbers: allLanguages(lists("sideNumbers")).map(fold),
  };
}

/**
 * The companion phrases (به همراه، همراه با، accompanied by) among tokens [first, last), leaving out the "همراه" of an
 * accompanying delegation's name read with the "با" after it ("X و هیئت همراه با Y دیدار کردند": the delegation met Y).
 */
export function companionPhrases(tokens: Token[], text: string, first: number, last: number, options: { clitics?: boolean }): PhraseMatch<true>[] {
  const delegations = lexicon.delegation.findIn(tokens, text, Math.max(0, first - DELEGATION_WORDS), last, options);
  return lexicon.companion.findIn(tokens, text, first, last, options).filter((m) => !delegations.some((d) => d.first < m.first && m.first < d.after));
}

/** Whether a with-word (با، مع, with) stands among tokens [from, to). */
export function withWordBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++) if (lexicon.withWords.has(tokens[k].text)) return true;
  return false;
}

/** Most words of a delegation phrase that may start before a companion phrase it holds ("هیئت همراه"). */
const DELEGATION_WORDS = 3;

