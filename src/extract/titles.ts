/**
 * Office titles in the text ("وزیر امور خارجه روسیه", "وزير الخارجية الأمريكي", "the Russian
 * foreign minister", plural "وزرای خارجه ترکیه و قطر") and counterpart phrases ("همتای
 * آمریکایی خود", "نظيره الأمريكي", "his Russian counterpart"), with the countries written next to
 * them. Title words come from data/titles.json; resolving them to people is the job of persons/.
 */
import data from "./data/titles.json" with { type: "json" };
import { checkLanguageLists, checkObject, checkString, checkStrings, allLanguages, type LanguageLists } from "./data-check.ts";
import { isPlacePreposition, type CountryMention } from "./countries.ts";
import type { OfficeKind } from "./gazetteer.ts";
import { ARABIC_CLITICS, COORDINATORS, hasWithClitic, persianSpacings } from "./morphology.ts";
import { fold } from "./normalize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { isHonorific, rankOpensCompoundGiven, rankOpensMilitaryRank } from "./names/name-words.ts";
import { opensArabicGivenName } from "./names/given-names.ts";
import { ABD } from "./names/read-run.ts";
import { findCities, type PlaceMention } from "./places.ts";
import { isArabicScript, phraseWords, type Token } from "./tokens.ts";
import type { Language } from "./types.ts";

/** A title kind as listed in titles.json. */
export interface TitleEntry {
  office: OfficeKind;
  role: string;
  org: string | null;
  /** The country the title itself names ("سخنگوی کرملین", "Kremlin spokesman"), if any. */
  country?: string | null;
  plural: boolean;
  /** The languages (fa, ar) in which the name after the title is whose office it is, not its holder ("مشاور روحانی", "رئیس دفتر روحانی"). */
  relational?: Language[];
  /** A bare "other" title that, like a principal one, may stand for the outlet's own country's holder ("رئیس مجلس"). */
  impliesOurs?: boolean;
  /** An ambassador's title: a host country may follow the sending one ("سفیر ایران در ترکیه"). */
  posted?: boolean;
  /** A governor's title: in Arabic, without the article, the region governed follows it (محافظ البصرة). */
  regional?: boolean;
  /** An office only with a country beside it (المستشار الألماني); alone, an honorific (المستشار أحمد حافظ). */
  withCountry?: boolean;
}

/** A title or counterpart phrase found in the text. */
export interface TitleMention {
  kind: "title" | "plural" | "counterpart";
  entry: TitleEntry | null;
  /** Countries written with the title, in order; the outlet's country for "کشورمان". */
  countries: string[];
  /** Whether the title says "former". */
  former: boolean;
  /** A plural title said of "the two countries" (وزرای خارجه دو کشور), with no country written. */
  both?: boolean;
  /** A title with no country written, taken as the outlet's country's ("رئیس جمهور" in an Iranian outlet). */
  implied?: boolean;
  /** Token range of the whole phrase (title, country, possessive). */
  first: number;
  after: number;
  /** Folded-text range of the whole phrase. */
  start: number;
  end: number;
}

const OFFICE_KINDS = new Set(["head_of_state", "head_of_government", "foreign_minister", "secretary_general", "spokesperson", "other"]);

const loaded = loadTitles(data);

