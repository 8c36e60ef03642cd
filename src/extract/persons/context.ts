/**
 * What person finding works on and gives back: a reference to a person in the text (PersonRef),
 * a group of people referred to together (GroupRef), a person (PersonEntity), the analysis, and
 * what the article gives (PersonContext).
 */
import type { DateWindow, Gazetteer, GazetteerPerson } from "../gazetteer.ts";
import { COORDINATORS } from "../morphology.ts";
import type { NameContext } from "../names/index.ts";
import type { TitleMention } from "../titles.ts";
import type { MentionKind } from "../types.ts";

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

export function spanSet(spans: { first: number; after: number }[]): (i: number) => boolean {
  const set = new Set<number>();
  for (const s of spans) for (let k = s.first; k < s.after; k++) set.add(k);
  return (i) => set.has(i);
}

/** Adds an entity unless one with its key is there. */
export function addEntity(entities: Map<string, PersonEntity>, entity: PersonEntity | null): void {
  if (entity && !entities.has(entity.key)) entities.set(entity.key, entity);
}

/** The folded text between two tokens; a token before the first or past the last stands for the text's start or end. */
export function gapOf(ctx: PersonContext, a: number, b: number): string {
  const from = a < 0 ? 0 : ctx.tokens[a]?.end ?? ctx.folded.length;
  return ctx.folded.slice(from, ctx.tokens[b]?.start ?? ctx.folded.length);
}

/**
 * "Ambassador Ahmad Zikri of Malaysia", "B of Germany": the country an English name written up to token `after` is said to
 * be of, "of (the)" and the country's name right after it, each word set off by one space; null when none is written so.
 */
export function countryOfAfter(ctx: PersonContext, after: number): { code: string; after: number } | null {
  const { tokens } = ctx;
  if (tokens[after]?.text !== "of" || gapOf(ctx, after - 1, after) !== " ") return null;
  const k = tokens[after + 1]?.text === "the" ? after + 2 : after + 1;
  const country = tokens[k] && gapOf(ctx, k - 1, k) === " " ? ctx.countryAt(k) : null;
  return country && country.start === tokens[k].start ? { code: country.code, after: country.after } : null;
}

/**
 * Whether a name starts past "و" written onto its first word ("…، سفير البوسنة، وX Y"): it opens the list's next item, so
 * it is not in apposition to the title or country right before it.
 */
export function conjoined(ctx: PersonContext, name: { first: number; start: number }): boolean {
  return COORDINATORS.has(ctx.folded.slice(ctx.tokens[name.first].start, name.start));
}
