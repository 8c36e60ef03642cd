/**
 * Countries named in a text: ISO names in en/fa/ar from i18n-iso-countries, plus the forms news
 * uses (short names, adjectives, demonyms, capitals standing for governments) from
 * data/country-forms.json. A capital counts as its country only when it is not a place
 * ("in Moscow" is a place; "Moscow and Washington agreed" is the two governments).
 */
import isoAr from "i18n-iso-countries/langs/ar.json" with { type: "json" };
import isoEn from "i18n-iso-countries/langs/en.json" with { type: "json" };
import isoFa from "i18n-iso-countries/langs/fa.json" with { type: "json" };
import forms from "./data/country-forms.json" with { type: "json" };
import meetingData from "./data/meetings.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkString, checkStrings } from "./data-check.ts";
import { fold } from "./normalize.ts";
import { arabicAdjectiveForms, COORDINATORS, PERSIAN_SUFFIXES } from "./morphology.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import type { Token } from "./tokens.ts";

/** How a country is referred to. */
export type CountryForm = "name" | "capital";

/** A reference to a country in folded text. */
export interface CountryMention {
  code: string;
  form: CountryForm;
  /** Token range. */
  first: number;
  after: number;
  /** Folded-text range. */
  start: number;
  end: number;
}

interface CountryValue {
  /** Empty for a region's name (Latin America), which hides the country form inside it. */
  code: string;
  form: CountryForm;
}


const table = loadCountryForms(forms);
const matcher = buildMatcher();
const placePrepositions = new Set(allLanguages(checkLanguageLists(checkObject(meetingData, "meetings.json").placeIn, "meetings.json placeIn")).map(fold));

interface CountryForms {
  ambiguous: Set<string>;
  caseSensitive: Set<string>;
  regions: string[];
  byCode: Map<string, { names: string[]; capital: string | null; capitalNames: string[] }>;
}

function loadCountryForms(raw: unknown): CountryForms {
  const record = checkObject(raw, "country-forms.json");
  const byCode = new Map<string, { names: string[]; capital: string | null; capitalNames: string[] }>();
  for (const [code, value] of Object.entries(checkObject(record.forms, "country-forms.json forms"))) {
    const entry = checkObject(value, `country-forms.json ${code}`);
    const lists = checkLanguageLists(entry, `country-forms.json ${code}`);
    const capital = entry.capital ? checkObject(entry.capital, `country-forms.json ${code}.capital`) : null;
    byCode.set(code, {
      names: [...lists.en, ...lists.fa, ...lists.ar.flatMap(arabicAdjectiveForms)],
      capital: capital ? checkString(capital.en, `${code}.capital.en`) : null,
      capitalNames: capital ? checkStrings(capital.names, `${code}.capital.names`) : [],
    });
  }
  return {
    ambiguous: new Set(checkStrings(record.ambiguous, "country-forms.json ambiguous").map(fold)),
    caseSensitive: new Set(checkStrings(record.caseSensitive, "country-forms.json caseSensitive").map(fold)),
    regions: checkStrings(record.regions ?? [], "country-forms.json regions"),
    byCode,
  };
}


function isoNames(locale: { countries: Record<string, string | string[]> }): [string, string][] {
  return Object.entries(locale.countries).flatMap(([code, names]) => (Array.isArray(names) ? names : [names]).map((n): [string, string] => [code, n]));
}

function buildMatcher(): PhraseMatcher<CountryValue> {
  const m = new PhraseMatcher<CountryValue>({ suffixes: [...PERSIAN_SUFFIXES] });
  for (const [code, name] of [...isoNames(isoEn), ...isoNames(isoFa), ...isoNames(isoAr)]) {
    if (!table.ambiguous.has(fold(name))) m.add(name, { code, form: "name" });
  }
  for (const [code, entry] of table.byCode) {
    for (const name of entry.names) if (!table.ambiguous.has(fold(name))) m.add(name, { code, form: "name" });
    for (const name of entry.capitalNames) m.add(name, { code, form: "capital" });
  }
  // A region's name is matched as a whole so that the country form inside it ("Latin American") is not read alone.
  for (const name of table.regions) m.add(name, { code: "", form: "name" });
  return m;
}

/** Finds every country reference (names, adjectives, capitals) in tokenized folded text; `clitics` for Arabic text. */
export function findCountryMentions(tokens: Token[], folded: string, source: string, origin: number[], clitics: boolean): CountryMention[] {
  const mentions: CountryMention[] = [];
  for (const match of matcher.findAll(tokens, folded, { clitics })) {
    if (table.caseSensitive.has(match.phrase.replace(/ /g, ".")) || table.caseSensitive.has(match.phrase)) {
      const surface = source.slice(origin[match.start], origin[match.end - 1] + 1);
      if (surface !== surface.toUpperCase()) continue;
    }
    const value = match.values[0];
    if (!value.code) continue;
    mentions.push({ code: value.code, form: value.form, first: match.first, after: match.after, start: match.start, end: match.end });
  }
  return mentions;
}

/** Whether the word before a capital makes it a place (در مسکو، في موسكو، in Moscow). */
export function isPlacePreposition(word: string): boolean {
  return placePrepositions.has(word);
}

/**
 * The countries an article names, in order of first mention, each once. A capital counts only
 * when it stands for its government, which news shows by coordinating it with another country
 * or capital ("تهران و ریاض", "آنکارا-بغداد"); "in Brussels" or "the Brussels attacks" are places.
 * `extra` adds references found otherwise ("کشورمان").
 */
export function countriesNamed(mentions: CountryMention[], tokens: Token[], extra: { code: string; start: number }[] = []): string[] {
  const kept = mentions.filter((m, i) => m.form !== "capital" || isCoordinated(mentions, i, tokens));
  const ordered = [...kept.map((m) => ({ code: m.code, start: m.start })), ...extra].sort((a, b) => a.start - b.start);
  const codes: string[] = [];
  for (const m of ordered) if (!codes.includes(m.code)) codes.push(m.code);
  return codes;
}

/** Whether a capital is joined to another country or capital (by و/and or a hyphen) and not after a place preposition. */
function isCoordinated(mentions: CountryMention[], i: number, tokens: Token[]): boolean {
  const m = mentions[i];
  const prev = mentions[i - 1];
  const next = mentions[i + 1];
  const joined = (a: CountryMention | undefined, b: CountryMention | undefined) =>
    !!a && !!b && a.code !== b.code && (b.first === a.after || (b.first === a.after + 1 && COORDINATORS.has(tokens[a.after].text)));
  const before = tokens[m.first - 1];
  if (before && isPlacePreposition(before.text)) return false;
  return joined(prev, m) || joined(m, next);
}