function loadTitles(raw: unknown) {
  const record = checkObject(raw, "titles.json");
  const titles = new PhraseMatcher<TitleEntry>();
  /** English singular titles by their folded words, for a title read from a chain of portfolios. */
  const english = new Map<string, TitleEntry>();
  /** The languages each folded title phrase is listed under: an Arabic-only word (رئيس) is no title in Persian text. */
  const languages = new Map<string, Set<"fa" | "ar" | "en">>();
  const variantRecord = checkObject(record.variants, "titles.json variants");
  if (!Array.isArray(variantRecord.groups)) throw new TypeError("titles.json variants.groups: expected an array");
  const variants = variantRecord.groups.map((g, i) => checkStrings(g, `titles.json variants.groups[${i}]`));
  const list = record.titles;
  if (!Array.isArray(list)) throw new TypeError("titles.json titles: expected an array");
  list.forEach((value, i) => {
    const item = checkObject(value, `titles.json titles[${i}]`);
    const office = checkString(item.office, `titles[${i}].office`);
    if (!OFFICE_KINDS.has(office)) throw new TypeError(`titles.json titles[${i}].office: unknown kind ${office}`);
    const base = { office: office as OfficeKind, role: checkString(item.role, `titles[${i}].role`), org: typeof item.org === "string" ? item.org : null, country: typeof item.country === "string" ? item.country : null, relational: relationalIn(item.relational, i), impliesOurs: item.implied === true, posted: item.posted === true, regional: item.regional === true, withCountry: item.withCountry === true };
    addLists(checkLanguageLists(item, `titles[${i}]`), { ...base, plural: false });
    if (item.plural) addLists(checkLanguageLists(item.plural, `titles[${i}].plural`), { ...base, plural: true });
  });
  // Ministers of other portfolios: a minister word with each portfolio, in each language's order.
  const ministers = checkObject(record.ministers, "titles.json ministers");
  const words = checkLanguageLists(ministers.words, "titles.json ministers.words");
  const enAfter = checkStrings(ministers.enAfter, "titles.json ministers.enAfter");
  const enBefore = checkStrings(ministers.enBefore, "titles.json ministers.enBefore");
  if (!Array.isArray(ministers.portfolios)) throw new TypeError("titles.json ministers.portfolios: expected an array");
  ministers.portfolios.forEach((value, i) => {
    const item = checkObject(value, `titles.json ministers.portfolios[${i}]`);
    const portfolio = checkLanguageLists(item, `ministers.portfolios[${i}]`);
    const entry: TitleEntry = { office: "other", role: checkString(item.role, `ministers.portfolios[${i}].role`), org: null, country: null, plural: false, impliesOurs: true };
    // Arabic portfolios also in the construct state: وزير دفاع روسيا beside وزير الدفاع الروسي.
    const ar = portfolio.ar.flatMap((p) => (p.startsWith("ال") ? [p, p.slice(2)] : [p]));
    addLists({
      fa: words.fa.flatMap((w) => portfolio.fa.map((p) => `${w} ${p}`)),
      ar: words.ar.flatMap((w) => ar.map((p) => `${w} ${p}`)),
      en: portfolio.en.flatMap((p) => [...enAfter.map((w) => `${p} ${w}`), ...enBefore.map((w) => `${w} ${p}`)]),
    }, entry);
  });
  const counterpart = checkObject(record.counterpart, "titles.json counterpart");
  function addLists(lists: LanguageLists, entry: TitleEntry): void {
    for (const lang of ["fa", "ar", "en"] as const) {
      for (const word of lists[lang].flatMap((w) => spellings(w, variants)).flatMap((w) => (lang === "fa" ? persianSpacings(w) : [w]))) {
        titles.add(word, entry);
        const key = phraseWords(fold(word)).join(" ");
        if (lang === "en" && !entry.plural && !english.has(key)) english.set(key, entry);
        languages.set(key, (languages.get(key) ?? new Set()).add(lang));
      }
    }
  }
  const possessive = checkLanguageLists(counterpart.possessive, "titles.json counterpart.possessive");
  return {
    titles,
    ours: new Set(allLanguages(checkLanguageLists(record.ours, "titles.json ours")).map(fold)),
    former: new Set(allLanguages(checkLanguageLists(record.former, "titles.json former")).map(fold)),
    counterpart: new Set(allLanguages(checkLanguageLists(counterpart, "titles.json counterpart")).map(fold)),
    pluralCounterpart: new Set(allLanguages(checkLanguageLists(counterpart.plural, "titles.json counterpart.plural")).map(fold)),
    possessiveAfter: new Set([...possessive.fa, ...possessive.ar].map(fold)),
    possessiveBefore: new Set(possessive.en.map(fold)),
    heads: new Set(allLanguages(checkLanguageLists(record.heads, "titles.json heads")).map(fold)),
    both: phrases(allLanguages(checkLanguageLists(record.both, "titles.json both"))),
    bare: new Set(allLanguages(checkLanguageLists(record.bare, "titles.json bare")).map(fold)),
    thatCountry: phrases(allLanguages(checkLanguageLists(record.thatCountry, "titles.json thatCountry"))),
    posting: new Set(allLanguages(checkLanguageLists(record.posting, "titles.json posting")).map(fold)),
    complementLinks: new Set(allLanguages(checkLanguageLists(record.complementLinks, "titles.json complementLinks")).map(fold)),
    blocs: new Set(allLanguages(checkLanguageLists(record.blocs, "titles.json blocs")).map(fold)),
    possessedTitleEnds: new Set(allLanguages(checkLanguageLists(record.possessedTitleEnds, "titles.json possessedTitleEnds")).map(fold)),
    complementOpeners: new Set(allLanguages(checkLanguageLists(record.complementOpeners, "titles.json complementOpeners")).map(fold)),
    complementJoiners: new Set(allLanguages(checkLanguageLists(record.complementJoiners, "titles.json complementJoiners")).map(fold)),
    countryLinks: new Set(allLanguages(checkLanguageLists(record.countryLinks, "titles.json countryLinks")).map(fold)),
    statePrefixes: new Set(allLanguages(checkLanguageLists(record.statePrefixes, "titles.json statePrefixes")).map(fold)),
    stateSuffixes: new Set(allLanguages(checkLanguageLists(record.stateSuffixes, "titles.json stateSuffixes")).map(fold)),
    withCountryOnly: new Set(allLanguages(checkLanguageLists(record.withCountryOnly, "titles.json withCountryOnly")).map(fold)),
    appointed: new Set(allLanguages(checkLanguageLists(record.appointed, "titles.json appointed")).flatMap((p) => phraseWords(fold(p)))),
    hosts: new Set(allLanguages(checkLanguageLists(record.hosts, "titles.json hosts")).map(fold)),
    regionOpeners: new Set(allLanguages(checkLanguageLists(record.regionOpeners, "titles.json regionOpeners")).map(fold)),
    rankAfterCountry: new Set(allLanguages(checkLanguageLists(record.rankAfterCountry, "titles.json rankAfterCountry")).map(fold)),
    regions: new Set(allLanguages(checkLanguageLists(record.regions, "titles.json regions")).map(fold)),
    provinces: phrases(allLanguages(checkLanguageLists(record.provinces, "titles.json provinces"))),
    regionCountries: regionsByCountry(checkObject(record.regionCountries, "titles.json regionCountries")),
    bodies: phrases(allLanguages(checkLanguageLists(record.bodies, "titles.json bodies"))),
    missions: new Set(allLanguages(checkLanguageLists(record.missions, "titles.json missions")).flatMap((p) => phraseWords(fold(p)))),
    portfolios: loadPortfolios(checkObject(record.portfolios, "titles.json portfolios")),
    /** The minister words (وزیر، وزير، minister) that open a minister's title. */
    ministerWords: new Set(allLanguages(words).map(fold)),
    /** The English words written after a portfolio (Defence Minister, Home Secretary). */
    enAfter: new Set(enAfter.map(fold)),
    english,
    /** The first words of the English titles, which a chain of portfolios must open with. */
    englishFirst: new Set([...english.keys()].map((phrase) => phrase.split(" ")[0])),
    languages,
  };
}

/** The languages of a title entry's `relational`: true for Persian and Arabic, or a list of them (["fa"]). */
function relationalIn(value: unknown, i: number): Language[] {
  if (value === undefined || value === false) return [];
  if (value === true) return ["fa", "ar"];
  const langs = checkStrings(value, `titles[${i}].relational`);
  if (!langs.every((l) => l === "fa" || l === "ar")) throw new TypeError(`titles.json titles[${i}].relational: expected true or a list of fa, ar`);
  return langs as Language[];
}

function loadPortfolios(record: Record<string, unknown>) {
  const openers = checkLanguageLists(record.openers, "titles.json portfolios.openers");
  const ends = checkLanguageLists(record.ends, "titles.json portfolios.ends");
  return {
    /** Persian openers, as word lists ("در امور"). */
    fa: openers.fa.map((p) => phraseWords(fold(p))),
    ar: new Set(openers.ar.map(fold)),
    en: new Set(openers.en.map(fold)),
    enEnds: new Set(ends.en.map(fold)),
  };
}

