/**
 * People told apart from the meeting's own clause: attendees ("حضر اللقاء X", "بحضور", "in the
 * presence of", "در این دیدار X نیز حضور داشت") and heads of delegations named after talks told with
 * no one named.
 */
import { lastLetterAt, type Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { listFrom } from "../quotes/plural-subject.ts";
import { isCounterpartWord } from "../titles.ts";
import { range, tokenIndexAt } from "../tokens.ts";
import { cueGroups, hasPlanned, isPhone } from "./clauses.ts";
import { markBefore, namedKeysIn, refsIn, type CueGroup, type MeetingContext, type MeetingFinding } from "./context.ts";
import { companionPhrases, lexicon } from "./lexicon.ts";
import { dateOf } from "./when.ts";
import { venueIn } from "./where.ts";

/** A meeting cue in one of the sentences just before, after the last meeting found, that gave no meeting (no one named there). */
export function untoldMeeting(ctx: MeetingContext, sentence: Sentence, previous: MeetingFinding | undefined): { sentence: Sentence; group: CueGroup } | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - DELEGATION_REACH) && s > (previous?.sentence ?? -1); s--) {
    const before = ctx.article.sentences[s];
    const group = cueGroups(ctx.article, before).find((g) => !g.anaphoric);
    if (group && !hasPlanned(ctx.article, before.fStart, before.fEnd)) return { sentence: before, group };
  }
  return null;
}

/** Sentences before the heads of delegations are named within which the talks they led are told. */
const DELEGATION_REACH = 2;

/** Tokens after a "delegation led by" phrase within which its head is named. */
const HEAD_REACH = 4;

/**
 * Talks told with no one named, whose delegations' heads a sentence after names ("Consultations
 * were held in Vienna. The Iranian side was led by X and the Austrian side was headed by Y";
 * "وترأس الوفد … X"): a meeting of the heads, placed like the talks.
 */
export function withDelegations(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const told = new Set(found.map((m) => m.sentence));
  const added: MeetingFinding[] = [];
  article.sentences.forEach((sentence, s) => {
    const heads: string[] = [];
    for (const m of lexicon.delegationHead.findIn(tokens, text, sentence.first, sentence.after, options)) {
      const ref = refsIn(ctx, tokens[m.after - 1].end, sentence.fEnd).find((r) => r.first - m.after <= HEAD_REACH && ctx.entities.get(r.key)?.named !== false);
      if (ref && !heads.includes(ref.key)) heads.push(ref.key);
    }
    if (heads.length === 0 || told.has(s)) return;
    for (let back = s; back >= Math.max(0, s - DELEGATION_REACH); back--) {
      const talks = article.sentences[back];
      const group = cueGroups(article, talks).find((g) => !g.anaphoric);
      if (!group || (back !== s && told.has(back)) || hasPlanned(article, talks.fStart, talks.fEnd)) continue;
      const others = back === s ? [] : namedKeysIn(ctx, talks.fStart, talks.fEnd);
      const participants = [...new Set([...others, ...heads])];
      if (participants.length < 2) return;
      const place = venueIn(article, talks.fStart, talks.fEnd);
      const phone = isPhone(article, talks.fStart, talks.fEnd);
      added.push({ participants, location: phone ? null : place?.city ?? null, date: null, mode: phone ? "phone" : "in_person", start: talks.fStart, end: sentence.fEnd, offset: null, sentence: back, inPerson: !phone, earlier: false, also: false, cue: tokens[group.first].start, multi: false });
      return;
    }
  });
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.sentence - b.sentence || a.cue - b.cue);
}

/**
 * "X had meetings with his Indian and Thai counterparts in Kazan. … X and his Thai counterpart Y agreed to …": talks whose
 * other side the cue's sentence leaves unnamed (so they gave no meeting), and a sentence after them, telling no meeting of
 * its own, whose subject is one of their people joined by "and" to a counterpart phrase naming someone: those two met.
 * The talks must speak of counterparts: "X spoke at the forum" leaves no one unnamed.
 * Placed and dated like the talks.
 */
