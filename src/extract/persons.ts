/**
 * People an article refers to: gazetteer names, titles resolved to the office holder at the
 * article's date (or in the window the named people's offices allow), counterpart phrases
 * resolved through the person in the clause, and people outside the gazetteer — found by the
 * shape and place of their names (names/: a given name, an honorific, a speech or meeting
 * verb) or beside a title on either side ("سخنگوی وزارت خارجه روسیه، ماریا زاخارووا", "Jan
 * Kowalski, the Polish deputy minister"), with the title's role and country, one entity per
 * person (open-people.ts). Produces every reference in text order, which quotes and meetings
 * use to find speakers and participants.
 */
import data from "./data/language.json" with { type: "json" };
import { allLanguages, checkLanguageLists, checkObject } from "./data-check.ts";
import { ANY_TIME, intersect, overlaps, type DateWindow, type Gazetteer, type GazetteerPerson, type NameMatch, type OfficeKind } from "./gazetteer.ts";
import { COORDINATORS } from "./morphology.ts";
import { findOpenNames, givenAt, isCommonWord, isCueWord, isHonorific, isNameWord, isParticle, isPersonVerb, namesAPlace, pastHonorifics, PATRONYMIC, readRun, titledRun, type NameContext, type NameRun } from "./names/index.ts";
import { fold } from "./normalize.ts";
import { familyNameRefs, nameWordsAt, OpenPeople, spellsSurnameOf, surnameRefs } from "./open-people.ts";
import { isComplementLink, isDelegationWord, isMinisterTitle, isPluralCounterpart, ledByEnd, type TitleMention } from "./titles.ts";
import { isArabicScript } from "./tokens.ts";
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
export interface PersonContext extends NameContext {
  /** The people gazetteer to resolve names and titles with. */
  gazetteer: Gazetteer;
  /** The country mention starting at a token, if any. */
  countryAt: (tokenIndex: number) => { code: string; after: number; start: number } | null;
  titles: TitleMention[];
  /** The article's date (ISO), if known. */
  date: string | null;
}

const lexicon = loadLexicon(data);
function loadLexicon(raw: unknown) {
  const record = checkObject(raw, "language.json");
  return {
    notName: new Set(allLanguages(checkLanguageLists(record.notName, "language.json notName")).map(fold)),
    ambiguous: new Set(allLanguages(checkLanguageLists(record.ambiguousShortNames, "language.json ambiguousShortNames")).map(fold)),
    appositionArticles: new Set(allLanguages(checkLanguageLists(record.appositionArticles, "language.json appositionArticles")).map(fold)),
    asTitle: allLanguages(checkLanguageLists(record.asTitle ?? {}, "language.json asTitle")).map((phrase) => fold(phrase).split(" ")),
  };
}

