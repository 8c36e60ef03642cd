/**
 * People an article refers to: gazetteer names, titles resolved to the office holder at the
 * article's date (or in the window the named people's offices allow), counterpart phrases
 * resolved through the person in the clause, and people outside the gazetteer introduced by a
 * title ("سخنگوی وزارت خارجه روسیه، ماریا زاخارووا"). Produces every reference in text order,
 * which quotes and meetings use to find speakers and participants.
 */
import data from "./data/language.json" with { type: "json" };
import meetingData from "./data/meetings.json" with { type: "json" };
import speechData from "./data/speech.json" with { type: "json" };
import titleData from "./data/titles.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject, checkString } from "./data-check.ts";
import { ANY_TIME, intersect, overlaps, type DateWindow, type Gazetteer, type GazetteerPerson, type NameMatch, type OfficeKind } from "./gazetteer.ts";
import { fold } from "./normalize.ts";
import type { TitleMention } from "./titles.ts";
import { isArabicScript, type Token } from "./tokens.ts";
import type { MentionKind } from "./types.ts";

/** One reference to a person, in folded-text and token coordinates. */
export interface PersonRef {
  key: string;
  kind: MentionKind;
  first: number;
  after: number;
  start: number;
  end: number;
}

/** A plural title resolved to the named people it covers ("the Syrian and Russian foreign ministers"). */
export interface GroupRef {
  keys: string[];
  first: number;
  after: number;
  start: number;
  end: number;
}

/** A person the article refers to, before offsets are mapped back to the original text. */
export interface PersonEntity {
  key: string;
  gazetteer: GazetteerPerson | null;
  /** Name as written, for people outside the gazetteer. */
  writtenName: string | null;
  country: string | null;
  role: string | null;
  /** Whether the article names the person (rather than only titling them). */
  named: boolean;
}

/** Everything persons.ts finds in one article. */
export interface PersonAnalysis {
  entities: Map<string, PersonEntity>;
  /** References in text order (names, titles, counterparts). */
  refs: PersonRef[];
  groups: GroupRef[];
  /** The date window the article's people imply (or its date). */
  window: DateWindow;
}

/** What persons.ts needs to know about the article. */
export interface PersonContext {
  /** The people gazetteer to resolve names and titles with. */
  gazetteer: Gazetteer;
  tokens: Token[];
  folded: string;
  /** Which tokens belong to article text (not boilerplate or repeated lines). */
  inText: (tokenIndex: number) => boolean;
  /** Sentence number of each token, to keep counterpart resolution inside its clause. */
  sentenceOf: (tokenIndex: number) => number;
  titles: TitleMention[];
  /** The article's date (ISO), if known. */
  date: string | null;
  /** Whether a token is a country word (country names cannot be people's names). */
  isCountryToken: (tokenIndex: number) => boolean;
  /** Whether two tokens are on the same line of the original text. */
  sameLine: (a: number, b: number) => boolean;
  /** Whether Arabic clitics (و، ب، ل) may be attached to names (Arabic text). */
  clitics: boolean;
  /** Whether the source text of a token starts with a capital letter (for Latin names). */
  isCapitalized: (tokenIndex: number) => boolean;
}

const lexicon = loadLexicon(data);
/** The Arabic definite article (ال), which personal names do not carry on every word. */
const ARABIC_ARTICLE = fold(checkString(checkObject(checkObject(data, "language.json").arabic, "language.json arabic").article, "language.json arabic.article"));
/** Words of titles, speech and meeting cues: never part of a name. */
const cueWords = new Set(
  [titleData, speechData, meetingData].flatMap((file) => collectStrings(file)).flatMap((phrase) => fold(phrase).split(" ")).filter((w) => w.length > 0),
);

/** Words that may close a name written after a title: speech verbs and titles ("…ماریا زاخارووا گفت"). */
const closingWords = new Set(
  [checkObject(speechData, "speech.json").verbs, checkObject(titleData, "titles.json").titles].flatMap((part) => collectStrings(part)).flatMap((phrase) => fold(phrase).split(" ")),
);

function collectStrings(value: unknown): string[] {
  if (typeof value === "string") return value.startsWith("$") ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (k.startsWith("$") ? [] : collectStrings(v)));
  return [];
}

