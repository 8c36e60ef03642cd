/**
 * Meetings that happened: in person or by phone, reported with a cue word (دیدار، مذاکرات،
 * تماس تلفنی؛ التقى، محادثات، اتصال هاتفي؛ met, talks, phone call). Participants are the people
 * referred to in the cue's clause (names, titles, counterpart phrases, plural titles, countries
 * after "with" standing for their representative), the people present, plus the speaker when the
 * cue is inside their quote, the subject when it is a pronoun and the one met when an object pronoun
 * stands for them, a delegation's head and companions; a list of counterparts gives one meeting each
 * unless the text puts them together. Planned, hypothetical, called-off or denied meetings are left
 * out; the same meeting mentioned again is merged, and a mention referring back ("این دیدار") gives
 * it its date and place. Cue words are in data/meetings.json. The parts, one concern each:
 * clauses.ts (cues and their clauses), participants.ts (who took part), bystanders.ts (who was
 * named but did not), sides.ts (one meeting per counterpart or one together), attendance.ts
 * (people told apart, delegations), listed.ts (guests listed in lines after a colon, or in the
 * sentence after), when.ts and where.ts (date and place), merge.ts (one entry per meeting).
 */
import { isCapitalizedAt, type ArticleText, type Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import { isHonorific } from "../names/index.ts";
import { fold } from "../normalize.ts";
import type { PersonRef } from "../persons/index.ts";
import { isArabicScript, range, tokenIndexAt, type Token } from "../tokens.ts";
import { ATTENDANCE_REACH, attendeeRefs, delegationMembers, untoldMeeting, withAttendees, withCounterpartsNamedAfter, withDelegations, withListNamedAfter } from "./attendance.ts";
import { isSpokesperson, possessorOf, toldOf, withoutBystanders } from "./bystanders.ts";
import { clauseBreakAfter, clauseEnd, cueGroups, hasPlanned, isInterview, isJoinedEvent, isPhone, isPurpose, ownStart, startsRelative, zoneAround } from "./clauses.ts";
import { datesIn, inRange, markBefore, namedKeysIn, refsIn, type CueGroup, type MeetingContext, type MeetingFinding } from "./context.ts";
import { lexicon, withWordBetween } from "./lexicon.ts";
import { withCeremonyHosts, withListedGuests } from "./listed.ts";
import { merge } from "./merge.ts";
import { afterWith, droppedSubject, participantsIn, saidThenBy, subjectOf, titledSubjectNamedLater } from "./participants.ts";
import { bySide, companionsIn, otherSideUnnamed, onlyWithListNamed } from "./sides.ts";
import { dateOf, inAnotherMonth } from "./when.ts";
import { inheritLocations, venueIn, withPresence } from "./where.ts";

export type { MeetingContext, MeetingFinding } from "./context.ts";

/** Finds the meetings an article reports as held. */
export function findMeetings(ctx: MeetingContext): MeetingFinding[] {
  const found: MeetingFinding[] = [];
  for (const sentence of ctx.article.sentences) {
    const groups = cueGroups(ctx.article, sentence);
    const own = found.length;
    let prevAfter: number | null = null;
    groups.forEach((cue, g) => {
      const group = tellsItsOwn(ctx, sentence, cue, found) ? { ...cue, anaphoric: false } : cue;
      if (group.anaphoric) referBack(ctx, sentence, group, groups[g + 1]?.first ?? null, found);
      const made = group.anaphoric ? [] : meetingsAt(ctx, sentence, group, prevAfter, groups[g + 1]?.first ?? null, found.at(-1), found.slice(own));
      found.push(...made);
      if (made.length > 0 || !leavesSubject(ctx, group) || closesCoordinatedClause(ctx, sentence, group, found.length > own)) prevAfter = group.after;
    });
  }
  return withPresence(ctx, inheritLocations(withHeadlines(ctx, merge(ctx, withAttendees(ctx, withListedGuests(ctx, withCeremonyHosts(ctx, withListNamedAfter(ctx, withCounterpartsNamedAfter(ctx, withDelegations(ctx, found))))))))));
}

/**
 * Whether a cue referring back refers back to no meeting found and tells its own: "X told Y during their meeting that
 * …", "X shook hands with Y before their talks" (a possessive, with no meeting told before in the article); "… اعلام کرد
 * که دو کشور مذاکرات سیاسی برگزار کرده‌اند. این مذاکرات به رهبری A و B برگزار شد" (its leaders named after it, with no
 * meeting found just before).
 */
function tellsItsOwn(ctx: MeetingContext, sentence: Sentence, cue: CueGroup, found: MeetingFinding[]): boolean {
  if (!cue.anaphoric) return false;
  const possessive = lexicon.possessive.has(ctx.article.tokens[cue.first - 1]?.text ?? "");
  return (possessive && found.length === 0) || (!nearLastMeeting(found, sentence) && ledInClause(ctx, sentence, cue)) || (found.length === 0 && namedWithAfter(ctx, cue));
}

/**
 * "معاون وزیر در تماس تلفنی با همتای عمانی خود گفتگو کرد. X در این تماس با Y، …": a cue referring back to a meeting whose
 * people went unnamed (so none was found before it in the article), with a named person right after its with-word, tells that
 * meeting with its people. (After a meeting found, "پیش از این نشست با Y دیدار کرده بود" points back to it, and its with-word is
 * the later verb's.)
 */
function namedWithAfter(ctx: MeetingContext, cue: CueGroup): boolean {
  const { tokens } = ctx.article;
  if (!lexicon.withOther.has(tokens[cue.after]?.text ?? "")) return false;
  return ctx.refs.some((r) => r.first > cue.after && r.first - cue.after <= 1 + WELCOMED_HONORIFICS && ctx.entities.get(r.key)?.named !== false);
}

/**
 * "X پس از دور ششم گفتگوهای راهبردی دو کشور طی نشستی با Y …", "X که برای شرکت در نشست Z به آنجا رفته، در حاشیه
 * این نشست با Y دیدار کرد": a cue noun with no with-word after it that gives no meeting, or one referring back, names
 * only the occasion; the subject before it is still the next cue's.
 */
function leavesSubject(ctx: MeetingContext, group: CueGroup): boolean {
  // "X برای گفتگو با مقامات وارد تهران شد و مورد استقبال Y قرار گرفت": the purpose of a trip with no one named as its
  // counterpart holds no meeting either (one naming a person, "برای دیدار با Y … رفت", still tells of that meeting).
  const purposeOnly = isPurpose(ctx.article, group) && !ctx.refs.some((r) => r.first === group.after + 1);
  return group.anaphoric || purposeOnly || !lexicon.withOther.has(ctx.article.tokens[group.after]?.text ?? "");
}

/**
 * "X در نخستین دیدار خود با A گفت‌وگو کرد و سپس به … رفت و با B دیدار کرد": a cue verb that only closes the clause of a
 * meeting already found in the sentence, with "و" after its past verb, ends that clause; the next cue's people start after it
 * (A is not B's counterpart), and its subject is the one left unsaid (coordinatedSubject).
 */
function closesCoordinatedClause(ctx: MeetingContext, sentence: Sentence, group: CueGroup, foundBefore: boolean): boolean {
  return foundBefore && pastVerbEnd(ctx, sentence, group) !== sentence.fEnd;
}

/**
 * "X فردا با Y دیدار می‌کند", "X در این سفر در دیدار با Y … رایزنی می‌کند": a Persian cue whose clause ends in a verb of
 * meeting in the present tense tells of a scheduled meeting, not a held one. The clause runs from the cue to the next mark
 * or past verb ("X دیروز با Y دیدار کرد و امروز با Z دیدار می‌کند": the first was held).
 */
function scheduled(ctx: MeetingContext, sentence: Sentence, group: CueGroup): boolean {
  const { tokens } = ctx.article;
  const text = ctx.article.folded.text;
  for (const g of cueGroups(ctx.article, sentence)) {
    if (g.first < group.first) continue;
    if (g.first > group.first && /[،,:;؛]/.test(text.slice(tokens[group.after - 1].end, tokens[g.first].start))) return false;
    if (lexicon.finiteVerbEnds.has(tokens[g.after - 1].text) || lexicon.finiteVerbEnds.has(tokens[g.after]?.text ?? "")) return false;
    if (g.after < sentence.after && lexicon.presentAfterCue.matchAt(tokens, text, g.after, { clitics: ctx.article.clitics })) return true;
  }
  return false;
}

/**
 * The subject of the meeting told just before in the sentence when its clause ended in a past verb with "و" right after it
 * (at token `prevAfter`): Persian leaves the subject of a coordinated clause unsaid. Null otherwise.
 */
function coordinatedSubject(ctx: MeetingContext, sentence: Sentence, prevAfter: number | null, siblings: MeetingFinding[]): string | null {
  const last = siblings.at(-1);
  if (prevAfter === null || !last || last.sentence !== sentence.index) return null;
  const { tokens } = ctx.article;
  const verb = [prevAfter - 1, prevAfter].find((k) => k < sentence.after && lexicon.finiteVerbEnds.has(tokens[k].text));
  return verb !== undefined && verb + 1 < sentence.after && COORDINATORS.has(tokens[verb + 1].text) ? last.participants[0] : null;
}

/**
 * "X دیروز با A دیدار و گفتگو کرد و امروز با B …": a Persian cue whose past verb is followed by "و" ends its clause there;
 * the people after it are the next clause's. The end of the sentence otherwise.
 */
function pastVerbEnd(ctx: MeetingContext, sentence: Sentence, group: CueGroup): number {
  const { tokens } = ctx.article;
  const verb = [group.after - 1, group.after].find((k) => k < sentence.after && lexicon.finiteVerbEnds.has(tokens[k].text));
  return verb !== undefined && verb + 1 < sentence.after && COORDINATORS.has(tokens[verb + 1].text) ? tokens[verb].end : sentence.fEnd;
}

/** Words between a fronted cue noun and its with-word ("در دیدار خود با", "در دیدار جداگانه با"). */
const FRONTED_WITH_GAP = 1;

/** Words of a title no reference covers between a counterpart and the next one of the list ("با X معاون وزیر و Y"). */
const UNNAMED_TITLE_WORDS = 8;

/**
 * "پزشکیان در دیدار با السودانی یاد سلیمانی را گرامی داشت", "عراقچی در دیدار با گروسی درباره اظهارات نتانیاهو گفتگو کرد": a
 * Persian cue noun in a fronted phrase (در، طی، ضمن … با) whose subject is named before it has its counterparts in the list
 * right after the with-word; people named later in the clause are in what the subject did there, not at the meeting (people
 * present, "با حضور X", are read from the whole sentence: withAttendees). The end of that list; the end of the sentence when
 * the cue stands otherwise.
 */
function frontedWithEnd(ctx: MeetingContext, sentence: Sentence, group: CueGroup, from: number): number {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (article.clitics || group.first === 0 || !isArabicScript(tokens[group.first].text) || !lexicon.frontedOpeners.findIn(tokens, text, group.first - 1, group.first, options).some((m) => m.after === group.first)) return sentence.fEnd;
  const withWord = range(group.after, Math.min(sentence.after, group.after + FRONTED_WITH_GAP + 1)).find((k) => lexicon.withOther.has(tokens[k].text));
  if (withWord === undefined || /[،,:;؛]/.test(text.slice(tokens[group.after - 1].end, tokens[withWord].start))) return sentence.fEnd;
  if (refsIn(ctx, from, tokens[group.first].start).length === 0) return sentence.fEnd;
  const refs = refsIn(ctx, tokens[withWord].end, sentence.fEnd);
  let last = refs.find((r) => r.first - withWord <= 1 + WELCOMED_HONORIFICS);
  if (!last) return sentence.fEnd;
  for (;;) {
    const item: PersonRef = last;
    // The same person's title or name written right after, or the next person after a comma or "و", past words of a title no
    // reference covers; not past a topic, an object marker or another with-word.
    let next: PersonRef | undefined = refs.find((r) => r.first === item.after && (r.key === item.key || markBefore(article, r.first)));
    for (let k = item.after; !next && k < sentence.after && k - item.after <= UNNAMED_TITLE_WORDS; k++) {
      const joined = COORDINATORS.has(tokens[k].text) ? refs.find((r) => r.first === k + 1) : markBefore(article, k) ? refs.find((r) => r.first === k) : undefined;
      if (joined) { next = joined; break; }
      if (markBefore(article, k) || lexicon.withWords.has(tokens[k].text) || lexicon.objectMarker.has(tokens[k].text) || lexicon.topic.matchAt(tokens, text, k, options) || lexicon.cues.matchAt(tokens, text, k, options) || refs.some((r) => r.first === k)) break;
    }
    if (!next) return item.end;
    last = next;
  }
}

/** Whether a phrase naming the leaders of the talks (به رهبری X، برئاسة X، led by X) follows a cue in its sentence, a person right after it. */
function ledInClause(ctx: MeetingContext, sentence: Sentence, group: CueGroup): boolean {
  const { tokens, folded } = ctx.article;
  const leaders = lexicon.delegationHead.findIn(tokens, folded.text, group.after, sentence.after, { clitics: ctx.article.clitics });
  return leaders.some((m) => ctx.refs.some((r) => r.first === m.after));
}

/** Whether a meeting was found close enough before a sentence for a cue in it to refer back to. */
function nearLastMeeting(found: MeetingFinding[], sentence: Sentence): boolean {
  const last = found.at(-1);
  return !!last && sentence.index - last.sentence <= ATTENDANCE_REACH;
}

/**
 * A cue that refers back to the meeting told last ("روز شنبه ۳ مهر در این گفت‌وگوی تلفنی",
 * "خلال هذا اللقاء الذي عقد في الرياض") gives it the date and place its clause tells, when it has none.
 */
function referBack(ctx: MeetingContext, sentence: Sentence, group: CueGroup, nextFirst: number | null, found: MeetingFinding[]): void {
  const last = found.at(-1);
  if (!last || !nearLastMeeting(found, sentence)) return;
  const { tokens } = ctx.article;
  const quote = ctx.quotes.find((q) => q.start <= tokens[group.first].start && tokens[group.first].start < q.end);
  const zone = zoneAround(ctx, sentence, tokens[group.first].start, quote);
  const to = Math.min(zone.end, nextFirst !== null ? tokens[nextFirst].start : zone.end, clauseEnd(ctx.article, sentence, group));
  const same = found.filter((m) => m.sentence === last.sentence && m.cue === last.cue);
  const when = dateOf(ctx, group, zone.start, to);
  if (when.date && same.every((m) => m.date === null)) for (const m of same) { m.date = when.date; m.offset = when.offset; }
  const place = last.mode === "phone" ? null : venueIn(ctx.article, zone.start, to);
  if (place && same.every((m) => m.location === null)) for (const m of same) m.location = place.city;
}

/**
 * Meetings a headline reports ("وزیران خارجه شیلی و پرو در لیما دیدار کردند"). One the body reports
 * too only gains the headline's place or date; one the body only refers back to ("در این دیدار")
 * is added; others are left out (a headline is too terse to tell held from planned on its own).
 */
function withHeadlines(ctx: MeetingContext, body: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const referredBack = article.sentences.some((s) => cueGroups(article, s).some((g) => g.anaphoric));
  for (const line of article.lines) {
    if (line.kind !== "headline") continue;
    const tokenIndexes = [...article.lineOfToken.keys()].filter((t) => article.lineOfToken[t] === line.index);
    if (tokenIndexes.length === 0) continue;
    const first = tokenIndexes[0];
    const after = tokenIndexes[tokenIndexes.length - 1] + 1;
    const sentence: Sentence = { start: line.start, end: line.end, text: article.source.slice(line.start, line.end), index: -1, line: line.index, fStart: article.tokens[first].start, fEnd: article.tokens[after - 1].end, first, after };
    const groups = cueGroups(article, sentence);
    callInHeadline(ctx, sentence, body);
    groups.forEach((group, g) => {
      for (const meeting of meetingsAt(ctx, sentence, group, groups[g - 1]?.after ?? null, groups[g + 1]?.first ?? null)) {
        const set = [...meeting.participants].sort().join("|");
        const same = body.find((m) => m.mode === meeting.mode && [...m.participants].sort().join("|") === set);
        if (same) {
          same.location ??= meeting.location;
          same.date ??= meeting.date;
          continue;
        }
        const covered = body.some((m) => meeting.participants.every((p) => m.participants.includes(p)));
        if (!covered && referredBack) body.push(meeting);
      }
    });
  }
  return body;
}

/**
 * "PM call with President Trump: 18 September 2019" over "Boris Johnson spoke with Donald Trump": a
 * headline that names a call tells how the one body meeting of someone it names was held, when the body
 * does not say they were together (no place, no "met"); and gives its date.
 */
function callInHeadline(ctx: MeetingContext, headline: Sentence, body: MeetingFinding[]): void {
  const { article } = ctx;
  if (!isPhone(article, headline.fStart, headline.fEnd)) return;
  const named = new Set(namedKeysIn(ctx, headline.fStart, headline.fEnd));
  const theirs = body.filter((m) => m.participants.some((key) => named.has(key)));
  if (theirs.length !== 1) return;
  const [meeting] = theirs;
  if (meeting.mode === "phone" || meeting.inPerson || meeting.location !== null) return;
  meeting.mode = "phone";
  meeting.date ??= datesIn(ctx, headline.fStart, headline.fEnd).find((d) => d.iso)?.iso ?? null;
}

/**
 * "X, speaking after his meeting with Y, said Z would visit Tehran", "X, who met Y, told Z …": a speech
 * verb after the cue opens what was said; the people after it did not take part.
 */
function speechAfter(ctx: MeetingContext, sentence: Sentence, group: CueGroup): number {
  const { article } = ctx;
  const verb = lexicon.speechVerbs.findIn(article.tokens, article.folded.text, group.after, sentence.after, { clitics: article.clitics })[0];
  if (!verb) return sentence.fEnd;
  // "خلال اتصال هاتفي مع X، أكد Y أن …": an Arabic speech verb comes before its subject, who is still the meeting's.
  // "At the meeting, Zarif told Kerry that …": the one told, right after a verb of telling, took part too.
  const told = lexicon.tellVerbs.findIn(article.tokens, article.folded.text, verb.first, verb.after, { clitics: article.clitics }).length > 0;
  const next = article.clitics || told ? refsIn(ctx, article.tokens[verb.after - 1].end, sentence.fEnd).find((r) => r.first - verb.after <= 1) : undefined;
  return next ? next.end : article.tokens[verb.first].start;
}

/** Whether a "the two" phrase stands in the range ("the two ministers", "الوزيران", "دو وزیر"), not a bare plural pronoun. */
function pairIn(ctx: MeetingContext, from: number, to: number): boolean {
  const { article } = ctx;
  const { tokens } = article;
  return lexicon.bothSides.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).some((m) => m.end <= to && !BARE_PLURALS.has(article.folded.text.slice(m.start, m.end)));
}