export function withCounterpartsNamedAfter(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const { tokens } = article;
  const told = new Set(found.map((m) => m.sentence));
  const added: MeetingFinding[] = [];
  for (const sentence of article.sentences) {
    if (told.has(sentence.index) || cueGroups(article, sentence).some((g) => !g.anaphoric)) continue;
    const pair = subjectWithCounterpart(ctx, sentence);
    if (!pair) continue;
    const talks = untoldMeeting(ctx, sentence, found.filter((m) => m.sentence < sentence.index).at(-1));
    // The talks name their subject, and no one else but the counterpart, whom they leave a counterpart ("with his Thai counterpart").
    const inTalks = talks ? namedKeysIn(ctx, talks.sentence.fStart, talks.sentence.fEnd) : [];
    if (!talks || !inTalks.includes(pair[0]) || !inTalks.every((key) => pair.includes(key))) continue;
    if (!range(talks.sentence.first, talks.sentence.after).some((k) => isCounterpartWord(tokens[k].text, article.clitics))) continue;
    added.push(namedAfterTalks(ctx, talks, sentence, pair));
  }
  return withAdded(found, added);
}

/**
 * "The top nuclear envoys of A, B and C held a phone call on Thursday. X, …, Y, … and Z agreed to …": a meeting told with
 * no one named (so it gave no meeting), and the sentence after it, telling no meeting of its own, opening with a list of
 * named people (listFrom, titles set off by commas allowed): they are its people, placed and dated like it.
 */
export function withListNamedAfter(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const told = new Set(found.map((m) => m.sentence));
  const added: MeetingFinding[] = [];
  for (const sentence of article.sentences) {
    if (told.has(sentence.index) || cueGroups(article, sentence).some((g) => !g.anaphoric)) continue;
    const refs = refsIn(ctx, sentence.fStart, sentence.fEnd);
    const first = refs[0];
    if (!first || first.first !== sentence.first || ctx.entities.get(first.key)?.named === false) continue;
    const list = listFrom(article, ctx.refs, first, true).filter((key) => ctx.entities.get(key)?.named !== false);
    if (list.length < 2) continue;
    const talks = untoldMeeting(ctx, sentence, found.filter((m) => m.sentence < sentence.index).at(-1));
    if (!talks || talks.sentence.index !== sentence.index - 1 || told.has(talks.sentence.index)) continue;
    // The talks name no one: one side named there leaves the list's other people to be someone else ("X held talks with his Thai counterpart. X and Y agreed").
    if (namedKeysIn(ctx, talks.sentence.fStart, talks.sentence.fEnd).length > 0) continue;
    added.push(namedAfterTalks(ctx, talks, sentence, list));
  }
  return withAdded(found, added);
}

/** The meeting of talks told with no one named, whose people a later sentence names: placed and dated like the talks. */
function namedAfterTalks(ctx: MeetingContext, talks: { sentence: Sentence; group: CueGroup }, sentence: Sentence, participants: string[]): MeetingFinding {
  const { article } = ctx;
  const place = venueIn(article, talks.sentence.fStart, talks.sentence.fEnd);
  const phone = isPhone(article, talks.sentence.fStart, talks.sentence.fEnd);
  const when = dateOf(ctx, talks.group, talks.sentence.fStart, talks.sentence.fEnd);
  return { participants, location: phone ? null : place?.city ?? null, date: when.date, mode: phone ? "phone" : "in_person", start: talks.sentence.fStart, end: sentence.fEnd, offset: when.offset, sentence: talks.sentence.index, inPerson: !phone, earlier: false, also: false, cue: article.tokens[talks.group.first].start, multi: participants.length > 2 };
}

/** The meetings found with the ones added, in the order they are told. */
function withAdded(found: MeetingFinding[], added: MeetingFinding[]): MeetingFinding[] {
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.sentence - b.sentence || a.cue - b.cue);
}