function loadLexicon(raw: unknown) {
  const record = checkObject(raw, "language.json");
  return {
    notName: new Set(allLanguages(checkLanguageLists(record.notName, "language.json notName")).map(fold)),
    honorifics: new Set(allLanguages(checkLanguageLists(record.honorifics, "language.json honorifics")).map(fold)),
    ambiguous: new Set(allLanguages(checkLanguageLists(record.ambiguousShortNames, "language.json ambiguousShortNames")).map(fold)),
    appositionArticles: new Set(allLanguages(checkLanguageLists(record.appositionArticles, "language.json appositionArticles")).map(fold)),
  };
}

/** Finds and resolves every person reference in an article. */
export function analysePersons(ctx: PersonContext): PersonAnalysis {
  const gz = ctx.gazetteer;
  const names = gz.findNames(ctx.tokens, ctx.folded, ctx.clitics).filter((n) => ctx.inText(n.first));
  const fullIds = new Set(names.filter((n) => n.full).flatMap((n) => n.values));
  // A short name that is also an ordinary word (معلم, مرسی) does not date the article unless the full name is there.
  const isAmbiguous = (n: NameMatch) => !n.full && lexicon.ambiguous.has(ctx.folded.slice(n.start, n.end)) && !n.values.some((id) => fullIds.has(id));
  const window = ctx.date ? { from: ctx.date, to: ctx.date } : inferWindow(gz, names.filter((n) => !isAmbiguous(n)), fullIds, ctx);
  const entities = new Map<string, PersonEntity>();
  const refs: PersonRef[] = [];
  const groups: GroupRef[] = [];

  for (const name of names) {
    const id = chooseId(gz, name, fullIds, window);
    if (!id) continue;
    addEntity(entities, gazetteerEntity(gz, id, window, true));
    refs.push({ key: id, kind: "name", first: name.first, after: name.after, start: name.start, end: name.end });
  }
  const named = new Set(entities.keys());
  // A title word inside a name ("شاه" in "شاه محمود قریشی", "أمير" in "أمير عبد اللهيان") is part of the name.
  const titles = ctx.titles.filter((t) => ctx.inText(t.first) && !names.some((n) => n.first <= t.first && t.first < n.after));
  for (const title of titles) {
    if (title.kind === "plural") {
      const keys = title.countries.flatMap((c) => (title.entry ? resolveOffice(gz, c, title.entry.office, title.entry.org, window, named, true, title.entry.role) : []));
      if (keys.length > 0) groups.push({ keys, first: title.first, after: title.after, start: title.start, end: title.end });
      continue;
    }
    const resolved = resolveTitle(title, ctx, refs, window, named);
    // "his Pakistani counterpart Aizaz Ahmed Chaudhry": a name written after the counterpart phrase beats an office holder the article never names.
    const key = resolved && title.kind === "counterpart" && !named.has(resolved) && !adjacentName(title, refs, ctx) && nameRun(ctx, title.after, 1, true) ? null : resolved;
    if (key) {
      if (!entities.has(key)) addEntity(entities, gazetteerEntity(gz, key, window, false));
      refs.push({ key, kind: title.kind === "counterpart" ? "counterpart" : "title", first: title.first, after: title.after, start: title.start, end: title.end });
      continue;
    }
    const unknown = title.kind === "title" ? unknownNameNear(title, ctx, refs) : title.kind === "counterpart" ? nameRun(ctx, title.after, 1, true) : null;
    if (unknown) {
      const written = ctx.folded.slice(ctx.tokens[unknown.first].start, ctx.tokens[unknown.after - 1].end);
      const personKey = `name:${written}`;
      const role = title.entry?.role ?? counterpartRole(title, ctx, refs, window);
      if (!entities.has(personKey)) addEntity(entities, { key: personKey, gazetteer: null, writtenName: written, country: title.countries[0] ?? null, role, named: true });
      refs.push({ key: personKey, kind: "name", first: unknown.first, after: unknown.after, start: ctx.tokens[unknown.first].start, end: ctx.tokens[unknown.after - 1].end });
      refs.push({ key: personKey, kind: title.kind === "counterpart" ? "counterpart" : "title", first: title.first, after: title.after, start: title.start, end: title.end });
    }
  }
  dropUnsupported(names.filter(isAmbiguous), titles, refs, entities);
  for (const title of titles) {
    if (!title.both || !title.entry) continue;
    const keys = bothHolders(gz, entities, title.entry, window);
    if (keys.length === 2) groups.push({ keys, first: title.first, after: title.after, start: title.start, end: title.end });
  }
  refs.push(...surnameRefs(entities, refs, ctx));
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const entity of entities.values()) {
    if (!entity.gazetteer) continue;
    const titled = refs.filter((r) => r.key === entity.key && r.kind === "title").map((r) => titles.find((t) => t.start === r.start)?.entry?.office).filter((o): o is OfficeKind => !!o && o !== "other");
    entity.role = roleOf(gz, entity.gazetteer, window, titled);
  }
  return { entities, refs: dropNested(refs), groups, window };
}

