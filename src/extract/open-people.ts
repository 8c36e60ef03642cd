/**
 * People outside the gazetteer, one entity per person an article names (persons/ finds their
 * names with names/ and gives them titles): forms of one name share a key, a name that is a
 * form of a gazetteer person's full name is that person, a name glossed in another script is the
 * same person, and later bare surnames refer back to them.
 */
import type { GazetteerPerson, NameMatch } from "./gazetteer.ts";
import { conjoinedGiven, inAnotherName, isCommonWord, isFamilyCalledBy, isGenerational, isListedGivenFirst, isNameWord, isParticle, isRankGiven, PATRONYMIC, readRun, titledRun, type NameRun } from "./names/index.ts";
import { fold } from "./normalize.ts";
import { addEntity, conjoined, countryOfAfter, gapOf, type PersonContext, type PersonEntity, type PersonRef } from "./persons/context.ts";
import { lexicon as personWords } from "./persons/lexicon.ts";
import { isPostingWord, type TitleMention } from "./titles.ts";
import { isArabicScript, phraseWords } from "./tokens.ts";

/**
 * People outside the gazetteer, one entity per person the article names. A run that is a shorter
 * form of another (the surname after an honorific, the name without its middle part) shares the
 * longer one's key, and one that is part of the full name of a gazetteer person the article
 * names is that person ("Foreign Secretary Hague" beside "William Hague").
 */
export class OpenPeople {
  private readonly people: { key: string; words: string[] }[] = [];
  /** Keys of the name references added, by token span. */
  private readonly spans = new Map<string, PersonRef>();

  constructor(
    private readonly ctx: PersonContext,
    private readonly entities: Map<string, PersonEntity>,
    private readonly refs: PersonRef[],
  ) {
    for (const ref of refs) if (ref.kind === "name") this.spans.set(`${ref.first}:${ref.after}`, ref);
  }

  /** Adds the runs found by their shape, longest first so that shorter forms join them. */
  addRuns(runs: NameRun[], gazetteerNames: NameMatch[]): void {
    const fullIds = new Set(gazetteerNames.filter((n) => n.full).flatMap((n) => n.values));
    const atToken = new Map<number, PersonRef>();
    for (const ref of this.refs) for (let k = ref.first; k < ref.after; k++) atToken.set(k, ref);
    for (const run of [...runs].sort((a, b) => b.words - a.words || a.first - b.first)) {
      const inside = new Set<PersonRef>();
      for (let k = run.first; k < run.after; k++) if (atToken.has(k)) inside.add(atToken.get(k) as PersonRef);
      if (inside.size === 0 || this.overrides(run, [...inside], fullIds)) this.add(run);
    }
  }

  /**
   * A run read beside a title ("Japanese Ambassador Futoshi Matsumoto", the list knowing Takeaki Matsumoto): one around a
   * gazetteer short name, after name words of its own, is judged as a run read by its shape is (overrides); the key of the
   * person it names.
   */
  addBesideTitle(run: NameRun, fullIds: Set<string>): string {
    const inside = this.refs.filter((r) => r.kind === "name" && r.first >= run.first && r.after <= run.after);
    if (inside.length !== 1 || inside[0].first === run.first || !this.ctx.gazetteer.person(inside[0].key)) return this.add(run);
    this.overrides(run, inside, fullIds);
    return (this.spans.get(`${run.first}:${run.after}`) ?? inside[0]).key;
  }