/** "X and his Thai counterpart Y …" opening a sentence: the two named people, X first; null when the sentence opens otherwise. */
function subjectWithCounterpart(ctx: MeetingContext, sentence: Sentence): [string, string] | null {
  const { tokens } = ctx.article;
  const named = (r: PersonRef) => ctx.entities.get(r.key)?.named !== false;
  const refs = refsIn(ctx, sentence.fStart, sentence.fEnd);
  const subject = refs[0];
  if (!subject || subject.first !== sentence.first || subject.kind === "counterpart" || !named(subject)) return null;
  const counterpart = refs.find((r) => r.first === subject.after + 1 && r.kind === "counterpart" && r.key !== subject.key && named(r));
  if (!counterpart || !COORDINATORS.has(tokens[subject.after].text) || !refs.some((r) => r.key === counterpart.key && r.kind === "name" && r.first === counterpart.after)) return null;
  return [subject.key, counterpart.key];
}

/** Sentences before an attendance clause within which the meeting it refers back to is told (English reports often tell the talks over a few paragraphs and name who attended last). */
export const ATTENDANCE_REACH = 5;

/**
 * References of the people a sentence says were present ("حضر اللقاء X، وY", "بحضور X", "in the
 * presence of X", "X نیز حضور داشت"). They take part in the meeting (conventions: named attendees
 * are participants), but are no counterpart of their own when a list is split (bySide).
 */
export function attendeeRefs(ctx: MeetingContext, sentence: Sentence): Set<PersonRef> {
  let known = attendance.get(ctx);
  if (!known) attendance.set(ctx, (known = new Map()));
  let out = known.get(sentence.fStart);
  if (!out) known.set(sentence.fStart, (out = findAttendees(ctx, sentence)));
  return out;
}

/** attendeeRefs of each sentence, found once per article. */
const attendance = new WeakMap<MeetingContext, Map<number, Set<PersonRef>>>();

