/**
 * The sides of a meeting told with a list of counterparts: one meeting each, unless the text puts
 * them together (a multilateral meeting, one delegation, a dual pronoun, a passive reception;
 * eval/CONVENTIONS.md R-list). Who is in the clause at all is participants.ts's; who is left out,
 * bystanders.ts's.
 */
import type { ArticleText } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { isArabicScript, range, tokenIndexAt } from "../tokens.ts";
import { OWNER_REACH, reachedAcrossTitle } from "./bystanders.ts";
import { inRange, refsIn, type CueGroup, type MeetingContext } from "./context.ts";
import { companionPhrases, lexicon, withWordBetween } from "./lexicon.ts";

/**
 * "X met A, B and C", "استقبل X A وB", "X با A و B دیدار کرد": one meeting per counterpart
 * (conventions R-list), the attendees in each, unless the text puts the counterparts together: a
 * multilateral meeting ("trilateral", "سه‌جانبه"), a ceremony ("credentials", "أوراق اعتماد"), one
 * meeting named in the singular with them ("a meeting with A and B", "در دیدار خود با A و B"), a
 * plural title before them ("received the ambassadors of …"), or people "between" whom it was held.
 * "Separately" always splits. The sides that meet each counterpart are the people before the
 * with-word (or before the cue), else the first one after the cue (Arabic "استقبل X A وB").
 */
export function bySide(ctx: MeetingContext, group: CueGroup, from: number, to: number, participants: string[], attendees: Set<string>, between: boolean): string[][] {
  // "استقبل X Y، يرافقه Z", "received Y, accompanied by Z": who came along with a counterpart is present, no counterpart of their own.
  const along = companionsIn(ctx, from, to);
  const sides = participants.filter((key) => !attendees.has(key) && !along.has(key));
  const present = participants.filter((key) => attendees.has(key) || along.has(key));
  if (between) return [participants];
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const firstRef = new Map<string, PersonRef>();
  for (const r of refsIn(ctx, from, to)) if (!firstRef.has(r.key)) firstRef.set(r.key, r);
  if (sides.length >= 2 && onlyObjectsNamed(ctx, group, from, sides, firstRef) && !together(ctx, group, from, to, Math.min(...sides.map((key) => firstRef.get(key)!.first)))) return [];
  if (sides.length < 3) return [participants];
  if (ctx.groups.some((g) => g.start >= from && g.end <= to)) return [participants];
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const skipped = [...lexicon.attendedAfter.findIn(tokens, text, first, last, options), ...companionPhrases(tokens, text, first, last, options)];
  const pivot = range(first, last).find((k) => lexicon.withOther.has(tokens[k].text) && !skipped.some((m) => m.first <= k && k < m.after) && sides.some((key) => (firstRef.get(key)?.first ?? -1) > k)) ?? null;
  const at = pivot ?? group.first;
  let subjects = sides.filter((key) => !firstRef.has(key) || firstRef.get(key)!.first < at);
  let counterparts = sides.filter((key) => !subjects.includes(key));
  if (subjects.length === 0 && pivot === null) {
    // "استقبل بوتين ولافروف ظريف": people joined to the first one right after the cue are its subject too. "اجتمع A ونظيره B
    // ووزير الخارجية C": when every one is joined so, they met one another at one meeting (conventions R-list).
    const refs = refsIn(ctx, from, to);
    let n = 1;
    while (n < counterparts.length && joinedAfter(article, refs.filter((r) => r.key === counterparts[n - 1]), firstRef.get(counterparts[n]))) n++;
    subjects = counterparts.slice(0, n);
    counterparts = counterparts.slice(n);
  }
  if (pivot === null && counterparts.length === 0) [subjects, counterparts] = objectsBefore(article, group, subjects, firstRef) ?? [subjects, counterparts];
  if (subjects.length === 0 || counterparts.length < 2) return [participants];
  const firstCounterpart = Math.min(...counterparts.map((key) => firstRef.get(key)!.first));
  if (!inRange(lexicon.separately, article, from, to) && (together(ctx, group, from, to, firstCounterpart) || (counterparts.length === 2 && dualAfter(article, firstCounterpart, to)))) return [participants];
  return counterparts.map((key) => [...subjects, key, ...present]);
}

