/**
 * People an article refers to: gazetteer names, titles resolved to the office holder at the
 * article's date (or in the window the named people's offices allow), counterpart phrases
 * resolved through the person in the clause, and people outside the gazetteer — found by the
 * shape and place of their names (names/: a given name, an honorific, a speech or meeting
 * verb) or beside a title on either side ("سخنگوی وزارت خارجه روسیه، ماریا زاخارووا", "Jan
 * Kowalski, the Polish deputy minister"), with the title's role and country, one entity per
 * person (open-people.ts). Produces every reference in text order, which quotes and meetings
 * use to find speakers and participants.
 *
 * The public surface of src/extract/persons/; the files, one concern each:
 *   context.ts          a person reference, entity and group; what the article gives (PersonContext)
 *   lexicon.ts          the words of data/language.json person finding asks about
 *   gazetteer-names.ts  gazetteer names as written: widened to the full name, given names before short ones, the name without its title
 *   offices.ts          titles resolved to their holder in the gazetteer at the article's date
 *   titled-names.ts     the name a title is written beside, its country and role
 *   written-again.ts    a bare title or a country's title written again for the person it named
 *   delegations.ts      the leaders of delegations
 */
import type { NameMatch, OfficeKind } from "../gazetteer.ts";
import { findOpenNames, titledRun } from "../names/index.ts";
import { familyNameRefs, givenNameRefs, joinWrittenSurnames, nameWordsAt, OpenPeople, spellsSurnameOf, surnameRefs } from "../open-people.ts";
import { isPluralCounterpart, type TitleEntry, type TitleMention } from "../titles.ts";
import { isArabicScript } from "../tokens.ts";
import { addEntity, gapOf, type GroupRef, type PersonAnalysis, type PersonContext, type PersonEntity, type PersonRef, spanSet } from "./context.ts";
import { COUNTERPART_LIST_REACH, describeDelegationLeaders } from "./delegations.ts";
import { givenBeforeShortNames, insideAnotherName, widenName, withBareNames } from "./gazetteer-names.ts";
import { lexicon } from "./lexicon.ts";
import { bothHolders, chooseId, gazetteerEntity, inferWindow, resolveOffice, resolveTitle, roleOf } from "./offices.ts";
import { adjacentName, complementCountry, counterpartMetBefore, countryAfterName, counterpartRole, hasClitic, jointOfficeHolder, principalCountry, unknownNameNear } from "./titled-names.ts";
import { addCounterpart, countryTitleKey, describedBefore, isBareTitle, onlyCounterpart, writtenAgain } from "./written-again.ts";

export type { GroupRef, PersonAnalysis, PersonContext, PersonEntity, PersonRef } from "./context.ts";

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
  open.claimShortNames(fullIds);
  const named = new Set([...entities.keys()].filter((key) => gz.person(key)));
  // A title word inside a name ("شاه" in "شاه محمود قریشی", "أمير" in "أمير عبد اللهيان") is part of the name.
  const titles = ctx.titles.filter((t) => ctx.inText(t.first) && !names.some((n) => n.first <= t.first && t.first < n.after));
  const bareHolders = new Map<object, string>();
  const countryHolders = new Map<string, string>(); // "role|country" → the first person that title described
  const counterparts = new Map<string, Set<string>>(); // country → the people a counterpart phrase of that country described
  const describedWith = new Map<string, Set<string>>(); // "role|country" → everyone that title, its country written, described
  const namedLater: { title: TitleMention; countryTitle: string }[] = [];
  const outerOf = chainedTitles(ctx, titles);
  const innerOf = new Map([...outerOf].map(([inner, outer]) => [outer, inner]));
  const heldBy = new Map<TitleMention, string>(); // a title → the person it described
  for (const title of chainOrder(titles, outerOf)) {
    if (title.kind === "plural") {
      const keys = title.countries.flatMap((c) => (title.entry ? resolveOffice(gz, c, title.entry.office, title.entry.org, window, named, true, title.entry.role) : []));
      if (keys.length > 0) groups.push({ keys, first: title.first, after: title.after, start: title.start, end: title.end });
      if (title.entry) open.addListed(title);
      continue;
    }
    // "Nigerian High Commissioner to Ghana, Ambassador X", "العاهل الإسباني الملك X": the outer title of a chain is the person's
    // the inner one described, and gives them its country.
    const inner = innerOf.get(title);
    const innerHolder = inner && heldBy.get(inner);
    if (innerHolder) {
      // The outer title is the office; the inner one may be a rank ("Ambassador") or the office written again.
      const entity = entities.get(innerHolder);
      if (entity && !entity.gazetteer && title.entry) entity.role = title.entry.role;
      open.describe(innerHolder, title.countries[0], null);
      refs.push({ key: innerHolder, kind: "title", first: title.first, after: title.after, start: title.start, end: title.end });
      continue;
    }
    const resolved = resolveTitle(title, ctx, refs, window, named);
    // "his Pakistani counterpart Aizaz Ahmed Chaudhry": a name written after the counterpart phrase beats an office holder the article never names.
    // "با X Y همتای اکوادوری خود": so does one written before it after the meeting's "with".
    let key = resolved && title.kind === "counterpart" && !named.has(resolved) && !adjacentName(title, refs, ctx) && (titledRun(ctx, title.after, 1, true) ?? counterpartMetBefore(title, ctx)) ? null : resolved;
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
      } else if (holder && !refs.some((r) => r.kind === "name" && r.key === key)) {
        // "السفير السعودي لدى لبنان وليد بخاري": a name of someone else beside the title is its holder at the article's time;
        // the gazetteer's holder, never named, held it at another time or (an ambassador) in another capital.
        key = null;
      }
    }
    /** The title describes `holder` (of `country`): its reference, and what later titles written again look up. */
    const describeHolder = (holder: string, country: string | null) => {
      heldBy.set(title, holder);
      open.describe(holder, country, role());
      refs.push({ key: holder, kind: title.kind === "counterpart" ? "counterpart" : "title", first: title.first, after: title.after, start: title.start, end: title.end });
      if (isBareTitle(title) && !bareHolders.has(title.entry as object)) bareHolders.set(title.entry as object, holder);
      const held = countryTitleKey(title);
      if (held && !countryHolders.has(held)) countryHolders.set(held, holder);
      addCounterpart(counterparts, title, holder);
      if (held && !title.implied) describedWith.set(held, new Set([...(describedWith.get(held) ?? []), holder]));
    };
    if (key) {
      if (!entities.has(key)) addEntity(entities, gazetteerEntity(gz, key, window, false));
      describeHolder(key, title.countries[0] ?? principalCountry(title, ctx, refs, entities) ?? countryAfterName(title, ctx, refs));
      continue;
    }
    const unknown = title.kind === "title" ? unknownNameNear(title, ctx, refs) : title.kind === "counterpart" ? titledRun(ctx, title.after, 1, true) ?? counterpartMetBefore(title, ctx) : null;
    if (unknown) {
      const personKey = open.addBesideTitle(unknown, fullIds);
      // A bare title stands for the outlet's own office holder in Persian news; elsewhere it gives a name beside it no country.
      describeHolder(personKey, (title.implied && ctx.language !== "fa" ? null : title.countries[0] ?? complementCountry(title, unknown, ctx)) ?? countryAfterName(title, ctx, refs));
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
  joinWrittenSurnames(entities, refs, ctx);
  refs.push(...surnameRefs(entities, refs, ctx));
  refs.push(...familyNameRefs(refs, ctx));
  refs.push(...givenNameRefs(refs, ctx));
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const entity of entities.values()) {
    if (!entity.gazetteer) continue;
    const titled = refs.filter((r) => r.key === entity.key && r.kind === "title").map((r) => titles.find((t) => t.start === r.start)?.entry?.office).filter((o): o is OfficeKind => !!o && o !== "other");
    entity.role = roleOf(gz, entity.gazetteer, window, titled);
  }
  return { entities, refs: withBareNames(ctx, dropNested(refs)), groups, window };
}