function findAttendees(ctx: MeetingContext, sentence: Sentence): Set<PersonRef> {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const out = new Set<PersonRef>();
  const refs = refsIn(ctx, sentence.fStart, sentence.fEnd);
  if (refs.length === 0) return out;
  const lastRef = refs[refs.length - 1].first;
  /** Whether a clause mark stands between token k - 1 and token k. */
  /** Whether token k starts another clause: a with-word, a speech verb, a quotation. */
  // ("and" is a with-word in English, but in "attended by A and B" it continues the list.)
  const stop = (k: number) => (lexicon.withWords.has(tokens[k].text) && !COORDINATORS.has(tokens[k].text)) || lexicon.speechVerbs.matchAt(tokens, text, k, options) !== null || (k > 0 && /[:«»“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start)));
  // "حضر … X، الممثل الخاص للرئيس الروسي": the one an attendee is the envoy of, right after the envoy words, is not there.
  const envoys = lexicon.envoyOf.findIn(tokens, text, sentence.first, sentence.after, options);
  // Arabic writes the principal with ل ("للرئيس"); without it the name after "الممثل الخاص" is the envoy's own.
  const principal = (r: PersonRef) => envoys.some((e) => e.after === r.first && (!article.clitics || /^ل/.test(tokens[r.first].text)));
  // "حضر اللقاء كل من X، وY، وZ": the people after the phrase, up to another clause or cue; a list may run over commas.
  for (const m of lexicon.attendedAfter.findIn(tokens, text, sentence.first, sentence.after, options)) {
    // "تحيات حضرة صاحب الجلالة": the honorific حضرة folds like "حضره" (attended it); the source's teh marbuta tells them apart.
    if (m.after - m.first === 1 && tokens[m.first].text.endsWith("حضره") && lastLetterAt(article, m.first) === "ة") continue;
    let end = m.after + 1;
    while (end < sentence.after && end <= lastRef && !stop(end) && lexicon.cues.matchAt(tokens, text, end, options) === null) end++;
    for (const r of refs) if (r.first >= m.after && r.first < end && !principal(r)) out.add(r);
  }
  // "لاوروف معاون وزیر و کری دستیار وزیر و مدیرکل آسیا حضور داشتند", "Lavrov, the deputy minister, and Kerry were also
  // present": a list item that holds a person and no cue but one referring back ("در این دیدار X …") continues the list, and so
  // does an item with no cue before one that opens with a person. `end` is the first token after the item.
  const anaphoric = article.clitics ? lexicon.anaphoric.arabic : lexicon.anaphoric.other;
  const itemBefore = (end: number) => {
    let first = end - 1;
    while (first - 1 >= sentence.first && end - first < LIST_ITEM_REACH && !markBefore(article, first) && !COORDINATORS.has(tokens[first - 1].text) && !stop(first - 1)) first--;
    for (let k = first; k < end; k++) if (lexicon.cues.matchAt(tokens, text, k, options) !== null && !anaphoric.has(tokens[k - 1]?.text ?? "")) return { named: false, plain: false, enumerated: false };
    // "نماینده مردم تهران، ری، شمیرانات و پردیس": a lone word set off by commas is an item of a list inside a title.
    return { named: refs.some((r) => r.first >= first && r.after <= end), plain: true, enumerated: end - first === 1 && markBefore(article, first) };
  };
  // "X نیز در این دیدار حضور داشت": the people of the clause before the phrase.
  // "The meeting was also attended by X": a phrase after the people ("also attended") inside a longer one before them
  // ("also attended by") is that one's.
  const after = lexicon.attendedAfter.findIn(tokens, text, sentence.first, sentence.after, options);
  for (const m of lexicon.attendedBefore.findIn(tokens, text, sentence.first, sentence.after, options)) {
    if (after.some((a) => a.first <= m.first && m.after < a.after)) continue;
    let start = m.first;
    for (;;) {
      if (start - 1 < sentence.first || stop(start - 1)) break;
      // "Lavrov, Putin and Rouhani were also present": a comma or coordinator between two people continues the list of attendees.
      const between = markBefore(article, start) ? start : COORDINATORS.has(tokens[start - 1].text) ? start - 1 : null;
      if (between !== null && !(refs.some((r) => r.first === start) && refs.some((r) => r.after === between)) && !continuesList(refs.some((r) => r.first === start), itemBefore(between))) break;
      start = between !== null && between < start ? between : start - 1;
    }
    for (const r of refs) if (r.first >= start && r.after <= m.first && !principal(r)) out.add(r);
    // "X, who attended the talks alongside his counterpart Y, …": the person right after a companion phrase attended too.
    const along = companionPhrases(tokens, text, m.after, Math.min(sentence.after, m.after + 1), options)[0];
    const companion = along ? refs.find((r) => r.first >= along.after && r.first <= along.after + COMPANION_TITLE_WORDS) : undefined;
    if (companion && !refs.some((r) => r.first >= along!.after && r.first < companion.first)) out.add(companion);
  }
  return out;
}

/**
 * Whether a list of attendees goes on past a comma or coordinator, given whether the item after it opens with a person and the
 * item before it: one with a person, a plain one before a person, or a lone word between commas (a list of places in a title).
 */
function continuesList(nextOpensNamed: boolean, item: { named: boolean; plain: boolean; enumerated: boolean }): boolean {
  return item.named || (item.plain && (nextOpensNamed || item.enumerated));
}

/** Words of a title between a companion phrase after an attendance phrase and the person it names ("alongside his Kenyan counterpart Y"). */
const COMPANION_TITLE_WORDS = 4;

/** Tokens of one item of a list of attendees: a name and its title ("کری دستیار وزیر و مدیرکل آسیا"). */
const LIST_ITEM_REACH = 12;

/**
 * Attendance told in a clause of its own after the meeting ("… استقبل X Y. حضر اللقاء Z.", "در این
 * دیدار Z نیز حضور داشت", "Also present were Z and W"): the attendees join the last meeting told
 * before, within a few sentences; a plural or dual meeting word ("حضر الاستقبالين", "the meetings")
 * adds them to each meeting of the same people told in that stretch.
 */
