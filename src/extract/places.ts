/**
 * Where a meeting took place: cities from data/cities.json and capitals (and seats of
 * government) from data/country-forms.json, written after a place preposition ("در ژنو",
 * "في موسكو", "بموسكو", "in Geneva"). Gives the city's English name.
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
}

const cities = buildPlaces();

function buildPlaces(): PhraseMatcher<string> {
  const m = new PhraseMatcher<string>();
  const list = checkObject(cityData, "cities.json").cities;
  if (!Array.isArray(list)) throw new TypeError("cities.json cities: expected an array");
  list.forEach((value, i) => {
    const city = checkObject(value, `cities.json cities[${i}]`);
    const en = checkString(city.en, `cities[${i}].en`);
    for (const n of checkStrings(city.names, `cities[${i}].names`)) m.add(n, en);
  });
  const forms = checkObject(checkObject(countryForms, "country-forms.json").forms, "country-forms.json forms");
  for (const [code, value] of Object.entries(forms)) {
    const capital = checkObject(value, code).capital;
    if (!capital) continue;
    const c = checkObject(capital, `${code}.capital`);
    const en = checkString(c.en, `${code}.capital.en`);
    for (const n of checkStrings(c.names, `${code}.capital.names`)) m.add(n, en);
  }
  return m;
}

/** Places written after a place preposition between two folded offsets. */
export function findPlaces(tokens: Token[], folded: string, from: number, to: number, clitics: boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const match of cities.findAll(tokens, folded, { clitics })) {
    if (match.start < from || match.end > to) continue;
    const attached = folded.slice(tokens[match.first].start, match.start);
    const before = tokens[match.first - 1]?.text ?? "";
    if (!isPlacePreposition(before) && !(attached && isPlacePreposition(attached))) continue;
    out.push({ city: match.values[0], first: match.first, after: match.after, start: match.start, end: match.end });
  }
  return out;
}