/**
 * People found only by a short name that is also an ordinary word ("معلم" teacher, "مرسی" thanks)
 * are dropped unless a title resolves to them, a title stands right next to such a mention, or
 * another (unambiguous) form of their name is in the article.
 */
function dropUnsupported(ambiguous: NameMatch[], titles: TitleMention[], refs: PersonRef[], entities: Map<string, PersonEntity>): void {
  const starts = new Set(ambiguous.map((n) => n.start));
  const keys = new Set(refs.filter((r) => r.kind === "name" && starts.has(r.start)).map((r) => r.key));
  for (const key of keys) {
    const own = refs.filter((r) => r.key === key);
    const supported = own.some((r) => r.kind !== "name" || !starts.has(r.start) || titles.some((t) => t.after === r.first || t.first === r.after));
    if (supported) continue;
    for (let k = refs.length - 1; k >= 0; k--) if (refs[k].key === key) refs.splice(k, 1);
    entities.delete(key);
  }
}

/**
 * "وزرای خارجه دو کشور": the article's people holding the plural title's office, when they are
 * exactly one for each of exactly two countries.
 */
function bothHolders(gz: Gazetteer, entities: Map<string, PersonEntity>, entry: { office: OfficeKind; role: string }, window: DateWindow): string[] {
  const byCountry = new Map<string, string[]>();
  for (const entity of entities.values()) {
    const office = entity.gazetteer ? gz.officeIn(entity.gazetteer, window) : null;
    const holds = office ? (HEADS.includes(entry.office) ? HEADS.includes(office.office) && office.title === entry.role : office.office === entry.office) : entity.role === entry.role;
    const country = office?.country ?? entity.country;
    if (!holds || !country) continue;
    byCountry.set(country, [...(byCountry.get(country) ?? []), entity.key]);
  }
  const lists = [...byCountry.values()];
  return lists.length === 2 && lists.every((l) => l.length === 1) ? lists.map((l) => l[0]) : [];
}

function addEntity(entities: Map<string, PersonEntity>, entity: PersonEntity | null): void {
  if (entity && !entities.has(entity.key)) entities.set(entity.key, entity);
}

function gazetteerEntity(gz: Gazetteer, id: string, window: DateWindow, named: boolean): PersonEntity | null {
  const person = gz.person(id);
  if (!person) return null;
  return { key: id, gazetteer: person, writtenName: null, country: person.country, role: gz.officeIn(person, window)?.title ?? null, named };
}

/** The role a person had in the window, preferring an office of the kind the article titles them with. */
function roleOf(gz: Gazetteer, person: GazetteerPerson, window: DateWindow, titled: OfficeKind[]): string | null {
  const preferred = titled.length > 0 ? gz.officeIn({ ...person, offices: person.offices.filter((o) => titled.includes(o.office)) }, window) : null;
  return (preferred ?? gz.officeIn(person, window))?.title ?? null;
}

/** Picks the person a name denotes: one named in full elsewhere, then one in office in the window. */
function chooseId(gz: Gazetteer, name: NameMatch, fullIds: Set<string>, window: DateWindow): string | null {
  if (name.values.length === 1) return name.values[0];
  const inFull = name.values.filter((id) => fullIds.has(id));
  if (inFull.length >= 1) return inFull[0];
  const inOffice = name.values.filter((id) => gz.person(id)?.offices.some((o) => overlaps(o, window)));
  return inOffice.length === 1 ? inOffice[0] : null;
}