  /**
   * A run around a gazetteer short name: the gazetteer person when it starts with one of their
   * given names ("John Kerry" read as "Kerry"), else another person of that surname, who then
   * also takes the surname's bare mentions if the gazetteer person is never named in full.
   */
  private overrides(run: NameRun, inside: PersonRef[], fullIds: Set<string>): boolean {
    const person = inside.length === 1 ? this.ctx.gazetteer.person(inside[0].key) : undefined;
    if (!person) return false;
    if (fullNameWords(person).some((n) => sameName(nameWords(this.ctx, run.first, run.after, run.start), n))) {
      Object.assign(inside[0], { first: Math.min(run.first, inside[0].first), after: Math.max(run.after, inside[0].after), start: Math.min(run.start, inside[0].start), end: Math.max(run.end, inside[0].end) });
      this.spans.set(`${inside[0].first}:${inside[0].after}`, inside[0]);
      return false;
    }
    // A given name that is also an ordinary word (خلیل، أمين) opens another person's name too, unless it is a spelling of one
    // of the person's own or a rank that is their title ("Sultan Qaboos").
    if (isRankGiven(this.ctx.tokens[run.first].text) && run.first < inside[0].first) return false;
    const otherGiven = run.given && run.first < inside[0].first && !sharesGivenName(person, nameWords(this.ctx, run.first, inside[0].first, run.start));
    // "Rep. Tajudeen Abbas", "Hon. Kamina Johnson Smith": a Latin run (capitalised, read where a person stands) whose other
    // words are none of the person's own names is someone else of that surname, a given name we do not list or not.
    const otherLatin = !isArabicScript(this.ctx.tokens[run.first].text) && !sharesGivenName(person, this.wordsAround(run, inside[0]));
    if (!(run.anchored || otherGiven || otherLatin) || run.words < 2) return false;
    const key = this.add(run);
    for (let k = this.refs.length - 1; k >= 0; k--) {
      const ref = this.refs[k];
      if (ref.key !== person.id) continue;
      if (ref === inside[0]) this.refs.splice(k, 1);
      else if (!fullIds.has(person.id) && ref.kind === "name") ref.key = key;
    }
    if (!this.refs.some((r) => r.key === person.id)) this.entities.delete(person.id);
    return false;
  }

  /** The name words of a run outside the reference inside it ("kamina", "smith" of "Kamina Johnson Smith" around "Johnson"). */
  private wordsAround(run: NameRun, inside: PersonRef): string[] {
    const before = inside.first > run.first ? nameWords(this.ctx, run.first, inside.first, run.start) : [];
    const after = inside.after < run.after ? nameWords(this.ctx, inside.after, run.after) : [];
    return [...before, ...after];
  }

  /**
   * "Nawaf bin Saeed Al-Malki … Al-Malki said": a gazetteer short name that ends the name of a person outside the gazetteer
   * the article names is that person written again, when the gazetteer person is never named in full.
   */
  claimShortNames(fullIds: Set<string>): void {
    for (const ref of this.refs) {
      if (ref.kind !== "name" || !this.ctx.gazetteer.person(ref.key) || fullIds.has(ref.key)) continue;
      const short = nameWords(this.ctx, ref.first, ref.after, ref.start).filter((w) => w !== "+");
      const owners = this.people.filter((p) => {
        const long = p.words.filter((w) => w !== "+");
        return long.length > short.length && short.every((w, k) => long[long.length - short.length + k] === w);
      });
      if (owners.length !== 1) continue;
      const old = ref.key;
      ref.key = owners[0].key;
      if (!this.refs.some((r) => r.key === old)) this.entities.delete(old);
    }
  }

  /** Adds one run as a person's name and returns the person's key. */
  add(run: NameRun): string {
    const span = `${run.first}:${run.after}`;
    const same = this.spans.get(span);
    if (same) return same.key;
    const words = nameWords(this.ctx, run.first, run.after, run.start);
    const written = this.ctx.folded.slice(run.start, run.end);
    const key = this.find(words, written) ?? this.create(written, words);
    const ref: PersonRef = { key, kind: "name", first: run.first, after: run.after, start: run.start, end: run.end };
    this.refs.push(ref);
    this.spans.set(span, ref);
    return key;
  }

