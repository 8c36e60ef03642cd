/**
 * What the parts of meetings/ share: the finding and context types, and look-ups of the references,
 * dates and phrases that lie in a range of the text (binary search over what is in text order).
 */
import type { ArticleText } from "../article-text.ts";
import type { CountryMention } from "../countries.ts";
import type { DateMention } from "../dates.ts";
import type { GroupRef, PersonEntity, PersonRef } from "../persons/index.ts";
import { PhraseMatcher } from "../phrase-matcher.ts";
import type { QuoteFinding } from "../quotes/index.ts";
import type { TitleMention } from "../titles.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { MeetingMode } from "../types.ts";

/** A meeting before offsets are mapped back. */
export interface MeetingFinding {
  participants: string[];
  location: string | null;
  date: string | null;
  mode: MeetingMode;
  /** Folded range of the clause that reports it. */
  start: number;
  end: number;
  /** Days from the article's date, when the text says (for telling repeated mentions from other meetings). */
  offset: number | null;
  sentence: number;
  /** Whether the meeting's own clause says the people were together ("met", "on the sidelines of", "زيارة"). */
  inPerson: boolean;
  /** Whether the clause places it before the article's event ("پیش از این", "previously"). */
  earlier: boolean;
  /** Whether the clause tells it as a further meeting ("also met", "كما التقى", "همچنین", or pluperfect "وكان X قد التقى"). */
  also: boolean;
  /** Folded offset of its cue word. */
  cue: number;
  /** Whether its clause names it a meeting of several parties ("trilateral", "سه‌جانبه"). */
  multi: boolean;
}

/** What meetings.ts needs from the other finders. */
export interface MeetingContext {
  article: ArticleText;
  refs: PersonRef[];
  groups: GroupRef[];
  entities: Map<string, PersonEntity>;
  countries: CountryMention[];
  dates: DateMention[];
  quotes: QuoteFinding[];
  /** Title phrases of the article, named or not (a lead's subject may be a title whose holder is named only later). */
  titles: TitleMention[];
  articleDate: string | null;
}

export interface CueGroup {
  first: number;
  after: number;
  anaphoric: boolean;
}

/** The dates that lie between two folded offsets (dates are in text order). */
export function datesIn(ctx: MeetingContext, from: number, to: number): DateMention[] {
  const dates = ctx.dates;
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: DateMention[] = [];
  for (let i = lo; i < dates.length && dates[i].start < to; i++) if (dates[i].end <= to) out.push(dates[i]);
  return out;
}

/** Whether a mark that parts clauses or list items (comma, colon, semicolon, quotation mark, bracket) stands right before token k. */
export function markBefore(article: ArticleText, k: number): boolean {
  const { tokens } = article;
  if (k <= 0) return false;
  const gap = article.folded.text.slice(tokens[k - 1].end, tokens[k].start);
  return /[،,:;؛«»“”"()]/.test(gap) && !(/^\s*[«»]\s*$/.test(gap) && markedName(article, k, gap.includes("«")));
}

/** Most words a name or term set off by guillemets inside a clause may have ("در دیدار «ویکتور سلیوانوف» سرکنسول …"). */
const MARKED_NAME_WORDS = 4;

/**
 * Whether the guillemet before token k opens (or closes) a short span that only sets off a name or term, as Persian agencies
 * mark foreign names («ویکتور سلیوانوف»): its partner within a few words on the line, no other mark between. Such marks part
 * no clause; a quotation is longer, or opened by a colon.
 */
function markedName(article: ArticleText, k: number, opening: boolean): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const gapBefore = (j: number) => text.slice(tokens[j - 1].end, tokens[j].start);
  const step = opening ? 1 : -1;
  for (let n = 1; n <= MARKED_NAME_WORDS; n++) {
    const j = k + step * n;
    if (j <= 0 || j >= tokens.length) return false;
    const gap = gapBefore(j);
    if (gap.includes("\n")) return false;
    if (gap.includes(opening ? "»" : "«")) return true;
    if (/[،,:;؛«»“”"()]/.test(gap)) return false;
  }
  return false;
}

/** The references that lie between two folded offsets, found by binary search (refs are in text order). */
export function refsIn(ctx: MeetingContext, from: number, to: number): PersonRef[] {
  const refs = ctx.refs;
  const out: PersonRef[] = [];
  for (let i = firstRefFrom(refs, from); i < refs.length && refs[i].start < to; i++) if (refs[i].end <= to) out.push(refs[i]);
  return out;
}

/** The index of the first reference starting at or after a folded offset. */
function firstRefFrom(refs: PersonRef[], from: number): number {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people named (not only titled) between two folded offsets, each once, in text order. */
export function namedKeysIn(ctx: MeetingContext, from: number, to: number): string[] {
  return [...new Set(refsIn(ctx, from, to).filter((r) => ctx.entities.get(r.key)?.named !== false).map((r) => r.key))];
}

/** Whether a phrase of the matcher lies wholly between two folded offsets. */
export function inRange(matcher: Pick<PhraseMatcher<true>, "findIn">, article: ArticleText, from: number, to: number): boolean {
  const { tokens } = article;
  return matcher.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).some((m) => m.end <= to);
}