export function withAttendees(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const retold = new Set<MeetingFinding>();
  for (const sentence of article.sentences) {
    const present = [...attendeeRefs(ctx, sentence)];
    if (present.length === 0) continue;
    const again = toldAgain(ctx, sentence, present, found);
    // The sentence's own report of that meeting ("The meeting with Y …") is that meeting told again.
    if (again) for (const m of found) if (m.sentence === sentence.index) retold.add(m);
    const recent = found.filter((m) => m.sentence <= sentence.index && m.sentence >= sentence.index - ATTENDANCE_REACH && m.start < present[0].start);
    const last = again ?? recent.filter((m) => !m.earlier).at(-1) ?? reportedBefore(sentence, recent, found) ?? recent.at(-1) ?? companionsOfSide(ctx, sentence, present[0], found);
    if (!last) continue;
    const all = lexicon.attendedAll.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics }).length > 0;
    const phrases = [lexicon.attendedBefore, lexicon.attendedAfter].flatMap((m) => m.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics }));
    const single = !all && last.sentence < sentence.index && phrases.some((a) => range(a.first, a.after).some((k) => lexicon.occasionNouns.has(tokens[k].text)));
    const split = single ? found.filter((m) => m.sentence === last.sentence && m.cue === last.cue && !m.multi) : [];
    // "X met A, and B, at Government House. Present at the meeting were C and D": attendees of one meeting, told on their own,
    // show that the counterparts a list split met together (conventions R-list); merge keeps one meeting of them all.
    if (split.length > 1) {
      const together = [...new Set(split.flatMap((m) => m.participants))];
      for (const m of split) { m.participants = [...together]; m.multi = true; }
    }
    const targets = all ? found.filter((m) => m.sentence >= sentence.index - ATTENDANCE_REACH && m.start <= last.start && m.participants.some((p) => last.participants.includes(p))) : split.length > 1 ? split : again ? found.filter((m) => m.mode === again.mode && sameSet(m.participants, again.participants)) : [last];
    const keys = present.map((r) => r.key).filter((key) => ctx.entities.get(key)?.named !== false);
    // "Biden spoke with Netanyahu. Harris also joined the call.": joining a call tells how a meeting with no place was held.
    const call = phrases.some((a) => range(a.first, a.after).some((k) => lexicon.callNouns.has(tokens[k].text)));
    for (const meeting of targets) {
      // Attendees told inside the meeting's own clause are already there; someone who is a side of it is not an attendee.
      for (const key of keys) if (!meeting.participants.includes(key)) meeting.participants.push(key);
      if (call && meeting.mode === "in_person" && !meeting.inPerson && meeting.location === null) meeting.mode = "phone";
    }
  }
  return found.filter((m) => !retold.has(m));
}

/**
 * "X received Y … [paragraphs] … Y recalled meeting Z in 2019 … Present at the meeting was A": when the only meetings told
 * within ATTENDANCE_REACH are earlier ones, recalled in passing, the attendees are of the meeting the article reports, the
 * last one told before them that is not earlier (within SIDE_ATTENDANCE_REACH).
 */
function reportedBefore(sentence: Sentence, recent: MeetingFinding[], found: MeetingFinding[]): MeetingFinding | undefined {
  if (recent.length === 0) return undefined;
  return found.filter((m) => m.sentence < sentence.index && sentence.index - m.sentence <= SIDE_ATTENDANCE_REACH && !m.earlier).at(-1);
}

/** Whether two lists hold the same people. */
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((key) => b.includes(key));

/**
 * "X received Y … Earlier, X spoke by phone with Z. The meeting with Y was also attended by A": an attendance sentence that
 * names before its attendees only one side of an earlier meeting (and tells no meeting of anyone else) tells who attended that
 * meeting (and every report of it with the same people), not the one told last.
 */
function toldAgain(ctx: MeetingContext, sentence: Sentence, present: PersonRef[], found: MeetingFinding[]): MeetingFinding | undefined {
  const subject = namedKeysIn(ctx, sentence.fStart, present[0].start);
  if (subject.length === 0) return undefined;
  const attendees = new Set(present.map((r) => r.key));
  const own = found.filter((m) => m.sentence === sentence.index);
  // "X received Y in the presence of A" tells a meeting of its own, with both its sides; "The meeting with Y", with the
  // article and a single side named, tells the one before again.
  const told = (m: MeetingFinding) => lexicon.definiteArticles.has(ctx.article.tokens[tokenIndexAt(ctx.article.tokens, m.cue) - 1]?.text ?? "");
  if (own.length === 0 || !own.every(told) || !own.every((m) => m.participants.every((key) => subject.includes(key) || attendees.has(key)) && m.participants.filter((key) => subject.includes(key)).length < 2)) return undefined;
  return found.filter((m) => m.sentence < sentence.index && subject.every((key) => m.participants.includes(key))).at(-1);
}