  /**
   * "غيرت كريل (Geert Criel)", "Jeyhun Bayramov (جیحون بایراموف)": a name followed by the same
   * person's name in another script in parentheses. The one in parentheses joins the person
   * named before it (a person outside the gazetteer joins a gazetteer person, never the reverse).
   */
  joinScripts(): void {
    const { ctx } = this;
    if (!ctx.folded.includes("(")) return;
    for (const ref of this.refs.filter((r) => r.kind === "name")) {
      const open = ref.after;
      if (!ctx.tokens[open] || !ctx.sameLine(ref.after - 1, open) || !/^\s*\(\s*$/.test(gapOf(ctx, ref.after - 1, open))) continue;
      const run = readRun(ctx, open, 1);
      if (!run || !ctx.tokens[run.after] || !/^\s*\)/.test(gapOf(ctx, run.after - 1, run.after))) continue;
      if (isArabicScript(ctx.tokens[ref.first].text) === isArabicScript(ctx.tokens[run.first].text)) continue;
      const other = this.spans.get(`${run.first}:${run.after}`);
      if (!other) {
        const inner: PersonRef = { key: ref.key, kind: "name", first: run.first, after: run.after, start: run.start, end: run.end };
        this.refs.push(inner);
        this.spans.set(`${run.first}:${run.after}`, inner);
      } else if (other.key !== ref.key && !this.entities.get(other.key)?.gazetteer) {
        const old = other.key;
        const entity = this.entities.get(old);
        for (const r of this.refs) if (r.key === old) r.key = ref.key;
        this.entities.delete(old);
        if (entity) this.describe(ref.key, entity.country, entity.role);
      }
    }
  }

  /** Gives a person outside the gazetteer the country and role of a title written with them, if they have none yet. */
  describe(key: string, country: string | null, role: string | null): void {
    const entity = this.entities.get(key);
    if (!entity || entity.gazetteer) return;
    entity.country ??= country;
    entity.role ??= role;
  }

  /**
   * "the ambassadors of Uruguay, Ana Pérez, and of Chile, …", "سفيري ألمانيا X وروسيا Y": the name
   * after each country in a plural title's sentence holds the title for that country (a country
   * after "to"/"لدى" is where they serve, not whose they are).
   */
  addListed(title: TitleMention): void {
    if (this.addPairedAfter(title)) return;
    this.addListedFrom(title.first, title.entry?.role ?? null, false, Infinity);
  }

  /**
   * "Kenya and Uganda's foreign ministers, A and B", "the foreign ministers of Egypt, Jordan and Iraq, A, B and C": the
   * names set off by a comma after a plural title of as many countries are theirs, in order.
   */
  private addPairedAfter(title: TitleMention): boolean {
    const { ctx } = this;
    if (title.countries.length === 0) return this.addEachOfCountry(title);
    if (title.countries.length < 2 || !ctx.tokens[title.after] || !/^\s*,\s*$/.test(gapOf(ctx, title.after - 1, title.after))) return false;
    const runs = itemsFrom(ctx, title.after, (j) => titledRun(ctx, j, 1));
    if (runs.length !== title.countries.length) return false;
    runs.forEach((run, n) => this.describe(this.add(run), title.countries[n], title.entry?.role ?? null));
    return true;
  }

  /**
   * The names after each country in the sentence from token `first` on, within `reach` tokens;
   * `adjacent` accepts a name right after its country, as after a counterpart phrase ("نظرائه
   * المصري X والفرنسي Y").
   */
  addListedFrom(first: number, role: string | null, adjacent: boolean, reach: number): void {
    const { ctx } = this;
    const sentence = ctx.sentenceOf(first);
    let sender: string | null = null;
    for (let k = first; k < ctx.tokens.length && k < first + reach && ctx.sentenceOf(k) === sentence; k++) {
      const country = ctx.countryAt(k);
      if (!country) continue;
      if (!isPostingWord(ctx.tokens[k - 1]?.text ?? "")) sender = country.code;
      const paired = this.addPaired(k, role);
      if (paired > k) {
        k = paired - 1;
        continue;
      }
      k = country.after - 1;
      const run = titledRun(ctx, country.after, 1, adjacent);
      if (!run || !sender) continue;
      // "…، سفير البوسنة، وX، سفير تشيلي": a name with "و" on it is the list's next item, not the country's before it.
      const key = this.add(run);
      if (!conjoined(ctx, run)) this.describe(key, sender, role);
      k = run.after - 1;
    }
  }