/** Finds and resolves every person reference in an article. */
export function analysePersons(ctx: PersonContext): PersonAnalysis {
  const gz = ctx.gazetteer;
  const found = gz.findNames(ctx.tokens, ctx.folded, ctx.clitics).filter((n) => ctx.inText(n.first) && !insideAnotherName(ctx, n));
  const foundFull = new Set(found.filter((n) => n.full).flatMap((n) => n.values));
  // A short name that is also a country word ("السوداني" = Sudanese) is that word unless the full name is written.
  const names = found.filter((n) => n.full || !ctx.isCountryToken(n.first) || n.values.some((id) => foundFull.has(id)));
  const fullIds = new Set(names.filter((n) => n.full).flatMap((n) => n.values));
  // A short name that is also an ordinary word (معلم, مرسی) does not date the article unless the full name is there.
  const isAmbiguous = (n: NameMatch) => !n.full && lexicon.ambiguous.has(ctx.folded.slice(n.start, n.end)) && !n.values.some((id) => fullIds.has(id));
  const window = ctx.date ? { from: ctx.date, to: ctx.date } : inferWindow(gz, names.filter((n) => !isAmbiguous(n)), fullIds, ctx);
  const entities = new Map<string, PersonEntity>();
  const refs: PersonRef[] = [];
  const groups: GroupRef[] = [];

  const fullRefs: PersonRef[] = [];
  for (const name of names) {
    const id = chooseId(gz, name, fullIds, window);
    if (!id) continue;
    addEntity(entities, gazetteerEntity(gz, id, window, true));
    const ref: PersonRef = { key: id, kind: "name", first: name.first, after: name.after, start: name.start, end: name.end, ...widenName(ctx, name, names) };
    refs.push(ref);
    if (name.full) fullRefs.push(ref);
  }
  const open = new OpenPeople(ctx, entities, refs);
  // Runs may take a gazetteer short name (another person of that surname), never a full one.
  open.addRuns([...findOpenNames(ctx, spanSet(fullRefs)), ...givenBeforeShortNames(ctx, names)], names);
  const named = new Set([...entities.keys()].filter((key) => gz.person(key)));
  // A title word inside a name ("شاه" in "شاه محمود قریشی", "أمير" in "أمير عبد اللهيان") is part of the name.
  const titles = ctx.titles.filter((t) => ctx.inText(t.first) && !names.some((n) => n.first <= t.first && t.first < n.after));
  const bareHolders = new Map<object, string>();
  const countryHolders = new Map<string, string>(); // "role|country" → the first person that title described
  const counterparts = new Map<string, Set<string>>(); // country → the people a counterpart phrase of that country described
  const describedWith = new Map<string, Set<string>>(); // "role|country" → everyone that title, its country written, described
  const namedLater: { title: TitleMention; countryTitle: string }[] = [];
  for (const title of titles) {
    if (title.kind === "plural") {
      const keys = title.countries.flatMap((c) => (title.entry ? resolveOffice(gz, c, title.entry.office, title.entry.org, window, named, true, title.entry.role) : []));
      if (keys.length > 0) groups.push({ keys, first: title.first, after: title.after, start: title.start, end: title.end });
      if (title.entry) open.addListed(title);
      continue;
    }
    const resolved = resolveTitle(title, ctx, refs, window, named);
    // "his Pakistani counterpart Aizaz Ahmed Chaudhry": a name written after the counterpart phrase beats an office holder the article never names.
    let key = resolved && title.kind === "counterpart" && !named.has(resolved) && !adjacentName(title, refs, ctx) && titledRun(ctx, title.after, 1, true) ? null : resolved;
    // "«X» معاون رئیس جمهور و وزیر نفت ونزوئلا": a second office joined to a name's title is that person's, before any holder the article never names.
    const joint = jointOfficeHolder(title, ctx, refs, titles);
    if (joint && (!key || !named.has(key))) key = joint;
    const role = () => title.entry?.role ?? counterpartRole(title, ctx, refs, window);
    // "«ویچیسلاو والودین» رئیس دومای روسیه": a name outside the gazetteer beside a title whose holder the article never names is
    // that holder spelled another way when its surname is close to theirs.
    const beside = key && title.kind === "title" && !named.has(key) ? unknownNameNear(title, ctx, refs) : null;
    if (key && beside && !refs.some((r) => r.kind === "name" && r.first === beside.first)) {
      const holder = gz.person(key);
      if (holder && spellsSurnameOf(holder, nameWordsAt(ctx, beside))) {
        addEntity(entities, gazetteerEntity(gz, key, window, true));
        (entities.get(key) as PersonEntity).named = true;
        refs.push({ key, kind: "name", first: beside.first, after: beside.after, start: beside.start, end: beside.end });
      }
    }
    if (key) {
      if (!entities.has(key)) addEntity(entities, gazetteerEntity(gz, key, window, false));
      open.describe(key, title.countries[0] ?? principalCountry(title, ctx, refs, entities), role());
      refs.push({ key, kind: title.kind === "counterpart" ? "counterpart" : "title", first: title.first, after: title.after, start: title.start, end: title.end });
      if (isBareTitle(title) && !bareHolders.has(title.entry as object)) bareHolders.set(title.entry as object, key);
      const held = countryTitleKey(title);
      if (held && !countryHolders.has(held)) countryHolders.set(held, key);
      addCounterpart(counterparts, title, key);
      if (held && !title.implied) describedWith.set(held, new Set([...(describedWith.get(held) ?? []), key]));
      continue;
    }
    const unknown = title.kind === "title" ? unknownNameNear(title, ctx, refs) : title.kind === "counterpart" ? titledRun(ctx, title.after, 1, true) : null;
    if (unknown) {
      const personKey = open.add(unknown);
      // A bare title stands for the outlet's own office holder in Persian news; elsewhere it gives a name beside it no country.
      open.describe(personKey, title.implied && ctx.language !== "fa" ? null : title.countries[0] ?? complementCountry(title, unknown, ctx), role());
      refs.push({ key: personKey, kind: title.kind === "counterpart" ? "counterpart" : "title", first: title.first, after: title.after, start: title.start, end: title.end });
      if (isBareTitle(title) && !bareHolders.has(title.entry as object)) bareHolders.set(title.entry as object, personKey);
      const held = countryTitleKey(title);
      if (held && !countryHolders.has(held)) countryHolders.set(held, personKey);
      addCounterpart(counterparts, title, personKey);
      if (held && !title.implied) describedWith.set(held, new Set([...(describedWith.get(held) ?? []), personKey]));
      continue;
    }
    // "تسلم رئيس الجمهورية السيد X … وقد خص رئيس الجمهورية …": a bare title written again stands for the person it named;
    // in English only written as a title ("the President"), not as a common noun ("briefed the president").
    const generic = !isArabicScript(ctx.tokens[title.first].text) && !ctx.isCapitalized(title.first);
    // "نوكي ماساكي، سفير اليابان لدى مصر … استقبال المحافظ لسفير اليابان": a country's title written again with no name
    // beside it stands for the person it described before, when no gazetteer holder answers for it.
    const countryTitle = countryTitleKey(title);
    // "السفير الياباني الجديد X … واستقبل السفير Y": a bare title also stands for the one person a country's title of that role described.
    const bare = isBareTitle(title) && !generic;
    // "بنظيره الياباني X … وأجرى الوزير الياباني مباحثات": with no title of that country before, the one counterpart of that country.
    const earlier = bare ? (writtenAgain(ctx, title, refs) ?? bareHolders.get(title.entry as object) ?? describedBefore(countryHolders, `${title.entry?.role}|`)) : countryTitle ? describedBefore(countryHolders, countryTitle) ?? onlyCounterpart(counterparts, title.countries[0]) : undefined;
    if (earlier) refs.push({ key: earlier, kind: "title", first: title.first, after: title.after, start: title.start, end: title.end });
    else if (countryTitle && !bare && !title.implied) namedLater.push({ title, countryTitle });
  }
  // "سفیر کشورمان در تفلیس با X ملاقات کرد. … مجید صابر سفیر کشورمان …": a country's title in the lead stands for the one
  // person the body describes with it afterwards (not one of two, nor one named beside the title: "X با Y، سفیر …").
  for (const { title, countryTitle } of namedLater) {
    const later = describedWith.get(countryTitle);
    const key = later?.size === 1 ? [...later][0] : null;
    const besideIt = (r: PersonRef) => r.key === key && r.kind === "name" && ctx.sameLine(r.first, title.first) && ctx.sentenceOf(r.first) === ctx.sentenceOf(title.first);
    if (key && !refs.some(besideIt)) refs.push({ key, kind: "title", first: title.first, after: title.after, start: title.start, end: title.end });
  }
  // "مع نظرائه المصري X والفرنسي Y": each name after a country adjective is that country's counterpart.
  ctx.tokens.forEach((token, k) => { if (ctx.inText(k) && isPluralCounterpart(token.text, ctx.clitics)) open.addListedFrom(k + 1, null, true, COUNTERPART_LIST_REACH); });
  describeDelegationLeaders(ctx, refs, open);
  open.joinScripts();
  dropUnsupported(names.filter(isAmbiguous), titles, refs, entities);
  for (const title of titles) {
    if (!title.both || !title.entry) continue;
    const keys = bothHolders(gz, entities, title.entry, window);
    if (keys.length === 2) groups.push({ keys, first: title.first, after: title.after, start: title.start, end: title.end });
  }
  refs.push(...surnameRefs(entities, refs, ctx));
  refs.push(...familyNameRefs(refs, ctx));
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const entity of entities.values()) {
    if (!entity.gazetteer) continue;
    const titled = refs.filter((r) => r.key === entity.key && r.kind === "title").map((r) => titles.find((t) => t.start === r.start)?.entry?.office).filter((o): o is OfficeKind => !!o && o !== "other");
    entity.role = roleOf(gz, entity.gazetteer, window, titled);
  }
  return { entities, refs: withBareNames(ctx, dropNested(refs)), groups, window };
}