/** A phrase with every interchangeable spelling of the parts it contains (رئیس جمهور → رئیس‌جمهور, رییس جمهور…). */
function spellings(phrase: string, groups: string[][]): string[] {
  let out = [phrase];
  for (const group of groups) {
    out = out.flatMap((p) => {
      const part = group.find((g) => p.includes(g));
      return part ? [p, ...group.filter((g) => g !== part).map((g) => p.split(part).join(g))] : [p];
    });
  }
  return [...new Set(out)];
}

/** Regions by the country they belong to ({ "EG": ["الإسكندرية", …] }), as a matcher giving the country's code. */
function regionsByCountry(record: Record<string, unknown>): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  for (const [code, list] of Object.entries(record)) if (code !== "$comment") for (const region of checkStrings(list, `titles.json regionCountries.${code}`)) m.add(region, code);
  return m;
}

function phrases(words: string[]): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const w of words) m.add(w, true);
  return m;
}

/** Whether a word is a plural counterpart noun (نظرائه، همتایان), with an Arabic clitic allowed on it (ونظرائه). */
export function isPluralCounterpart(word: string, clitics: boolean): boolean {
  return clitics ? hasWithClitic(loaded.pluralCounterpart, word) : loaded.pluralCounterpart.has(word);
}

/** Whether a word is a counterpart noun, singular or plural (counterpart, counterparts, همتای، نظيره, نظرائه), with an Arabic clitic allowed on it. */
export function isCounterpartWord(word: string, clitics: boolean): boolean {
  return isPluralCounterpart(word, clitics) || (clitics ? hasWithClitic(loaded.counterpart, word) : loaded.counterpart.has(word));
}

const delegations = loadDelegations(checkObject(checkObject(data, "titles.json").delegations, "titles.json delegations"));

function loadDelegations(record: Record<string, unknown>) {
  const ledBy = new PhraseMatcher<true>();
  for (const phrase of allLanguages(checkLanguageLists(record.ledBy, "titles.json delegations.ledBy"))) ledBy.add(phrase, true);
  return { words: new Set(allLanguages(checkLanguageLists(record.words, "titles.json delegations.words")).map(fold)), ledBy };
}

/** Whether a word is a delegation noun (delegation, وفد، هیئت), with an Arabic clitic allowed on it. */
export function isDelegationWord(word: string, clitics: boolean): boolean {
  return clitics ? hasWithClitic(delegations.words, word) : delegations.words.has(word);
}

/** Where a phrase naming a delegation's leader (led by, برئاسة، به ریاست) starting at token i ends, or -1. */
export function ledByEnd(tokens: Token[], folded: string, i: number, clitics: boolean): number {
  return delegations.ledBy.matchAt(tokens, folded, i, { clitics })?.after ?? -1;
}

/** Whether a word links an ambassador's title to the country they serve in (در، لدى، to). */
export function isPostingWord(word: string): boolean {
  return loaded.posting.has(word);
}

/** Whether a title is a minister's or a deputy minister's (وزير النفط، نائب وزير الزراعة): one of its words is a minister word. */
export function isMinisterTitle(title: TitleMention, tokens: Token[]): boolean {
  for (let k = title.first; k < title.after; k++) if (hasWithClitic(loaded.ministerWords, tokens[k].text)) return true;
  return false;
}

/** Whether a word links an Arabic title to the body or place it serves (في، لدى، إلى), inside the title's complement. */
export function isComplementLink(word: string): boolean {
  return loaded.complementLinks.has(word);
}

/** Whether a word names a party, bloc or list an MP sits for, written after عن (كتلة، حزب، ائتلاف، تحالف). */
export function isBlocWord(word: string): boolean {
  return loaded.blocs.has(word);
}

/** Whether a word opens the body, place or remit an English title serves, written after it (President of …, Special Envoy for …). */
export function isComplementOpener(word: string): boolean {
  return loaded.complementOpeners.has(word);
}

/** Whether a lower-case word may stand between the capitalised words of such a body (Horn of Africa, Office for Consular Relations). */
export function isComplementJoiner(word: string): boolean {
  return loaded.complementJoiners.has(word);
}

/** Folded offsets of "our country" words (کشورمان، بلادنا), which name the outlet's country. */
export function findOurCountryWords(tokens: Token[]): number[] {
  const found: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const n = oursAt(tokens, k);
    if (n > 0) { found.push(tokens[k].start); k += n - 1; }
  }
  return found;
}

/** What findTitles may know of the text beyond its folded tokens. */
export interface TitleSource {
  /** Whether token i is written with a capital in the source (English titles need it). */
  isCapitalized?: (i: number) => boolean;
  /** The line of each token: a title ends with its line (a headline's title does not run into the dateline). */
  lineOfToken?: Int32Array;
}

/**
 * Finds titles and counterpart phrases. `countries` are the text's country mentions (from
 * countries.ts); `ourCountry` is what "کشورمان" means for this outlet, if known.
 */
export function findTitles(tokens: Token[], folded: string, countries: CountryMention[], ourCountry: string | null, clitics: boolean, source: TitleSource = {}): TitleMention[] {
  const { isCapitalized, lineOfToken } = source;
  const countryAt = new Map(countries.map((c) => [c.first, c]));
  const countryEndingAt = new Map(countries.map((c) => [c.after, c]));
  const found: TitleMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const mention = counterpartAt(tokens, i, countryAt, countryEndingAt, clitics) ?? titleAt(tokens, folded, i, countryAt, countryEndingAt, ourCountry, clitics, isCapitalized);
    if (mention && lineOfToken) endOnItsLine(mention, tokens, lineOfToken);
    if (mention && clitics && envoyOf(found.at(-1), mention, tokens)) {
      i = Math.max(i + 1, mention.after);
      continue;
    }
    if (mention) {
      inheritCountry(mention, found.at(-1), tokens, folded);
      possessorCountry(mention, found.at(-1), tokens, folded);
      if (!clitics && isCapitalized) shareCountryBack(mention, found.at(-1), tokens, folded, countryAt, isCapitalized);
      found.push(mention);
      i = Math.max(i + 1, mention.after);
    } else i++;
  }
  return found;
}

/** Roles whose holder acts for another office holder, written after them with لـ (المبعوث الخاص للأمين العام). */
const ACTING_FOR = new Set(["Special Envoy", "Representative", "Coordinator", "Adviser"]);