  /**
   * "Ambassadors A of Spain and B of Germany": after a plural title with no country of its own, each name of a list followed
   * by "of <country>" holds the title for that country.
   */
  private addEachOfCountry(title: TitleMention): boolean {
    const { ctx } = this;
    const read = (j: number) => {
      const run = titledRun(ctx, j, 1);
      const country = run ? countryOfAfter(ctx, run.after) : null;
      return run && country ? { run, ...country } : null;
    };
    const items = itemsFrom(ctx, title.after, read);
    if (items.length < 2) return this.addNamesAfter(title);
    for (const item of items) this.describe(this.add(item.run), item.code, title.entry?.role ?? null);
    return true;
  }

  /** "النائبان X Y وZ W", "the senators A and B": a list of names right after a plural title with no country holds it. */
  private addNamesAfter(title: TitleMention): boolean {
    const runs = itemsFrom(this.ctx, title.after, (j) => titledRun(this.ctx, j, 1, true));
    if (runs.length < 2) return false;
    for (const run of runs) this.describe(this.add(run), null, title.entry?.role ?? null);
    return true;
  }

  /**
   * "the ambassadors of Chile, Peru and Colombia, A, B and C": a list of countries from token k, set off by a comma from as
   * many names after it, gives each name the country in its place. Returns the token after the last name, or k when the
   * words from k are no such pair of lists.
   */
  private addPaired(k: number, role: string | null): number {
    const { ctx } = this;
    const countries = itemsFrom(ctx, k, (j) => ctx.countryAt(j));
    if (countries.length < 2) return k;
    const last = countries.at(-1) as { after: number };
    if (!ctx.tokens[last.after] || !/^\s*,\s*$/.test(gapOf(ctx, last.after - 1, last.after))) return k;
    const runs = itemsFrom(ctx, last.after, (j) => titledRun(ctx, j, 1));
    if (runs.length !== countries.length) return k;
    runs.forEach((run, n) => this.describe(this.add(run), countries[n].code, role));
    return (runs.at(-1) as NameRun).after;
  }

  private find(words: string[], written: string): string | null {
    for (const entity of this.entities.values()) {
      if (entity.gazetteer && entity.named && fullNameWords(entity.gazetteer).some((n) => sameName(words, n))) return entity.key;
    }
    const person = this.people.find((p) => sameName(words, p.words));
    if (!person) return null;
    if (words.length > person.words.length) {
      // The longer form names the person from now on.
      const key = `name:${written}`;
      const entity = this.entities.get(person.key);
      if (entity && !this.entities.has(key)) {
        this.entities.delete(person.key);
        this.entities.set(key, { ...entity, key, writtenName: written });
        for (const ref of this.refs) if (ref.key === person.key) ref.key = key;
        person.key = key;
      }
      person.words = words;
    }
    return person.key;
  }

  private create(written: string, words: string[]): string {
    const key = `name:${written}`;
    if (!this.entities.has(key)) addEntity(this.entities, { key, gazetteer: null, writtenName: written, country: null, role: null, named: true });
    this.people.push({ key, words });
    return key;
  }
}

/**
 * The words of a name for comparing forms of it: folded, particles left out, "عبد الله" as one word; from `start` when a
 * clitic on the first word is no part of the name ("وناهدة سبحان" is "ناهدة سبحان" written again).
 */
function nameWords(ctx: PersonContext, first: number, after: number, start = ctx.tokens[first].start): string[] {
  return nameWordsOf(ctx.folded.slice(start, ctx.tokens[after - 1].end));
}

const fullNameCache = new Map<string, string[][]>();

/** Whether a name reference is a gazetteer person's short name (their surname alone), not one of their full names. */
export function isShortNameRef(ctx: PersonContext, ref: PersonRef): boolean {
  const person = ctx.gazetteer.person(ref.key);
  const words = nameWords(ctx, ref.first, ref.after, ref.start);
  return !!person && !fullNameWords(person).some((n) => n.filter((w) => w !== "+").length <= words.length && sameName(words, n));
}