/**
 * "The President met separately with A and B", "The minister received A and B": an English clause whose subject before the
 * cue names no one, with every side named as the cue's object (the first right after it, no comma between), tells one meeting
 * per counterpart whose other side is never named: none (conventions: a meeting needs two named people). Not a fronted
 * phrase ("In a meeting with A, B said"), which has its subject after it.
 */
function onlyObjectsNamed(ctx: MeetingContext, group: CueGroup, from: number, sides: string[], firstRef: Map<string, PersonRef>): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  if (article.clitics || !/[a-z]/.test(tokens[group.first].text)) return false;
  const starts = sides.map((key) => firstRef.get(key)?.first ?? -1);
  if (starts.some((k) => k < group.after)) return false;
  const first = Math.min(...starts);
  const head = tokenIndexAt(tokens, from);
  if (head >= group.first || /[,،;:]/.test(text.slice(tokens[group.after - 1].end, tokens[first].start))) return false;
  if (lexicon.frontedOpeners.matchAt(tokens, text, head, { clitics: article.clitics }) || lexicon.passiveReception.findIn(tokens, text, Math.max(0, group.first - 1), group.after + 1, { clitics: article.clitics }).length > 0) return false;
  return refsIn(ctx, from, tokens[group.first].start).length === 0;
}

/** "استقبل X كلا من A وB لدى وصولهما": whether a word with a pronoun suffix for two people stands after the first counterpart, up to a folded offset. */
function dualAfter(article: ArticleText, firstCounterpart: number, to: number): boolean {
  const { tokens } = article;
  for (let k = firstCounterpart + 1; k < tokens.length && tokens[k].end <= to; k++) {
    const word = tokens[k].text;
    if (lexicon.dualSuffixes.some((suffix) => word.endsWith(suffix))) return true;
  }
  return false;
}

/** People of the clause named only right after a companion phrase ("يرافقه", "accompanied by"). */
export function companionsIn(ctx: MeetingContext, from: number, to: number): Set<string> {
  const { article } = ctx;
  const { tokens } = article;
  const refs = refsIn(ctx, from, to);
  const phrases = companionPhrases(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics });
  // "يرافقه السفير الإندونيسي لدى الأردن X": a name right after its own title is reached through that title.
  const chainStart = (r: PersonRef): number => {
    const title = refs.find((o) => o.key === r.key && o.after === r.first);
    return title ? chainStart(title) : r.first;
  };
  const after = (r: PersonRef) => phrases.some((m) => { const k = chainStart(r); return k >= m.after && ((k - m.after <= OWNER_REACH && !withWordBetween(tokens, m.after, k)) || reachedAcrossTitle(ctx, refs, m.after, k)); });
  return new Set(refs.filter((r) => refs.filter((o) => o.key === r.key).every(after)).map((r) => r.key));
}

/** Whether reference b follows one of a person's references (their title, then their name) joined by a coordinator only. */
function joinedAfter(article: ArticleText, own: PersonRef[], b: PersonRef | undefined): boolean {
  return own.some((a) => joinedTo(article, a, b));
}

/** Whether reference b follows reference a joined by a coordinator only ("بوتين ولافروف", "Putin and Lavrov"), with no title or word between. */
function joinedTo(article: ArticleText, a: PersonRef | undefined, b: PersonRef | undefined): boolean {
  if (!a || !b) return false;
  const { tokens } = article;
  const text = article.folded.text;
  if (b.first === a.after) return article.clitics && /^[وف]$/.test(text.slice(tokens[b.first].start, b.start));
  return b.first === a.after + 1 && COORDINATORS.has(tokens[a.after].text);
}

/**
 * "پوتین، ظریف و کری را جداگانه به حضور پذیرفت": in a verb-final clause with no with-word, the people
 * before the object marker, after the subject (set off by a comma, or the first named), are the ones met.
 */
