/**
 * Guests listed after the cue's sentence: "تسلم الرئيس أوراق اعتماد كل من:" or "استقبل X ثلاثة سفراء
 * جدد … وهم سفراء دول كل من :", then one line per guest ("• السيد A، سفير …"), or one sentence that
 * lists them ("received the credentials of three new envoys. They are A of B, C of D and E of F"). The
 * cue's sentence names no guest, so it gave no meeting; the list names them.
 */
import type { Sentence } from "../article-text.ts";
import { tokenIndexAt } from "../tokens.ts";
import { ATTENDANCE_REACH, attendeeRefs, untoldMeeting } from "./attendance.ts";
import { cueGroups, hasPlanned, isPhone, isPurpose } from "./clauses.ts";
import { inRange, namedKeysIn, type MeetingContext, type MeetingFinding } from "./context.ts";
import { lexicon } from "./lexicon.ts";
import { subjectOf } from "./participants.ts";
import { dateOf } from "./when.ts";
import { venueIn } from "./where.ts";

/** Most list lines read as guests of one cue. */
const MAX_ITEMS = 12;

/** Tokens a list line may have: a name with a title and a country, not a paragraph. */
const ITEM_TOKENS = 30;

/**
 * Meetings of a host with guests listed in the lines after a sentence that ends in a colon (the cue's
 * own, or the one right after it): one together (a ceremony, plural guests "السفراء"), one per
 * guest when the text says they were received separately ("في لقاءات منفصلة").
 */
export function withListedGuests(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const { sentences } = article;
  const told = new Set(found.map((m) => m.sentence));
  const added: MeetingFinding[] = [];
  const named = (key: string) => ctx.entities.get(key)?.named !== false;
  for (const sentence of sentences) {
    if (told.has(sentence.index)) continue;
    const group = cueGroups(article, sentence).find((g) => !g.anaphoric);
    if (!group || isPurpose(article, group) || hasPlanned(article, sentence.fStart, sentence.fEnd, group)) continue;
    const own = namedKeysIn(ctx, sentence.fStart, sentence.fEnd);
    const colon = [sentence, sentences[sentence.index + 1]].find((s) => s && endsInColon(ctx, s));
    const list = colon ? null : listSentence(ctx, sentence, told);
    if (!colon && !list) continue;
    if (colon && colon !== sentence && (told.has(colon.index) || namedKeysIn(ctx, colon.fStart, colon.fEnd).length > 0)) continue;
    const guests = colon ? listedAfter(ctx, colon, own) : namedKeysIn(ctx, list!.fStart, list!.fEnd).filter((key) => !own.includes(key));
    if (guests.length === 0) continue;
    const cueStart = article.tokens[group.first].start;
    const hosts = own.length > 0 ? own : [subjectOf(ctx, sentence, cueStart)].filter((key): key is string => key !== null && named(key) && !guests.includes(key));
    if (hosts.length === 0 || hosts.length + guests.length < 2) continue;
    const to = (colon ?? list)!.fEnd;
    const when = dateOf(ctx, group, sentence.fStart, to);
    const phone = isPhone(article, sentence.fStart, to);
    // "أقام الرئيس اليوم الجمعة 21 نوفمبر مراسم لاستقبال السفراء … تسلم الرئيس أوراق اعتماد كل من:": the ceremony told just before, with no one met, dates and places it.
    const before = untoldMeeting(ctx, sentence, found.filter((m) => m.sentence < sentence.index).at(-1));
    if (before && when.date === null) Object.assign(when, dateOf(ctx, before.group, before.sentence.fStart, before.sentence.fEnd));
    const place = phone ? null : (venueIn(article, sentence.fStart, to) ?? (before ? venueIn(article, before.sentence.fStart, before.sentence.fEnd) : null));
    const meeting: MeetingFinding = { participants: [], location: place?.city ?? null, date: when.date, mode: phone ? "phone" : "in_person", start: sentence.fStart, end: to, offset: when.offset, sentence: sentence.index, inPerson: !phone, earlier: false, also: false, cue: cueStart, multi: false };
    const separately = inRange(lexicon.separately, article, sentence.fStart, to);
    const sets = separately ? guests.map((key) => [...hosts, key]) : [[...hosts, ...guests]];
    for (const participants of sets) added.push({ ...meeting, participants });
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.sentence - b.sentence || a.cue - b.cue);
}

/**
 * "X received the credentials of four new ambassadors at State House. They are A of B, C of D, …", "X received a courtesy
 * call from 16 heads of missions. … Among those present were A, B and C": a sentence opened by a list word
 * (guestListOpeners) or an attendance phrase (attendedAfter) after a ceremony or a reception of plural guests, within a
 * few sentences that tell no meeting and name no one but the cue's own people (what the host said to the guests may
 * stand between).
 */