/** The words of each full name of a gazetteer person, computed once per person. */
function fullNameWords(person: GazetteerPerson): string[][] {
  let words = fullNameCache.get(person.id);
  if (!words) fullNameCache.set(person.id, (words = person.names.map(nameWordsOf)));
  return words;
}

/** The words of a name, with the particles of a chain of fathers' names (X bin Y bin Z) kept as "+". */
function nameWordsOf(name: string): string[] {
  const joined = fold(name).replace(/(^| )(عبد|ابو) (?=ال)/g, "$1$2");
  return phraseWords(joined).flatMap((w) => (PATRONYMIC.has(w) ? ["+"] : isParticle(w) ? [] : [w]));
}

/** The words of the name a run spans, for comparing it with a gazetteer person's names. */
export function nameWordsAt(ctx: PersonContext, run: NameRun): string[] {
  return nameWords(ctx, run.first, run.after, run.start);
}

/**
 * Whether a name is a gazetteer person's written another way: its last word within two letters
 * of the last word of one of their full names, and opening with the same letter (والودین for
 * ولودین, Volodin; not another person's surname).
 */
export function spellsSurnameOf(person: GazetteerPerson, words: string[]): boolean {
  const surname = words.at(-1);
  if (!surname || surname.length < 3) return false;
  return fullNameWords(person).some((name) => {
    const theirs = name.at(-1);
    return !!theirs && theirs[0] === surname[0] && editsWithin(theirs, surname, 2);
  });
}

/**
 * Whether the name words written before a person's short name are one of their own name words, as
 * written or within two letters, or part of one (عزيز in عبدالعزيز): the person named with
 * another spelling of their given name, not another person of their surname.
 */
function sharesGivenName(person: GazetteerPerson, words: string[]): boolean {
  const own = fullNameWords(person).flat().filter((w) => w !== "+");
  return words.some((w) => w !== "+" && own.some((o) => o.includes(w) || w.includes(o) || (Math.min(o.length, w.length) >= 4 && editsWithin(o, w, 2))));
}

/** Whether two words are at most `max` letters changed, added or dropped apart (a banded edit distance). */
function editsWithin(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > max) return false;
    previous = row;
  }
  return previous[b.length] <= max;
}

/** Whether two words differ by one letter changed, added or dropped. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Whether one name is a shorter form of the other: its words in order, sharing the first or the last. */
function sameName(aForm: string[], bForm: string[]): boolean {
  // "عبدالله بن عبدالعزيز" is not "عبدالعزيز بن عبدالله بن عبدالعزيز": a chain of fathers' names starts with the person's own.
  const patronymic = aForm.includes("+") || bForm.includes("+");
  const a = aForm.filter((w) => w !== "+");
  const b = bForm.filter((w) => w !== "+");
  // "بردیمحمداف" is "بردی محمداف" written without its space or ZWNJ, as some texts lose them.
  if (a.length !== b.length && a.join("") === b.join("")) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (patronymic && short[0] !== long[0]) return false;
  if (short.length === 0) return false;
  // Two spellings of one name in one article (غوتيراش، غوتيراس): every word alike but one, which differs by a letter.
  if (short.length === long.length) return short.filter((w, k) => w !== long[k] && !(w.length >= 3 && oneEditApart(w, long[k]))).length === 0 && short.filter((w, k) => w !== long[k]).length <= 1;
  if (short.length === 1 && short[0] === paternalSurname(long)) return true;
  if (short[0] !== long[0] && short.at(-1) !== long.at(-1)) return false;
  let k = 0;
  for (const word of long) if (word === short[k]) k++;
  return k === short.length;
}

/**
 * The word before the last of a name of three words or more that is no given name: the paternal surname a Spanish or
 * Portuguese name is called by ("ماريو أدولفو بوكارو فلوريس" … "السيد بوكارو"), or a family name followed by a clan or
 * place name ("مالك عقار اير" … "عقار"). Null for shorter names, chains of fathers' names and given names (محمد جواد ظريف).
 */