/** The two people of a meeting of three or more who hold the same office (the two ministers a king received), else all of them. */
function samePost(ctx: MeetingContext, people: string[]): string[] {
  if (people.length <= 2) return [...people];
  const roleOf = (key: string) => ctx.entities.get(key)?.role ?? null;
  const pair = people.filter((key) => roleOf(key) !== null && people.filter((other) => roleOf(other) === roleOf(key)).length === 2);
  return pair.length === 2 ? pair : [...people];
}

/** Plural pronouns of bothSides that may stand for more than two, or for a group. */
const BARE_PLURALS = new Set(["they", "آنها", "آن ها"]);

/** How many people a counted plural in the range stands for: two for "the two ministers", three for "the three leaders" (lexicon `groupSides`), else 0. */
function sidesCountIn(ctx: MeetingContext, from: number, to: number): number {
  if (pairIn(ctx, from, to)) return 2;
  const { article } = ctx;
  const { tokens } = article;
  const group = lexicon.groupSides.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).find((m) => m.end <= to);
  const place = group ? range(group.first, group.after).map((k) => lexicon.sideNumbers.indexOf(fold(tokens[k].text))).find((i) => i >= 0) : undefined;
  return place === undefined ? 0 : place + 2;
}

/** Whether every person of a cue's clause is named there only as present at the meeting ("joined by A and B"). */
function onlyPresent(ctx: MeetingContext, sentence: Sentence, from: number, to: number, participants: string[]): boolean {
  const present = attendeeRefs(ctx, sentence);
  const refs = refsIn(ctx, from, to);
  return participants.every((key) => { const own = refs.filter((r) => r.key === key); return own.length > 0 && own.every((r) => present.has(r)); });
}