/**
 * An undated article's window: the intersection of the offices of the people it names, using
 * only offices of the kind the article gives them where a title stands next to the name.
 */
function inferWindow(gz: Gazetteer, names: NameMatch[], fullIds: Set<string>, ctx: PersonContext): DateWindow {
  const kinds = titledOfficeKinds(names, fullIds, ctx);
  let window: DateWindow = ANY_TIME;
  for (const [id, titled] of kinds) {
    const person = gz.person(id);
    if (!person || person.offices.length === 0) continue;
    const offices = person.offices.filter((o) => titled.size === 0 || titled.has(o.office));
    const next = intersect(window, hullOf(offices.length > 0 ? offices : person.offices));
    if (next) window = next;
  }
  return window;
}

/** For each named person, the office kinds of the titles written next to their name anywhere in the article. */
function titledOfficeKinds(names: NameMatch[], fullIds: Set<string>, ctx: PersonContext): Map<string, Set<OfficeKind>> {
  const kinds = new Map<string, Set<OfficeKind>>();
  for (const name of names) {
    const id = name.values.length === 1 ? name.values[0] : name.values.find((v) => fullIds.has(v));
    if (!id) continue;
    const set = kinds.get(id) ?? new Set<OfficeKind>();
    kinds.set(id, set);
    const title = ctx.titles.find((t) => t.kind === "title" && (t.first === name.after || t.after === name.first));
    if (title?.entry && title.entry.office !== "other" && !title.former) set.add(title.entry.office);
  }
  return kinds;
}

function hullOf(offices: { start: string; end: string | null }[]): DateWindow {
  const from = offices.map((o) => o.start).sort()[0];
  const to = offices.map((o) => o.end ?? "9999-12-31").sort().at(-1) ?? "9999-12-31";
  return { from, to };
}

/**
 * People holding an office for a country (or organisation) in the window. With `namedOnly`,
 * only people the article names; otherwise the named holder if any, else the holder when
 * there is exactly one.
 */
function resolveOffice(gz: Gazetteer, place: string, office: OfficeKind, org: string | null, window: DateWindow, named: Set<string>, namedOnly: boolean, role: string | null = null): string[] {
  const holders = holdersOf(gz, org ?? place, office, window, role).map((h) => h.person.id);
  const unique = [...new Set(holders)];
  const inArticle = unique.filter((id) => named.has(id));
  if (inArticle.length > 0) return [inArticle[0]];
  if (namedOnly) return [];
  if (window.from === window.to && unique.length > 0) return [latestHolder(gz, place, office, org, window, role)];
  return unique.length === 1 ? unique : [];
}

function latestHolder(gz: Gazetteer, place: string, office: OfficeKind, org: string | null, window: DateWindow, role: string | null): string {
  const holders = holdersOf(gz, org ?? place, office, window, role).sort((a, b) => b.office.start.localeCompare(a.office.start));
  return holders[0].person.id;
}

/** Heads of state and of government, whichever a country's "President" or "King" is filed under. */
const HEADS: OfficeKind[] = ["head_of_state", "head_of_government"];

/**
 * Holders of an office in the window. A head's title names a role, not a kind: Iran's president
 * is its head of government (the Supreme Leader is head of state), so "رئیس جمهوری ایران" is
 * the head holding the office titled "President", whichever kind it is filed under.
 */
function holdersOf(gz: Gazetteer, place: string, office: OfficeKind, window: DateWindow, role: string | null) {
  const holders = gz.holders(place, office, window);
  if (office === "other") return role ? holders.filter((h) => h.office.title === role) : [];
  if (!role || !HEADS.includes(office)) return holders;
  const byRole = HEADS.flatMap((kind) => gz.holders(place, kind, window)).filter((h) => h.office.title === role);
  return byRole.length > 0 ? byRole : holders;
}