function paternalSurname(words: string[]): string | null {
  if (words.length < 3 || words.includes("+")) return null;
  const word = words.at(-2)!;
  return word.length >= 3 && !isListedGivenFirst(word) ? word : null;
}

/**
 * "جون هانتسمان … هنتسمان": a long Arabic-script surname written again with one letter more or
 * less (a long vowel dropped or added), standing alone as a name word.
 */
function respelledSurname<T>(ctx: PersonContext, i: number, bySurname: Map<string, T>): T | undefined {
  const word = ctx.tokens[i].text;
  if (word.length < 5 || !isArabicScript(word) || !isNameWord(ctx, i) || isCommonWord(ctx, word)) return undefined;
  for (const [surname, found] of bySurname) if (surname.length >= 5 && surname[0] === word[0] && oneEditApart(surname, word)) return found;
  return undefined;
}

/** Whose surname a word is: the person, the words of their name as written, and how their surname is written again. */
interface SurnameOf {
  key: string;
  words: string[];
  particles: number;
  /** The word after a paternal surname that completes it ("بحر العلوم"). */
  last?: string;
  /** Only a capitalised word is this surname (one the gazetteer does not list as a short name). */
  capitalized?: boolean;
}

/**
 * "Libyan House Speaker Aguila Saleh … Saleh met": the last word of a Latin-script full name that the article
 * gives a gazetteer person, who lists no short name for it (often because the word is also a given name), is
 * that person alone, when no other person of the article ends their name with it.
 */
function gazetteerSurnames(entities: Map<string, PersonEntity>, refs: PersonRef[], ctx: PersonContext): Map<string, SurnameOf> {
  const found = new Map<string, SurnameOf | null>();
  for (const entity of entities.values()) {
    const ref = entity.gazetteer && !entity.writtenName ? refs.find((r) => r.key === entity.key && r.kind === "name" && r.after - r.first >= 2) : undefined;
    if (!ref || isArabicScript(ctx.tokens[ref.first].text)) continue;
    const words = ctx.tokens.slice(ref.first, ref.after).map((t) => t.text);
    const surname = words.at(-1) as string;
    if (surname.length < 3 || isCommonWord(ctx, surname)) continue;
    found.set(surname, found.has(surname) && found.get(surname)?.key !== entity.key ? null : { key: entity.key, words, particles: 0, capitalized: true });
  }
  return new Map([...found].filter((e): e is [string, SurnameOf] => e[1] !== null));
}

/** One-letter clitics Arabic writes onto a surname (و، ف، ب، ل). */
const SURNAME_CLITICS = new Set(["و", "ف", "ب", "ل"]);

/**
 * "آنورا کومارا دیسانایکه … آقای دیسانایکه": a gazetteer person named in full in a spelling of the article's own (the list has
 * دیسانایاکه), read beside their title after the runs were read, is the person a one-word name is that ends their name as
 * written here; the one-word name, read first as someone new, joins them when no one else's name ends with it.
 */
export function joinWrittenSurnames(entities: Map<string, PersonEntity>, refs: PersonRef[], ctx: PersonContext): void {
  const owners = new Map<string, string | null>();
  for (const r of refs) {
    if (r.kind !== "name" || r.after - r.first < 2 || !entities.get(r.key)?.gazetteer) continue;
    const last = ctx.tokens[r.after - 1].text;
    owners.set(last, owners.has(last) && owners.get(last) !== r.key ? null : r.key);
  }
  for (const entity of [...entities.values()]) {
    if (entity.gazetteer) continue;
    const own = refs.filter((r) => r.key === entity.key);
    const words = phraseWords(entity.writtenName ?? "");
    const owner = words.length === 1 ? owners.get(words[0]) : undefined;
    if (!owner || own.some((r) => r.kind === "name" && r.after - r.first > 1)) continue;
    for (const r of own) r.key = owner;
    entities.delete(entity.key);
  }
}

/**
 * Later references to a person outside the gazetteer: their full name again, or the last word of
 * it (with the particles before it: "De Vries") when no other name word stands right before it.
 */