/** The people a sentence names, when it names exactly `count`. */
function countNamedIn(ctx: MeetingContext, sentence: Sentence | undefined, count: number): string[] {
  if (!sentence) return [];
  const keys = namedKeysIn(ctx, sentence.fStart, sentence.fEnd);
  return keys.length === count ? keys : [];
}

/**
 * Where a cue's people end before the next cue of the sentence: at that cue, or earlier at a with-word
 * right after a person ("علاوه بر دیدار با A با B دیدار کرد" = besides meeting A, met B), which opens the
 * next cue's clause (with that person, when a coordinator stands before them: "… و A با B گفتگو کرد"); a
 * with-word after a coordinator ("با A و با B") continues the list.
 */
function withAfterPerson(ctx: MeetingContext, group: CueGroup, nextFirst: number): number {
  const { tokens } = ctx.article;
  // "Zarif met Kerry, while Lavrov met Pompeo": the next cue's own subject opens its clause.
  const subject = subjectOfNext(ctx, group.after, nextFirst);
  if (subject !== null) return tokens[subject].start;
  for (const r of refsIn(ctx, tokens[group.after]?.start ?? tokens[nextFirst].start, tokens[nextFirst].start)) {
    if (r.after >= nextFirst || !lexicon.withOther.has(tokens[r.after].text)) continue;
    // "… و ظریف با لاوروف گفتگو کرد": a person after a coordinator is the next clause's subject.
    return COORDINATORS.has(tokens[r.first - 1]?.text ?? "") ? r.start : tokens[r.after].start;
  }
  return tokens[nextFirst].start;
}

/** Words that may stand between a later cue's subject and the cue: an adverb of `also` ("Lavrov also met", "Lavrov later received"). */
const SUBJECT_GAP = 1;

/** Most words before a meeting noun that opens its sentence as the subject ("The planned meeting …"). */
const SUBJECT_CUE_WORDS = 2;

/**
 * "Zarif met Kerry in Geneva and Lavrov met Pompeo", "…, while Lavrov met Pompeo": the token where a later cue's own
 * subject starts, when a person (or "A and B") stands right before the cue after a comma, semicolon, coordinator or
 * contrast word, and the earlier cue has a subject of its own before it. Null when the later cue has no subject of its
 * own there: a list after a with-word ("با کری و لاوروف گفتگو کرد"), a fronted phrase whose subject is the later one's
 * ("After meeting with Kerry, Zarif was received"), or the earlier subject told again.
 */
function subjectOfNext(ctx: MeetingContext, prevAfter: number, first: number): number | null {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const sentence = article.sentences[article.sentenceOfToken[first]];
  if (!sentence) return null;
  const refs = refsIn(ctx, sentence.fStart, tokens[first].start);
  const subject = refs.filter((r) => r.first > prevAfter && first - r.after <= SUBJECT_GAP && r.after <= first).at(-1);
  if (!subject) return null;
  // Only an adverb ("also", "later") may stand between, with no comma: "Kerry and Lavrov, who met", "Lavrov, and held talks" are no subject and verb.
  if (/[,،;؛:]/.test(text.slice(tokens[subject.after - 1].end, tokens[first].start))) return null;
  if (subject.after < first && !lexicon.also.matchAt(tokens, text, subject.after, { clitics: article.clitics })) return null;
  // "Zarif and Lavrov discussed": the subject is the whole list of people joined by coordinators.
  let head = subject;
  for (let prev = refs.find((r) => r.after === head.first - 1 && COORDINATORS.has(tokens[head.first - 1].text)); prev && prev.first > prevAfter; prev = refs.find((r) => r.after === head.first - 1 && COORDINATORS.has(tokens[head.first - 1].text))) head = prev;
  const before = tokens[head.first - 1].text;
  if (lexicon.withOther.has(before) || lexicon.withOther.has(tokens[head.first - 2]?.text ?? "")) return null;
  // "در حاشیه اجلاس با A، B و C دیدار کرد": a list of people set off by commas that a with-word opens is the earlier cue's
  // counterparts, not the later cue's subject.
  if (listAfterWith(ctx, refs, head, prevAfter)) return null;
  const opens = /[,،;؛]/.test(text.slice(tokens[head.first - 1].end, tokens[head.first].start)) || COORDINATORS.has(before) || lexicon.contrastOpeners.has(before);
  if (!opens || (lexicon.withWords.has(before) && !COORDINATORS.has(before))) return null;
  // The earlier cue's own subject stands before it; "X has received Y, today, X received …" tells the same subject again.
  const prevFirst = cueGroups(article, sentence).find((g) => g.after === prevAfter)?.first ?? prevAfter;
  const earlier = refs.filter((r) => r.after <= prevFirst);
  if (earlier.length === 0 || refs.some((r) => r.first < head.first && r.key === subject.key)) return null;
  return head.first;
}

/**
 * Whether the person at `head` continues a list over commas (and coordinators) whose first item stands right after a
 * with-word past token `prevAfter`: "با وانگ یی، لاوروف و فیدان".
 */