/** Resolves a single title or counterpart phrase to a person key, or null. */
function resolveTitle(title: TitleMention, ctx: PersonContext, refs: PersonRef[], window: DateWindow, named: Set<string>): string | null {
  const gz = ctx.gazetteer;
  if (title.former) return adjacentName(title, refs, ctx)?.key ?? null;
  const next = adjacentName(title, refs, ctx, !!title.entry?.relational);
  if (title.kind === "title") {
    if (!title.entry) return null;
    if (title.implied) return next?.key ?? impliedHolder(gz, title.entry, title.countries[0], refs, window, named);
    if (next && (title.countries.length === 0 || entityCountry(gz, next.key) === title.countries[0] || !gz.person(next.key))) return next.key;
    if (title.countries.length !== 1 && !title.entry.org) return null;
    // An "other" title resolves only through a gazetteer office of exactly its role ("Press Secretary of the President").
    return resolveOffice(gz, title.countries[0] ?? "", title.entry.office, title.entry.org, window, named, false, title.entry.role)[0] ?? null;
  }
  const country = title.countries[0];
  if (next && entityCountry(gz, next.key) === country) return next.key;
  const anchor = [...refs].reverse().find((r) => r.end <= title.start && ctx.sentenceOf(r.first) === ctx.sentenceOf(title.first) && entityCountry(gz, r.key) !== country);
  // The counterpart holds the anchor's role: Rouhani's (a "President" filed as head of government) is Putin, not Russia's prime minister.
  const anchorPerson = anchor ? gz.person(anchor.key) : undefined;
  const anchorRole = anchorPerson ? gz.officeIn(anchorPerson, window)?.title ?? null : null;
  if (anchor) return resolveOffice(gz, country, officeKindOf(gz, anchor.key, window) ?? "foreign_minister", null, window, named, false, anchorRole)[0] ?? null;
  // "رئیس جمهور با … همتای روس خود": a title nobody was resolved for still says which office the counterpart holds.
  const titled = [...ctx.titles].reverse().find((t) => t.kind === "title" && t.entry && t.entry.office !== "other" && t.end <= title.start && ctx.sentenceOf(t.first) === ctx.sentenceOf(title.first));
  return resolveOffice(gz, country, titled?.entry?.office ?? "foreign_minister", null, window, named, false, titled?.entry?.role ?? null)[0] ?? null;
}

/**
 * The outlet's own office holder a bare title ("رئیس جمهور") stands for, unless the article names
 * a holder of that office for another country and refers to none for the outlet's.
 */
function impliedHolder(gz: Gazetteer, entry: { office: OfficeKind; role: string; org: string | null }, country: string, refs: PersonRef[], window: DateWindow, named: Set<string>): string | null {
  const own = resolveOffice(gz, country, entry.office, entry.org, window, named, false, entry.role)[0] ?? null;
  if (!own) return null;
  const present = named.has(own) || refs.some((r) => r.key === own);
  const holds = (key: string) => {
    const person = gz.person(key);
    const office = person ? gz.officeIn(person, window) : null;
    if (!office) return false;
    if (entry.office === "other") return person?.offices.some((o) => o.office === "other" && o.title === entry.role && overlaps(o, window)) ?? false;
    return HEADS.includes(entry.office) ? HEADS.includes(office.office) && office.title === entry.role : office.office === entry.office;
  };
  const foreign = [...named].some((key) => gz.person(key)?.country !== country && holds(key));
  return foreign && !present ? null : own;
}

function entityCountry(gz: Gazetteer, key: string): string | null {
  return gz.person(key)?.country ?? null;
}

function officeKindOf(gz: Gazetteer, key: string, window: DateWindow): OfficeKind | null {
  const person = gz.person(key);
  const office = person ? gz.officeIn(person, window) : null;
  return office && office.office !== "other" ? office.office : null;
}

/**
 * A name written right next to a title (apposition): "مایک پمپئو وزیر امور خارجه آمریکا",
 * "نظيره الفرنسي جان إيف لودريان" — on the same line, with no sentence end or colon between.
 */
function adjacentName(title: TitleMention, refs: PersonRef[], ctx: PersonContext, relational = false): PersonRef | null {
  const joined = (a: number, b: number) => ctx.sameLine(a, b) && !/[.!?؟:]/.test(ctx.folded.slice(ctx.tokens[a].end, ctx.tokens[b].start));
  // "مشاور روحانی", "رئیس دفتر روحانی": in Persian and Arabic the name after a relational title is whose office it is.
  const next = relational && isArabicScript(ctx.tokens[title.first].text) ? -1 : pastHonorifics(ctx, title.after);
  const before = !hasClitic(title, ctx);
  return refs.find((r) => r.kind === "name" && ((r.first === next && joined(title.after - 1, r.first)) || (before && r.after === title.first && joined(r.after - 1, title.first)))) ?? null;
}