function objectsBefore(article: ArticleText, group: CueGroup, named: string[], firstRef: Map<string, PersonRef>): [string[], string[]] | null {
  const { tokens } = article;
  const text = article.folded.text;
  const starts = named.map((key) => firstRef.get(key)?.first ?? -1).filter((k) => k >= 0);
  if (starts.length < 2) return null;
  const head = Math.min(...starts);
  const marker = range(head + 1, group.first).find((k) => lexicon.objectMarker.has(tokens[k].text));
  if (marker === undefined) return null;
  let from = firstRef.get(named.find((key) => firstRef.get(key)?.first === head)!)!.after;
  // The subject is set off by the first comma after it: "پوتین، A، B و C را" lists its objects after that one.
  for (let k = from; k < marker; k++) if (/[،,;؛]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) { from = k; break; }
  const objects = named.filter((key) => { const k = firstRef.get(key)?.first ?? -1; return k >= from && k < marker; });
  const subjects = named.filter((key) => !objects.includes(key));
  return objects.length > 0 && subjects.length > 0 ? [subjects, objects] : null;
}

/** Tokens after a meeting noun within which its with-word stands ("دیدار خود با", "a meeting with", "a meeting in Geneva on Monday with"). */
const JOINT_WITH_REACH = 8;

/** Tokens between a plural title after a with-word and the first person it names ("با سفیران آلمان، فرانسه و انگلیس، A"). */
const PLURAL_GUESTS_REACH = 8;

/** Most words of a sidelines phrase before the event noun it names ("on the sidelines of the meeting"). */
const SIDELINES_WORDS = 4;

/** Whether the clause names one occasion for all its counterparts (see bySide). */
export function together(ctx: MeetingContext, group: CueGroup, from: number, to: number, firstCounterpart: number): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  // "received a delegation headed by A and including B": the members of one delegation came together.
  if ([lexicon.multilateral, lexicon.ceremony, lexicon.delegationHead].some((m) => inRange(m, article, from, to))) return true;
  // "was received at the airport by A and B": one guest received by several hosts at once.
  if (lexicon.passiveReception.findIn(tokens, text, Math.max(0, group.first - 1), group.after, options).some((m) => m.after >= group.after - 1)) return true;
  // ("در حاشیه نشست وزرای خارجه … با A، B و C دیدار کرد": not a plural word of an event before the counterparts' with-word.)
  if (lexicon.pluralGuests.findIn(tokens, article.folded.text, group.after, firstCounterpart, options).some((m) => !range(m.after, firstCounterpart).some((k) => lexicon.withOther.has(tokens[k].text)))) return true;
  // "با سفیران آلمان، فرانسه و انگلیس، A، B و C دیدار کرد", "X، سفیران جدید ژاپن و کره A و B را به حضور پذیرفت": so is one
  // just before the first counterpart, with no one named between, in a clause whose verb comes last.
  if (firstCounterpart < group.first && lexicon.pluralGuests.findIn(tokens, text, Math.max(tokenIndexAt(tokens, from), firstCounterpart - PLURAL_GUESTS_REACH), firstCounterpart, options).some((m) => m.after <= firstCounterpart && refsIn(ctx, tokens[m.after - 1].end, tokens[firstCounterpart].start).length === 0)) return true;
  // "در دیدار خود با A و B", "a meeting with A and B"; "دیدار A و B", "لقاء A وB": the people of one meeting noun.
  const noun = lexicon.jointMeeting.findIn(tokens, text, Math.max(0, group.first - 1), group.after, options).at(-1);
  if (noun === undefined) return false;
  // "در حاشیه نشست بریکس با A و B دیدار کرد", "on the sidelines of the meeting, met A and B": the noun names the event beside which they met.
  if (lexicon.sidelines.findIn(tokens, text, Math.max(0, noun.first - SIDELINES_WORDS), noun.first, options).some((m) => noun.first - m.after <= 1)) return false;
  if (firstCounterpart >= noun.after && firstCounterpart - noun.after <= 1) return true;
  // "held a meeting in Geneva on Monday with A and B": the with-word may follow the noun's place and day, within the clause.
  const withWord = range(noun.after, Math.min(firstCounterpart, noun.after + JOINT_WITH_REACH)).find((k) => k < tokens.length && lexicon.withOther.has(tokens[k].text));
  return withWord !== undefined && !/[،,:;؛]/.test(text.slice(tokens[noun.after - 1].end, tokens[withWord].start));
}