export function surnameRefs(entities: Map<string, PersonEntity>, refs: PersonRef[], ctx: PersonContext): PersonRef[] {
  const bySurname = new Map<string, SurnameOf>();
  for (const entity of entities.values()) {
    // "فرديناند ماركوس الابن … ماركوس": a son's surname comes before the word that tells him from his father.
    const written = phraseWords(entity.writtenName ?? "");
    const words = written.length > 2 && isGenerational(written.at(-1) as string) ? written.slice(0, -1) : written;
    const surname = words.at(-1);
    // "Jan de Vries" is "De Vries" later: the particles before the surname come with it.
    let k = words.length - 1;
    while (k > 1 && isParticle(words[k - 1])) k--;
    if (surname && surname.length >= 3 && !isCommonWord(ctx, surname)) bySurname.set(surname, { key: entity.key, words, particles: words.length - 1 - k });
  }
  // "… بوكارو فلوريس" … "وقال بوكارو": a paternal surname written alone, unless it is someone's last name too.
  for (const entity of entities.values()) {
    const words = phraseWords(entity.writtenName ?? "");
    const paternal = paternalSurname(nameWordsOf(entity.writtenName ?? ""));
    const written = words.at(-2);
    if (paternal && written === paternal && !isCommonWord(ctx, written) && !bySurname.has(written)) bySurname.set(written, { key: entity.key, words: words.slice(0, -1), particles: 0, last: words.at(-1) });
  }
  // A surname two people share is neither's.
  for (const [surname, found] of gazetteerSurnames(entities, refs, ctx)) if (bySurname.has(surname)) bySurname.delete(surname); else bySurname.set(surname, found);
  if (bySurname.size === 0) return [];
  const coveredTokens = new Set(refs.flatMap((r) => Array.from({ length: r.after - r.first }, (_, k) => r.first + k)));
  const covered = (i: number) => coveredTokens.has(i);
  // Whether the tokens ending at i spell the given words, on one line, none of them covered.
  const spells = (i: number, words: string[]) => i + 1 >= words.length && words.every((w, j) => { const t = i - words.length + 1 + j; return ctx.tokens[t].text === w && ctx.sameLine(t, i) && !covered(t); });
  const extra: PersonRef[] = [];
  ctx.tokens.forEach((token, i) => {
    if (!ctx.inText(i) || covered(i)) return;
    const found = bySurname.get(token.text) ?? respelledSurname(ctx, i, bySurname);
    if (found?.capitalized && !ctx.isCapitalized(i)) return;
    if (!found) {
      // "وبوغدانوف", "لبوغدانوف": the surname alone with a conjunction or preposition written onto it.
      const bare = ctx.clitics && SURNAME_CLITICS.has(token.text[0]) ? bySurname.get(token.text.slice(1)) : undefined;
      if (bare && bare.words.length > 1) extra.push({ key: bare.key, kind: "name", first: i, after: i + 1, start: token.start + 1, end: token.end });
      return;
    }
    const first = spells(i, found.words) ? i - found.words.length + 1 : found.particles > 0 && spells(i, found.words.slice(-1 - found.particles)) ? i - found.particles : inAnotherName(ctx, i) ? -1 : i;
    // "بحر العلوم": the paternal word with the last one after it is the whole surname, written again.
    const after = found.last !== undefined && ctx.tokens[i + 1]?.text === found.last && ctx.sameLine(i, i + 1) ? i + 2 : i + 1;
    if (first >= 0) extra.push({ key: found.key, kind: "name", first, after, start: ctx.tokens[first].start, end: ctx.tokens[after - 1].end });
  });
  return extra;
}


/**
 * "Saudi Foreign Minister Prince Faisal bin Farhan … Prince Faisal said": after a royal or sheikhly honorific (language.json
 * `givenNameHonorifics`), a given name alone is the one person named in full before whose name opens with it; not when two
 * such people are named, nor when another name word follows it.
 */