function listAfterWith(ctx: MeetingContext, refs: PersonRef[], head: PersonRef, prevAfter: number): boolean {
  const { tokens } = ctx.article;
  const text = ctx.article.folded.text;
  // A name and its title written together ("وانگ یی وزیر خارجه چین") are one item.
  const joins = (r: PersonRef, next: PersonRef) => r.after === next.first ? r.key === next.key || /^\s*[،,]\s*$/.test(text.slice(tokens[r.after - 1].end, tokens[next.first].start)) : r.after === next.first - 1 && COORDINATORS.has(tokens[r.after].text);
  let item = head;
  for (let prev = refs.find((r) => joins(r, item)); prev && prev.first > prevAfter; prev = refs.find((r) => joins(r, item))) {
    item = prev;
    if (lexicon.withOther.has(tokens[item.first - 1]?.text ?? "")) return item !== head;
  }
  return false;
}

/** The meetings a cue reports: one, or one per counterpart of a list (see bySide); none when it reports no held meeting. */
export function meetingsAt(ctx: MeetingContext, sentence: Sentence, group: CueGroup, prevAfter: number | null, nextFirst: number | null, previous?: MeetingFinding, siblings: MeetingFinding[] = []): MeetingFinding[] {
  if (group.anaphoric) return [];
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const cueStart = tokens[group.first].start;
  // "از X استقبال کرد" may be read as a reported welcome of a step; welcoming a person is the reception itself, no words of theirs.
  const welcome = lexicon.welcomedGuest.matchAt(tokens, text, group.first, { clitics: article.clitics });
  const quote = ctx.quotes.find((q) => q.start <= cueStart && cueStart < q.end && !(welcome && !q.direct));
  const zone = zoneAround(ctx, sentence, cueStart, quote);
  const ownSubject = prevAfter !== null ? subjectOfNext(ctx, prevAfter, group.first) : null;
  // (A later cue's relative clause, "التقى X مع Y الذي استقبله", may point back past its antecedent with an object pronoun.)
  const antecedent = cueGroups(article, sentence)[0]?.first === group.first ? relativeAntecedent(ctx, sentence, group) : null;
  const from = Math.max(zone.start, prevAfter !== null ? (ownSubject !== null ? tokens[ownSubject].start : ownStart(article, prevAfter, group.first)) : zone.start, antecedent ?? 0);
  // "… meeting since Joe Biden was elected": people in a clause subordinated after the cue did not take part.
  const said = speechAfter(ctx, sentence, group);
  const to = Math.min(zone.end, nextFirst !== null ? withAfterPerson(ctx, group, nextFirst) : zone.end, clauseBreakAfter(ctx, sentence, group, from), said, pastVerbEnd(ctx, sentence, group), frontedWithEnd(ctx, sentence, group, from));
  if (isInterview(tokens, group, sentence.after) || isJoinedEvent(article, group)) return [];
  if (scheduled(ctx, sentence, group)) return [];
  // "استقبل … الأسد …، وسيجري الرئيسان مباحثات": a planned word in a later clause of another cue is that cue's.
  const ownEnd = clauseEnd(article, sentence, group);
  // "در دیدار با کری گفت لاوروف به تهران سفر خواهد کرد": a planned word in what was said after the cue is not this meeting's;
  // nor is one in reported words that open after it ("X told Y during a meeting that trade would grow").
  // "X, who met Y in Lima last week, is expected to brief …": a cue in a relative clause set off by commas ends its clause there;
  // the planned word after it is the main clause's.
  const relative = group.first > 1 && markBefore(article, group.first - 1) && startsRelative(article, tokens[group.first - 1].start);
  const plannedEnd = Math.min(said, zone.end, nextFirst !== null && ownEnd < tokens[nextFirst].start ? ownEnd : relative ? ownEnd : Math.max(to, ownEnd));
  if (hasPlanned(article, from, plannedEnd, group) || isPurpose(article, group) || (welcome !== null && welcomedNoOne(ctx, group, from, welcome.after)) || welcomesAStep(ctx, group)) return [];
  // "denied reports of a meeting between X and Y": a denial before the cue in its clause tells of no meeting; for a cue in
  // reported words, the attribution before them is that clause too ("نفى المتحدث أن يكون الوزير قد التقى X").
  const denialFrom = quote && !quote.direct ? sentence.fStart : from;
  if (lexicon.denial.findIn(tokens, text, tokenIndexAt(tokens, denialFrom), group.first, { clitics: article.clitics }).length > 0) return [];
  // "A meeting between X and Y that had been scheduled for Friday was called off": a meeting noun opening its sentence whose predicate says it was not held.
  if (group.first - sentence.first <= SUBJECT_CUE_WORDS && lexicon.calledOff.findIn(tokens, text, group.after, sentence.after, { clitics: article.clitics }).length > 0) return [];
  if (deniedAfter(ctx, sentence, group)) return [];
  // Persons are the people the article names: a counterpart never named ("his Russian counterpart") is no participant.
  const named = (keys: string[]) => keys.filter((key) => ctx.entities.get(key)?.named !== false);
  let participants = named(participantsIn(ctx, from, to, group, sentence, quote));
  // "Peskov spoke of a telephone conversation between Putin and Obama": with two people after "between", only they met.
  const between = [group.after - 1, group.after].find((k) => tokens[k] && k < sentence.after && lexicon.between.has(tokens[k].text));
  if (between !== undefined && tokens[between].start < to) {
    const only = named(participantsIn(ctx, tokens[between].start, to, group, sentence, quote));
    if (only.length >= 2) participants = only;
  }
  // "نائورت از دیدار تیلرسون با آنتونوف خبر داد", "به گفتگوی تلفنی ظریف و همتای عراقی اشاره کرد": a meeting told of,
  // with its own people right after the cue noun, is theirs; the people before it only report it.
  // "سخنگو … به رایزنی عراقچی با مقامات ترکیه اشاره کرد": when the meeting told of has fewer than two named people, the reporter is still no side of it.
  if (between === undefined && toldOf(ctx, group)) participants = named(participantsIn(ctx, tokens[group.after - 1].end, to, group, sentence, undefined));
  // "استقبل ميرتس الشرع، بعد يوم من لقاء الشرع مع ماكرون": an Arabic meeting noun with its owner's name right after it and a
  // with-word after that names both its sides; the people before the noun are another clause's.
  else if (between === undefined && prevAfter !== null && ownedMeetingNoun(ctx, group)) participants = named(participantsIn(ctx, tokens[group.after - 1].end, to, group, sentence, undefined));
  // "…, a week after Haniyeh's call with Erdogan": a meeting noun owned by a person's possessive is theirs with the people after it;
  // "Safadi briefed Shoukry on the outcome of his talks with Blinken": so is one owned by "his" after a verb of telling, whose teller owns it.
  const owner = between === undefined ? (possessorOf(ctx, group) ?? tellerOf(ctx, sentence, group, from)) : null;
  if (owner !== null) {
    const told = new Set(refsIn(ctx, tokens[group.after - 1].end, to).map((r) => r.key));
    const after = named(participantsIn(ctx, tokens[group.after - 1].end, to, group, sentence, undefined)).filter((key) => key !== owner && told.has(key));
    if (after.length > 0) participants = [owner, ...after];
  }
  const subject = sequelSubject(ctx, group, prevAfter, siblings, quote);
  if (subject !== null) {
    const after = named(participantsIn(ctx, tokens[group.after - 1].end, to, group, sentence, undefined)).filter((key) => key !== subject);
    if (after.length > 0) participants = [subject, ...after];
  }
  // "جاء ذلك خلال مؤتمر صحافي مشترك مع X": the one who said what the sentence before tells met the one person after the cue;
  // people named before the cue only set the scene ("على هامش مشاركته في تشييع جنازة الرئيس X").
  const stater = quote ? null : saidThenBy(ctx, sentence);
  if (stater !== null) {
    const after = named(participantsIn(ctx, tokens[group.after - 1].end, to, group, sentence, undefined)).filter((key) => key !== stater);
    if (after.length === 1) participants = [stater, after[0]];
  }
  // "X دیروز با A دیدار کرد و امروز با B گفتگو کرد": a clause after a past verb and "و" with only its other side named shares the subject.
  const shared = quote ? null : coordinatedSubject(ctx, sentence, prevAfter, siblings);
  if (shared !== null && participants.length > 0 && !participants.includes(shared) && participants.every((key) => afterWith(ctx, key, from, to))) participants = [shared, ...participants];
  participants = withoutBystanders(ctx, sentence, group, from, to, participants);
  if (!quote) participants = courtesyCallers(ctx, group, from, participants);
  // "وأكد X، خلال استقباله A وB، …": a possessive meeting noun whose people all stand after it has its owner as their host.
  if (prevAfter === null && !quote && ownedCueGuests(ctx, sentence, group, to, participants)) {
    const host = ownerOf(ctx, sentence, group, participants);
    if (host === null) return [];
    participants = [host, ...participants];
  }
  // "The delegation held talks with X", "این هیئت با X دیدار کرد": the delegation's head and companions meet the people after the with-word,
  // or after an Arabic verb that takes the one met as its object ("وكان الوفد قد التقى X").
  const delegation = quote ? null : delegationMembers(ctx, sentence, group);
  const objectVerb = lexicon.receptionVerbs.matchAt(tokens, text, group.first, { clitics: article.clitics }) !== null;
  const metAfter = (key: string) => afterWith(ctx, key, from, to) || (objectVerb && refsIn(ctx, tokens[group.after - 1].end, to).some((r) => r.key === key));
  const met = delegation ? participants.filter((key) => !delegation.includes(key) && metAfter(key)) : [];
  if (delegation && met.length > 0) participants = [...delegation, ...met];
  // "X و Y با مقامات عمانی دیدار کردند": one side named, the other never.
  if (!quote && otherSideUnnamed(ctx, group, from, participants)) return [];
  // "رئیس جمهور با پوتین و شی دیدار کرد": the people after the with-word met the unnamed subject, not one another.
  if (!quote && onlyWithListNamed(ctx, group, from, to, participants)) return [];
  // Reported words that open with the cue itself ("Pompeo said Zarif [received Lavrov]"): the person named right before them is its subject.
  if (quote && !quote.direct && tokenIndexAt(tokens, quote.start) === group.first) {
    const subject = refsIn(ctx, sentence.fStart, cueStart).find((r) => r.after === group.first && ctx.entities.get(r.key)?.named !== false)?.key;
    if (subject && !participants.includes(subject)) participants.unshift(subject);
  }
  // "ظریف می‌گوید با لاوروف تلفنی صحبت کرد": in reported speech whose first cue has only its other side named, after a
  // with-word, the speaker is the subject the verb leaves unsaid; not a spokesperson, who tells of others' meetings.
  if (quote && !quote.direct && prevAfter === null && participants.length === 1 && participants[0] !== quote.speaker && !isSpokesperson(ctx, quote.speaker) && afterWith(ctx, participants[0], from, to)) participants.unshift(quote.speaker);
  // "پیش از این نیز آنها در تماس تلفنی گفتگو کرده بودند": with no one else named, "they" are the people of the meeting told last.
  // "A, B and C arrived in Tunis. The three ministers met …": a counted plural of three or more stands for the people of the meeting
  // told last when it has that many, else for those the sentence before names.
  // "The two leaders met for three hours, joined by their foreign ministers, A and B": people named only as present join the
  // people "the two" stand for; they are no side of their own.
  const joined = !quote && participants.length > 0 && onlyPresent(ctx, sentence, from, to, participants) && sidesCountIn(ctx, from, to) > 0 ? participants : [];
  if (joined.length > 0) participants = [];
  const count = participants.length === 0 && !quote ? sidesCountIn(ctx, from, to) : 0;
  if (count > 2) participants = previous?.participants.length === count ? [...previous.participants] : countNamedIn(ctx, article.sentences[sentence.index - 1], count);
  // "استقبل الملك X بحضور Y … ثم عقد الوزيران جلسة مباحثات": "the two" of a larger meeting are the two of it who hold the same office.
  else if (participants.length === 0 && previous && !quote && inRange(lexicon.bothSides, article, from, to)) participants = pairIn(ctx, from, to) ? samePost(ctx, previous.participants) : [...previous.participants];
  // "Zarif arrived in Geneva, where Kerry was staying. The two ministers met on Monday": with no meeting told before, "the two"
  // (not a bare "they") are the two people the sentence before names.
  else if (count === 2 && !previous) participants = countNamedIn(ctx, article.sentences[sentence.index - 1], 2);
  if (joined.length > 0) participants = participants.length >= 2 ? [...participants, ...joined.filter((key) => !participants.includes(key))] : joined;
  // "met X and touched on trade, talks in Geneva, …": a cue in the topic of the meeting told just before, with no one new, is that topic.
  if (prevAfter !== null && previous?.sentence === sentence.index && participants.every((key) => previous.participants.includes(key)) && lexicon.topic.findIn(tokens, text, prevAfter, group.first, { clitics: article.clitics }).some((m) => m.after <= group.first)) return [];
  // "در تماس‌های تلفنی جداگانه با A و B گفتگو کرد": a later cue of the sentence whose people, all named before it, met in the meetings
  // its first cue gave (the final verb of a Persian clause) tells those meetings again, not one among the counterparts.
  // "met with A, B and C in a four-way meeting": so does one whose people are all named before it and met at the first cue.
  const toldBefore = (key: string) => refsIn(ctx, from, to).every((r) => r.key !== key || r.after <= group.first);
  if (prevAfter !== null && participants.length >= 2 && siblings.length >= 1 && participants.every((key) => toldBefore(key) && siblings.some((m) => m.participants.includes(key))) && !siblings.some((m) => participants.every((key) => m.participants.includes(key)) && m.participants.length === participants.length)) {
    // Its clause may still say where ("… in a four-way meeting in Geneva").
    const place = venueIn(article, from, to);
    for (const m of siblings) if (m.mode === "in_person" && place) m.location ??= place.city;
    // "استقبل X كلا من A، وB، في لقاء مشترك": a later cue naming the occasion a joint or multilateral one puts the counterparts
    // the first cue split together; each of its meetings gets them all, and merge keeps one.
    const split = siblings.filter((m) => m.cue === siblings[0].cue);
    if (split.length >= 2 && inRange(lexicon.multilateral, article, tokens[group.first].start, Math.max(to, ownEnd)) && !inRange(lexicon.separately, article, sentence.fStart, sentence.fEnd)) {
      const all = [...new Set(split.flatMap((m) => m.participants))];
      for (const m of split) { m.participants = [...all]; m.multi = true; }
    }
    return [];
  }
  // People present at the meeting take part, but are no counterpart of their own.
  const present = attendeeRefs(ctx, sentence);
  const attendees = new Set(participants.filter((key) => {
    const own = refsIn(ctx, from, to).filter((r) => r.key === key);
    return own.length > 0 && own.every((r) => present.has(r));
  }));
  const sides = participants.filter((key) => !attendees.has(key));
  const recent = previous && sentence.index - previous.sentence <= ATTENDANCE_REACH ? previous : undefined;
  // "Also present at the meeting were A and B", "met Zarif, in a meeting also attended by Lavrov": attendees of the meeting told
  // just before join it (withAttendees); with none told before, "A, B and C attended the meeting" is their meeting.
  // "سپس مراسم استقبال رسمی از X با حضور Y برگزار شد", "X then received Y in the presence of Z": a next occasion, not more of the one before.
  const next = sides.length === 1 && lexicon.nextOccasion.findIn(tokens, text, sentence.first, group.first, { clitics: article.clitics }).length > 0;
  if (attendees.size > 0 && sides.length <= 1 && !next && (recent?.participants.includes(sides[0] ?? "") || (sides.length === 0 && recent))) return [];
  // "A ministerial meeting was held in Vienna on Monday. A, B and C attended the meeting.": told before with no one named, the meeting gives its place and date.
  const attending = [lexicon.attendedBefore, lexicon.attendedAfter].some((m) => m.findIn(tokens, text, Math.max(sentence.first, group.first - 3), group.after, { clitics: article.clitics }).some((a) => a.first <= group.first && group.first < a.after));
  const told = sides.length === 0 || attending ? untoldMeeting(ctx, sentence, previous) : null;
  if (sides.length === 0) attendees.clear();
  // "وشملت اللقاءات كلا من A، B", "his meetings included A and B": the people met by the subject of the meeting (or sentence) told before, one meeting each.
  const includer = lexicon.includedMeetings.matchAt(tokens, text, group.first, { clitics: article.clitics }) ? (recent?.participants[0] ?? subjectOf(ctx, sentence, tokens[group.first].start)) : null;
  const included = includer !== null && !participants.includes(includer) ? includer : null;
  // "كما استقبل سفير اليابان X", "همچنین با X دیدار کرد": another meeting of the subject of the one told just before.
  // "X received A, and in a separate meeting, B": a separate meeting opened inside the sentence is another of its subject's.
  const further = inRange(lexicon.also, article, sentence.fStart, Math.max(to, ownEnd)) || separateInside(article, sentence, group);
  // "فقد تقبل الملك أوراق اعتماد A وB. كما تقبل جلالته أوراق اعتماد C وD": more guests of the ceremony told just before.
  if (recent && !quote && further && sameCeremony(ctx, recent, group, from, participants)) {
    for (const key of participants) if (!recent.participants.includes(key)) recent.participants.push(key);
    // The ceremony is told up to here: attendees named after it ("وحضر المراسم X") are counted from this sentence.
    recent.sentence = sentence.index;
    return [];
  }
  if (included === null && participants.length === 1 && recent && !quote && further && recent.participants[0] !== participants[0] && !beforeWith(ctx, participants[0], from, to) && !doesAlso(ctx, participants[0], sentence, group, to)) {
    participants = [recent.participants[0], ...participants];
  }
  // "وصل X إلى طهران. والتقى بوزير الخارجية Y": an Arabic sentence opening with its cue leaves its subject unsaid.
  const unsaid = included === null && participants.length === 1 && !quote ? droppedSubject(ctx, sentence, group, participants[0], previous) : null;
  if (unsaid !== null) participants = [unsaid, ...participants];
  // "سفیر ژاپن با X دیدار کرد. … آقای اوکادا گفت": a lead's subject title whose holder the body names.
  const namedLater = included === null && participants.length === 1 && !quote ? titledSubjectNamedLater(ctx, sentence, group, participants[0]) : null;
  if (namedLater !== null) participants = [namedLater, ...participants];
  if (participants.length < 2 && (included === null || sides.length === 0)) return [];
  const when = dateOf(ctx, group, from, to);
  // The call may be named once for several cue words of the clause ("گفتگوی تلفنی … برای رایزنی").
  // "held talks, by telephone, since …": a phone phrase set off right after the cue says how they talked.
  const phoneNext = nextFirst !== null && nextFirst - group.after <= 1 && lexicon.phone.matchAt(tokens, text, nextFirst, { clitics: article.clitics }) !== null;
  // A place split off by a second cue of the clause ("دیدار … در حاشیه نشست … در سوچی") is still this meeting's.
  const venue = venueIn(article, from, to) ?? venueIn(article, from, Math.min(zone.end, clauseEnd(article, sentence, group), clauseBreakAfter(ctx, sentence, group, from)));
  // "In the call they reviewed what they agreed at their meeting in Vienna": a call named before the cue's own clause is not a meeting placed in a city.
  // "received Macron in Cairo and later spoke by phone with Scholz": a later cue of the clause says how its own meeting was held.
  // A phone word that only says how this verb's talk went ("spoke with X by phone, and later with Y") is still this meeting's.
  const nextOpens = nextFirst !== null && lexicon.sequel.findIn(tokens, text, Math.max(0, nextFirst - SEQUEL_REACH - 1), nextFirst, { clitics: article.clitics }).some((m) => m.after === nextFirst);
  const phoneEnd = nextOpens ? Math.min(clauseEnd(article, sentence, group), tokens[nextFirst].start) : clauseEnd(article, sentence, group);
  const phone = phoneNext || isPhone(article, from, Math.max(to, phoneEnd)) || (owner === null && venue === null && isPhone(article, zone.start, from));
  // A call has no single place.
  const place = phone ? null : (venue ?? (told ? venueIn(article, told.sentence.fStart, told.sentence.fEnd) : null));
  if (told && when.date === null) Object.assign(when, dateOf(ctx, told.group, told.sentence.fStart, told.sentence.fEnd));
  // "وكان X قد التقى Y": a pluperfect meeting is an earlier one, and a further one, never the same as one told before it.
  const hadMet = pluperfect(ctx, sentence, group) || pluperfectAfter(ctx, sentence, group, to);
  const meeting: MeetingFinding = {
    participants,
    location: place?.city ?? null,
    date: when.date,
    mode: phone ? "phone" : "in_person",
    start: from,
    end: to,
    offset: when.offset,
    sentence: sentence.index,
    inPerson: !phone && (place !== null || inRange(lexicon.inPerson, article, from, Math.max(to, ownEnd))),
    earlier: inRange(lexicon.before, article, from, Math.max(to, ownEnd)) || hadMet || inAnotherMonth(ctx, sentence, group),
    also: included !== null || further || hadMet,
    cue: cueStart,
    multi: inRange(lexicon.multilateral, article, from, Math.max(to, ownEnd)),
  };
  const sets = included !== null ? sides.map((key) => [included, key, ...attendees]) : bySide(ctx, group, from, to, participants, attendees, between !== undefined);
  return ownPlaceAndDay(ctx, group, sets.map((set) => ({ ...meeting, participants: set })), to);
}