function listSentence(ctx: MeetingContext, sentence: Sentence, told: Set<number>): Sentence | null {
  const { article } = ctx;
  if (![lexicon.ceremony, lexicon.pluralGuests].some((m) => inRange(m, article, sentence.fStart, sentence.fEnd))) return null;
  const own = namedKeysIn(ctx, sentence.fStart, sentence.fEnd);
  const options = { clitics: article.clitics };
  for (let s = sentence.index + 1; s < article.sentences.length && s <= sentence.index + ATTENDANCE_REACH; s++) {
    const next = article.sentences[s];
    if (told.has(next.index) || cueGroups(article, next).some((g) => !g.anaphoric)) return null;
    const opener = [lexicon.guestListOpeners, lexicon.attendedAfter].some((m) => m.matchAt(article.tokens, article.folded.text, next.first, options));
    if (opener) return next;
    if (namedKeysIn(ctx, next.fStart, next.fEnd).some((key) => !own.includes(key))) return null;
  }
  return null;
}

function endsInColon(ctx: MeetingContext, sentence: Sentence): boolean {
  return /[:：]\s*$/.test(ctx.article.folded.text.slice(sentence.fStart, sentence.fEnd));
}

/**
 * The first person named on each short line after the colon, up to the first line that names no one,
 * tells a meeting of its own or is about the host again ("وتمنى الرئيس للسفراء النجاح").
 */
function listedAfter(ctx: MeetingContext, colon: Sentence, hosts: string[]): string[] {
  const { article } = ctx;
  const guests: string[] = [];
  for (let s = colon.index + 1; s < article.sentences.length && guests.length < MAX_ITEMS; s++) {
    const item = article.sentences[s];
    const tokens = tokenIndexAt(article.tokens, item.fEnd) - tokenIndexAt(article.tokens, item.fStart);
    if (tokens > ITEM_TOKENS || cueGroups(article, item).some((g) => !g.anaphoric)) break;
    const first = namedKeysIn(ctx, item.fStart, item.fEnd)[0];
    if (first === undefined || hosts.includes(first)) break;
    if (!guests.includes(first)) guests.push(first);
  }
  return guests;
}

/** Sentences back from a ceremony's guest list within which the host is named. */
const HOST_REACH = 8;

/**
 * "Envoys of four states presented their credentials to President X at a ceremony. … The envoys who presented
 * their credentials were A, B, C and D": a ceremony whose guests only are named in its clause was told before with
 * its host alone. Going back, sentences that name no one or only that host may stand between; the closest earlier
 * ceremony cue that gave no meeting and names one person gives the host, and its place and day when the list has none.
 */
export function withCeremonyHosts(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const told = new Set(found.map((m) => m.sentence));
  for (const meeting of found) {
    if (meeting.participants.length < 2 || meeting.mode !== "in_person" || !inRange(lexicon.ceremony, article, meeting.start, meeting.end)) continue;
    const host = hostBefore(ctx, meeting, told);
    if (!host) continue;
    meeting.participants = [host.key, ...meeting.participants];
    meeting.location ??= venueIn(article, host.sentence.fStart, host.sentence.fEnd)?.city ?? null;
    if (meeting.date === null) {
      const group = cueGroups(article, host.sentence).find((g) => !g.anaphoric)!;
      const when = dateOf(ctx, group, host.sentence.fStart, host.sentence.fEnd);
      meeting.date = when.date;
      meeting.offset = when.offset;
    }
  }
  return found;
}

/** The one person an earlier ceremony report names, when it gave no meeting of its own (see withCeremonyHosts). */
function hostBefore(ctx: MeetingContext, meeting: MeetingFinding, told: Set<number>): { key: string; sentence: Sentence } | null {
  const { article } = ctx;
  let only: string | null = null;
  for (let s = meeting.sentence - 1; s >= Math.max(0, meeting.sentence - HOST_REACH); s--) {
    const sentence = article.sentences[s];
    const named = namedKeysIn(ctx, sentence.fStart, sentence.fEnd);
    if (named.length === 0) continue;
    if (told.has(s) || named.length !== 1 || (only !== null && named[0] !== only) || meeting.participants.includes(named[0])) return null;
    // "در مراسم استقبال فرودگاه، X نیز حضور داشت": one who attended the meeting told before hosts no later ceremony.
    if ([...attendeeRefs(ctx, sentence)].some((r) => r.key === named[0])) return null;
    only = named[0];
    const group = cueGroups(article, sentence).find((g) => !g.anaphoric);
    if (group && !hasPlanned(article, sentence.fStart, sentence.fEnd) && inRange(lexicon.ceremony, article, sentence.fStart, sentence.fEnd)) return { key: only, sentence };
  }
  return null;
}