/**
 * "X و Y با مقامات عمانی دیدار کردند", "X به همراه Y با وزیر خارجه عمان دیدار کرد" (the minister never named): in a Persian
 * clause whose verb comes last, everyone named stands before the with-word of the other side, and that side opens with a group
 * word or a title nobody is named by. The people named are one side; the meeting's other side is never named.
 */
export function otherSideUnnamed(ctx: MeetingContext, group: CueGroup, from: number, participants: string[]): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (article.clitics || participants.length < 2 || !isArabicScript(tokens[group.first].text)) return false;
  const refs = refsIn(ctx, from, tokens[group.first].start);
  const own = refs.filter((r) => participants.includes(r.key));
  if (participants.some((key) => !own.some((r) => r.key === key))) return false;
  const lastRef = Math.max(...own.map((r) => r.after));
  const first = tokenIndexAt(tokens, from);
  const skipped = [...lexicon.attendedAfter.findIn(tokens, text, first, group.first, options), ...companionPhrases(tokens, text, first, group.first, options)];
  const withWord = range(lastRef, group.first).find((k) => lexicon.withOther.has(tokens[k].text) && !skipped.some((m) => m.first <= k && k < m.after));
  if (withWord === undefined) return false;
  return lexicon.unnamedSides.matchAt(tokens, text, withWord + 1, options) !== null;
}

/**
 * "رئیس جمهور با پوتین و شی دیدار کرد", "The Secretary held separate calls with A and B": everyone named is in the list after
 * the with-word of the clause, and the side before it is never named. Each counterpart met that side alone (one meeting each,
 * conventions R-list), so no meeting has two named people, unless the text puts them together (a trilateral, one meeting
 * named in the singular with them). The list runs over the people joined by "و"/"and", and over commas only when "و"/"and"
 * closes it ("with A, B and C"; in "with A, Zarif said" the one after the comma is no counterpart).
 */
export function onlyWithListNamed(ctx: MeetingContext, group: CueGroup, from: number, to: number, participants: string[]): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (participants.length < 2) return false;
  const refs = refsIn(ctx, from, to);
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const skipped = [...lexicon.attendedAfter.findIn(tokens, text, first, last, options), ...companionPhrases(tokens, text, first, last, options)];
  const withWord = range(first, last).find((k) => lexicon.withOther.has(tokens[k].text) && !skipped.some((m) => m.first <= k && k < m.after));
  if (withWord === undefined || refs.some((r) => r.first < withWord)) return false;
  const head = refs.find((r) => r.first > withWord && r.first - withWord <= 2);
  if (!head) return false;
  let item: PersonRef = head;
  const listed = new Set<string>([item.key]);
  let closed = new Set<string>(listed);
  for (;;) {
    const end: number = item.after;
    const key = item.key;
    const own: PersonRef | undefined = refs.find((r) => r.first === end && r.key === key);
    const comma: PersonRef | undefined = refs.find((r) => r.first === end && r.key !== key && /[,،]/.test(text.slice(tokens[end - 1].end, tokens[end].start)));
    const joined: PersonRef | undefined = COORDINATORS.has(tokens[end]?.text ?? "") ? refs.find((r) => r.first === end + 1) : undefined;
    const next: PersonRef | undefined = own ?? comma ?? joined;
    if (!next) break;
    listed.add(next.key);
    if (joined && next === joined) closed = new Set(listed);
    else if (own && next === own && closed.has(item.key)) closed.add(next.key);
    item = next;
  }
  if (!participants.every((key) => closed.has(key))) return false;
  const firstCounterpart = Math.min(...refs.filter((r) => closed.has(r.key)).map((r) => r.first));
  return !together(ctx, group, from, to, firstCounterpart) && !range(first, last).some((k) => lexicon.between.has(tokens[k].text));
}