/** Sentences back from an attendance clause whose subject is a side of the meeting within which that meeting is told. */
const SIDE_ATTENDANCE_REACH = 12;

/**
 * "President X received Ambassador Y … [what each said, over several paragraphs] … The outgoing ambassador was accompanied by
 * A and B": an attendance clause past ATTENDANCE_REACH whose subject, before the first attendee, is a side of the last
 * meeting told (within SIDE_ATTENDANCE_REACH, and none told since) tells who came with that side to it.
 */
function companionsOfSide(ctx: MeetingContext, sentence: Sentence, first: PersonRef, found: MeetingFinding[]): MeetingFinding | undefined {
  const last = found.filter((m) => m.sentence < sentence.index).at(-1);
  if (!last || sentence.index - last.sentence > SIDE_ATTENDANCE_REACH) return undefined;
  const subject = refsIn(ctx, sentence.fStart, first.start);
  return subject.some((r) => last.participants.includes(r.key)) ? last : undefined;
}

/**
 * "A delegation headed by X along with Y … . The delegation held talks with Z", "هیئت … به ریاست X …
 * این هیئت با Z دیدار کرد": a delegation that is the subject of a meeting's sentence (named before any
 * person there, but for the people met after a with-word) stands for its head and the people told as
 * travelling with them, when the article named its head before. Null when it names no such delegation.
 */
export function delegationMembers(ctx: MeetingContext, sentence: Sentence, group: CueGroup): string[] | null {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const noun = lexicon.delegation.findIn(tokens, text, sentence.first, sentence.after, options)[0];
  if (!noun) return null;
  const named = (r: PersonRef) => ctx.entities.get(r.key)?.named !== false;
  const before = refsIn(ctx, sentence.fStart, tokens[noun.first].start).filter(named);
  const met = new Set(before.filter((r) => afterWithWord(article, r)).map((r) => r.key));
  if (!before.every((r) => met.has(r.key))) return null;
  // The delegation's head, named the last time before this cue, and who came along with them in that sentence.
  const cueStart = tokens[group.first].start;
  const head = delegationHeads(ctx).filter((m) => tokens[m.first].start < cueStart).at(-1);
  if (!head) return null;
  const headSentence = article.sentences[article.sentenceOfToken[head.first]];
  if (!headSentence) return null;
  const leader = refsIn(ctx, tokens[head.after - 1].end, headSentence.fEnd).find((r) => r.first - head.after <= HEAD_REACH && named(r));
  if (!leader) return null;
  const along = companionPhrases(tokens, text, leader.after, headSentence.after, options)[0];
  const others = along ? refsIn(ctx, tokens[along.after - 1].end, headSentence.fEnd).filter(named).map((r) => r.key) : [];
  return [...new Set([leader.key, ...others])];
}

/** "delegation led by" phrases of the article, found once (delegationMembers looks back from each cue). */
function delegationHeads(ctx: MeetingContext): { first: number; after: number }[] {
  let heads = headsOf.get(ctx);
  if (!heads) {
    const { article } = ctx;
    headsOf.set(ctx, (heads = lexicon.delegationHead.findIn(article.tokens, article.folded.text, 0, article.tokens.length, { clitics: article.clitics })));
  }
  return heads;
}

const headsOf = new WeakMap<MeetingContext, { first: number; after: number }[]>();

/** Whether a with-word ("با", "مع", "with") stands right before the reference, or one word before it ("with Mr. X"). */
function afterWithWord(article: { tokens: { text: string }[] }, ref: PersonRef): boolean {
  return [ref.first - 1, ref.first - 2].some((k) => k >= 0 && lexicon.withOther.has(article.tokens[k].text));
}