/** The token after any honorifics from i on: "وزير الخارجية السيد فؤاد حسين" names the minister all the same. */
function pastHonorifics(ctx: PersonContext, i: number): number {
  while (ctx.tokens[i] && lexicon.honorifics.has(ctx.tokens[i].text)) i++;
  return i;
}

/** The role a counterpart has: the office of the person in the clause whose counterpart they are. */
function counterpartRole(title: TitleMention, ctx: PersonContext, refs: PersonRef[], window: DateWindow): string | null {
  const gz = ctx.gazetteer;
  const anchor = [...refs].reverse().find((r) => r.end <= title.start && ctx.sentenceOf(r.first) === ctx.sentenceOf(title.first));
  const person = anchor ? gz.person(anchor.key) : undefined;
  return person ? gz.officeIn(person, window)?.title ?? null : null;
}

/** Most words a name outside the gazetteer may have. */
const NAME_MAX_WORDS = 3;

/**
 * A name outside the gazetteer written next to a title: after it ("…روسیه، ماریا زاخارووا") or,
 * at the start of a clause, before it. Arabic-script names need two words; Latin ones capitals.
 */
function unknownNameNear(title: TitleMention, ctx: PersonContext, refs: PersonRef[]): { first: number; after: number } | null {
  const cliticked = hasClitic(title, ctx);
  if (refs.some((r) => r.first === title.after || r.first === pastHonorifics(ctx, title.after) || (r.after === title.first && !cliticked))) return null;
  const after = nameRun(ctx, title.after, 1);
  if (after) return after;
  if (cliticked) return null;
  return nameRun(ctx, apposedBefore(title, ctx), -1);
}

/** Where a name written before a title would end: right before it, or before its article when a comma sets the title off. */
function apposedBefore(title: TitleMention, ctx: PersonContext): number {
  const article = ctx.tokens[title.first - 1];
  const name = ctx.tokens[title.first - 2];
  if (!article || !name || !lexicon.appositionArticles.has(article.text) || !ctx.sameLine(title.first - 2, title.first)) return title.first - 1;
  return ctx.folded.slice(name.end, article.start).includes(",") ? title.first - 2 : title.first - 1;
}

/** "بوزير خارجية…", "ووزير…": a clitic on the title's first word, so a name just before it is not in apposition. */
function hasClitic(title: TitleMention, ctx: PersonContext): boolean {
  return title.start > ctx.tokens[title.first].start && title.kind !== "counterpart";
}

