/**
 * The people gazetteer (data/people/*.json, schema data/people.schema.json): heads of state and
 * government, foreign ministers and other officials with their spellings and dated offices.
 * Answers "who is named here" (names indexed by first word) and "who held this office then".
 */
import americasEurope from "./data/people/americas-europe.json" with { type: "json" };
import asiaAfricaIntl from "./data/people/asia-africa-intl.json" with { type: "json" };
import menaEast from "./data/people/mena-east.json" with { type: "json" };
import menaGulfMaghreb from "./data/people/mena-gulf-maghreb.json" with { type: "json" };
import languageData from "./data/language.json" with { type: "json" };
import speechData from "./data/speech.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkString, checkStrings } from "./data-check.ts";
import { abdSpellings } from "./name-spellings.ts";
import { fold } from "./normalize.ts";
import { PhraseMatcher, type PhraseMatch } from "./phrase-matcher.ts";
import type { Token } from "./tokens.ts";

/** Kinds of office the gazetteer records (people.schema.json). */
export type OfficeKind = "head_of_state" | "head_of_government" | "foreign_minister" | "secretary_general" | "spokesperson" | "other";

/** One dated office. */
export interface Office {
  office: OfficeKind;
  title: string;
  /** Country of the office (the person's unless the record says otherwise). */
  country: string;
  org: string | null;
  start: string;
  /** null while in office. */
  end: string | null;
}

/** A gazetteer person. */
export interface GazetteerPerson {
  id: string;
  name: string;
  country: string;
  /** Full-name spellings, all scripts. */
  names: string[];
  /** Surname-style short forms, all scripts. */
  shortNames: string[];
  offices: Office[];
}

/** A closed range of ISO dates. */
export interface DateWindow {
  from: string;
  to: string;
}

/** The whole of time, for undated articles. */
export const ANY_TIME: DateWindow = { from: "0000-01-01", to: "9999-12-31" };

/** A name found in the text with the people it may denote. */
export interface NameMatch extends PhraseMatch<string> {
  /** Whether the match is a full name (true) or a short form (false). */
  full: boolean;
}

const OFFICE_KINDS = new Set<string>(["head_of_state", "head_of_government", "foreign_minister", "secretary_general", "spokesperson", "other"]);

function loadPeople(files: Record<string, unknown>): GazetteerPerson[] {
  const people: GazetteerPerson[] = [];
  for (const [file, raw] of Object.entries(files)) {
    if (!Array.isArray(raw)) throw new TypeError(`people/${file}: expected an array`);
    raw.forEach((value, i) => people.push(loadPerson(value, `people/${file}[${i}]`)));
  }
  return people;
}

function loadPerson(value: unknown, where: string): GazetteerPerson {
  const record = checkObject(value, where);
  const country = checkString(record.country, `${where}.country`);
  const names = checkObject(record.names, `${where}.names`);
  const short = record.shortNames ? checkObject(record.shortNames, `${where}.shortNames`) : {};
  const scripts = (r: Record<string, unknown>, key: string) => ["en", "fa", "ar"].flatMap((lang) => checkStrings(r[lang] ?? [], `${where}.${key}.${lang}`));
  const offices = (Array.isArray(record.offices) ? record.offices : []).map((o: unknown, k: number): Office => {
    const office = checkObject(o, `${where}.offices[${k}]`);
    const kind = checkString(office.office, `${where}.offices[${k}].office`);
    if (!OFFICE_KINDS.has(kind)) throw new TypeError(`${where}.offices[${k}].office: unknown kind ${kind}`);
    return {
      office: kind as OfficeKind,
      title: checkString(office.title, `${where}.offices[${k}].title`),
      country: typeof office.country === "string" ? office.country : country,
      org: typeof office.org === "string" ? office.org : null,
      start: checkString(office.start, `${where}.offices[${k}].start`),
      end: typeof office.end === "string" ? office.end : null,
    };
  });
  const name = checkString(record.name, `${where}.name`);
  const shortNames = [...scripts(short, "shortNames"), ...arabicGivenFirst(name, names, short, where)];
  return { id: checkString(record.id, `${where}.id`), name, country, names: scripts(names, "names"), shortNames, offices };
}

/**
 * "Xi Jinping … Xi said", "Anwar Ibrahim … Anwar said": a person whose English short name is the first word of their
 * name (a family name written first, or the given name Malays and Indonesians are called by) is called in Arabic by the
 * first word of their Arabic name ("شي جين بينغ" → "شي"), when the record lists no Arabic short name.
 * Arabic only: in Persian such first words are often ordinary ones (هوا "air" for Hua).
 */
