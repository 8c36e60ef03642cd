/**
 * The checks that a run is no person's own name: the name of a street, a building, a prize or a
 * prophet (a word before or after it that makes it a thing's), a byline or a journalist's
 * credit, a name alone on a line, a noun and its adjective, a surname inside another name.
 */
import { isArabicScript } from "../tokens.ts";
import type { NameContext, NameRun } from "./context.ts";
import { givenAt } from "./given-names.ts";
import { lexicon, names } from "./lexicon.ts";
import { isInitial } from "./name-parts.ts";
import { isCueWord, isHonorific, isNameWord, isParticle, namesAPlace, namesAPlaceBefore, oneSpaceApart } from "./name-words.ts";

/** Whether every word of a run carries the Arabic article (a noun and its adjective, not a name). */
export function everyWordHasArticle(ctx: NameContext, run: NameRun): boolean {
  for (let k = run.first; k < run.after; k++) if (!ctx.tokens[k].text.startsWith(lexicon.article) && !isParticle(ctx.tokens[k].text)) return false;
  return true;
}

/** Whether a run is a person's own name: not a street's, a prize's or a prophet's, not a byline, not alone on a line of furniture. */
export function ownName(ctx: NameContext, run: NameRun, opening: number): boolean {
  const { tokens } = ctx;
  const before = tokens[opening - 1];
  const sameLineBefore = !!before && ctx.sameLine(opening - 1, opening);
  if (namesAPlace(ctx, tokens[run.first].text)) return false;
  if (placeNameAt(ctx, opening) || (before && sameLineBefore && isByline(ctx, opening - 1)) || datelineByline(ctx, run, opening)) return false;
  if (namesAThing(ctx, run)) return false;
  // "مریم صادقی، خبرنگار …", "Jane Roe, correspondent": a journalist.
  const after = tokens[run.after];
  if (after && ctx.sameLine(run.after - 1, run.after) && names.journalists.has(after.text)) return false;
  const endsLine = !(tokens[run.after] && ctx.sameLine(run.after - 1, run.after));
  const aloneOnLine = !sameLineBefore && endsLine;
  // "… Keystone / Anthony Anex", "AFP/Jane Roe": a photo credit after an agency and a slash, closing its line.
  const credit = sameLineBefore && endsLine && /\/\s*$/.test(ctx.folded.slice(before.end, tokens[opening].start));
  return !aloneOnLine && !credit;
}

/**
 * Whether a name opening at token `opening` is a place's or a thing's ("خیابان X"): the place word right before it, or
 * with a title ("مدينة الملك عبدالعزيز للعلوم", "King Fahd Road") or a word that qualifies the place
 * ("فرودگاه بین‌المللی رفیق حریری") between.
 */
export function placeNameAt(ctx: NameContext, opening: number): boolean {
  const { tokens } = ctx;
  if (namesAPlaceBefore(ctx, opening - 1)) return true;
  let k = opening - 1;
  while (k > 0 && k >= opening - 3 && ctx.sameLine(k, opening) && (isCueWord(ctx, tokens[k].text) || isHonorific(tokens[k].text) || names.placeModifiers.has(tokens[k].text))) k--;
  return k < opening - 1 && k >= 0 && ctx.sameLine(k, opening) && namesAPlaceBefore(ctx, k);
}

/** The preposition that opens a correspondent's dateline byline ("From Jane Roe, Nairobi"). */
const DATELINE_FROM = "from";

/** Most capitalised words of the city closing a dateline byline ("Addis Ababa", "Dar es Salaam" aside). */
const DATELINE_CITY_WORDS = 3;

/**
 * "From Jane Roe, Nairobi", "12 May 2021 From Jane Roe, Abuja": "from" opening its line (or right after a date's number on it),
 * the name, a comma and a city's capitalised words closing the line credit the correspondent who wrote from there.
 */
export function datelineByline(ctx: NameContext, run: NameRun, opening: number): boolean {
  const { tokens } = ctx;
  const from = opening - 1;
  if (from < 0 || tokens[from].text !== DATELINE_FROM || !ctx.sameLine(from, opening)) return false;
  if (from > 0 && ctx.sameLine(from - 1, from) && !/^\d+$/.test(tokens[from - 1].text)) return false;
  if (!tokens[run.after] || !ctx.sameLine(run.after - 1, run.after) || ctx.folded.slice(tokens[run.after - 1].end, tokens[run.after].start) !== ", ") return false;
  let k = run.after;
  while (k < run.after + DATELINE_CITY_WORDS && tokens[k] && ctx.sameLine(run.after, k) && ctx.isCapitalized(k)) k++;
  return k > run.after && (!tokens[k] || !ctx.sameLine(run.after, k));
}

/** Prepositions between a byline word and the name ("گزارش از", "تقرير من"). */
const BYLINE_LINKS = new Set(["از", "من"]);

/** Whether the words up to token k are a byline ("By …" opening a line, "Reporting by …", "Editing by …", "كتب: …"). */
function isByline(ctx: NameContext, k: number): boolean {
  // "گزارش از X": a byline word and "from".
  if (BYLINE_LINKS.has(ctx.tokens[k].text) && k > 0 && ctx.sameLine(k - 1, k) && names.bylines.has(ctx.tokens[k - 1].text)) return true;
  if (!names.bylines.has(ctx.tokens[k].text)) return false;
  // A credit of two byline words ("Editing by", "گزارش از") may stand anywhere; a single one only opens a line.
  if (k > 0 && ctx.sameLine(k - 1, k) && names.bylines.has(ctx.tokens[k - 1].text)) return true;
  return k === 0 || !ctx.sameLine(k - 1, k);
}

/**
 * Whether a lone surname at token i is part of something else: another person's name (a
 * capitalised name word or a given name right before it, "Ahsan Iqbal") or a thing's ("Jinnah
 * Convention Centre").
 */
export function inAnotherName(ctx: NameContext, i: number): boolean {
  const prev = i - 1;
  if (oneSpaceApart(ctx, prev, i)) {
    const latin = !isArabicScript(ctx.tokens[prev].text);
    if (latin ? isNameWord(ctx, prev) && !isInitial(ctx, prev) : givenAt(ctx, prev) !== null) return true;
  }
  return namesAThing(ctx, { first: i, after: i + 1, start: ctx.tokens[i].start, end: ctx.tokens[i].end, words: 1, anchored: false, given: false, cut: false });
}

/**
 * Whether a Latin run is followed, one capitalised word on at most, by a word that makes it a thing's name ("… Street", "… International
 * Airport"). A comma ends the thing's name: "Lucas Bersamin, Foreign Affairs Secretary …" is a list.
 */
export function namesAThing(ctx: NameContext, run: NameRun): boolean {
  const { tokens } = ctx;
  for (let k = run.after; k <= run.after + 1 && tokens[k] && ctx.sameLine(k - 1, k) && !/[,،]/.test(ctx.folded.slice(tokens[k - 1].end, tokens[k].start)); k++) {
    if (names.thingAfter.has(tokens[k].text)) return true;
    if (!ctx.isCapitalized(k)) break;
  }
  return false;
}