/**
 * "الملك عبدالله الثاني", "King Abdullah II": a gazetteer name listed with its title or honorific
 * is also a mention without them ("عبدالله الثاني"), the shortest span that is the name.
 */
function withBareNames(ctx: PersonContext, refs: PersonRef[]): PersonRef[] {
  const { tokens } = ctx;
  const bare: PersonRef[] = [];
  for (const ref of refs) {
    if (ref.kind !== "name" || !ctx.gazetteer.person(ref.key)) continue;
    let k = ref.first;
    while (k < ref.after - 1 && (isHonorific(tokens[k].text) || isCueWord(ctx, tokens[k].text))) k++;
    if (k > ref.first && !refs.some((r) => r.key === ref.key && r.first === k && r.after === ref.after)) bare.push({ ...ref, first: k, start: tokens[k].start });
  }
  return bare.length === 0 ? refs : [...refs, ...bare].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A singular title naming no country, organisation or former office ("رئيس الجمهورية", "the Speaker"). */
function isBareTitle(title: TitleMention): boolean {
  return title.kind === "title" && !!title.entry && title.countries.length === 0 && !title.entry.org && !title.former && !title.implied;
}

/** The role and the one country of a singular title ("سفير اليابان" → Ambassador|JP), or null for other titles. */
function countryTitleKey(title: TitleMention): string | null {
  if (title.kind !== "title" || !title.entry || title.former || title.countries.length !== 1) return null;
  return `${title.entry.role}|${title.countries[0]}`;
}

/** Notes the person a counterpart phrase of one country ("نظيره الياباني", "his Japanese counterpart") described. */
function addCounterpart(counterparts: Map<string, Set<string>>, title: TitleMention, key: string): void {
  if (title.kind !== "counterpart" || title.countries.length !== 1) return;
  const keys = counterparts.get(title.countries[0]) ?? new Set<string>();
  counterparts.set(title.countries[0], keys.add(key));
}

/** The one person counterpart phrases of this country described, if only one. */
function onlyCounterpart(counterparts: Map<string, Set<string>>, country: string): string | undefined {
  const keys = counterparts.get(country);
  return keys?.size === 1 ? [...keys][0] : undefined;
}

/** Fewest words of a bare title that, written again, names the one person an earlier title opening with the same words did. */
const WRITTEN_AGAIN_WORDS = 3;

/**
 * "the Speaker of the Lok Sabha of the Indian Parliament X … the meeting with the Speaker of the Lok Sabha": a bare title
 * of several words written again stands for the one person named before with a title that opens with the same words,
 * rather than for the first holder of its office (another speaker).
 */
function writtenAgain(ctx: PersonContext, title: TitleMention, refs: PersonRef[]): string | undefined {
  if (title.after - title.first < WRITTEN_AGAIN_WORDS) return undefined;
  const words = ctx.folded.slice(title.start, title.end);
  const keys = new Set(refs.filter((r) => r.kind === "title" && r.end <= title.start && r.end - r.start > words.length && ctx.folded.startsWith(words, r.start)).map((r) => r.key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * The one person described before by a title of this country whose role starts with this one's: "الوزير الغامبي"
 * (Minister|GM) is the Gambian "Minister of the Interior" named before, unless two Gambian ministers were.
 */
function describedBefore(holders: Map<string, string>, roleCountry: string): string | undefined {
  const [role, country] = roleCountry.split("|");
  // No country ("Ambassador|"): any country's.
  const keys = new Set([...holders].filter(([held]) => { const [r, c] = held.split("|"); return (!country || c === country) && r.startsWith(role); }).map(([, key]) => key));
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Most words a list of counterparts runs over after نظرائه / همتایان (six countries with names of up to four words). */
const COUNTERPART_LIST_REACH = 40;

/** Most words between a delegation noun and the phrase naming its leader ("delegation was led by"), and between that phrase and the leader's name (past a title). */
const DELEGATION_REACH = 6;
const LEADER_REACH = 8;

/**
 * "the Azerbaijani delegation was led by Deputy Foreign Minister X", "وفد روسي رفيع برئاسة X",
 * "هیئت روسی به ریاست X": the first name after the leader phrase, in the delegation's sentence,
 * is of the delegation's country (if nothing else gave them one).
 */
function describeDelegationLeaders(ctx: PersonContext, refs: PersonRef[], open: OpenPeople): void {
  const { tokens } = ctx;
  let nameAt: Map<number, PersonRef> | null = null;
  for (let k = 0; k < tokens.length; k++) {
    if (!isDelegationWord(tokens[k].text, ctx.clitics) || !ctx.inText(k)) continue;
    const country = delegationCountry(ctx, k);
    const sentence = ctx.sentenceOf(k);
    for (let j = k + 1; country && j <= k + DELEGATION_REACH && tokens[j] && ctx.sentenceOf(j) === sentence; j++) {
      const end = ledByEnd(tokens, ctx.folded, j, ctx.clitics);
      if (end < 0) continue;
      // Names by their first token, built once: each leader is then a look-up over a few tokens, whatever the text's length.
      nameAt ??= new Map(refs.filter((r) => r.kind === "name").map((r) => [r.first, r]));
      for (let m = end; m <= end + LEADER_REACH && tokens[m] && ctx.sentenceOf(m) === sentence; m++) {
        const leader = nameAt.get(m);
        if (leader) {
          open.describe(leader.key, country, null);
          break;
        }
      }
      break;
    }
  }
}

/** The country of the delegation noun at token k: an adjective or name just before it (the Lithuanian delegation) or after it (وفد روسي، وفد المقدمة الجنوب أفريقي, delegation of Iran). */
function delegationCountry(ctx: PersonContext, k: number): string | null {
  for (let b = k - 1; b >= k - 3 && b >= 0; b--) {
    const country = ctx.countryAt(b);
    if (country && country.after === k) return country.code;
  }
  return ctx.countryAt(k + 1)?.code ?? ctx.countryAt(k + 2)?.code ?? null;
}

/**
 * A gazetteer name read inside another person's name: after "bin" it is a father's name
 * ("عبدالعزيز بن عبدالله بن عبدالعزيز" holds King Abdullah's), and a short form that starts
 * with a particle ("بن نايف") after a name word is the rest of that name ("سعود بن نايف").
 */
function insideAnotherName(ctx: PersonContext, name: NameMatch): boolean {
  const before = name.first - 1;
  if (before < 0 || !ctx.sameLine(before, name.first) || name.start > ctx.tokens[name.first].start) return false;
  if (PATRONYMIC.has(ctx.tokens[before].text)) return true;
  return !name.full && isParticle(ctx.tokens[name.first].text) && isNameWord(ctx, before);
}

/**
 * "حنفي جبالي", "خلیل کرزی": a gazetteer short name with given names written right before it, as
 * runs from the first of those given names (also one that is an ordinary word), for OpenPeople to
 * tell the gazetteer person named with their own given name from another person of that surname.
 */
function givenBeforeShortNames(ctx: PersonContext, names: NameMatch[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const name of names) {
    if (name.full) continue;
    let first = name.first;
    for (let k = first - 1; k >= 0 && k >= first - 2; k--) {
      const given = givenAt(ctx, k);
      if (!given || given.after !== first || !ctx.sameLine(k, first) || gapOf(ctx, first - 1, first) !== " ") continue;
      first = k;
      k = first;
    }
    if (first === name.first) continue;
    // The run ends with the short name: a word after it is not known to belong to the name ("خلیل کرزی معین سیاسی").
    const run = readRun(ctx, first, 1);
    if (run && run.first === first && run.after >= name.after) runs.push({ ...run, after: name.after, end: name.end, words: name.after - first, cut: false });
  }
  return runs;
}

function spanSet(spans: { first: number; after: number }[]): (i: number) => boolean {
  const set = new Set<number>();
  for (const s of spans) for (let k = s.first; k < s.after; k++) set.add(k);
  return (i) => set.has(i);
}

/**
 * A gazetteer name written longer than listed: "فيصل بن فرحان بن عبدالله", "Mohammed bin Salman Al
 * Saud" — a particle after the listed name carries on the name, and the mention starts after a
 * title written into the listed form ("الأمير فيصل بن فرحان"). Returns the widened span, if any.
 */
function widenName(ctx: PersonContext, name: NameMatch, all: NameMatch[]): { first: number; after: number; start: number; end: number } | null {
  const { tokens } = ctx;
  if (!tokens[name.after] || !isParticle(tokens[name.after].text) || !ctx.sameLine(name.after - 1, name.after)) return null;
  let from = name.first;
  for (let k = name.first; k < name.after - 1; k++) if (isHonorific(tokens[k].text) || isCueWord(ctx, tokens[k].text)) from = k + 1;
  const run = readRun(ctx, from, 1);
  if (!run || run.after <= name.after || all.some((other) => other !== name && other.full && other.first < run.after && other.first >= name.after)) return null;
  return { first: run.first, after: run.after, start: run.start, end: run.end };
}

/**
 * People found only by a short name that is also an ordinary word ("معلم" teacher, "مرسی" thanks)
 * are dropped unless a title resolves to them, a title stands right next to such a mention, or
 * another (unambiguous) form of their name is in the article.
 */
function dropUnsupported(ambiguous: NameMatch[], titles: TitleMention[], refs: PersonRef[], entities: Map<string, PersonEntity>): void {
  const starts = new Set(ambiguous.map((n) => n.start));
  // Only the gazetteer people so named: a longer name read from the same word ("عباس قدرتی زوارم") is someone else's.
  const ids = new Set(ambiguous.flatMap((n) => n.values));
  const keys = new Set(refs.filter((r) => r.kind === "name" && starts.has(r.start) && ids.has(r.key)).map((r) => r.key));
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

/** Adds an entity unless one with its key is there. */
export function addEntity(entities: Map<string, PersonEntity>, entity: PersonEntity | null): void {
  if (entity && !entities.has(entity.key)) entities.set(entity.key, entity);
}

function gazetteerEntity(gz: Gazetteer, id: string, window: DateWindow, named: boolean): PersonEntity | null {
  const person = gz.person(id);
  if (!person) return null;
  const office = gz.officeIn(person, window);
  // Officials of international bodies (the UN, the EU, the AU) serve no country.
  return { key: id, gazetteer: person, writtenName: null, country: office?.org ? null : person.country, role: office?.title ?? null, named };
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
  const next = adjacentName(title, refs, ctx, title.entry?.relational?.includes(ctx.language) ?? false);
  if (title.kind === "title") {
    if (!title.entry) return null;
    // "عادل العسومی، رئیس پارلمان عربی": a name beside a bare title is its holder, before the outlet's own.
    if (title.implied) return next?.key ?? (unknownNameNear(title, ctx, refs) ? null : impliedHolder(gz, title.entry, title.countries[0], refs, window, named));
    if (next && (title.countries.length === 0 || entityCountry(gz, next.key) === title.countries[0] || !gz.person(next.key))) return next.key;
    if (title.countries.length !== 1 && !title.entry.org) return null;
    // An "other" title resolves only through a gazetteer office of exactly its role ("Press Secretary of the President").
    return resolveOffice(gz, title.countries[0] ?? "", title.entry.office, title.entry.org, window, named, false, title.entry.role)[0] ?? null;
  }
  const country = title.countries[0];
  // "بنظيره الإسباني خوسيه مانويل ألباريس": a name beside the counterpart phrase is the counterpart, in the gazetteer (of that country) or not.
  if (next && (entityCountry(gz, next.key) === country || !gz.person(next.key))) return next.key;
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
  const joined = (a: number, b: number) => ctx.sameLine(a, b) && !/[.!?؟:;؛]/.test(gapOf(ctx, a, b));
  // "مشاور روحانی", "رئیس دفتر روحانی": in Persian and Arabic the name after a relational title is whose office it is;
  // set off by a comma ("نماینده خاص ژاپن، آقای X") it is the title's holder.
  const possessor = relational && isArabicScript(ctx.tokens[title.first].text) && !/[،,]/.test(gapOf(ctx, title.after - 1, title.after));
  const next = possessor ? -1 : pastHonorifics(ctx, title.after);
  const cliticked = hasClitic(title, ctx);
  const apposed = apposedBefore(title, ctx) + 1;
  const given = givenAs(title, ctx);
  // Joined up to the first word after the title: an honorific's own full stop ("…, Mr. X") does not part them.
  // "ولي العهد الأمير محمد بن سلمان": a gazetteer name may hold the honorific itself.
  const opens = (r: PersonRef) => r.first === next || (next !== -1 && r.first === title.after);
  const after = refs.find((r) => r.kind === "name" && opens(r) && joined(title.after - 1, title.after) && ctx.sameLine(title.after - 1, r.first)) ?? null;
  const before = cliticked ? null : refs.find((r) => r.kind === "name" && (r.after === title.first || r.after === apposed || r.after === given) && joined(r.after - 1, title.first)) ?? null;
  return pickSide(ctx, title, before, after);
}

/**
 * The person whose title a Persian title is joined to by "و", a person holding two offices: "«X» معاون اقتصادی رئیس
 * جمهور و وزیر نفت ونزوئلا", with the first title set right after the name and nothing but words between it and "و".
 * Null when the two titles are of one office or of two countries ("X سفیر ژاپن و سفیر کره": two ambassadors).
 */
function jointOfficeHolder(title: TitleMention, ctx: PersonContext, refs: PersonRef[], titles: TitleMention[]): string | null {
  const k = title.first - 1;
  if (ctx.language !== "fa" || title.kind !== "title" || !title.entry || k < 1 || !COORDINATORS.has(ctx.tokens[k].text) || /\S/.test(gapOf(ctx, k - 1, k) + gapOf(ctx, k, title.first))) return null;
  const first = refs.find((r) => r.kind === "title" && r.after <= k && k - r.after <= JOINT_TITLE_REACH && ctx.sameLine(r.first, k) && !CLAUSE_BREAK.test(gapOf(ctx, r.first, k)));
  const earlier = first ? titles.find((t) => t.first === first.first && t.kind === "title" && t.entry) : undefined;
  if (!first || !earlier || earlier.entry!.role === title.entry.role) return null;
  // A country only implied (a bare title in a Persian outlet is its own country's) does not part them.
  if (!earlier.implied && earlier.countries.length > 0 && title.countries.length > 0 && earlier.countries[0] !== title.countries[0]) return null;
  // The first title is the one set after the person's name ("«X» معاون"), not one standing for someone the text never names.
  const name = refs.find((r) => r.kind === "name" && r.key === first.key && r.after <= first.first && first.first - r.after <= 1 && !CLAUSE_BREAK.test(gapOf(ctx, r.after - 1, first.first)));
  return name ? first.key : null;
}

/**
 * The country of the person a relational title names as whose office it is ("نماینده پوتین" → RU, "مشاور روحانی" → IR):
 * an envoy or adviser serves the state their principal does. Null when no person stands right after the title.
 */
function principalCountry(title: TitleMention, ctx: PersonContext, refs: PersonRef[], entities: Map<string, PersonEntity>): string | null {
  if (!title.entry?.relational?.includes(ctx.language) || title.after >= ctx.tokens.length || /[،,]/.test(gapOf(ctx, title.after - 1, title.after))) return null;
  const principal = refs.find((r) => r.kind === "name" && r.first === pastHonorifics(ctx, title.after));
  return principal ? entities.get(principal.key)?.country ?? null : null;
}

/** Most words between a person's title and "و" before a second title of theirs ("معاون اقتصادی رئیس جمهور و …"). */
const JOINT_TITLE_REACH = 5;

/** Marks that part a title from what stands before it: the two are no longer one phrase of apposition. */
const CLAUSE_BREAK = /[،,.:;؛!?؟()]/;

/**
 * Which of the names on either side a title belongs to: the one right after it ("Deputy Foreign
 * Minister Jan Kowalski", "وزير الخارجية الفنزويلي نيكولاس مادورو"), unless a comma sets that one
 * off and a name stands before it ("A، وزير خارجية X، B، وزير خارجية Y": the title follows A).
 */
function pickSide<T extends { first: number; after: number }>(ctx: PersonContext, title: TitleMention, before: T | null, after: T | null): T | null {
  if (after && (!before || !/[،,]/.test(gapOf(ctx, title.after - 1, after.first)))) return after;
  return before ?? after;
}

/** The folded text between two tokens. */
export function gapOf(ctx: PersonContext, a: number, b: number): string {
  return ctx.folded.slice(ctx.tokens[a].end, ctx.tokens[b].start);
}

/**
 * A name outside the gazetteer written next to a title: after it ("…روسیه، ماریا زاخارووا") or,
 * at the start of a clause, before it ("Jan Kowalski, the Polish deputy foreign minister").
 */
function unknownNameNear(title: TitleMention, ctx: PersonContext, refs: PersonRef[]): NameRun | null {
  // "مسجد الأمير عبد القادر", "King Fahd Road": a title in the name of a place is no person's.
  const preceding = ctx.tokens[title.first - 1];
  if (preceding && ctx.sameLine(title.first - 1, title.first) && namesAPlace(ctx, preceding.text)) return null;
  // A run over a name already found stands for that name ("سفير الولايات المتحدة X Y" written without spaces before X Y).
  const known = (run: NameRun | null): NameRun | null => {
    const ref = run && refs.find((r) => r.kind === "name" && run.first <= r.first && r.after <= run.after);
    return run && ref ? { ...run, first: ref.first, after: ref.after, start: ref.start, end: ref.end } : run;
  };
  // A side where a known name already stands has no other name to offer.
  const cliticked = hasClitic(title, ctx) || refs.some((r) => r.kind === "name" && r.after === title.first);
  if (refs.some((r) => r.kind === "name" && (r.first === title.after || r.first === pastHonorifics(ctx, title.after)))) return cliticked ? null : known(titledRun(ctx, apposedBefore(title, ctx), -1));
  const after = known(titledRun(ctx, title.after, 1) ?? runPastComplement(title, ctx));
  const before = cliticked ? null : known(titledRun(ctx, apposedBefore(title, ctx), -1));
  return pickSide(ctx, title, before, after);
}

/** Most words of an Arabic title's complement ("نائب رئيس بعثة الاتحاد الأوروبي في المملكة"). */
const COMPLEMENT_REACH = 6;

/**
 * A name written after the complement of an Arabic title: the body or portfolio it heads, written
 * with the article ("منسق البعثة الأممية، X", "وزير النفط والثروة المعدنية X"), and the place it
 * serves in ("النائبة الفرنسية في البرلمان الأوروبي X", "سفير السودان لدى إثيوبيا X").
 */
function runPastComplement(title: TitleMention, ctx: PersonContext): NameRun | null {
  // A foreign name may itself open with the article once folded (أليكسيس): the longest complement followed by a name wins.
  // An English body ends at its last word that is no name word: the name, if any, stands right there.
  const end = complementEnd(ctx, title.after);
  const latin = !isArabicScript(ctx.tokens[title.first].text);
  for (let k = end; k > title.after && (!latin || k === end); k--) {
    const run = isComplementLink(ctx.tokens[k - 1].text) ? null : titledRun(ctx, k, 1);
    // "…مستشار الرئيس للشؤون السياسية، X، وزير خارجية ليتوانيا": a name with a title of its own after it is that title's.
    if (run) return titleStarts(ctx).has(run.after) ? null : run;
  }
  return null;
}

/**
 * The country named in a title's complement before the holder's name: a country word in the
 * body's name is the holder's ("رئيس مجلس الشيوخ الإسباني X", "القائم بالأعمال في السفارة
 * الأمريكية X"). A country after a link or a preposition is where they serve ("المبعوث الأممي
 * إلى ليبيا", "لليمن"), which is the holder's own only for a minister ("وزير النفط في السعودية X",
 * "وزير الخارجية والتعاون بالجمهورية الموريتانية X").
 */
function complementCountry(title: TitleMention, name: NameRun, ctx: PersonContext): string | null {
  if (!ctx.clitics) return null;
  const minister = isMinisterTitle(title, ctx.tokens);
  for (let k = title.after; k < name.first; k++) {
    const country = ctx.countryAt(k);
    if (!country) continue;
    const served = isComplementLink(ctx.tokens[k - 1].text) || country.start > ctx.tokens[k].start;
    if (minister || !served) return country.code;
  }
  return null;
}

/** Where the complement starting at token `from` ends (`from` when there is none); another title ends it. */
function complementEnd(ctx: PersonContext, from: number): number {
  if (!ctx.clitics) return isArabicScript(ctx.tokens[from]?.text ?? "") ? from : latinBodyEnd(ctx, from);
  const { tokens } = ctx;
  let k = from;
  while (k < from + COMPLEMENT_REACH && tokens[k] && gapOf(ctx, k - 1, k) === " " && !titleStarts(ctx).has(k)) {
    const word = tokens[k].text;
    if (!isComplementLink(word) && !DEFINITE.test(word) && !ctx.isCountryToken(k) && !isConstructWithLam(ctx, k)) break;
    k++;
  }
  // A link word needs its object: "… في" with a name after it is the name's preposition, not the complement's.
  while (k > from && isComplementLink(tokens[k - 1].text)) k--;
  return k;
}

/**
 * "الممثلة الخاصة لبعثة الأمم المتحدة في العراق X": a common noun with لـ written onto it and a definite word after it
 * (of the mission of the UN) is part of the complement, though it has no article of its own.
 */
function isConstructWithLam(ctx: PersonContext, k: number): boolean {
  const word = ctx.tokens[k].text;
  const next = ctx.tokens[k + 1];
  return word.startsWith("ل") && isCommonWord(ctx, word.slice(1)) && !!next && DEFINITE.test(next.text) && gapOf(ctx, k, k + 1) === " ";
}

/**
 * "Speaker of the Assam Legislative Assembly X", "Chairman of the National Assembly X": the body an English title heads,
 * written with capitals after "of (the)", ends at its last word that is no name word (Assembly, Council, Committee); a name
 * may stand right after it. `from` when there is no such body.
 */
function latinBodyEnd(ctx: PersonContext, from: number): number {
  const { tokens } = ctx;
  if (tokens[from]?.text !== "of") return from;
  let k = from + 1;
  if (tokens[k]?.text === "the") k++;
  let end = from;
  for (; k < from + BODY_REACH && tokens[k] && gapOf(ctx, k - 1, k) === " " && ctx.isCapitalized(k) && !titleStarts(ctx).has(k); k++) {
    if (lexicon.notName.has(tokens[k].text)) end = k + 1;
  }
  return end;
}

/** Most words of the body an English title heads, with "of the" ("of the Assam Legislative Assembly"). */
const BODY_REACH = 8;

const titleStartCache = new WeakMap<TitleMention[], Set<number>>();

/** The tokens where a title starts, gathered once per article. */
function titleStarts(ctx: PersonContext): Set<number> {
  let starts = titleStartCache.get(ctx.titles);
  if (!starts) titleStartCache.set(ctx.titles, (starts = new Set(ctx.titles.map((t) => t.first))));
  return starts;
}

/** A word with the Arabic article, also after a conjunction or preposition (والثروة، بالخرطوم، للشؤون). */
const DEFINITE = /^([وفبل]?ال|لل)/;

/** The role a counterpart has: the office of the person in the clause whose counterpart they are. */
function counterpartRole(title: TitleMention, ctx: PersonContext, refs: PersonRef[], window: DateWindow): string | null {
  const gz = ctx.gazetteer;
  const anchor = [...refs].reverse().find((r) => r.end <= title.start && ctx.sentenceOf(r.first) === ctx.sentenceOf(title.first));
  const person = anchor ? gz.person(anchor.key) : undefined;
  return person ? gz.officeIn(person, window)?.title ?? null : null;
}

/** Where a name written before a title would end: right before it, or before its article when a comma sets the title off. */
function apposedBefore(title: TitleMention, ctx: PersonContext): number {
  const article = ctx.tokens[title.first - 1];
  const name = ctx.tokens[title.first - 2];
  if (!article || !name || !lexicon.appositionArticles.has(article.text) || !ctx.sameLine(title.first - 2, title.first)) return title.first - 1;
  // "Talking to X, the Speaker said …": a title followed by its own verb is a new subject, not an apposition.
  if (isPersonVerb(ctx.tokens[title.after]?.text ?? "") && gapOf(ctx, title.after - 1, title.after) === " ") return title.first - 1;
  return ctx.folded.slice(name.end, article.start).includes(",") ? title.first - 2 : title.first - 1;
}

/** Where the words giving a name its title end before the title ("X به عنوان سفیر چین"): the token a name before them ends at, or -1. */
function givenAs(title: TitleMention, ctx: PersonContext): number {
  const words = lexicon.asTitle.find((w) => title.first - w.length > 0 && w.every((word, j) => ctx.tokens[title.first - w.length + j].text === word));
  return words ? title.first - words.length : -1;
}

/** "بوزير خارجية…", "ووزير…": a clitic on the title's first word, so a name just before it is not in apposition. */
function hasClitic(title: TitleMention, ctx: PersonContext): boolean {
  return title.start > ctx.tokens[title.first].start && title.kind !== "counterpart";
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