/**
 * "المبعوثة الخاصة للأمين العام للأمم المتحدة إلى ميانمار X", "الممثل الشخصي للرئيس الروسي": a title written with لـ right
 * after an envoy's, representative's or adviser's title names whom that person acts for; it is part of their title, and
 * not a mention of the Secretary-General or the president.
 */
function envoyOf(previous: TitleMention | undefined, title: TitleMention, tokens: Token[]): boolean {
  if (!previous || previous.kind !== "title" || !previous.entry || !ACTING_FOR.has(previous.entry.role)) return false;
  // Only the envoy's own adjectives (الخاص، الشخصي) may stand between the two titles.
  if (title.first - previous.after > 1) return false;
  return /^ل/.test(tokens[title.first].text) && title.start > tokens[title.first].start;
}

/**
 * "…با معین وزارت خارجه ازبکستان⏎کابل (طلوع نیوز): …": folded text writes a line break as a space, so a title read on past
 * its headline's end would take the dateline's city as its post or province; a title ends with its line.
 */
function endOnItsLine(title: TitleMention, tokens: Token[], lineOfToken: Int32Array): void {
  let after = title.after;
  while (after - 1 > title.first && lineOfToken[after - 1] !== lineOfToken[title.first]) after--;
  if (after === title.after) return;
  title.after = after;
  title.end = tokens[after - 1].end;
}

/** Most words between two coordinated titles: the first one's holder's name. */
const COORDINATED_GAP = 6;

/**
 * "Russian Foreign Minister Sergey Lavrov and Deputy Foreign Minister Mikhail Bogdanov",
 * "وزير الخارجية الروسي سيرغي لافروف ونائبه …": a title with no country of its own, joined by
 * "and" to a title with one a name before it, is of the same country.
 */
function inheritCountry(title: TitleMention, previous: TitleMention | undefined, tokens: Token[], folded: string): void {
  if (!previous || title.kind !== "title" || title.countries.length > 0 || title.former || previous.kind !== "title" || previous.countries.length !== 1) return;
  const gap = title.first - previous.after;
  if (gap < 0 || gap > COORDINATED_GAP || /[.!?؟:;؛\n]/.test(folded.slice(tokens[previous.after - 1].end, title.start))) return;
  // A coordinated title follows its first holder's name, so at least one word stands between them.
  const coordinated = gap >= 1 && (COORDINATORS.has(tokens[title.first - 1].text) || (title.start > tokens[title.first].start && COORDINATORS.has(folded.slice(tokens[title.first].start, title.start))));
  // "the Ambassador of China to Nigeria, Ambassador Wu Jian": the title repeated before the name, set off by a comma only.
  const repeated = gap === 0 && !!title.entry && title.entry.role === previous.entry?.role && /^\s*[,،]\s*$/.test(folded.slice(tokens[previous.after - 1].end, title.start));
  // "…، وسفير الاتحاد الأفريقي بالخرطوم X", "والقائم بالأعمال في السفارة …": a title followed by the body or place it serves is not of the first title's country.
  const next = tokens[title.after]?.text ?? "";
  const ownBody = (/^ال/.test(next) || loaded.complementLinks.has(next)) && folded.slice(tokens[title.after - 1].end, tokens[title.after].start) === " ";
  if ((coordinated || repeated) && !ownBody) title.countries.push(previous.countries[0]);
}

/**
 * "الرئيس الكيني X وزير خارجيته Y": a title ending in a pronoun for the person named before it (titles.json
 * possessedTitleEnds) is of that person's country, the one of the title before it in the sentence, with at most a name
 * and a verb between them.
 */
function possessorCountry(title: TitleMention, previous: TitleMention | undefined, tokens: Token[], folded: string): void {
  if (!previous || title.kind !== "title" || title.countries.length > 0 || previous.kind !== "title" || previous.countries.length !== 1) return;
  if (!loaded.possessedTitleEnds.has(tokens[title.after - 1].text)) return;
  const gap = title.first - previous.after;
  if (gap < 1 || gap > COORDINATED_GAP || /[.!?؟:;؛\n]/.test(folded.slice(tokens[previous.after - 1].end, title.start))) return;
  title.countries.push(previous.countries[0]);
}

/**
 * "X, Deputy Prime Minister and Foreign Minister of Viet Nam": in English a title joined by "and" alone to a title whose
 * country is written after it is one person's two offices, both of that country.
 */
function shareCountryBack(title: TitleMention, previous: TitleMention | undefined, tokens: Token[], folded: string, countryAt: Map<number, CountryMention>, isCapitalized: (i: number) => boolean): void {
  if (!previous || title.kind !== "title" || previous.kind !== "title" || previous.countries.length > 0 || previous.former || title.countries.length !== 1 || isArabicScript(tokens[title.first].text)) return;
  if (title.first !== previous.after + 1 || !COORDINATORS.has(tokens[previous.after].text)) return;
  if (folded.slice(tokens[previous.after - 1].end, title.start) !== ` ${tokens[previous.after].text} `) return;
  // The country is written after the second title ("… of Viet Nam"), not before it ("the President and Iran's Foreign Minister").
  if (countryAt.has(title.first)) return;
  // The country ends the phrase: "Chairman of the Jordan-Saudi Parliamentary Committee" names a body's country, not the title's.
  const next = tokens[title.after];
  if (next && (/^[-‐]/.test(folded.slice(tokens[title.after - 1].end, next.start)) || (isCapitalized(title.after) && folded.slice(tokens[title.after - 1].end, next.start) === " "))) return;
  previous.countries.push(title.countries[0]);
}

/**
 * "الوزير وليد فياض": a bare title written right before a given name is that name's title (a minister of the outlet's
 * story, country unknown), not the bare title that stands for no one ("التقى الوزير اليوم …"). A given name that folds
 * to a preposition (علي → على: "أكد الوزير على أهمية") opens no name here.
 */
function givenNameNext(tokens: Token[], folded: string, k: number): boolean {
  const word = tokens[k]?.text;
  return !!word && folded.slice(tokens[k - 1].end, tokens[k].start) === " " && isArabicScript(word) && opensArabicGivenName(word);
}