/**
 * Whether a `separateOpeners` phrase before the cue opens a clause after a mark or a coordinator inside the sentence
 * ("…, and in a separate meeting, the credentials of B": the cue may be a later word of that clause).
 */
function separateInside(article: ArticleText, sentence: Sentence, group: CueGroup): boolean {
  const { tokens } = article;
  return lexicon.separateOpeners.findIn(tokens, article.folded.text, sentence.first + 1, group.first, { clitics: article.clitics }).some((m) => markBefore(article, m.first) || COORDINATORS.has(tokens[m.first - 1].text));
}

/** Most tokens between a pluperfect auxiliary and its particle: the subject and its title ("وكان رئيس مجلس الوزراء X قد التقى"). */
const PLUPERFECT_REACH = 12;

/**
 * "وكان فيدان قد التقى مارسودي في جاكرتا": a cue right after the pluperfect particle, with the auxiliary before it in the
 * sentence (its subject between them), tells an earlier meeting than the one reported.
 */
function pluperfect(ctx: MeetingContext, sentence: Sentence, group: CueGroup): boolean {
  const { tokens } = ctx.article;
  const particle = group.first - 1;
  if (particle <= sentence.first || !lexicon.pluperfectParticles.has(tokens[particle].text)) return false;
  for (let k = particle - 1; k >= Math.max(sentence.first, particle - PLUPERFECT_REACH); k--) if (lexicon.pluperfectAuxiliaries.has(tokens[k].text)) return true;
  return false;
}