/**
 * Titles written one right after the other, the first with a country and the second without, set apart by at most a comma on
 * one line ("Nigerian High Commissioner to Ghana, Ambassador X", "العاهل الإسباني الملك X"): both are one person's, whom
 * the inner title names. Inner title → outer title.
 */
function chainedTitles(ctx: PersonContext, titles: TitleMention[]): Map<TitleMention, TitleMention> {
  const chains = new Map<TitleMention, TitleMention>();
  const byFirst = new Map(titles.map((t) => [t.first, t]));
  for (const outer of titles) {
    const inner = byFirst.get(outer.after);
    // "رسالة الرئيس المصري لرئيس الجمهورية X": a clitic on the inner title makes it another person's.
    if (!inner || outer.kind !== "title" || inner.kind !== "title" || outer.countries.length === 0 || outer.implied || inner.countries.length > 0 || hasClitic(inner, ctx)) continue;
    const gap = gapOf(ctx, outer.after - 1, inner.first);
    // English puts the subject first: two titles with only a space between are one person's ("Nigeria's Minister of Foreign
    // Affairs Ambassador X", an honorary rank); set off by a comma, or in Arabic (استقبل وزير الخارجية السعودي السفير X), they
    // are one person's only when they name one office.
    const adjoined = gap === " " && !isArabicScript(ctx.tokens[outer.first].text);
    if (ctx.sameLine(outer.first, inner.first) && /^\s*[،,]?\s*$/.test(gap) && (adjoined || sameOffice(outer.entry, inner.entry))) chains.set(inner, outer);
  }
  return chains;
}

/**
 * Whether two titles name one office, so that written together they are one person's: one role (العاهل، الملك), one office
 * of state (King, President), or two postings abroad (High Commissioner, Ambassador). "استقبل وزير الخارجية السعودي السفير X"
 * is two people.
 */
function sameOffice(a: TitleEntry | null, b: TitleEntry | null): boolean {
  if (!a || !b) return false;
  return a.role === b.role || (a.office === b.office && a.office !== "other") || (!!a.posted && !!b.posted);
}

/** The titles in text order, but each outer title of a chain right after its inner one, which finds the name. */
function chainOrder(titles: TitleMention[], outerOf: Map<TitleMention, TitleMention>): TitleMention[] {
  const outers = new Set(outerOf.values());
  return titles.flatMap((t) => (outers.has(t) ? [] : outerOf.has(t) ? [t, outerOf.get(t) as TitleMention] : [t]));
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

/** Removes references that sit inside a longer one (a name inside a counterpart phrase keeps both only if they differ in person). */
function dropNested(refs: PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const ref of refs) {
    const outer = out.find((o) => o.start <= ref.start && ref.end <= o.end && o.key === ref.key);
    if (!outer) out.push(ref);
  }
  return out;
}