function arabicGivenFirst(name: string, names: Record<string, unknown>, short: Record<string, unknown>, where: string): string[] {
  const english = checkStrings(short.en ?? [], `${where}.shortNames.en`);
  const arabic = checkStrings(names.ar ?? [], `${where}.names.ar`);
  const first = name.split(/\s+/);
  if (first.length < 2 || !english.includes(first[0]) || (short.ar as unknown[] | undefined)?.length || !arabic[0]) return [];
  // Only a first word every listed spelling shares: one spelt several ways (قوه، غوه، جوه for Guo) is too unsure a
  // transliteration to stand alone, and may be an ordinary word (قوة).
  const firsts = new Set(arabic.map((n) => n.split(/\s+/)[0]));
  const word = arabic[0].split(/\s+/);
  return word.length > 1 && firsts.size === 1 ? [word[0]] : [];
}

/** People, their names and their offices, indexed for lookup. */
export class Gazetteer {
  private readonly byId = new Map<string, GazetteerPerson>();
  private readonly fullNames = new PhraseMatcher<string>();
  private readonly shortNames = new PhraseMatcher<string>();
  private readonly byOffice = new Map<string, { person: GazetteerPerson; office: Office }[]>();

  /**
   * `people` are the records to index; `commonWords` (folded) are words that a short name must
   * not be taken for (function words such as بأن, which folds like the short name بان).
   */
  constructor(people: GazetteerPerson[], private readonly commonWords: ReadonlySet<string> = new Set()) {
    for (const person of people) {
      this.byId.set(person.id, person);
      // Each listed Latin spelling of an Abd name stands for the others news writes (name-spellings.ts).
      for (const name of person.names) for (const spelling of [name, ...abdSpellings(name)]) this.fullNames.add(spelling, person.id);
      for (const name of person.shortNames) for (const spelling of [name, ...abdSpellings(name)]) this.shortNames.add(spelling, person.id);
      for (const office of person.offices) {
        for (const key of [officeKey(office.country, office.office), office.org ? officeKey(office.org, office.office) : null]) {
          if (!key) continue;
          const list = this.byOffice.get(key) ?? [];
          list.push({ person, office });
          this.byOffice.set(key, list);
        }
      }
    }
  }

  /** The person with this id. */
  person(id: string): GazetteerPerson | undefined {
    return this.byId.get(id);
  }

  /** Full names and short names in the text, longest first at each position; `clitics` for Arabic text. */
  findNames(tokens: Token[], folded: string, clitics: boolean): NameMatch[] {
    const found: NameMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const full = this.fullNames.matchAt(tokens, folded, i, { clitics });
      const candidate = this.shortNames.matchAt(tokens, folded, i, { clitics });
      // A short form that folds to a common word of another script (بان / بأن) is that word.
      const short = candidate && !this.commonWords.has(folded.slice(tokens[candidate.first].start, tokens[candidate.after - 1].end)) ? candidate : null;
      const best = full && (!short || full.after >= short.after) ? { ...full, full: true } : short ? { ...short, full: false } : null;
      if (best) {
        found.push(best);
        i = best.after;
      } else i++;
    }
    return found;
  }

  /** People who held an office of this kind for a country (or organisation) at some time in the window. */
  holders(place: string, office: OfficeKind, window: DateWindow): { person: GazetteerPerson; office: Office }[] {
    return (this.byOffice.get(officeKey(place, office)) ?? []).filter(({ office: o }) => overlaps(o, window));
  }

  /** The office a person held in the window, principal offices before "other" ones, then the one starting last. */
  officeIn(person: GazetteerPerson, window: DateWindow): Office | null {
    const rank = (o: Office) => (o.office === "other" ? 1 : 0);
    const held = person.offices.filter((o) => overlaps(o, window)).sort((a, b) => rank(a) - rank(b) || b.start.localeCompare(a.start));
    return held[0] ?? null;
  }
}

function officeKey(place: string, office: OfficeKind): string {
  return `${place}|${office}`;
}

/** Whether an office was held at some time in the window. */
export function overlaps(office: { start: string; end: string | null }, window: DateWindow): boolean {
  return office.start <= window.to && (office.end ?? "9999-12-31") >= window.from;
}

/** The intersection of two windows, or null when they do not meet. */
export function intersect(a: DateWindow, b: DateWindow): DateWindow | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

/** The gazetteer built from the four data files. */
export const gazetteer = new Gazetteer(
  loadPeople({ "americas-europe.json": americasEurope, "asia-africa-intl.json": asiaAfricaIntl, "mena-east.json": menaEast, "mena-gulf-maghreb.json": menaGulfMaghreb }),
  commonWordSet(),
);

/** Function words, complementizers and pronouns of all three languages, folded, from the data files. */
function commonWordSet(): Set<string> {
  const language = checkObject(languageData, "language.json");
  const speech = checkObject(speechData, "speech.json");
  const lists = [language.notName, language.functionWords, speech.complementizers, speech.pronouns].map((l, i) => checkLanguageLists(l, `common words ${i}`));
  return new Set(lists.flatMap(allLanguages).map(fold));
}