function titleAt(tokens: Token[], folded: string, i: number, countryAt: Map<number, CountryMention>, countryEndingAt: Map<number, CountryMention>, ourCountry: string | null, clitics: boolean, isCapitalized?: (i: number) => boolean): TitleMention | null {
  const listed = (isCapitalized && !clitics ? chainedMinisterAt(tokens, folded, i, isCapitalized) : null) ?? loaded.titles.matchAt(tokens, folded, i, { clitics });
  const match = listed && !clitics ? modifiedTitle(tokens, folded, listed) : listed;
  if (!match) return null;
  // "أسعد عبد الأمير العيداني", "عبد الملك": a title word after عبد is the second half of a compound given name.
  if (clitics && i > 0 && tokens[i - 1].text === ABD && spaceBefore(tokens, folded, i)) return null;
  // "مكتب وزير الخارجية", "adviser to the president": the title belongs to another office's name.
  if (loaded.heads.has(tokens[i - 1]?.text ?? "") || (tokens[i - 1]?.text === "to" && loaded.heads.has(tokens[i - 2]?.text ?? ""))) return null;
  // "رئيس" (president) and other Arabic-only phrases are no titles in Persian text ("رئیس دفتر …", "رئیس سازمان …").
  if (!clitics && isArabicScript(tokens[i].text) && !loaded.languages.get(match.phrase)?.has("fa")) return null;
  const entry = match.values[0];
  let first = match.first;
  let after = match.after;
  let former = false;
  if (loaded.former.has(tokens[after]?.text ?? "")) { former = true; after++; }
  if (first > 0 && loaded.former.has(tokens[first - 1].text)) { former = true; first--; }
  const countries: string[] = [];
  // Country after the title (fa, ar; en "of Russia"), possibly a list for plural titles.
  let k = countryAfterTitle(tokens, folded, after, countryAt) ?? after;
  for (;;) {
    const country = countryAt.get(k);
    const ours = !country && ourCountry ? oursAt(tokens, k) : 0;
    if (country) { countries.push(country.code); k = country.after; }
    else if (ours) { countries.push(ourCountry as string); k += ours; }
    else break;
    if (!entry.plural) break;
    if (COORDINATORS.has(tokens[k]?.text ?? "") && (countryAt.has(k + 1) || (ourCountry && oursAt(tokens, k + 1)))) k++;
    else if (countryAt.has(k) && folded.slice(tokens[k - 1].end, tokens[k].start).includes("،")) continue;
    else if (countryAt.has(k) && folded.slice(tokens[k - 1].end, tokens[k].start).includes(",")) continue;
    else break;
  }
  // "سفير جمهورية بنغلادش الشعبية X": the style's words after the country belong to the title.
  while (countries.length > 0 && loaded.stateSuffixes.has(tokens[k]?.text ?? "")) k++;
  if (countries.length > 0) after = k;
  // "الوزير" alone is whoever the article is about; only "الوزير الغامبي" is someone's title.
  else if (loaded.withCountryOnly.has(match.phrase) && !givenNameNext(tokens, folded, after)) return null;
  else if (!clitics && after === first + 1 && (rankOpensCompoundGiven(tokens, folded, first) || rankOpensMilitaryRank(tokens, folded, first))) return null;
  else if (entry.country) countries.push(entry.country);
  else if (!clitics) {
    // Country before the title (en "Russian foreign minister", "Iran's foreign minister", lists). Arabic puts
    // the country after the title: one before it ends the phrase before ("رسالة الرئيس المصري لرئيس الجمهورية").
    let b = first;
    const past = pastAppointedBefore(tokens, first);
    if (past < first && (countryEndingAt.has(past) || (tokens[past - 1]?.text === "s" && countryEndingAt.has(past - 1)))) b = past;
    if (tokens[b - 1]?.text === "s" && countryEndingAt.has(b - 1)) b--;
    // Only a country written right before the title, with nothing but a possessive between ("Mongolia. President …" is not Mongolia's).
    // An abbreviation's last full stop is no sentence end ("U.S. Deputy Secretary of State").
    const joined = (country: CountryMention | undefined) => country && (isAbbreviation(tokens, country) ? /^\.?[\s'’‘`]*$/ : /^[\s'’‘`]*$/).test(folded.slice(country.end, tokens[b].start)) ? country : undefined;
    for (let country = joined(countryEndingAt.get(b)); country; country = joined(countryEndingAt.get(b))) {
      countries.unshift(country.code);
      b = country.first;
      if (!entry.plural) break;
      if (COORDINATORS.has(tokens[b - 1]?.text ?? "") && countryEndingAt.has(b - 1)) b--;
      else if (countryEndingAt.has(b) ) continue;
      else break;
    }
    if (countries.length > 0) first = b;
  }
  const that = countries.length === 0 && !clitics && !entry.plural ? thatCountryAt(tokens, folded, first, after, countryAt, ourCountry) : null;
  if (that) { countries.push(that.code); after = that.after; }
  if (entry.withCountry && countries.length === 0) return null;
  // "سفیر ایران در ترکیه", "ambassador to Russia", "السفير السعودي المعين لدى البلاد", "سفير اليمن بموسكو":
  // the appointment and the host country (or the outlet's, or a capital) are part of the ambassador's title.
  if (entry.posted) after = postedEnd(tokens, folded, after, countryAt, clitics);
  // "نماینده ایران در سازمان ملل، X", "سفیر ایران در آژانس": an envoy of a state posted to an international body.
  if (entry.posted || (countries.length > 0 && entry.role === REPRESENTATIVE)) after = bodyPostEnd(tokens, folded, after, clitics);
  after = pastPortfolio(tokens, folded, after, countries, clitics, countryAt);
  after = regionEnd(tokens, folded, after, clitics);
  if (entry.regional && clitics && countries.length === 0 && after === match.after && !/^ال/.test(tokens[match.after - 1].text)) after = governedEnd(tokens, folded, after);
  // "محافظ الإسكندرية", "والي ولاية نهر النيل": a governor serves the country whose region the title names.
  if (entry.regional && clitics && countries.length === 0) {
    const region = regionCountryIn(tokens, folded, match.after, after);
    if (region) countries.push(region);
  }
  // A clitic on the title's first word (ووزير، بوزير) is not part of the mention.
  const start = first === match.first ? match.start : tokens[first].start;
  // A plural title may be the text's last word ("… أوراق اعتماد السفراء."): nothing follows it to match.
  const both = entry.plural && countries.length === 0 && tokens[after] ? loaded.both.matchAt(tokens, folded, after, { clitics }) : null;
  if (both) return { kind: "plural", entry, countries, former, both: true, first, after: both.after, start, end: tokens[both.after - 1].end };
  if (!entry.plural && countries.length === 0 && !former && impliesOurs(tokens, folded, first, after, entry, countryAt, ourCountry, clitics)) {
    return { kind: "title", entry, countries: [ourCountry as string], former, implied: true, first, after, start, end: tokens[after - 1].end };
  }
  return { kind: entry.plural ? "plural" : "title", entry, countries, former, first, after, start, end: tokens[after - 1].end };
}

/** The titles made of a one-word title and the title it modifies, by role, made once so that each is one entry ("Deputy High Commissioner"). */
const modifiedEntries = new Map<string, TitleEntry>();

/**
 * "Deputy High Commissioner X", "Deputy Director General X", "Minister Counsellor X": an English title of one word written
 * right before another title ranks that title; the two are one title (not "Deputy" for someone named before and "High
 * Commissioner" for X), of its own office: a deputy's is not the principal's.
 */
function modifiedTitle<T extends { first: number; after: number; start: number; phrase: string; values: TitleEntry[] }>(tokens: Token[], folded: string, match: T): T | { first: number; after: number; start: number; phrase: string; values: TitleEntry[] } {
  const entry = match.values[0];
  if (match.after - match.first !== 1 || entry.plural || entry.office !== "other" || isArabicScript(tokens[match.first].text) || !tokens[match.after]) return match;
  if (folded.slice(tokens[match.after - 1].end, tokens[match.after].start) !== " ") return match;
  const next = loaded.titles.matchAt(tokens, folded, match.after);
  const ranked = next?.values[0];
  if (!next || !ranked || ranked.plural) return match;
  // The rank as written ("Assistant"), not its own title's role ("Special Assistant").
  const role = `${match.phrase.replace(/(^| )\p{L}/gu, (c) => c.toUpperCase())} ${ranked.role}`;
  if (!modifiedEntries.has(role)) modifiedEntries.set(role, { office: "other", role, org: ranked.org, country: ranked.country, plural: false, posted: ranked.posted });
  return { first: match.first, after: next.after, start: match.start, phrase: `${match.phrase} ${next.phrase}`, values: [modifiedEntries.get(role) as TitleEntry] };
}

/** Most words of an English chain of portfolios before its minister word ("Foreign Affairs and International Trade Minister"). */
const CHAIN_REACH = 8;

/** The text between token k and the one before it. */
function gapBefore(tokens: Token[], folded: string, k: number): string {
  return folded.slice(tokens[k - 1].end, tokens[k].start);
}

/** Whether token k exists and one plain space parts it from the token before. */
function spaceBefore(tokens: Token[], folded: string, k: number): boolean {
  return !!tokens[k] && gapBefore(tokens, folded, k) === " ";
}

/** Whether a country is written as an abbreviation ending in a one-letter token ("U.S.", "U.K."). */
function isAbbreviation(tokens: Token[], country: CountryMention): boolean {
  return tokens[country.after - 1].text.length === 1;
}

/**
 * "Zimbabwe's Foreign Affairs and International Trade Minister X", "Foreign Affairs, Trade and Cooperation Minister X": English
 * joins a minister's portfolios with "and" or commas before the minister word, all in capitals. The title is the whole chain
 * (so that a country before it is its holder's), and its office the first portfolio's ("foreign affairs minister"), not the
 * last one's ("trade minister"). Null when the words from token i do not read so.
 */
function chainedMinisterAt(tokens: Token[], folded: string, i: number, isCapitalized: (i: number) => boolean): { first: number; after: number; start: number; phrase: string; values: TitleEntry[] } | null {
  // Called at every token of a text in Latin letters or none: the cheap tests first (a listed title's first word, a
  // capital), and no closures made per call.
  if (!tokens[i] || !loaded.englishFirst.has(tokens[i].text) || !isCapitalized(i)) return null;
  const gap = (k: number) => gapBefore(tokens, folded, k);
  const joiner = (k: number) => tokens[k].text === "and" || tokens[k].text === "&";
  if (i > 0 && isCapitalized(i - 1) && gap(i) === " ") return null;
  let k = i;
  while (tokens[k + 1] && k + 1 < i + CHAIN_REACH && isCapitalized(k + 1) && gap(k + 1) === " " && !loaded.enAfter.has(tokens[k + 1].text)) k++;
  const firstPortfolio = tokens.slice(i, k + 1).map((t) => t.text);
  let joined = false;
  for (k++; tokens[k] && k < i + CHAIN_REACH; k++) {
    if (joiner(k) && gap(k) === " ") joined = true;
    else if (!isCapitalized(k) || !/^,? $/.test(gap(k))) return null;
    else if (gap(k) === ", ") joined = true;
    else if (loaded.enAfter.has(tokens[k].text)) break;
    if (joiner(k) && (!tokens[k + 1] || !isCapitalized(k + 1))) return null;
  }
  if (!joined || !tokens[k] || !loaded.enAfter.has(tokens[k].text)) return null;
  const phrase = [...firstPortfolio, tokens[k].text].join(" ");
  const entry = loaded.english.get(phrase);
  return entry && entry.role !== "Minister" ? { first: i, after: k + 1, start: tokens[i].start, phrase, values: [entry] } : null;
}

/** Most words between a title and the country it names ("of the High Commission of", "جدید جمهوری"). */
const COUNTRY_REACH = 5;

/**
 * Where the country a title names starts, past the words that may stand between them: links
 * ("minister of the Netherlands"), a state's style ("سفير مملكة بلجيكا", "of the Kingdom of Saudi
 * Arabia"), words of appointment ("سفیر جدید کانادا", "السفير الجديد لجمهورية …") and the mission
 * ("کاردار سفارت نیجریه", "of the High Commission of Ghana"); null when no country follows so.
 */
function countryAfterTitle(tokens: Token[], folded: string, after: number, countryAt: Map<number, CountryMention>): number | null {
  for (let k = after; k <= after + COUNTRY_REACH; k++) {
    // "According to the deputy minister, the Russian delegation …": a comma or a stop parts the title from what follows.
    if (k > 0 && tokens[k] && /[,،;؛:.!?()]/.test(folded.slice(tokens[k - 1].end, tokens[k].start))) return null;
    if (countryAt.has(k)) return k;
    const word = tokens[k]?.text ?? "";
    // "السفير الجديد لجمهورية السنغال": the style may carry the preposition لـ.
    const style = loaded.statePrefixes.has(word) || (word.startsWith("ل") && loaded.statePrefixes.has(word.slice(1)));
    if (!loaded.countryLinks.has(word) && !style && !loaded.appointed.has(word) && !loaded.missions.has(word)) return null;
  }
  return null;
}

/** Where the country a title names ends when it is written before the title, past words of appointment ("Canada's new ambassador"). */
function pastAppointedBefore(tokens: Token[], first: number): number {
  let b = first;
  while (b > 0 && b > first - 2 && loaded.appointed.has(tokens[b - 1].text)) b--;
  return b;
}

/** Most words back from a title to the country "این کشور" after it stands for. */
const THAT_COUNTRY_REACH = 60;

/**
 * "رئیس‌جمهور این کشور": the foreign country the words after a Persian title point back to (the last one named before
 * it, not the outlet's own) and the token after those words. Null when no such words follow or no country was named.
 */
function thatCountryAt(tokens: Token[], folded: string, first: number, after: number, countryAt: Map<number, CountryMention>, ourCountry: string | null): { code: string; after: number } | null {
  const words = tokens[after] && folded.slice(tokens[after - 1].end, tokens[after].start) === " " ? loaded.thatCountry.matchAt(tokens, folded, after) : null;
  if (!words) return null;
  for (let k = first - 1; k >= 0 && k >= first - THAT_COUNTRY_REACH; k--) {
    const country = countryAt.get(k);
    if (country && country.code !== ourCountry) return { code: country.code, after: words.after };
  }
  return null;
}

/**
 * Whether a title written with no country stands for the outlet's own office holder: Persian
 * text, an outlet country, no "این کشور" after it and no other country earlier in its sentence.
 */
function impliesOurs(tokens: Token[], folded: string, first: number, after: number, entry: TitleEntry, countryAt: Map<number, CountryMention>, ourCountry: string | null, clitics: boolean): boolean {
  if (!ourCountry || clitics || entry.org || (entry.office === "other" && !entry.impliesOurs)) return false;
  if (loaded.bare.has(tokens[after]?.text ?? "")) return false;
  for (let k = first - 1; k >= 0; k--) {
    if (/[.!?؟\n]/.test(folded.slice(tokens[k].end, tokens[k + 1].start))) break;
    const country = countryAt.get(k);
    if (country && country.code !== ourCountry) return false;
  }
  return true;
}

/** Most words an English portfolio runs over ("for Foreign Affairs and Economic Development"). */
const PORTFOLIO_REACH = 6;

/**
 * Where a title ends past its portfolio, and past the country written after the portfolio in English when the title has none
 * yet ("Minister of Foreign Affairs and International Cooperation of Cambodia"), which is added to `countries`.
 */
function pastPortfolio(tokens: Token[], folded: string, after: number, countries: string[], clitics: boolean, countryAt: Map<number, CountryMention>): number {
  const end = portfolioEnd(tokens, folded, after);
  if (end === after || clitics || countries.length > 0) return end;
  const k = countryAfterTitle(tokens, folded, end, countryAt);
  const country = k === null ? undefined : countryAt.get(k);
  if (!country || k === end) return end;
  countries.push(country.code);
  return country.after;
}

/**
 * Where a title ends past a portfolio written after it: "للشؤون الأفريقية" (the opener and the
 * words with the article after it), "در امور اقتصادی" (one word), "for African Affairs" (to the
 * last listed end word). Returns `after` unchanged when none follows.
 */
function portfolioEnd(tokens: Token[], folded: string, after: number): number {
  const word = tokens[after]?.text ?? "";
  const plain = (k: number) => tokens[k] && /^\s*-?\s*$/.test(folded.slice(tokens[k - 1].end, tokens[k].start));
  const { portfolios } = loaded;
  if (portfolios.ar.has(word)) {
    let k = after + 1;
    while (k < after + 4 && plain(k) && /^(و?ال)/.test(tokens[k].text)) k++;
    return k > after + 1 ? k : after;
  }
  for (const opener of portfolios.fa) {
    if (opener.every((w, j) => tokens[after + j]?.text === w) && plain(after + opener.length)) return after + opener.length + 1;
  }
  // A portfolio is written without an article ("of International Relations and Cooperation"), a body with one ("of the Gulf
  // Cooperation Council"), whose name is the complement's, not the title's.
  if (portfolios.en.has(word) && tokens[after + 1]?.text !== "the") {
    let end = after;
    // "Deputy Prime Minister and Minister of Foreign Affairs": a title after the opener is a second office, not a portfolio.
    // "for Political, Legal and Security Affairs": a list of portfolio words may be set off by commas.
    const listed = (k: number) => tokens[k] && /^\s*,?\s*$/.test(folded.slice(tokens[k - 1].end, tokens[k].start));
    for (let k = after + 1; k <= after + PORTFOLIO_REACH && listed(k) && !loaded.titles.matchAt(tokens, folded, k); k++) if (portfolios.enEnds.has(tokens[k].text)) end = k + 1;
    return end;
  }
  return after;
}

/** The country of a listed region written in a governor's title, between tokens `from` and `after` (past a region noun). */
function regionCountryIn(tokens: Token[], folded: string, from: number, after: number): string | null {
  for (let k = from; k < after; k++) {
    const region = loaded.regionCountries.matchAt(tokens, folded, k, { clitics: false });
    if (region && region.after <= after) return region.values[0];
  }
  return null;
}

/**
 * Where a title ends past the region it serves (والي ولاية الخرطوم، حاكم إقليم دارفور، والی ولایت هرات،
 * استاندار خراسان رضوی): a province listed (in Persian text), or a region noun with the region's first word and, in
 * Arabic, the words with the article after it (ولاية البحر الأحمر), short of an honorific opening the
 * name (… الأحمر الفريق X).
 */
function regionEnd(tokens: Token[], folded: string, after: number, clitics: boolean): number {
  const plain = (k: number) => spaceBefore(tokens, folded, k);
  const regionNoun = loaded.regions.has(tokens[after]?.text ?? "");
  const start = regionNoun ? after + 1 : after;
  if (!plain(start)) return after;
  // The provinces are listed in Persian: in Arabic text a capital after a title is the post (سفير باكستان في كابل).
  const province = clitics ? null : loaded.provinces.matchAt(tokens, folded, start, { clitics: false });
  if (province) return province.after;
  if (!regionNoun) return after;
  let k = start + 1;
  while (plain(k) && tokens[k].text.startsWith("ال") && !isHonorific(tokens[k].text)) k++;
  return k;
}

/**
 * Where an Arabic governor's title written without the article ends: past the region it governs, in the construct
 * (محافظ البصرة، محافظ نينوى، والي شمال دارفور، محافظ ذي قار، حاكم الشارقة): its first word, a second one when the first
 * only opens the name (جنوب، ذي، بني), and words with the article after them (محافظ البحر الأحمر), short of an honorific.
 */
function governedEnd(tokens: Token[], folded: string, after: number): number {
  const plain = (k: number) => spaceBefore(tokens, folded, k);
  if (!plain(after) || isHonorific(tokens[after].text)) return after;
  let k = after + 1;
  if (loaded.regionOpeners.has(tokens[after].text) && plain(k)) k++;
  while (plain(k) && tokens[k].text.startsWith("ال") && !isHonorific(tokens[k].text)) k++;
  return k;
}

/**
 * Where an ambassador's title ends: past words of appointment (المعين، جدید), the rank after the country (القنصل الإيراني
 * العام) and the post (لدى X، در X، بموسكو; a consul's city: القنصل التركي العام في أربيل، القنصل الكويتي بالبصرة).
 */
function postedEnd(tokens: Token[], folded: string, after: number, countryAt: Map<number, CountryMention>, clitics: boolean): number {
  let k = after;
  while (loaded.appointed.has(tokens[k]?.text ?? "")) k++;
  if (loaded.rankAfterCountry.has(tokens[k]?.text ?? "")) k++;
  if (loaded.posting.has(tokens[k]?.text ?? "")) {
    // "to the United States" past its article; "to the Netherlands", "to the Gambia": a country whose name holds the article.
    const host = (tokens[k + 1]?.text === "the" ? countryAt.get(k + 2) : undefined) ?? countryAt.get(k + 1);
    if (host) return host.after;
    if (loaded.hosts.has(tokens[k + 1]?.text ?? "")) return k + 2;
    const city = cityAt(tokens, folded, k + 1, clitics);
    if (city && city.start === tokens[k + 1].start) return city.after;
  }
  // A capital with its preposition written onto it (بموسكو), or another city (بالبصرة).
  const capital = countryAt.get(k);
  if (capital && capital.form === "capital" && capital.start > tokens[k].start) return capital.after;
  const city = clitics ? cityAt(tokens, folded, k, clitics) : null;
  if (city && city.start > tokens[k].start && isPlacePreposition(folded.slice(tokens[k].start, city.start))) return city.after;
  return k;
}

/** The role of the titles of a state's representatives (نماینده، المندوب), who are posted to bodies as ambassadors are. */
const REPRESENTATIVE = "Representative";

/** Where an envoy's title ends past an international body it is posted to (در سازمان ملل، لدى الأمم المتحدة, to the UN). */
function bodyPostEnd(tokens: Token[], folded: string, after: number, clitics: boolean): number {
  if (!loaded.posting.has(tokens[after]?.text ?? "") || folded.slice(tokens[after - 1].end, tokens[after].start) !== " ") return after;
  const body = loaded.bodies.matchAt(tokens, folded, after + 1, { clitics });
  return body ? body.after : after;
}

/** The city (data/cities.json, or a capital) whose name starts in token k, if any. */
function cityAt(tokens: Token[], folded: string, k: number, clitics: boolean): PlaceMention | null {
  if (!tokens[k]) return null;
  return findCities(tokens, folded, tokens[k].start, tokens[Math.min(tokens.length, k + CITY_WORDS) - 1].end, clitics).find((c) => c.first === k) ?? null;
}

/** Most words of a city's name (سيدي بو زيد). */
const CITY_WORDS = 3;

/** Number of tokens of an "our country" phrase at token k (کشورمان = 1, کشور ما = 2), or 0. */
function oursAt(tokens: Token[], k: number): number {
  if (!tokens[k]) return 0;
  if (loaded.ours.has(tokens[k].text)) return 1;
  if (tokens[k + 1] && loaded.ours.has(`${tokens[k].text} ${tokens[k + 1].text}`)) return 2;
  return 0;
}

function counterpartAt(tokens: Token[], i: number, countryAt: Map<number, CountryMention>, countryEndingAt: Map<number, CountryMention>, clitics: boolean): TitleMention | null {
  const word = tokens[i].text;
  // "بنظيره الأمريكي", "ونظيره": a clitic on the Arabic counterpart word stays out of the mention.
  const cut = loaded.counterpart.has(word) ? 0 : clitics ? (ARABIC_CLITICS.find((c) => word.startsWith(c) && loaded.counterpart.has(word.slice(c.length)))?.length ?? -1) : -1;
  if (cut < 0) return null;
  const after = countryAt.get(i + 1);
  if (after) {
    // fa/ar: همتای آمریکایی خود، همتای روسی‌اش، نظيره الأمريكي — the suffix stays in the span.
    let end = after.after;
    if (loaded.possessiveAfter.has(tokens[end]?.text ?? "")) end++;
    return { kind: "counterpart", entry: null, countries: [after.code], former: false, first: i, after: end, start: tokens[i].start + cut, end: tokens[end - 1].end };
  }
  if (cut > 0) return null;
  const before = countryEndingAt.get(i);
  if (before) {
    // en: his Russian counterpart.
    const first = loaded.possessiveBefore.has(tokens[before.first - 1]?.text ?? "") ? before.first - 1 : before.first;
    return { kind: "counterpart", entry: null, countries: [before.code], former: false, first, after: i + 1, start: tokens[first].start, end: tokens[i].end };
  }
  return null;
}