/**
 * "پزشکیان و رحمان مهرماه در کازان نیز با یکدیگر دیدار کرده بودند": a Persian cue whose light verb is pluperfect tells,
 * in a background paragraph, an earlier meeting (the sentence must give it no day: "X صبح امروز با Y دیدار
 * کرده بود" is still today's).
 */
function pluperfectAfter(ctx: MeetingContext, sentence: Sentence, group: CueGroup, to: number): boolean {
  const { tokens } = ctx.article;
  // The clause's own verb: the first one after the cue ("در حاشیه نشست سران … با یکدیگر دیدار کرده بودند" is one clause).
  let verb = group.after;
  const pluperfectAt = (k: number) => lexicon.pluperfectAfterCue.matchAt(tokens, ctx.article.folded.text, k, { clitics: ctx.article.clitics }) !== null;
  while (verb < sentence.after && !pluperfectAt(verb) && !lexicon.finiteVerbEnds.has(tokens[verb].text)) verb++;
  if (verb >= sentence.after || !pluperfectAt(verb)) return false;
  // "عزیزی روز گذشته نیز در تماسی تلفنی با Y گفت‌وگو کرده بود": a day told anywhere before the verb dates it; it may be the one reported.
  return !datesIn(ctx, sentence.fStart, Math.max(to, tokens[verb].end)).some((d) => d.iso || d.offset !== null || d.weekday !== null || d.monthDay);
}

/**
 * Whether the cue is an Arabic meeting noun with a possessive pronoun (ownedCues: استقباله، لقائها) and the several people
 * of its clause are all named after it in the sentence: they are the owner's guests, and the owner is still to be found. (One guest alone is
 * left to droppedSubject and saidThenBy, which read the sentence before.)
 */
function ownedCueGuests(ctx: MeetingContext, sentence: Sentence, group: CueGroup, to: number, participants: string[]): boolean {
  const { tokens } = ctx.article;
  if (participants.length < 2 || group.after - group.first !== 1 || !lexicon.ownedCues.has(tokens[group.first].text)) return false;
  const before = new Set(refsIn(ctx, sentence.fStart, tokens[group.first].start).map((r) => r.key));
  const after = new Set(refsIn(ctx, tokens[group.first].end, to).map((r) => r.key));
  // One of them not named after it at all is the owner, already found (the pronoun read as the sentence's subject).
  return participants.every((key) => !before.has(key) && after.has(key));
}

/**
 * The owner of a possessive meeting noun (see ownedCueGuests): the last person named before it in the sentence, else the one
 * the sentence before quotes, else the first person it names; never one of the guests. Null when there is none.
 */
function ownerOf(ctx: MeetingContext, sentence: Sentence, group: CueGroup, guests: string[]): string | null {
  const named = (key: string | undefined): key is string => key !== undefined && ctx.entities.get(key)?.named !== false && !guests.includes(key);
  const before = refsIn(ctx, sentence.fStart, ctx.article.tokens[group.first].start).filter((r) => named(r.key)).at(-1);
  if (before) return before.key;
  const previous = ctx.article.sentences[sentence.index - 1];
  if (!previous) return null;
  const speaker = ctx.quotes.find((q) => q.sentence === previous.index)?.speaker;
  if (named(speaker)) return speaker;
  return namedKeysIn(ctx, previous.fStart, previous.fEnd).find(named) ?? null;
}