export function givenNameRefs(refs: PersonRef[], ctx: PersonContext): PersonRef[] {
  const byGiven = new Map<string, string | null>();
  for (const r of refs) {
    let first = r.first;
    while (first < r.after && personWords.givenNameHonorificWords.has(ctx.tokens[first].text)) first++;
    if (r.kind !== "name" || r.after - first < 2) continue;
    const given = ctx.tokens[first].text;
    byGiven.set(given, byGiven.has(given) && byGiven.get(given) !== r.key ? null : r.key);
  }
  if (byGiven.size === 0) return [];
  const covered = new Set(refs.flatMap((r) => Array.from({ length: r.after - r.first }, (_, k) => r.first + k)));
  const honoured = (i: number) => personWords.givenNameHonorifics.some((words) => words.every((w, j) => { const t = i - words.length + j; return t >= 0 && ctx.tokens[t].text === w && ctx.sameLine(t, i); }));
  const out: PersonRef[] = [];
  ctx.tokens.forEach((token, i) => {
    const key = byGiven.get(token.text);
    if (!key || covered.has(i) || !ctx.inText(i) || !honoured(i)) return;
    if (i + 1 < ctx.tokens.length && gapOf(ctx, i, i + 1) === " " && ctx.isCapitalized(i + 1)) return;
    if (!refs.some((r) => r.key === key && r.end <= token.start)) return;
    out.push({ key, kind: "name", first: i, after: i + 1, start: token.start, end: token.end });
  });
  return out;
}

/**
 * "Premier Li Keqiang … talks with Li": a Chinese or Korean name written family-first is referred to later by its
 * family name alone, when no one else named in the article bears it and no other name word follows it ("Li Qiang" is
 * another Li). Runs after surnameRefs, whose references it leaves as they are.
 */
export function familyNameRefs(refs: PersonRef[], ctx: PersonContext): PersonRef[] {
  const byFamily = new Map<string, string | null>();
  for (const r of refs) {
    if (r.kind !== "name" || r.after - r.first < 2 || !isFamilyCalledBy(ctx, r.first)) continue;
    const family = ctx.tokens[r.first].text;
    byFamily.set(family, byFamily.has(family) && byFamily.get(family) !== r.key ? null : r.key);
  }
  if (byFamily.size === 0) return [];
  const covered = new Set(refs.flatMap((r) => Array.from({ length: r.after - r.first }, (_, k) => r.first + k)));
  const out: PersonRef[] = [];
  ctx.tokens.forEach((token, i) => {
    const key = byFamily.get(token.text);
    if (!key || covered.has(i) || !ctx.inText(i) || !isFamilyCalledBy(ctx, i)) return;
    if (i + 1 < ctx.tokens.length && gapOf(ctx, i, i + 1) === " " && ctx.isCapitalized(i + 1)) return;
    out.push({ key, kind: "name", first: i, after: i + 1, start: token.start, end: token.end });
  });
  return out;
}

/**
 * The items of a list read from token k on one line: each found by `read` at its first token, joined to the one before by a
 * comma, "and" or both ("Chile, Peru and Colombia"); the item joined by "and" is the last.
 */
function itemsFrom<T extends { after: number }>(ctx: PersonContext, k: number, read: (j: number) => T | null): T[] {
  const items: T[] = [];
  for (let item = read(k); item; ) {
    items.push(item);
    const next = item.after;
    if (!ctx.tokens[next] || !ctx.sameLine(next - 1, next)) break;
    const comma = /^\s*,\s*$/.test(gapOf(ctx, next - 1, next));
    const and = ctx.tokens[next].text === "and" && !!ctx.tokens[next + 1] && gapOf(ctx, next, next + 1) === " ";
    if (and && (comma || gapOf(ctx, next - 1, next) === " ")) {
      const lastItem = read(next + 1);
      if (lastItem) items.push(lastItem);
      break;
    }
    // "… X Y وZ W": in Arabic the list's last item has "و" written onto its first word, a listed given name.
    if (ctx.clitics && gapOf(ctx, next - 1, next) === " " && conjoinedGiven(ctx, next)) {
      const lastItem = read(next);
      if (lastItem) items.push(lastItem);
      break;
    }
    item = comma ? read(next) : null;
  }
  return items;
}
