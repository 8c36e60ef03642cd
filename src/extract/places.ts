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
import { isPlacePreposition } from "./countries.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import type { Token } from "./tokens.ts";

/** A place found in text: its English name and folded range. */
export interface PlaceMention {
  city: string;
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
}

const cities = buildPlaces();
const idioms = buildIdioms();

/** Phrases in which a city's name is an ordinary word ("في مسقط رأسه" 'in his birthplace', "کابل‌های برق"). */
function buildIdioms(): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const n of checkStrings(checkObject(cityData, "cities.json").idioms ?? [], "cities.json idioms")) m.add(n, true);
  return m;
}

function buildPlaces(): PhraseMatcher<PlaceName> {
  const m = new PhraseMatcher<PlaceName>();
  const list = checkObject(cityData, "cities.json").cities;
  if (!Array.isArray(list)) throw new TypeError("cities.json cities: expected an array");
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
    for (const n of checkStrings(c.names, `${code}.capital.names`)) m.add(n, { city: en });
  }
  return m;
}

/** Places written after a place preposition between two folded offsets. */
export function findPlaces(tokens: Token[], folded: string, from: number, to: number, clitics: boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  const language = clitics ? "ar" : "fa";
  const ordinary = idioms.findAll(tokens, folded, { clitics });
  for (const match of cities.findAll(tokens, folded, { clitics })) {
    if (match.start < from || match.end > to) continue;
    const place = match.values.find((v) => !v.only || v.only === language);
    if (!place) continue;
    const attached = folded.slice(tokens[match.first].start, match.start);
    const before = tokens[match.first - 1]?.text ?? "";
    if (!isPlacePreposition(before) && !(attached && isPlacePreposition(attached))) continue;
    if (ordinary.some((m) => m.first <= match.first && match.first < m.after)) continue;
    const preposition = attached && isPlacePreposition(attached) ? attached : before;
    out.push({ city: place.city, first: match.first, after: match.after, start: match.start, end: match.end, preposition });
  }
  return out;
}
