/**
 * Where a meeting took place: cities from data/cities.json and capitals (and seats of
 * government) from data/country-forms.json, written after a place preposition ("در ژنو",
 * "في موسكو", "بموسكو", "in Geneva"). Gives the city's English name. A city's `faOnly` names
 * are not read in Arabic text and its `arOnly` names only there (Arabic مشهد 'scene', Persian
 * دوشنبه 'Monday').
 */
import cityData from "./data/cities.json" with { type: "json" };
import countryForms from "./data/country-forms.json" with { type: "json" };
import { checkObject, checkString, checkStrings } from "./data-check.ts";
import { fold } from "./normalize.ts";
import { isPlacePreposition } from "./countries.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import type { Token } from "./tokens.ts";

/** A place found in text: its English name and folded range. */
export interface PlaceMention {
  city: string;
  /** The country of a capital. */
  country?: string;
  first: number;
  after: number;
  start: number;
  end: number;
  /** The folded place preposition before it ("در", "في", "in"; "ب" written onto the name). */
  preposition: string;
}

/** A listed spelling: the city it names and, for a spelling that is a common word in the other language, the only text it is read in. */
interface PlaceName {
  city: string;
  only?: "fa" | "ar";
  /** For a capital: the ISO code of its country. */
  country?: string;
}

const cities = buildPlaces();
/** Words of a venue between a place preposition and its city (airport, capital, palace), folded. */
const venueWords = new Set(checkStrings(checkObject(cityData, "cities.json").venueWords ?? [], "cities.json venueWords").flatMap((w) => fold(w).split(/\s+/)));
const idioms = buildIdioms();

/** Phrases in which a city's name is an ordinary word ("في مسقط رأسه" 'in his birthplace', "کابل‌های برق"). */
function buildIdioms(): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const n of checkStrings(checkObject(cityData, "cities.json").idioms ?? [], "cities.json idioms")) m.add(n, true);
  return m;
}

function buildPlaces(): PhraseMatcher<PlaceName> {
  const m = new PhraseMatcher<PlaceName>();
  const record = checkObject(cityData, "cities.json");
  // Landmarks of one city ("قصر قرطاج", "Casa Rosada") give that city, like its name.
  const list = [...(Array.isArray(record.cities) ? record.cities : []), ...(Array.isArray(record.landmarks) ? record.landmarks : [])];
  if (!Array.isArray(record.cities)) throw new TypeError("cities.json cities: expected an array");
  list.forEach((value, i) => {
    const city = checkObject(value, `cities.json cities[${i}]`);
    const en = checkString(city.en, `cities[${i}].en`);
    for (const n of checkStrings(city.names, `cities[${i}].names`)) m.add(n, { city: en });
    for (const n of checkStrings(city.faOnly ?? [], `cities[${i}].faOnly`)) m.add(n, { city: en, only: "fa" });
    for (const n of checkStrings(city.arOnly ?? [], `cities[${i}].arOnly`)) m.add(n, { city: en, only: "ar" });
  });
  const forms = checkObject(checkObject(countryForms, "country-forms.json").forms, "country-forms.json forms");
  for (const [code, value] of Object.entries(forms)) {
    const capital = checkObject(value, code).capital;
    if (!capital) continue;
    const c = checkObject(capital, `${code}.capital`);
    const en = checkString(c.en, `${code}.capital.en`);
    for (const n of checkStrings(c.names, `${code}.capital.names`)) m.add(n, { city: en, country: code });
  }
  return m;
}

/** Cities named between two folded offsets, with or without a preposition (in an event's name: "منتدى الدوحة"); the preposition is "". */
export function findCities(tokens: Token[], folded: string, from: number, to: number, clitics: boolean): PlaceMention[] {
  const language = clitics ? "ar" : "fa";
  const out: PlaceMention[] = [];
  const { cities: matches } = scan(tokens, folded, clitics);
  for (let i = firstFrom(matches, from); i < matches.length && matches[i].start < to; i++) {
    const match = matches[i];
    const place = match.values.find((v) => !v.only || v.only === language);
    if (place && match.end <= to) out.push({ city: place.city, country: place.country, first: match.first, after: match.after, start: match.start, end: match.end, preposition: "" });
  }
  return out;
}

/** Tokens between a place preposition and its city that may be words of the venue ("في العاصمة العراقية بغداد", "at the state guest house, Accra"). */
const VENUE_REACH = 4;

/** City and idiom matches of one tokenized text, found once per text however many ranges are asked about. */
const scanned = new WeakMap<Token[], { cities: ReturnType<typeof cities.findAll>; idioms: ReturnType<typeof idioms.findAll> }>();

function scan(tokens: Token[], folded: string, clitics: boolean) {
  let found = scanned.get(tokens);
  if (!found) {
    found = { cities: cities.findAll(tokens, folded, { clitics }), idioms: idioms.findAll(tokens, folded, { clitics }) };
    scanned.set(tokens, found);
  }
  return found;
}

/** Index of the first match starting at or after a folded offset (matches are in text order). */
function firstFrom(matches: { start: number }[], from: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Places written after a place preposition between two folded offsets. */
export function findPlaces(tokens: Token[], folded: string, from: number, to: number, clitics: boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  const language = clitics ? "ar" : "fa";
  const { cities: matches, idioms: ordinary } = scan(tokens, folded, clitics);
  for (let i = firstFrom(matches, from); i < matches.length && matches[i].start < to; i++) {
    const match = matches[i];
    if (match.start < from || match.end > to) continue;
    const place = match.values.find((v) => !v.only || v.only === language);
    if (!place) continue;
    const attached = folded.slice(tokens[match.first].start, match.start);
    const preposition = attached && isPlacePreposition(attached) ? attached : prepositionBefore(tokens, folded, match.first, clitics);
    if (preposition === null) continue;
    if (ordinary.some((m) => m.first <= match.first && match.first < m.after)) continue;
    // "according to Tokyo's foreign ministry": a city owning something stands for its government.
    if (/^['’]s\b/.test(folded.slice(match.end, match.end + 3))) continue;
    out.push({ city: place.city, first: match.first, after: match.after, start: match.start, end: match.end, preposition });
  }
  return out;
}

/**
 * The place preposition governing a city at token `at`: right before it ("در ژنو"), or before words
 * of a venue that ends in it ("في مطار X", "في العاصمة العراقية X", "at the state guest house, X",
 * "in the capital, Nairobi"), with at most one other word (an adjective) among them; else null.
 */
function prepositionBefore(tokens: Token[], folded: string, at: number, clitics: boolean): string | null {
  let other = 0;
  let venue = false;
  for (let k = at - 1; k >= 0 && k >= at - 1 - VENUE_REACH; k--) {
    const word = tokens[k].text;
    // An adjective counts only beside a venue word ("به سفارت مسکو" is no place).
    if (isPlacePreposition(word)) return other === 0 || venue ? word : null;
    if (k < at - 1 && /[.;:!?؛؟«»“”"()]/.test(folded.slice(tokens[k].end, tokens[k + 1].start))) return null;
    const bare = clitics ? venueForm(word) : null;
    if (bare !== null) return bare;
    if (venueWords.has(word)) {
      venue ||= word.length > 3;
      continue;
    }
    if (++other > 1) return null;
  }
  return null;
}

/** A venue word with a place preposition written onto it ("بمطار", "بالعاصمة"): that preposition, else null. */
function venueForm(word: string): string | null {
  for (let cut = 1; cut <= 2 && cut < word.length - 1; cut++) {
    const head = word.slice(0, cut);
    if (isPlacePreposition(head) && venueWords.has(word.slice(cut))) return head;
  }
  return null;
}