/** Punctuation that ends a name run as surely as a word that cannot be a name ("…توجار، حيث"). */
const RUN_END = /[،,:;؛.!?؟«»“”"()]/;

/** Quotation marks, which some outlets put around a name ("كاتالين نوفاك" رئيسة المجر). */
const QUOTE_FENCE = /[«»“”"]/;

/** Marks that may separate a title from the name it introduces, or open a clause before a name. */
const NAME_FENCE = /[،,:«»“”"(\-–]/;

function nameRun(ctx: PersonContext, from: number, step: 1 | -1, adjacent = false): { first: number; after: number } | null {
  const { tokens, folded } = ctx;
  const edgeToken = from - step;
  if (!tokens[from] || !tokens[edgeToken] || !ctx.sameLine(from, edgeToken)) return null;
  const edgeGap = step === 1 ? folded.slice(tokens[edgeToken].end, tokens[from].start) : folded.slice(tokens[from].end, tokens[edgeToken].start);
  if (/[.!?؟:]/.test(edgeGap)) return null;
  let i = from;
  while (tokens[i] && lexicon.honorifics.has(tokens[i].text)) i += step;
  const start = i;
  const picked: number[] = [];
  while (tokens[i] && picked.length < NAME_MAX_WORDS && isNameWord(ctx, i)) {
    if (picked.length > 0 && !ctx.sameLine(i, i - step)) break;
    if (picked.length > 0) {
      const gap = step === 1 ? folded.slice(tokens[i - 1].end, tokens[i].start) : folded.slice(tokens[i].end, tokens[i + 1].start);
      if (gap.trim() !== "") break;
    }
    picked.push(i);
    i += step;
  }
  if (picked.length === 0) return null;
  const first = Math.min(...picked);
  const after = Math.max(...picked) + 1;
  const latin = /^[a-z]/.test(tokens[start].text);
  // The run must end at a boundary: a word that cannot be a name, punctuation, or the text's edge.
  const boundary = tokens[i] ? (step === 1 ? folded.slice(tokens[i - 1].end, tokens[i].start) : folded.slice(tokens[i].end, tokens[i + 1].start)) : "";
  // Before a title, a name in quotation marks is fenced off too ("بقصر الاتحادية \"كاتالين نوفاك\" رئيسة المجر").
  if (tokens[i] && isNameWord(ctx, i) && !(step === 1 ? RUN_END.test(boundary) : QUOTE_FENCE.test(boundary))) return null;
  if (latin) return { first, after };
  // Arabic-script names have no capitals: ask for two words, fenced off by punctuation from the title
  // (after it) or standing at the start of a clause (before it).
  if (picked.length < 2) return null;
  // "العلاقات الثنائية", "الأوضاع الإقليمية": words that all carry the article are a noun and its adjective, not a name.
  if (picked.every((k) => tokens[k].text.startsWith(ARABIC_ARTICLE))) return null;
  if (step === 1) {
    // After a title: fenced off by punctuation, or closed by punctuation or a title/cue word
    // ("السفير أحمد أبو زيد المتحدث…", "…روسیه ماریا زاخارووا گفت").
    const gap = folded.slice(tokens[from - 1].end, tokens[first].start);
    const closing = tokens[after] ? folded.slice(tokens[after - 1].end, tokens[after].start) : ".";
    const closed = /[،,:;؛.!?؟«»“”"()]/.test(closing) || (tokens[after] !== undefined && closingWords.has(tokens[after].text));
    return NAME_FENCE.test(gap) || closed || adjacent ? { first, after } : null;
  }
  const edge = tokens[first - 1];
  const before = edge ? folded.slice(edge.end, tokens[first].start) : "";
  const sentenceStart = !edge || ctx.sentenceOf(first - 1) !== ctx.sentenceOf(first);
  // "با آقای استفان سژورنی وزیر …": an honorific opens the name as punctuation would.
  return sentenceStart || NAME_FENCE.test(before) || lexicon.honorifics.has(edge.text) ? { first, after } : null;
}

function isNameWord(ctx: PersonContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  if (word.length < 2 || /\d/.test(word) || lexicon.notName.has(word) || cueWords.has(word) || ctx.isCountryToken(i)) return false;
  // "ونائب القائد": a title word with a conjunction clitic is no name either.
  if (ctx.clitics && /^[وف]/.test(word) && cueWords.has(word.slice(1))) return false;
  if (/^[a-z]/.test(word)) return ctx.isCapitalized(i);
  return /^[\u0600-\u06FF]+$/.test(word);
}

/** Later references to a person outside the gazetteer by the last word of their name. */
function surnameRefs(entities: Map<string, PersonEntity>, refs: PersonRef[], ctx: PersonContext): PersonRef[] {
  const bySurname = new Map<string, string>();
  for (const entity of entities.values()) {
    const surname = entity.writtenName?.split(" ").at(-1);
    if (surname && surname.length >= 3 && !lexicon.notName.has(surname)) bySurname.set(surname, entity.key);
  }
  if (bySurname.size === 0) return [];
  const coveredTokens = new Set(refs.flatMap((r) => Array.from({ length: r.after - r.first }, (_, k) => r.first + k)));
  const covered = (i: number) => coveredTokens.has(i);
  const extra: PersonRef[] = [];
  ctx.tokens.forEach((token, i) => {
    const key = bySurname.get(token.text);
    if (key && ctx.inText(i) && !covered(i)) extra.push({ key, kind: "name", first: i, after: i + 1, start: token.start, end: token.end });
  });
  return extra;
}

/** Removes references that sit inside a longer one (a name inside a counterpart phrase keeps both only if they differ in person). */
function dropNested(refs: PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const ref of refs) {
    const outer = out.find((o) => o.start <= ref.start && ref.end <= o.end && o.key === ref.key);
    if (!outer) out.push(ref);
  }
  return out;
}
