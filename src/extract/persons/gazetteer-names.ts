/**
 * Gazetteer names as the article writes them: a short name inside another name is no reference,
 * a written name is widened to the full name around it, a given name written before a short name
 * opens it, and a name listed with its title or honorific is a mention without them too.
 */
import type { NameMatch } from "../gazetteer.ts";
import { givenAt, isCueWord, isHonorific, isNameWord, isParticle, nameShapeScore, PATRONYMIC, placeNameAt, readRun, SHAPE_BARS, unlistedGivenAt, type NameRun } from "../names/index.ts";
import { gapOf, type PersonContext, type PersonRef } from "./context.ts";

/**
 * "الملك عبدالله الثاني", "King Abdullah II": a gazetteer name listed with its title or honorific
 * is also a mention without them ("عبدالله الثاني"), the shortest span that is the name.
 */
export function withBareNames(ctx: PersonContext, refs: PersonRef[]): PersonRef[] {
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

/**
 * A gazetteer name read inside another person's name: after "bin" it is a father's name
 * ("عبدالعزيز بن عبدالله بن عبدالعزيز" holds King Abdullah's), a short form that starts
 * with a particle ("بن نايف") after a name word is the rest of that name ("سعود بن نايف"), and
 * a short form joined by a hyphen to the word before is the second half of a given name
 * ("Ing-wen", "Jae-in"), not the surname it is spelt as; and after a given name a place is named with, it is the
 * rest of the place's name ("فرودگاه بین‌المللی رفیق حریری").
 */
export function insideAnotherName(ctx: PersonContext, name: NameMatch): boolean {
  const before = name.first - 1;
  if (before < 0 || !ctx.sameLine(before, name.first) || name.start > ctx.tokens[name.first].start) return false;
  if (PATRONYMIC.has(ctx.tokens[before].text)) return true;
  if (!name.full && /^[-‐‑]$/.test(gapOf(ctx, before, name.first))) return true;
  // "Park Yoon-joo": a short form joined by a hyphen to a lowercase word after it is the first half of a given name.
  if (!name.full && ctx.tokens[name.after] && /^[-‐‑]$/.test(gapOf(ctx, name.after - 1, name.after)) && !ctx.isCapitalized(name.after) && /^\p{L}/u.test(ctx.tokens[name.after].text)) return true;
  if (!name.full && isParticle(ctx.tokens[name.first].text) && isNameWord(ctx, before)) return true;
  // "فرودگاه بین‌المللی رفیق حریری": a short form after a given name that a place is named with is that place's name.
  const given = givenAt(ctx, before);
  return !name.full && !!given && given.after === name.first && placeNameAt(ctx, before);
}

/**
 * "حنفي جبالي", "خلیل کرزی": a gazetteer short name with given names written right before it, as
 * runs from the first of those given names (also one that is an ordinary word), for OpenPeople to
 * tell the gazetteer person named with their own given name from another person of that surname.
 */
export function givenBeforeShortNames(ctx: PersonContext, names: NameMatch[]): NameRun[] {
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
    // "ماریلا پرز، معاون وزیر …": a word no list holds opens the name too when the clause sets the name off and a title
    // closes it; else the surname alone would be the gazetteer person's (Shimon Peres).
    const unlisted = first === name.first && unlistedGivenAt(ctx, first - 1) && gapOf(ctx, first - 1, first) === " " && closedAfter(ctx, name.after);
    if (unlisted) first--;
    if (first === name.first) continue;
    // "Nawaf bin Saeed Zarif": given names after a father's-name particle are inside a longer name, read from its start.
    if (first > 0 && PATRONYMIC.has(ctx.tokens[first - 1].text) && ctx.sameLine(first - 1, first)) continue;
    // The run ends with the short name: a word after it is not known to belong to the name ("خلیل کرزی معین سیاسی").
    const run = readRun(ctx, first, 1);
    if (run && run.first === first && run.after >= name.after) runs.push({ ...run, after: name.after, end: name.end, words: name.after - first, cut: false, ...(unlisted ? { anchored: true, given: true } : {}) });
  }
  return runs.concat(surnameAfterShortNames(ctx, names));
}

/**
 * "اوکتای حسینلی، معاون وزیر خارجه …": a gazetteer short name written as the first word of a name, before a word in letters
 * names have that no other name claims, the two set off by the clause and closed by a title, is another person's
 * given name (Fuat Oktay's surname is Oktay Hüseynli's given name).
 */
function surnameAfterShortNames(ctx: PersonContext, names: NameMatch[]): NameRun[] {
  const runs: NameRun[] = [];
  for (const name of names) {
    const last = name.after;
    if (name.full || name.after - name.first !== 1 || !ctx.tokens[last] || !ctx.sameLine(name.first, last) || gapOf(ctx, name.first, last) !== " ") continue;
    if (names.some((other) => other.first === last) || !unlistedGivenAt(ctx, name.first) || !closedAfter(ctx, last + 1)) continue;
    if (!isNameWord(ctx, last) || givenAt(ctx, last) || nameShapeScore(ctx.tokens[last].text) < SHAPE_BARS.besideTitle.mean) continue;
    runs.push({ first: name.first, after: last + 1, start: name.start, end: ctx.tokens[last].end, words: 2, anchored: true, given: true, cut: false });
  }
  return runs;
}

/**
 * A gazetteer name written longer than listed: "فيصل بن فرحان بن عبدالله", "Mohammed bin Salman Al
 * Saud" — a particle after the listed name carries on the name, and the mention starts after a
 * title written into the listed form ("الأمير فيصل بن فرحان"). Returns the widened span, if any.
 */
export function widenName(ctx: PersonContext, name: NameMatch, all: NameMatch[]): { first: number; after: number; start: number; end: number } | null {
  const { tokens } = ctx;
  if (!tokens[name.after] || !isParticle(tokens[name.after].text) || !ctx.sameLine(name.after - 1, name.after)) return null;
  let from = name.first;
  for (let k = name.first; k < name.after - 1; k++) if (isHonorific(tokens[k].text) || isCueWord(ctx, tokens[k].text)) from = k + 1;
  const run = readRun(ctx, from, 1);
  if (!run || run.after <= name.after || all.some((other) => other !== name && other.full && other.first < run.after && other.first >= name.after)) return null;
  return { first: run.first, after: run.after, start: run.start, end: run.end };
}

/**
 * Whether a name ending before token k is closed there by a title, right after it or after a comma ("… پرز، معاون وزیر …").
 * A comma alone does not close it: "کمپین ترامپ، …" is a noun and its possessor.
 */
function closedAfter(ctx: PersonContext, k: number): boolean {
  return !!ctx.tokens[k] && ctx.sentenceOf(k - 1) === ctx.sentenceOf(k) && /^[،,]? ?$/.test(gapOf(ctx, k - 1, k)) && ctx.titles.some((t) => t.first === k);
}
