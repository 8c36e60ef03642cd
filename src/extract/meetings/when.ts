/**
 * The date a cue's clause gives its meeting (never a dateline's or a reporting statement's).
 */
import { addDays, dateLineWords, monthsAlone, resolveDate, type DateMention } from "../dates.ts";
import { tokenIndexAt } from "../tokens.ts";
import { datesIn, refsIn, type CueGroup, type MeetingContext } from "./context.ts";
import { lexicon } from "./lexicon.ts";

/**
 * The date a cue's clause gives its meeting: the date nearest the cue ("۲ مهر ۱۴۰۱ … سفر کرد و یک
 * روز بعد (۳ مهر) … دیدار کرد"), never a dateline's or a statement's that reports it.
 */
export function dateOf(ctx: MeetingContext, group: CueGroup, from: number, to: number): { date: string | null; offset: number | null } {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  // "…, the embassy said on Monday": a date after a speech verb that follows the cue dates the statement.
  const said = lexicon.speechVerbs.findIn(tokens, text, group.after, tokenIndexAt(tokens, to), { clitics: article.clitics }).map((m) => m.first);
  const dates = datesIn(ctx, from, to).filter((d) => (d.iso || d.offset !== null || d.weekday !== null || d.monthDay) && !isDatelineDate(ctx, d) && !said.some((k) => k < d.first));
  // The date told of the meeting is the one nearest its cue ("۲ مهر ۱۴۰۱ … سفر کرد و یک روز بعد (۳ مهر) … دیدار کرد").
  const distance = (d: DateMention) => (d.after <= group.first ? group.first - d.after : d.first - group.after);
  const nearest = dates.reduce<DateMention | null>((best, d) => (!best || distance(d) < distance(best) ? d : best), null);
  // "يوم الجمعة 30 أغسطس 2024", "on Friday, 30 August 2024": a weekday or relative day with the full date right after it is that date.
  const full = nearest && !nearest.iso ? dates.find((d) => d.iso && d.first >= nearest.after && d.first <= nearest.after + 1) : undefined;
  const when = full ?? nearest;
  if (!when) return { date: null, offset: null };
  if (!full && !fitsArticleDate(ctx, when, dates)) return { date: null, offset: when.offset };
  const earlier = datesIn(ctx, 0, when.start).filter((d) => d.iso).at(-1)?.iso ?? null;
  return { date: resolveDate(when, ctx.articleDate, earlier), offset: when.offset };
}

/**
 * "اليوم الاثنين", "أمس الخميس", "today, Monday": a relative day told with its weekday that is not the
 * article date's day (a page stamped on another day than the story's) leaves the meeting undated
 * (conventions: ar-d18), rather than dated by the wrong stamp.
 */
function fitsArticleDate(ctx: MeetingContext, when: DateMention, dates: DateMention[]): boolean {
  if (!ctx.articleDate) return true;
  const pair = dates.find((d) => d !== when && (d.first === when.after || d.after === when.first) && (d.weekday !== null) !== (when.weekday !== null));
  if (!pair) return true;
  const relative = when.weekday !== null ? pair : when;
  const weekday = when.weekday ?? pair.weekday;
  if (relative.offset === null || weekday === null) return true;
  return new Date(`${addDays(ctx.articleDate, relative.offset)}T00:00:00Z`).getUTCDay() === weekday;
}

/**
 * Whether a date is a dateline's, the day of publishing, not of the meeting: near the start of
 * its line, before anyone is named there, and closed by a parenthesis, dash or bar
 * ("MOSCOW (Sputnik - 19th December, 2019)", "موسكو - 24 آذار 2016 (سانا) -", "TEHRAN, Jan. 5 (Reuters) -").
 */
function isDatelineDate(ctx: MeetingContext, date: DateMention): boolean {
  const { article } = ctx;
  const text = article.folded.text;
  const line = article.lines[article.lineOfToken[date.first]];
  if (!line || article.folded.origin[date.start] - line.start > DATELINE_REACH) return false;
  let head = date.first;
  while (head > 0 && article.lineOfToken[head - 1] === line.index) head--;
  if (refsIn(ctx, article.tokens[head].start, date.start).length > 0) return false;
  // " date 2019-05-15 Moscow …", "تاریخ انتشار: …": a labelled date at the start of its line.
  let k = date.first - 1;
  while (k >= 0 && article.lineOfToken[k] === line.index && dateLineWords.has(article.tokens[k].text)) k--;
  if (k < 0 || article.lineOfToken[k] !== line.index) return true;
  return /^\s*[()\-–—|]/.test(text.slice(date.end, date.end + 4));
}

/** Characters from a line's start within which a dateline's date stands. */
const DATELINE_REACH = 60;

/**
 * "Albusaidi last travelled to Tehran in October, when he met Araghchi", "In April, he hosted Hussein in Amman", "met him in
 * Makkah in April": a month written without a day before the cue in its sentence, or just after it, other than the article's
 * own month, dates an earlier occasion than the one reported on a day of the article's week (with no article date, a month
 * alone still tells such an occasion). A month further on dates something else ("discussed the agreement signed in February").
 */
export function inAnotherMonth(ctx: MeetingContext, sentence: { first: number; after: number }, group: CueGroup): boolean {
  const { article } = ctx;
  const after = Math.min(sentence.after, group.after + MONTH_REACH);
  const first = Math.max(sentence.first, group.first - MONTH_BEFORE_REACH);
  const own = ctx.articleDate ? { year: Number(ctx.articleDate.slice(0, 4)), month: Number(ctx.articleDate.slice(5, 7)) } : null;
  return monthsAlone(article.tokens, article.folded.text, first, after, article.clitics).some((m) => !own || m.month !== own.month || (m.year !== null && m.year !== own.year));
}

/** Tokens after a meeting cue within which a month alone dates its meeting ("met the crown prince in Makkah in April"). */
const MONTH_REACH = 7;
/** Tokens before it within which one does ("In April, after weeks of preparation, Safadi hosted …"); a sentence may be a whole page. */
const MONTH_BEFORE_REACH = 30;