/**
 * "كما التقى وزير الخارجية X مع نظيره …": whether a with-word stands right after the person in the clause, whose
 * counterpart follows it; they are the subject of a meeting of their own, not a further guest of the subject told before.
 */
/**
 * "محمد مخبر معاون اول رئیس‌جمهور نیز امروز با سفیر الجزایر دیدار کرد": the one person named before the clause's also-word,
 * with the with-word after it, is who also met someone (unnamed), not a further guest of the host told before.
 */
function doesAlso(ctx: MeetingContext, key: string, sentence: Sentence, group: CueGroup, to: number): boolean {
  const { article } = ctx;
  const also = lexicon.also.findIn(article.tokens, article.folded.text, sentence.first, group.first, { clitics: article.clitics })[0];
  // The with-word of the meeting comes after the also-word ("X نیز با …"), not before the person ("با کری نیز دیدار کرد").
  if (also === undefined || !withWordBetween(article.tokens, also.after, group.first)) return false;
  return refsIn(ctx, article.tokens[sentence.first].start, to).some((r) => r.key === key && r.after <= also.first);
}

function beforeWith(ctx: MeetingContext, key: string, from: number, to: number): boolean {
  const { tokens } = ctx.article;
  return refsIn(ctx, from, to).some((r) => r.key === key && r.after < tokens.length && tokens[r.after].start < to && lexicon.withOther.has(tokens[r.after].text));
}

/**
 * "… بين الرئيس الروسي A والرئيس الفنزويلي B، اللذين أجريا اتصالا", "أشاد X بالوزير A الذي التقى أمس B": the first cue of a
 * sentence right after a relative pronoun has the people the pronoun stands for as its subject: the person (or list joined by "و") named
 * right before it. Where they start, so that the people named earlier in the sentence are left out; null when the cue opens
 * no relative clause or no one is named right before the pronoun.
 */
function relativeAntecedent(ctx: MeetingContext, sentence: Sentence, group: CueGroup): number | null {
  const { tokens } = ctx.article;
  // The pronoun right before the cue, or before the verb that carries a cue noun ("اللذين أجريا اتصالا").
  const relative = [group.first - 1, group.first - 2].find((k) => k > sentence.first && startsRelative(ctx.article, tokens[k].start));
  if (relative === undefined) return null;
  const refs = refsIn(ctx, sentence.fStart, tokens[relative].start);
  let head = refs.find((r) => r.after === relative);
  if (!head) return null;
  // A title and its name, and people joined by "و" (apart or written onto the next one), are one antecedent.
  const joined = (r: PersonRef, next: PersonRef) =>
    (r.after === next.first && (r.key === next.key || (ctx.article.clitics && next.start > tokens[next.first].start && tokens[next.first].text.startsWith("و")))) ||
    (r.after === next.first - 1 && COORDINATORS.has(tokens[r.after].text));
  for (let prev = refs.find((r) => joined(r, head!)); prev; prev = refs.find((r) => joined(r, head!))) head = prev;
  return head.start;
}

/** Whether an Arabic cue noun (not a verb) has a person's name right after it, then a with-word ("لقاء الشرع مع X"). */
function ownedMeetingNoun(ctx: MeetingContext, group: CueGroup): boolean {
  const { article } = ctx;
  const { tokens } = article;
  if (!article.clitics || lexicon.receptionVerbs.matchAt(tokens, article.folded.text, group.first, { clitics: true })) return false;
  const owner = ctx.refs.find((r) => r.first === group.after && ctx.entities.get(r.key)?.named !== false);
  if (!owner) return false;
  let end = owner.after;
  for (let next = ctx.refs.find((r) => r.key === owner.key && r.first === end); next; next = ctx.refs.find((r) => r.key === owner.key && r.first === end)) end = next.after;
  return end < tokens.length && lexicon.withOther.has(tokens[end].text) && !/[،,:;؛]/.test(article.folded.text.slice(tokens[end - 1].end, tokens[end].start));
}

/**
 * Whether a further cue ("كما", "also") with no subject named before it tells more guests of the credentials ceremony
 * told just before: both clauses are ceremonies, the new one names guests only, and neither a day nor a word of separateness
 * ("في لقاء منفصل", "separately") sets them apart.
 */
function sameCeremony(ctx: MeetingContext, recent: MeetingFinding, group: CueGroup, from: number, participants: string[]): boolean {
  const { article } = ctx;
  const cueStart = article.tokens[group.first].start;
  const sentence = article.sentences[article.sentenceOfToken[group.first]];
  if (participants.length === 0 || participants.some((key) => recent.participants.includes(key))) return false;
  if (namedKeysIn(ctx, from, cueStart).length > 0) return false;
  if (!inRange(lexicon.ceremony, article, cueStart, sentence.fEnd)) return false;
  if (!inRange(lexicon.ceremony, article, recent.start, recent.end)) return false;
  // "…, and in a separate meeting, the credentials of C", "كما تسلم … نسخة من أوراق اعتماد سفير … في لقاء منفصل": a guest the
  // text says was received separately, before or after the cue, had a meeting of their own.
  if (inRange(lexicon.separately, article, from, sentence.fEnd)) return false;
  const when = dateOf(ctx, group, from, sentence.fEnd);
  return when.date === null || recent.date === null || when.date === recent.date;
}

/** Words of a title between an English welcome and the name of the one welcomed ("welcomed the Iranian Foreign Minister X"). */
const WELCOMED_TITLE_WORDS = 6;

/** Words of a place between an English welcome and the one welcomed ("welcomed to State House President X"). */
const WELCOMED_PLACE_WORDS = 5;

/** Honorific words that may stand between the welcome preposition and the one welcomed. */
const WELCOMED_HONORIFICS = 2;

/** Words before the one an English welcome names: a determiner or possessive, and honorifics ("welcomed Mr X", "welcomed the Hon. X"). */
const WELCOMED_OPENERS = 3;

/**
 * "کنعانی دیدار X با Y را تکذیب کرد", "خبر دیدار X با Y را رد کرد": a Persian denial verb (`denialAfter`) ends the clause
 * of a meeting noun that is its object, so no meeting was held. Not when a preposition opens the noun ("در دیدار با Y
 * ادعاهای Z را رد کرد": the meeting was held), nor past a comma, a finite verb (the cue's own "دیدار کرد و … را رد کرد")
 * or a new clause ("که").
 */
function deniedAfter(ctx: MeetingContext, sentence: Sentence, group: CueGroup): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const opener = group.first - 1;
  if (opener >= sentence.first && (lexicon.withWords.has(tokens[opener].text) || lexicon.frontedOpeners.matchAt(tokens, text, opener, options) || [opener, opener - 1].some((k) => k >= sentence.first && lexicon.timeBefore.has(tokens[k].text)))) return false;
  const denial = lexicon.denialAfter.findIn(tokens, text, group.after, sentence.after, options)[0];
  if (!denial) return false;
  if (/[,،;؛:]/.test(text.slice(tokens[group.first].end, tokens[denial.first].start))) return false;
  for (let k = group.first; k < denial.first; k++) if (lexicon.finiteVerbEnds.has(tokens[k].text) || lexicon.asideOpeners.has(tokens[k].text)) return false;
  return true;
}

/** "از پیشنهاد X استقبال کرد", "از سفر X استقبال کرد": a welcome cue (ending at token welcomeAfter) with no person right after its preposition welcomes a step, not a guest. */
function welcomedNoOne(ctx: MeetingContext, group: CueGroup, from: number, welcomeAfter: number): boolean {
  const { tokens } = ctx.article;
  // A Latin-script welcome ("welcomed") takes its guest as the object; Persian puts a preposition before the guest.
  if (/[a-z]/.test(tokens[group.first].text)) return welcomedNoOneAfter(ctx, group, welcomeAfter);
  // "از آقای X", "از دکتر X": honorifics may stand between the preposition and the name.
  return !refsIn(ctx, from, tokens[group.first].start).some((r) => lexicon.welcomeOf.has(tokens[pastHonorifics(tokens, r.first - 1, -1)]?.text ?? ""));
}

/**
 * "ضمن استقبال از چشم‌انداز برگزاری کمیسیون مشترک", "با استقبال از پیشنهاد X": a welcome noun followed by its preposition
 * welcomes a step, not a guest, unless a person stands right after the preposition (past honorifics: "استقبال از آقای X").
 */
function welcomesAStep(ctx: MeetingContext, group: CueGroup): boolean {
  const { tokens } = ctx.article;
  const of = group.after;
  if (!lexicon.welcomeNouns.has(tokens[group.after - 1].text) || !lexicon.welcomeOf.has(tokens[of]?.text ?? "")) return false;
  const k = pastHonorifics(tokens, of + 1, 1);
  return !ctx.refs.some((r) => r.first === k);
}

