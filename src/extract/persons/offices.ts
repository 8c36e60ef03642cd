/**
 * Offices and their holders in the gazetteer: which person a name means at the article's date (or
 * in the window the named people's offices allow), who held a title's office then, and the role
 * and country a person's entity takes.
 */
import { ANY_TIME, intersect, overlaps, type DateWindow, type Gazetteer, type GazetteerPerson, type NameMatch, type OfficeKind } from "../gazetteer.ts";
import type { TitleMention } from "../titles.ts";
import { conjoined, gapOf, type PersonContext, type PersonEntity, type PersonRef } from "./context.ts";
import { COORDINATORS } from "../morphology.ts";
import { isHonorific } from "../names/index.ts";
import { adjacentName, counterpartMetBefore, unknownNameNear } from "./titled-names.ts";

/**
 * "وزرای خارجه دو کشور": the article's people holding the plural title's office, when they are
 * exactly one for each of exactly two countries.
 */
export function bothHolders(gz: Gazetteer, entities: Map<string, PersonEntity>, entry: { office: OfficeKind; role: string }, window: DateWindow): string[] {
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

export function gazetteerEntity(gz: Gazetteer, id: string, window: DateWindow, named: boolean): PersonEntity | null {
  const person = gz.person(id);
  if (!person) return null;
  const office = gz.officeIn(person, window);
  // Officials of international bodies (the UN, the EU, the AU) serve no country.
  return { key: id, gazetteer: person, writtenName: null, country: office?.org ? null : person.country, role: office?.title ?? null, named };
}

/** The role a person had in the window, preferring an office of the kind the article titles them with. */
export function roleOf(gz: Gazetteer, person: GazetteerPerson, window: DateWindow, titled: OfficeKind[]): string | null {
  const preferred = titled.length > 0 ? gz.officeIn({ ...person, offices: person.offices.filter((o) => titled.includes(o.office)) }, window) : null;
  return (preferred ?? gz.officeIn(person, window))?.title ?? null;
}

/** Picks the person a name denotes: one named in full elsewhere, then one in office in the window. */
export function chooseId(gz: Gazetteer, name: NameMatch, fullIds: Set<string>, window: DateWindow): string | null {
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
export function inferWindow(gz: Gazetteer, names: NameMatch[], fullIds: Set<string>, ctx: PersonContext): DateWindow {
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
export function resolveOffice(gz: Gazetteer, place: string, office: OfficeKind, org: string | null, window: DateWindow, named: Set<string>, namedOnly: boolean, role: string | null = null): string[] {
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
export function resolveTitle(title: TitleMention, ctx: PersonContext, refs: PersonRef[], window: DateWindow, named: Set<string>): string | null {
  const gz = ctx.gazetteer;
  if (title.former) return adjacentName(title, refs, ctx)?.key ?? null;
  const beside = adjacentName(title, refs, ctx, title.entry?.relational?.includes(ctx.language) ?? false);
  // "استقبل وزير الصحة X السفير الكويتي Y": a name no gazetteer knows written right after a title is its holder, before the
  // name that ends right before it (the one who received, in a verb-first sentence).
  // "Trade Minister A, Deputy Trade Minister B and …": in a list of titled names, a name with its own title before it, set off by
  // a comma before this title, is the list's last item; a name no gazetteer knows written right after the title is its holder.
  const listed = (b: PersonRef) => ctx.language === "en" && ctx.titles.some((t) => t.after === b.first) && /[,]/.test(gapOf(ctx, b.after - 1, title.first)) && nameRightAfter(title, ctx, refs);
  const next = beside && title.kind === "title" && beside.after <= title.first && ((ctx.language === "ar" && (nameRightAfter(title, ctx, refs) || titledForAnotherCountry(title, beside, ctx, refs))) || listed(beside)) ? null : beside;
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
  // Before it, only set off by a comma ("X, his Czech counterpart"): "استقبل X نظيره التشيكي" writes the one whose counterpart it is.
  // "با X همتای اکوادوری خود": or opened by the meeting's "with".
  const counterpartSide = next && (next.first >= title.after || /[،,]/.test(gapOf(ctx, next.after - 1, title.first)) || counterpartMetBefore(title, ctx)?.first === next.first);
  if (next && counterpartSide && (entityCountry(gz, next.key) === country || !gz.person(next.key))) return next.key;
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
 * "استقبل محافظ الإسكندرية X القنصل الفرنسي", "التقى الوزير X السفير الياباني": in a verb-first Arabic sentence a title of a
 * country written right after a name that a title of its own opens is the object's, a person the text leaves unnamed,
 * unless the name's own title is of that same country ("الرئيس X رئيس دولة فلسطين") or a comma sets the second one off.
 */
function titledForAnotherCountry(title: TitleMention, name: PersonRef, ctx: PersonContext, refs: PersonRef[]): boolean {
  const country = title.countries[0];
  if (!country || title.implied || name.after !== title.first || /[،,]/.test(gapOf(ctx, name.after - 1, title.first))) return false;
  // "… سفيرة تشيلي وجيمس كاماو سفير كينيا": a name with و on it is a list's next item, and the title after it its own.
  if (conjoined(ctx, name) || (name.first > 0 && COORDINATORS.has(ctx.tokens[name.first - 1].text))) return false;
  // The name's own title before it, right before it or past its complement ("المبعوث الأمريكي للقرن الأفريقي X").
  // A title set off from the name by a comma is an apposition of the name before it ("استقبلت X، وزيرة الدولة، سعادة Y سفير …").
  const own = ctx.titles.find((t) => t.kind === "title" && t.after <= name.first && ((name.first - t.after <= 1 && (t.after === name.first || isHonorificToken(ctx, t.after)) && !/[،,]/.test(gapOf(ctx, t.after - 1, name.first))) || refs.some((r) => r.key === name.key && r.kind === "title" && r.start === t.start)));
  if (!own) return false;
  // "الوزير X وزير الخارجية اللبناني": a title with no country before the name is completed by one of its office after it.
  if (own.countries.length === 0) return !!own.entry && !!title.entry && !title.entry.role.includes(own.entry.role);
  return own.countries[0] !== country;
}

function isHonorificToken(ctx: PersonContext, k: number): boolean {
  return isHonorific(ctx.tokens[k]?.text ?? "");
}

/**
 * Whether the name beside a title that its holder is read as is a run written after it, right after it or after its
 * complement ("سفيرة الاتحاد الأوروبي بالقاهرة X"), with no mark between.
 */
function nameRightAfter(title: TitleMention, ctx: PersonContext, refs: PersonRef[]): boolean {
  const run = unknownNameNear(title, ctx, refs);
  return !!run && run.first >= title.after && !/[^\s\p{L}\p{M}]/u.test(gapOf(ctx, title.after - 1, run.first));
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