/** The first token from k on, stepping forward (1) or back (-1), past at most WELCOMED_HONORIFICS honorifics ("از آقای دکتر X"). */
function pastHonorifics(tokens: Token[], k: number, step: 1 | -1): number {
  const start = k;
  while (k > 0 && k < tokens.length && Math.abs(k - start) < WELCOMED_HONORIFICS && isHonorific(tokens[k].text)) k += step;
  return k;
}

/**
 * "welcomed President X", "greeted his Russian counterpart X" (a language whose welcome takes its guest as the object, with
 * no preposition): no one is welcomed unless a person is named right after the verb, past "the", a possessive or honorifics ("welcomed Dr X"). "welcomed
 * by X" is another cue (the guest's side), and "welcomed the decision" a stance.
 */
function welcomedNoOneAfter(ctx: MeetingContext, group: CueGroup, welcomeAfter: number): boolean {
  const { tokens } = ctx.article;
  if (group.after !== welcomeAfter) return false;
  let k = group.after;
  // "welcomed to State House Prime Minister X", "welcomed in Kigali President X": a place's name told first puts the one welcomed
  // after it; not "welcomed in Kigali the decision of President X".
  if (lexicon.placeIn.has(tokens[k]?.text ?? "")) {
    const { article } = ctx;
    const guest = ctx.refs.find((r) => r.first > k + 1 && r.first - k <= WELCOMED_PLACE_WORDS);
    if (guest && range(k + 1, guest.first).every((i) => tokens[i].text === "the" || isCapitalizedAt(article, i)) && !/[,،;؛:]/.test(article.folded.text.slice(tokens[k].end, guest.start))) k = guest.first;
  }
  while (k < tokens.length && k - group.after < WELCOMED_OPENERS && (lexicon.toldOfOwnerOpeners.has(tokens[k].text) || lexicon.possessive.has(tokens[k].text) || isHonorific(tokens[k].text))) k++;
  // A counterpart phrase holds its possessive ("his Iranian counterpart X"), a title does not ("the Foreign Minister X").
  const welcomed = new Set(ctx.refs.filter((r) => r.first >= group.after && r.first <= k).map((r) => r.key));
  // "welcomed President X's letter" welcomes the letter: the person's name, right after the title, is a possessor.
  const text = ctx.article.folded.text;
  const possessor = ctx.refs.some((r) => welcomed.has(r.key) && r.first >= group.after && r.first <= k + WELCOMED_TITLE_WORDS && /^['’]s\b/.test(text.slice(r.end, r.end + 3)));
  return welcomed.size === 0 || possessor;
}

/**
 * "Krishna began a visit at the invitation of Peiris and called on President Rajapaksa": a courtesy call is the caller's,
 * the clause's first person, with the people called on after it; others named between (a host, a place's owner) are not in it,
 * but the caller's companions are ("X, accompanied by Ambassador Y, called on Z").
 */
function courtesyCallers(ctx: MeetingContext, group: CueGroup, from: number, participants: string[]): string[] {
  const { article } = ctx;
  const { tokens } = article;
  if (!lexicon.courtesyOn.matchAt(tokens, article.folded.text, group.first, { clitics: article.clitics })) return participants;
  const before = refsIn(ctx, from, tokens[group.first].start).filter((r) => participants.includes(r.key));
  const caller = before[0]?.key;
  const companions = companionsIn(ctx, from, tokens[group.first].start);
  return participants.filter((key) => key === caller || companions.has(key) || !before.some((r) => r.key === key));
}

/**
 * "X briefed Y on the outcome of his talks with Z", "…, who informed him about her meeting with Z": the person who tells,
 * named last before the verb of telling, owns a meeting noun that a possessive pronoun opens later in the clause. Null otherwise.
 */
function tellerOf(ctx: MeetingContext, sentence: Sentence, group: CueGroup, from: number): string | null {
  const { article } = ctx;
  const { tokens } = article;
  if (!lexicon.possessive.has(tokens[group.first - 1]?.text ?? "")) return null;
  const verb = lexicon.tellVerbs.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), group.first - 1, { clitics: article.clitics }).at(-1);
  if (!verb) return null;
  const teller = refsIn(ctx, sentence.fStart, tokens[verb.first].start).filter((r) => ctx.entities.get(r.key)?.named !== false).at(-1);
  return teller?.key ?? null;
}

/** Tokens between a sequel word and the cue it opens ("before meeting", "قبل أن يستقبل"). */
const SEQUEL_REACH = 2;

/**
 * "استقبل ظريف كيري، قبل أن يستقبل لافروف", "Zarif received Kerry, before meeting Lavrov": a later cue of the
 * sentence opened by a sequel word leaves its subject unsaid; it is the subject of the meeting the sentence told just before
 * (or its guest, when "the latter" follows the cue).
 */
function sequelSubject(ctx: MeetingContext, group: CueGroup, prevAfter: number | null, siblings: MeetingFinding[], quote: unknown): string | null {
  const last = siblings.at(-1);
  if (prevAfter === null || !last || quote) return null;
  const { article } = ctx;
  const { tokens } = article;
  const near = sequelOpens(ctx, prevAfter, group.first);
  // "ثم انتقل إلى السراي الحكومي حيث التقى X", "then went on to parliament, where he met X": the sequel word may open a
  // move to a place, and a word of meetings.json sequelWhere the meeting held there.
  const unnamed = (m: { first: number }) => refsIn(ctx, tokens[m.first].start, tokens[group.first].start).length === 0;
  const moved = !near && group.first > 0 && lexicon.sequelWhere.has(tokens[group.first - 1].text) && lexicon.sequel
    .findIn(tokens, article.folded.text, Math.max(prevAfter, group.first - SEQUEL_MOVE_REACH - 2), group.first - 1, { clitics: article.clitics })
    .some((m) => m.after < group.first - 1 && unnamed(m) && !/[.,،؛;:!?؟]/.test(article.folded.text.slice(tokens[m.after].start, tokens[group.first - 2].end)));
  if (!near && !moved) return null;
  // "… قبل أن يزور الأخير Z": "the latter" after the cue is the one named last in the meeting before, its guest.
  return lexicon.latter.has(tokens[group.after]?.text ?? "") ? last.participants.at(-1)! : last.participants[0];
}

/**
 * Whether a sequel word opens the meeting cue at token `cue`, with no one named between: "قبل أن يستقبل", "then met"; a span
 * of time and من only before a cue carrying its owner's possessive ("بعد ساعات من لقائه", not "بعد يوم من لقاء ظريف").
 */
function sequelOpens(ctx: MeetingContext, from: number, cue: number): boolean {
  const { article } = ctx;
  const options = { clitics: article.clitics };
  const owned = lexicon.withSubject.matchAt(article.tokens, article.folded.text, cue, options) !== null;
  return [lexicon.sequel, ...(owned ? [lexicon.sequelOwned] : [])].some((list) => list
    .findIn(article.tokens, article.folded.text, Math.max(from, cue - SEQUEL_REACH - 2), cue, options)
    .some((m) => m.after <= cue && cue - m.after <= SEQUEL_REACH && refsIn(ctx, article.tokens[m.first].start, article.tokens[cue].start).length === 0));
}

/** Tokens between a sequel word and the "حيث" of a move to a place before the cue ("ثم انتقل إلى مقر البرلمان حيث"). */
const SEQUEL_MOVE_REACH = 8;

/**
 * "met Putin in Moscow on Monday, and Kerry in Geneva on Tuesday": each meeting of a split list takes
 * the place and day told in its counterpart's own stretch (up to the next counterpart), when it tells one.
 */
function ownPlaceAndDay(ctx: MeetingContext, group: CueGroup, meetings: MeetingFinding[], to: number): MeetingFinding[] {
  if (meetings.length < 2) return meetings;
  const own = meetings.map((m) => m.participants.filter((key) => !meetings.every((o) => o.participants.includes(key))));
  if (own.some((keys) => keys.length !== 1)) return meetings;
  const starts = own.map(([key]) => refsIn(ctx, meetings[0].start, to).find((r) => r.key === key)?.start ?? -1);
  if (starts.some((start, i) => start < 0 || (i > 0 && start <= starts[i - 1]))) return meetings;
  meetings.forEach((m, i) => {
    const end = starts[i + 1] ?? to;
    const place = venueIn(ctx.article, starts[i], end);
    if (place && m.mode === "in_person") m.location = place.city;
    const when = dateOf(ctx, group, starts[i], end);
    if (when.date) { m.date = when.date; m.offset = when.offset; }
  });
  return meetings;
}

