/**
 * Meetings that happened: in person or by phone, reported with a cue word (دیدار، مذاکرات،
 * تماس تلفنی؛ التقى، محادثات، اتصال هاتفي؛ met, talks, phone call). Participants are the people
 * referred to in the cue's clause (names, titles, counterpart phrases, plural titles, countries
 * after "with" standing for their representative), plus the speaker when the cue is inside
 * their quote and the subject when it is a pronoun. Planned or hypothetical meetings and
 * references back to one already reported ("این دیدار") are left out; the same meeting
 * mentioned again is merged. Cue words are in data/meetings.json.
 */
import data from "./data/meetings.json" with { type: "json" };
import { checkLanguageLists, checkObject, allLanguages } from "./data-check.ts";
import { isTextToken, type ArticleText, type Sentence } from "./article-text.ts";
import type { CountryMention } from "./countries.ts";
import { dateLineWords, resolveDate, type DateMention } from "./dates.ts";
import { COORDINATORS, PERSIAN_SUFFIXES } from "./morphology.ts";
import { fold } from "./normalize.ts";
import type { GroupRef, PersonEntity, PersonRef } from "./persons.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import { findCities, findPlaces } from "./places.ts";
import { isPlacePreposition } from "./countries.ts";
import { speechWords, type QuoteFinding } from "./quotes/index.ts";
import { tokenIndexAt, type Token } from "./tokens.ts";
import type { MeetingMode } from "./types.ts";

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
  /** Whether the clause tells it as a further meeting ("also met", "كما التقى", "همچنین"). */
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
  articleDate: string | null;
}

/** Lists of meetings.json matched as phrases, and those looked up as single folded words. */
const MATCHER_LISTS = ["delegationHead", "includedMeetings", "postedTitles", "notCue", "purpose", "also", "sender", "companion", "attendedAfter", "attendedBefore", "attendedAll", "multilateral", "ceremony", "pluralGuests", "jointMeeting", "separately", "phone", "planned", "withSubject", "destination", "topic", "sidelines", "inPerson", "upcoming", "reportedOf", "bothSides", "before"] as const;
const SET_LISTS = ["withOther", "relative", "timeAfterBreak", "between", "clauseBreaks", "timeBefore", "placeFrom", "placeTo", "anaphoric", "notMeeting", "invitationBefore"] as const;

/** Lists whose last word may carry a Persian suffix ("سه‌جانبه‌ای", "دیداری"). */
const SUFFIXED = ["multilateral", "ceremony", "pluralGuests", "jointMeeting"];

const lexicon = loadMeetingWords(data);

function loadMeetingWords(raw: unknown) {
  const record = checkObject(raw, "meetings.json");
  const lists = (key: string) => checkLanguageLists(record[key], `meetings.json ${key}`);
  const cues = new PhraseMatcher<"cue">();
  for (const w of allLanguages(lists("cues"))) cues.add(w, "cue");
  for (const w of allLanguages(lists("phone"))) cues.add(w, "cue");
  /** A phrase matcher over one list of meetings.json, in every language. */
  const matcher = (key: string) => {
    const m = new PhraseMatcher<true>(SUFFIXED.includes(key) ? { suffixes: [...PERSIAN_SUFFIXES] } : {});
    for (const w of allLanguages(lists(key))) m.add(w, true);
    return m;
  };
  const set = (key: string) => new Set(allLanguages(lists(key)).map(fold));
  return {
    cues,
    speechVerbs: speechWords.verbs,
    pronouns: speechWords.pronouns,
    prepositions: speechWords.prepositions,
    ...Object.fromEntries(MATCHER_LISTS.map((key) => [key, matcher(key)])) as Record<(typeof MATCHER_LISTS)[number], PhraseMatcher<true>>,
    ...Object.fromEntries(SET_LISTS.map((key) => [key, set(key)])) as Record<(typeof SET_LISTS)[number], Set<string>>,
    withWords: set("with"),
    invitationStarts: allLanguages(lists("invitationStarts")).map(fold),
  };
}

/** Tokens before a cue word where a phrase covering it may start ("so-called", "is called"). */
const NOT_CUE_REACH = 2;

/** Cue words closer than this (in tokens) report the same meeting ("نشست سه جانبه", "دیدار دوجانبه"). */
const SAME_CUE_GAP = 2;
/** Mentions of one meeting are at most this many days apart; "12 days ago" is another meeting. */
const SAME_EVENT_DAYS = 3;

/** Finds the meetings an article reports as held. */
export function findMeetings(ctx: MeetingContext): MeetingFinding[] {
  const found: MeetingFinding[] = [];
  for (const sentence of ctx.article.sentences) {
    const groups = cueGroups(ctx.article, sentence);
    groups.forEach((group, g) => {
      if (group.anaphoric) referBack(ctx, sentence, group, groups[g + 1]?.first ?? null, found);
      else found.push(...meetingsAt(ctx, sentence, group, groups[g - 1]?.after ?? null, groups[g + 1]?.first ?? null, found.at(-1)));
    });
  }
  return withPresence(ctx, inheritLocations(withHeadlines(ctx, merge(ctx, withAttendees(ctx, withDelegations(ctx, found))))));
}

/**
 * A cue that refers back to the meeting told last ("روز پنجشنبه ۲۹ آبان در این گفت‌وگوی تلفنی",
 * "خلال هذا اللقاء الذي عقد في الرياض") gives it the date and place its clause tells, when it has none.
 */
function referBack(ctx: MeetingContext, sentence: Sentence, group: CueGroup, nextFirst: number | null, found: MeetingFinding[]): void {
  const last = found.at(-1);
  if (!last || sentence.index - last.sentence > ATTENDANCE_REACH) return;
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

interface CueGroup {
  first: number;
  after: number;
  anaphoric: boolean;
}

/** Cue words of a sentence, neighbouring ones grouped into one cue. */
function cueGroups(article: ArticleText, sentence: Sentence): CueGroup[] {
  if (sentence.index < 0) return findCueGroups(article, sentence);
  let known = cueGroupsOf.get(article);
  if (!known) cueGroupsOf.set(article, (known = new Map()));
  let groups = known.get(sentence.index);
  if (!groups) known.set(sentence.index, (groups = findCueGroups(article, sentence)));
  return groups;
}

/** cueGroups of each sentence of an article, found once (headlines, index -1, are not kept). */
const cueGroupsOf = new WeakMap<ArticleText, Map<number, CueGroup[]>>();

function findCueGroups(article: ArticleText, sentence: Sentence): CueGroup[] {
  const { tokens } = article;
  const text = article.folded.text;
  const groups: CueGroup[] = [];
  for (let i = sentence.first; i < sentence.after; i++) {
    const m = lexicon.cues.matchAt(tokens, text, i, { clitics: article.clitics });
    if (!m || !isTextToken(article, i)) continue;
    // "called for", "so-called", "peace talks": the cue word reports no meeting there.
    const not = lexicon.notCue.findIn(tokens, text, Math.max(sentence.first, i - NOT_CUE_REACH), i + 1, { clitics: article.clitics }).find((n) => n.after > i);
    if (not) {
      i = Math.max(i, not.after - 1);
      continue;
    }
    const last = groups.at(-1);
    if (last && m.first - last.after <= SAME_CUE_GAP && !/[،,:«»“”"]/.test(text.slice(tokens[last.after - 1].end, tokens[m.first].start))) last.after = m.after;
    else groups.push({ first: m.first, after: m.after, anaphoric: lexicon.anaphoric.has(tokens[m.first - 1]?.text ?? "") });
    i = m.after - 1;
  }
  return groups;
}

/** The meetings a cue reports: one, or one per counterpart of a list (see bySide); none when it reports no held meeting. */
function meetingsAt(ctx: MeetingContext, sentence: Sentence, group: CueGroup, prevAfter: number | null, nextFirst: number | null, previous?: MeetingFinding): MeetingFinding[] {
  if (group.anaphoric) return [];
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const cueStart = tokens[group.first].start;
  const quote = ctx.quotes.find((q) => q.start <= cueStart && cueStart < q.end);
  const zone = zoneAround(ctx, sentence, cueStart, quote);
  const from = Math.max(zone.start, prevAfter !== null ? ownStart(article, prevAfter, group.first) : zone.start);
  // "… meeting since Joe Biden was elected": people in a clause subordinated after the cue did not take part.
  const to = Math.min(zone.end, nextFirst !== null ? tokens[nextFirst].start : zone.end, clauseBreakAfter(ctx, sentence, group, from));
  if (isInterview(tokens, group)) return [];
  // "استقبل … الأسد …، وسيجري الرئيسان مباحثات": a planned word in a later clause of another cue is that cue's.
  const ownEnd = clauseEnd(article, sentence, group);
  const plannedEnd = nextFirst !== null && ownEnd < tokens[nextFirst].start ? ownEnd : Math.max(to, ownEnd);
  if (hasPlanned(article, from, plannedEnd) || isPurpose(article, group)) return [];
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
  participants = withoutBystanders(ctx, sentence, group, from, to, participants);
  // Reported words that open with the cue itself ("Pompeo said Zarif [received Lavrov]"): the person named right before them is its subject.
  if (quote && !quote.direct && tokenIndexAt(tokens, quote.start) === group.first) {
    const subject = refsIn(ctx, sentence.fStart, cueStart).find((r) => r.after === group.first && ctx.entities.get(r.key)?.named !== false)?.key;
    if (subject && !participants.includes(subject)) participants.unshift(subject);
  }
  // "اوباما می‌گوید با روحانی تلفنی صحبت کرد": in reported speech whose first cue has only its other side named, after a
  // with-word, the speaker is the subject the verb leaves unsaid; not a spokesperson, who tells of others' meetings.
  if (quote && !quote.direct && prevAfter === null && participants.length === 1 && participants[0] !== quote.speaker && !isSpokesperson(ctx, quote.speaker) && afterWith(ctx, participants[0], from, to)) participants.unshift(quote.speaker);
  // "پیش از این نیز آنها در تماس تلفنی گفتگو کرده بودند": with no one else named, "they" are the people of the meeting told last.
  if (participants.length === 0 && previous && !quote && inRange(lexicon.bothSides, article, from, to)) participants = [...previous.participants];
  // "met with X and exchanged views on the peace process, talks in Doha, …": a cue in the topic of the meeting told just before, with no one new, is that topic.
  if (prevAfter !== null && previous?.sentence === sentence.index && participants.every((key) => previous.participants.includes(key)) && lexicon.topic.findIn(tokens, text, prevAfter, group.first, { clitics: article.clitics }).some((m) => m.after <= group.first)) return [];
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
  if (attendees.size > 0 && sides.length <= 1 && (recent?.participants.includes(sides[0] ?? "") || (sides.length === 0 && recent))) return [];
  // "The trilateral meeting was convened in Seoul on Saturday. A, B and C attended the meeting.": told before with no one named, the meeting gives its place and date.
  const attending = [lexicon.attendedBefore, lexicon.attendedAfter].some((m) => m.findIn(tokens, text, Math.max(sentence.first, group.first - 3), group.after, { clitics: article.clitics }).some((a) => a.first <= group.first && group.first < a.after));
  const told = sides.length === 0 || attending ? untoldMeeting(ctx, sentence, previous) : null;
  if (sides.length === 0) attendees.clear();
  // "وشملت اللقاءات كلا من A، B", "his meetings included A and B": the people met by the subject of the meeting (or sentence) told before, one meeting each.
  const includer = lexicon.includedMeetings.matchAt(tokens, text, group.first, { clitics: article.clitics }) ? (recent?.participants[0] ?? subjectOf(ctx, sentence, tokens[group.first].start)) : null;
  const included = includer !== null && !participants.includes(includer) ? includer : null;
  // "كما استقبل سفير النرويج X", "همچنین با X دیدار کرد": another meeting of the subject of the one told just before.
  if (included === null && participants.length === 1 && recent && !quote && inRange(lexicon.also, article, sentence.fStart, Math.max(to, ownEnd)) && recent.participants[0] !== participants[0]) {
    participants = [recent.participants[0], ...participants];
  }
  if (participants.length < 2 && (included === null || sides.length === 0)) return [];
  const when = dateOf(ctx, group, from, to);
  // The call may be named once for several cue words of the clause ("گفتگوی تلفنی … برای رایزنی").
  // "held talks, by telephone, since …": a phone phrase set off right after the cue says how they talked.
  const phoneNext = nextFirst !== null && nextFirst - group.after <= 1 && lexicon.phone.matchAt(tokens, text, nextFirst, { clitics: article.clitics }) !== null;
  // A place split off by a second cue of the clause ("دیدار … در حاشیه نشست … در سوچی") is still this meeting's.
  const venue = venueIn(article, from, to) ?? venueIn(article, from, Math.min(zone.end, clauseEnd(article, sentence, group), clauseBreakAfter(ctx, sentence, group, from)));
  // "During the phone call, they discussed relations following the meeting in Geneva": a call named before the cue's own clause is not a meeting placed in a city.
  const phone = phoneNext || isPhone(article, from, Math.max(to, clauseEnd(article, sentence, group))) || (venue === null && isPhone(article, zone.start, from));
  // A call has no single place.
  const place = phone ? null : (venue ?? (told ? venueIn(article, told.sentence.fStart, told.sentence.fEnd) : null));
  if (told && when.date === null) Object.assign(when, dateOf(ctx, told.group, told.sentence.fStart, told.sentence.fEnd));
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
    earlier: inRange(lexicon.before, article, from, Math.max(to, ownEnd)),
    also: included !== null || inRange(lexicon.also, article, sentence.fStart, Math.max(to, ownEnd)),
    cue: cueStart,
    multi: inRange(lexicon.multilateral, article, from, Math.max(to, ownEnd)),
  };
  const sets = included !== null ? sides.map((key) => [included, key, ...attendees]) : bySide(ctx, group, from, to, participants, attendees, between !== undefined);
  return sets.map((set) => ({ ...meeting, participants: set }));
}

/** A meeting cue in one of the sentences just before, after the last meeting found, that gave no meeting (no one named there). */
function untoldMeeting(ctx: MeetingContext, sentence: Sentence, previous: MeetingFinding | undefined): { sentence: Sentence; group: CueGroup } | null {
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
 * were held in Vilnius. The Azerbaijani delegation was led by X, while the Lithuanian delegation
 * was headed by Y"; "وترأس الوفد … X"): a meeting of the heads, placed like the talks.
 */
function withDelegations(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
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
      const others = back === s ? [] : refsIn(ctx, talks.fStart, talks.fEnd).filter((r) => ctx.entities.get(r.key)?.named !== false).map((r) => r.key);
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

/** Sentences before an attendance clause within which the meeting it refers back to is told. */
const ATTENDANCE_REACH = 3;

/**
 * References of the people a sentence says were present ("حضر اللقاء X، وY", "بحضور X", "in the
 * presence of X", "X نیز حضور داشت"). They take part in the meeting (conventions: named attendees
 * are participants), but are no counterpart of their own when a list is split (bySide).
 */
function attendeeRefs(ctx: MeetingContext, sentence: Sentence): Set<PersonRef> {
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
  const markBefore = (k: number) => k > 0 && /[،,:;؛«»“”"()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  /** Whether token k starts another clause: a with-word, a speech verb, a quotation. */
  const stop = (k: number) => lexicon.withWords.has(tokens[k].text) || lexicon.speechVerbs.matchAt(tokens, text, k, options) !== null || (k > 0 && /[:«»“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start)));
  // "حضر اللقاء كل من X، وY، وZ": the people after the phrase, up to another clause or cue; a list may run over commas.
  for (const m of lexicon.attendedAfter.findIn(tokens, text, sentence.first, sentence.after, options)) {
    let end = m.after + 1;
    while (end < sentence.after && end <= lastRef && !stop(end) && lexicon.cues.matchAt(tokens, text, end, options) === null) end++;
    for (const r of refs) if (r.first >= m.after && r.first < end) out.add(r);
  }
  // "X نیز در این دیدار حضور داشت": the people of the clause before the phrase.
  for (const m of lexicon.attendedBefore.findIn(tokens, text, sentence.first, sentence.after, options)) {
    let start = m.first;
    while (start - 1 >= sentence.first && !markBefore(start) && !COORDINATORS.has(tokens[start - 1].text) && !stop(start - 1)) start--;
    for (const r of refs) if (r.first >= start && r.after <= m.first) out.add(r);
  }
  return out;
}

/**
 * Attendance told in a clause of its own after the meeting ("… استقبل X Y. حضر اللقاء Z.", "در این
 * دیدار Z نیز حضور داشت", "Also present were Z and W"): the attendees join the last meeting told
 * before, within a few sentences; a plural or dual meeting word ("حضر الاستقبالين", "the meetings")
 * adds them to each meeting of the same people told in that stretch.
 */
function withAttendees(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  for (const sentence of article.sentences) {
    const present = [...attendeeRefs(ctx, sentence)];
    if (present.length === 0) continue;
    const last = found.filter((m) => m.sentence <= sentence.index && m.sentence >= sentence.index - ATTENDANCE_REACH && m.start < present[0].start).at(-1);
    if (!last) continue;
    const all = lexicon.attendedAll.findIn(tokens, text, sentence.first, sentence.after, { clitics: article.clitics }).length > 0;
    const targets = all ? found.filter((m) => m.sentence >= sentence.index - ATTENDANCE_REACH && m.start <= last.start && m.participants.some((p) => last.participants.includes(p))) : [last];
    const keys = present.map((r) => r.key).filter((key) => ctx.entities.get(key)?.named !== false);
    for (const meeting of targets) {
      // Attendees told inside the meeting's own clause are already there; someone who is a side of it is not an attendee.
      for (const key of keys) if (!meeting.participants.includes(key)) meeting.participants.push(key);
    }
  }
  return found;
}

/**
 * "X met A, B and C", "استقبل X A وB", "X با A و B دیدار کرد": one meeting per counterpart
 * (conventions R-list), the attendees in each, unless the text puts the counterparts together: a
 * multilateral meeting ("trilateral", "سه‌جانبه"), a ceremony ("credentials", "أوراق اعتماد"), one
 * meeting named in the singular with them ("a meeting with A and B", "در دیدار خود با A و B"), a
 * plural title before them ("received the ambassadors of …"), or people "between" whom it was held.
 * "Separately" always splits. The sides that meet each counterpart are the people before the
 * with-word (or before the cue), else the first one after the cue (Arabic "استقبل X A وB").
 */
function bySide(ctx: MeetingContext, group: CueGroup, from: number, to: number, participants: string[], attendees: Set<string>, between: boolean): string[][] {
  const sides = participants.filter((key) => !attendees.has(key));
  const present = participants.filter((key) => attendees.has(key));
  if (sides.length < 3 || between) return [participants];
  if (ctx.groups.some((g) => g.start >= from && g.end <= to)) return [participants];
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const firstRef = new Map<string, PersonRef>();
  for (const r of refsIn(ctx, from, to)) if (!firstRef.has(r.key)) firstRef.set(r.key, r);
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const skipped = [lexicon.attendedAfter, lexicon.companion].flatMap((m) => m.findIn(tokens, text, first, last, options));
  const pivot = range(first, last).find((k) => lexicon.withOther.has(tokens[k].text) && !skipped.some((m) => m.first <= k && k < m.after) && sides.some((key) => (firstRef.get(key)?.first ?? -1) > k)) ?? null;
  const at = pivot ?? group.first;
  let subjects = sides.filter((key) => !firstRef.has(key) || firstRef.get(key)!.first < at);
  let counterparts = sides.filter((key) => !subjects.includes(key));
  if (subjects.length === 0 && pivot === null) {
    subjects = counterparts.slice(0, 1);
    counterparts = counterparts.slice(1);
  }
  if (subjects.length === 0 || counterparts.length < 2) return [participants];
  const firstCounterpart = Math.min(...counterparts.map((key) => firstRef.get(key)!.first));
  if (!inRange(lexicon.separately, article, from, to) && together(article, group, from, to, firstCounterpart)) return [participants];
  return counterparts.map((key) => [...subjects, key, ...present]);
}

/** Tokens after a meeting noun within which its with-word stands ("دیدار خود با", "a meeting with"). */
const JOINT_WITH_REACH = 2;

/** Whether the clause names one occasion for all its counterparts (see bySide). */
function together(article: ArticleText, group: CueGroup, from: number, to: number, firstCounterpart: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (inRange(lexicon.multilateral, article, from, to) || inRange(lexicon.ceremony, article, from, to)) return true;
  if (lexicon.pluralGuests.findIn(tokens, article.folded.text, group.after, firstCounterpart, options).length > 0) return true;
  // "در دیدار خود با A و B", "a meeting with A and B"; "دیدار A و B", "لقاء A وB": the people of one meeting noun.
  const noun = lexicon.jointMeeting.findIn(tokens, text, Math.max(0, group.first - 1), group.after, options).at(-1);
  if (noun === undefined) return false;
  if (firstCounterpart >= noun.after && firstCounterpart - noun.after <= 1) return true;
  return range(noun.after, noun.after + JOINT_WITH_REACH).some((k) => k < tokens.length && k < firstCounterpart && lexicon.withOther.has(tokens[k].text));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/**
 * The date a cue's clause gives its meeting: the date nearest the cue ("۱۴ آذر ۱۴۰۰ … سفر کرد و یک
 * روز بعد (۱۵ آذر) … دیدار کرد"), never a dateline's or a statement's that reports it.
 */
function dateOf(ctx: MeetingContext, group: CueGroup, from: number, to: number): { date: string | null; offset: number | null } {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  // "…, the ministry said in a statement on Friday": a date after a speech verb that follows the cue dates the statement.
  const said = lexicon.speechVerbs.findIn(tokens, text, group.after, tokenIndexAt(tokens, to), { clitics: article.clitics }).map((m) => m.first);
  const dates = datesIn(ctx, from, to).filter((d) => (d.iso || d.offset !== null || d.weekday !== null || d.monthDay) && !isDatelineDate(ctx, d) && !said.some((k) => k < d.first));
  // The date told of the meeting is the one nearest its cue ("۱۴ آذر ۱۴۰۰ … سفر کرد و یک روز بعد (۱۵ آذر) … دیدار کرد").
  const distance = (d: DateMention) => (d.after <= group.first ? group.first - d.after : d.first - group.after);
  const nearest = dates.reduce<DateMention | null>((best, d) => (!best || distance(d) < distance(best) ? d : best), null);
  // "يوم الجمعة 30 أغسطس 2024", "on Friday, 30 August 2024": a weekday or relative day with the full date right after it is that date.
  const full = nearest && !nearest.iso ? dates.find((d) => d.iso && d.first >= nearest.after && d.first <= nearest.after + 1) : undefined;
  const when = full ?? nearest;
  if (!when) return { date: null, offset: null };
  const earlier = datesIn(ctx, 0, when.start).filter((d) => d.iso).at(-1)?.iso ?? null;
  return { date: resolveDate(when, ctx.articleDate, earlier), offset: when.offset };
}

/** The dates that lie between two folded offsets (dates are in text order). */
function datesIn(ctx: MeetingContext, from: number, to: number): DateMention[] {
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

/** The references that lie between two folded offsets, found by binary search (refs are in text order). */
function refsIn(ctx: MeetingContext, from: number, to: number): PersonRef[] {
  const refs = ctx.refs;
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonRef[] = [];
  for (let i = lo; i < refs.length && refs[i].start < to; i++) if (refs[i].end <= to) out.push(refs[i]);
  return out;
}

/** Tokens after a person within which a speech verb makes them the reporter of the meeting ("Kaifu, the spokesperson for the ministry, said"). */
const REPORTER_REACH = 10;

/** Tokens between a person and the speech verb they are the subject of ("Abdulkadir, the spokesman, stated"). */
const REPORTER_VERB_GAP = 2;

/** Tokens after a sender or companion phrase within which their person starts ("پیام کتبی پوتین"). */
const OWNER_REACH = 2;

/**
 * Leaves out the people of the clause who did not take part: the sender of a message or
 * invitation ("پیام پوتین را تسلیم کرد", "received a letter from Putin"), someone who only reports
 * the meeting, and a travel companion ("به همراه لاوروف … سفر کرد", "accompanied Putin to"), who
 * counts only beside a third person. Attendees stay: they took part (see attendeeRefs).
 */
function withoutBystanders(ctx: MeetingContext, sentence: Sentence, group: CueGroup, from: number, to: number, participants: string[]): string[] {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const refs = refsIn(ctx, from, to);
  /** Whether a clause mark stands between token k - 1 and token k. */
  const markBefore = (k: number) => k > 0 && /[،,:;؛«»“”"()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  const broken = (a: number, b: number) => { for (let k = a + 1; k <= b; k++) if (markBefore(k)) return true; return false; };
  const inCue = (k: number) => k >= group.first && k < group.after;
  const owned = (matcher: PhraseMatcher<true>, skip: (m: { first: number }) => boolean) => {
    const out = new Set<PersonRef>();
    for (const m of matcher.findIn(tokens, text, first, last, options)) {
      if (skip(m)) continue;
      const ref = refs.find((r) => r.first >= m.after && r.first - m.after <= OWNER_REACH && !broken(m.after - 1, r.first));
      if (ref) out.add(ref);
    }
    return out;
  };
  // "به دعوت لاوروف", "بدعوة من": the host who invited is met.
  const atInvitation = (m: { first: number }) => lexicon.invitationBefore.has(tokens[m.first - 1]?.text ?? "") || lexicon.invitationStarts.some((start) => tokens[m.first].text.startsWith(start));
  // "تلقى دعوة من لافروف خلال اتصال هاتفي": the one who calls to invite is on the call.
  const call = lexicon.phone.matchAt(tokens, text, group.first, options) !== null;
  const dropped = call ? new Set<PersonRef>() : owned(lexicon.sender, atInvitation);
  // "…, ministry spokesman Anurag Srivastava said on Thursday", "…, Kaifu, the spokesperson for the ministry, said":
  // a person set off after the cue as the subject of a speech verb reports the meeting.
  for (const r of refs) {
    if (r.first < group.after || !broken(group.after - 1, r.first)) continue;
    const stop = Math.min(sentence.after, r.after + REPORTER_REACH);
    for (let k = r.after; k < stop; k++) {
      if (inCue(k) || refs.some((o) => o.first === k && o.key !== r.key) || lexicon.cues.matchAt(tokens, text, k, options)) break;
      if (lexicon.speechVerbs.matchAt(tokens, text, k, options)) { dropped.add(r); break; }
    }
  }
  // "Abdulkadir stated, Tuggar has received Blinken", "ظريف قال إن لافروف التقى كيري": the subject of a speech verb before the cue,
  // with others named between that verb and the cue, only reports the meeting.
  for (const r of refs) {
    if (r.after > group.first) break;
    const verb = lexicon.speechVerbs.findIn(tokens, text, r.after, Math.min(group.first, r.after + REPORTER_VERB_GAP + 1), options)[0];
    if (!verb || verb.after > group.first) continue;
    if (refs.some((o) => o.key !== r.key && o.first >= verb.after && o.first < group.first)) dropped.add(r);
  }
  const keep = (keys: string[]) => keys.filter((key) => !refs.some((r) => r.key === key) || refs.some((r) => r.key === key && !dropped.has(r)));
  let out = keep(participants);
  const companions = owned(lexicon.companion, () => false);
  if (companions.size > 0) {
    const alone = out.filter((key) => !refs.some((r) => r.key === key) || refs.some((r) => r.key === key && !companions.has(r)));
    if (alone.length < 2) out = alone;
  }
  return out;
}

/** Words between a told-of preposition and its cue noun ("از موضوع دیدار"). */
const TOLD_OF_GAP = 1;

/**
 * Whether the cue is a noun told of after a preposition ("از دیدار", "به گفتگوی تلفنی", "عن لقاء"),
 * not in a time phrase ("پس از دیدار"), with a person right after it as its owner ("دیدار ظریف").
 */
function toldOf(ctx: MeetingContext, group: CueGroup): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const first = Math.max(0, group.first - 2 - TOLD_OF_GAP);
  const prep = lexicon.reportedOf.findIn(tokens, text, first, group.first, { clitics: article.clitics }).filter((m) => m.after <= group.first && group.first - m.after <= TOLD_OF_GAP).at(-1);
  if (!prep || lexicon.timeBefore.has(tokens[prep.first - 1]?.text ?? "")) return false;
  // Nothing but words may stand between them: no comma, no person.
  if (/[،,:;؛«»“”"()]/.test(text.slice(tokens[prep.after - 1].end, tokens[group.first].start))) return false;
  if (refsIn(ctx, tokens[prep.after - 1].end, tokens[group.first].start).length > 0) return false;
  return group.after < tokens.length && refsIn(ctx, tokens[group.after].start, tokens[group.after].end + 1).some((r) => r.first === group.after);
}

/**
 * The meeting's place between two folded offsets: the first place written with an in-preposition
 * ("در ژنو", "في جنيف", "in Geneva"), else the first a trip is headed to ("سفر به مسکو"). Never a
 * trip's invited or planned destination ("برای سفر به تهران دعوت کرد"), where someone came from
 * ("از تهران", "from Tehran"), or a place inside the topic of the talks ("درباره آتش‌بس در بیروت").
 */
function venueIn(article: ArticleText, from: number, to: number) {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const places = findPlaces(tokens, text, from, to, article.clitics).filter((p) => {
    if (lexicon.placeFrom.has(p.preposition)) return false;
    const before = lexicon.destination.findIn(tokens, text, Math.max(0, p.first - 5), p.first + 1, options);
    if (before.some((m) => m.after === p.first || (m.after === p.first + 1 && m.end <= p.start))) return false;
    if (lexicon.placeTo.has(p.preposition) && upcomingTrip(article, from, p.first)) return false;
    if (postedIn(article, p.first)) return false;
    return !inTopic(article, tokenIndexAt(tokens, from), p.first);
  });
  return places.find((p) => !lexicon.placeTo.has(p.preposition)) ?? places[0] ?? sidelinesPlace(article, from, to);
}

/** Tokens before a place's preposition within which an envoy's title makes it the city they are posted in. */
const POSTED_REACH = 5;

/** Whether the place at token `at` is where an envoy is posted ("سفير سوريا في موسكو", "سفیر جدید روسیه در تهران"), not where they met. */
function postedIn(article: ArticleText, at: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  let prep = at - 1;
  while (prep > 0 && !isPlacePreposition(tokens[prep].text) && at - prep <= 3) prep--;
  if (prep < 0 || !isPlacePreposition(tokens[prep].text)) prep = at;
  const first = Math.max(0, prep - POSTED_REACH);
  return lexicon.postedTitles.findIn(tokens, text, first, prep, options).some((m) => m.after <= prep && !/[،,:;؛«»“”"()]/.test(text.slice(tokens[m.after - 1].end, tokens[prep].start)) && !lexicon.cues.findIn(tokens, text, m.after, prep, options).length);
}

/** Tokens after "on the sidelines of" within which the event's name may hold its city ("على هامش منتدى باريس للسلام"). */
const SIDELINES_REACH = 8;

/** The city in the name of the event beside which people met ("on the sidelines of the Munich Security Conference"), when no place is written with a preposition. */
function sidelinesPlace(article: ArticleText, from: number, to: number) {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  for (const m of lexicon.sidelines.findIn(tokens, text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), options)) {
    let end = m.after;
    while (end < tokens.length && end - m.after < SIDELINES_REACH && tokens[end].end <= to && !/[،,:;؛«»“”"()]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
    // A city with its own preposition ("… before my trip to Tehran") was weighed as a place already.
    const city = findCities(tokens, text, tokens[m.after]?.start ?? to, tokens[end - 1]?.end ?? to, article.clitics).find((c) => !isPlacePreposition(tokens[c.first - 1]?.text ?? "") && !isPlacePreposition(text.slice(tokens[c.first].start, c.start)));
    if (city) return city;
  }
  return null;
}

/** Tokens before a trip's destination within which a word may make the trip a future one ("سفر آتی من به تهران"). */
const UPCOMING_REACH = 3;

/** Whether a word of a future trip ("آتی", "المقبلة", "upcoming") stands just before the destination at `at`, in the same clause. */
function upcomingTrip(article: ArticleText, from: number, at: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const first = Math.max(tokenIndexAt(tokens, from), at - UPCOMING_REACH);
  return lexicon.upcoming.findIn(tokens, text, first, at, { clitics: article.clitics }).some((m) => m.after <= at && !/[،,:;؛«»“”"()]/.test(text.slice(tokens[m.after - 1].end, tokens[at].start)));
}

/** Tokens a topic phrase may stand before a place it contains ("درباره برقراری آتش‌بس در بیروت"). */
const TOPIC_REACH = 6;

/** Whether the token at `at` is inside a topic phrase ("about …", "درباره …", "حول …") opened in the clause before it, with no cue or clause mark between, and not the topic of an event named as the meeting's setting ("on the sidelines of"). */
function inTopic(article: ArticleText, first: number, at: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const opener = lexicon.topic.findIn(tokens, text, Math.max(first, at - TOPIC_REACH), at, options).filter((m) => m.after <= at).at(-1);
  if (!opener) return false;
  // "در حاشیه نشست سران درباره سوریه در سوچی": the event beside which they met is named with its topic and its place.
  if (lexicon.sidelines.findIn(tokens, text, first, opener.first, options).length > 0) return false;
  if (/[،,:;؛«»“”"()]/.test(text.slice(tokens[opener.after - 1].end, tokens[at].start))) return false;
  return !lexicon.cues.findIn(tokens, text, opener.after, at, options).some((m) => m.after <= at);
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
  // " date 2020-02-07 Moscow …", "تاریخ انتشار: …": a labelled date at the start of its line.
  let k = date.first - 1;
  while (k >= 0 && article.lineOfToken[k] === line.index && dateLineWords.has(article.tokens[k].text)) k--;
  if (k < 0 || article.lineOfToken[k] !== line.index) return true;
  return /^\s*[()\-–—|]/.test(text.slice(date.end, date.end + 4));
}

/** Characters from a line's start within which a dateline's date stands. */
const DATELINE_REACH = 60;

/** The part of the sentence a cue's participants can be in: its quote, or the text outside quotes around it. */
function zoneAround(ctx: MeetingContext, sentence: Sentence, at: number, quote: QuoteFinding | undefined): { start: number; end: number } {
  if (quote) return { start: Math.max(quote.start, sentence.fStart), end: Math.min(quote.end, sentence.fEnd) };
  let start = sentence.fStart;
  let end = sentence.fEnd;
  for (const q of ctx.quotes) {
    if (q.end <= at && q.end > start && q.end <= sentence.fEnd) start = q.end;
    if (q.start > at && q.start < end && q.start >= sentence.fStart) end = q.start;
  }
  return { start, end };
}

/**
 * Where a cue's clause starts after the cue before it (at token `prevAfter`): right after that cue,
 * unless a with-word follows it ("After meeting with Bachelet, Macri was welcomed by …"), whose
 * people are that cue's, up to the next clause mark before this cue.
 */
function ownStart(article: ArticleText, prevAfter: number, first: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  if (!lexicon.withOther.has(tokens[prevAfter]?.text ?? "")) return tokens[prevAfter - 1].end;
  for (let k = prevAfter + 1; k < first; k++) if (/[،,:;؛]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return tokens[k - 1].end;
  return tokens[prevAfter - 1].end;
}

/**
 * Start of the first clause-break word after the cue ("since", "منذ"), else the end of the sentence.
 * A relative pronoun ("who", "الذي") breaks the clause once two people are named before it
 * ("X met Y, who is accompanying Z"; "استقبل X Y، الذي سلمه رسالة من Z"): its people did not take part.
 */
function clauseBreakAfter(ctx: MeetingContext, sentence: Sentence, group: CueGroup, from: number): number {
  const { tokens } = ctx.article;
  for (let k = group.after; k < sentence.after; k++) {
    const word = tokens[k].text;
    if (lexicon.clauseBreaks.has(word) && !lexicon.timeAfterBreak.has(tokens[k + 1]?.text ?? "")) return tokens[k].start;
    if (!lexicon.relative.has(word) && !(ctx.article.clitics && /^[وف]/.test(word) && lexicon.relative.has(word.slice(1)))) continue;
    const named = new Set(refsIn(ctx, from, tokens[k].start).map((r) => r.key));
    if (named.size >= 2) return tokens[k].start;
  }
  return sentence.fEnd;
}

/** Where the cue's clause ends: the next comma-like mark or the end of the sentence (the verb that says if it happened is there). */
function clauseEnd(article: ArticleText, sentence: Sentence, group: CueGroup): number {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = group.after; k < sentence.after; k++) {
    if (/[،,:;؛«»“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return tokens[k - 1].end;
  }
  return sentence.fEnd;
}

function isInterview(tokens: Token[], group: CueGroup): boolean {
  for (let k = group.after; k < group.after + 3 && k < tokens.length; k++) if (lexicon.notMeeting.has(tokens[k].text)) return true;
  return false;
}

/** Words a purpose phrase may stand before its cue ("لإجراء محادثات", "برای دیدار", "to hold talks"). */
const PURPOSE_REACH = 1;

/**
 * Whether the cue is the purpose of a trip or plan ("وصل … لإجراء محادثات مع", "بهدف لقاء", "للقاء",
 * "برای دیدار با", "arrived to hold talks"): a purpose phrase right before it, or Arabic لـ written onto it.
 */
function isPurpose(article: ArticleText, group: CueGroup): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (lexicon.purpose.findIn(tokens, text, Math.max(0, group.first - PURPOSE_REACH - 2), group.first, options).some((m) => m.after <= group.first && group.first - m.after <= PURPOSE_REACH)) return true;
  if (!article.clitics) return false;
  const cue = lexicon.cues.matchAt(tokens, text, group.first, options);
  const attached = cue ? text.slice(tokens[group.first].start, cue.start) : "";
  return attached.endsWith("ل");
}

function hasPlanned(article: ArticleText, from: number, to: number): boolean {
  return inRange(lexicon.planned, article, from, to);
}

/** Whether a phone phrase stands between two folded offsets, not inside a phrase that reports no meeting ("called for"). */
function isPhone(article: ArticleText, from: number, to: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const not = lexicon.notCue.findIn(tokens, text, Math.max(0, first - NOT_CUE_REACH), last, options);
  return lexicon.phone.findIn(tokens, text, first, last, options).some((m) => m.end <= to && !not.some((n) => n.first <= m.first && m.first < n.after));
}

/** Whether a phrase of the matcher lies wholly between two folded offsets. */
function inRange(matcher: PhraseMatcher<true>, article: ArticleText, from: number, to: number): boolean {
  const { tokens } = article;
  return matcher.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics }).some((m) => m.end <= to);
}

/** People in the clause: references, plural titles, countries after "with", the quote's speaker, a pronoun subject. */
function participantsIn(ctx: MeetingContext, from: number, to: number, group: CueGroup, sentence: Sentence, quote: QuoteFinding | undefined): string[] {
  const keys: string[] = [];
  const add = (key: string | null | undefined) => { if (key && !keys.includes(key)) keys.push(key); };
  const { tokens } = ctx.article;
  let thirdPerson = false;
  for (let k = tokens.findIndex((t) => t.start >= from); k >= 0 && k < tokens.length && tokens[k].end <= to; k++) {
    // "از وی دعوت کرد": a pronoun after a preposition is an object, not the subject who meets.
    const before = tokens[k - 1]?.text ?? "";
    if (!lexicon.pronouns.has(tokens[k].text) || lexicon.withWords.has(before) || lexicon.prepositions.has(before)) continue;
    // "“On the sidelines, he [Jaishankar] had bilateral meetings,” Srivastava said": in their own words a speaker is not "he".
    if (quote?.direct) {
      thirdPerson = true;
      add(lastSubjectBefore(ctx, quote.start, quote.speaker));
    } else add(pronounOf(ctx, sentence, tokens[k].start));
  }
  const items: { start: number; keys: string[] }[] = [
    ...refsIn(ctx, from, to).map((r) => ({ start: r.start, keys: [r.key] })),
    ...ctx.groups.filter((g) => g.start >= from && g.end <= to).map((g) => ({ start: g.start, keys: g.keys })),
  ].sort((a, b) => a.start - b.start);
  for (const item of items) item.keys.forEach(add);
  for (const key of countryParticipants(ctx, from, to, group, keys)) add(key);
  // "خلال لقائه", "دیدار خود با": the owner of the meeting is the clause's subject.
  if (lexicon.withSubject.findIn(tokens, ctx.article.folded.text, group.first, group.after + 1, { clitics: ctx.article.clitics }).length > 0) {
    // The owner is the sentence's own subject when it names one before the cue ("Zarif discussed Syria in a meeting with Lavrov and
    // Kerry"; "X درباره گفتگو با روسیه توضیح داد", where X is already here); else, with one person named, the subject told before.
    const cueStart = tokens[group.first].start;
    const sameZone = (r: PersonRef) => (quote ? r.start >= quote.start : !ctx.quotes.some((q) => q.start <= r.start && r.start < q.end && q.end <= cueStart));
    const own = refsIn(ctx, sentence.fStart, cueStart).find((r) => sameZone(r) && ctx.entities.get(r.key)?.named !== false);
    const subject = keys.length < 2 ? (quote?.speaker ?? own?.key ?? subjectOf(ctx, sentence, cueStart)) : own?.key;
    if (subject && !keys.includes(subject)) keys.unshift(subject);
  }
  // Inside their own words the speaker is one side ("Putin gave us the chance to meet") unless two others are named;
  // in reported speech the speaker only narrates (but see meetingsAt).
  if (quote?.direct && !thirdPerson && keys.length < 2 && !keys.includes(quote.speaker)) keys.unshift(quote.speaker);
  return keys;
}

/**
 * The person a pronoun in a meeting's clause stands for: the speaker attributed in the sentence,
 * else the person named last before it in the same sentence ("این نخستین سفر نماینده سازمان ملل
 * است، اما نخستین دیدار وی با …", "X confirmed that he was in Washington and met Y"), else as subjectOf.
 */
function pronounOf(ctx: MeetingContext, sentence: Sentence, at: number): string | null {
  if (ctx.quotes.some((q) => q.sentence === sentence.index)) return subjectOf(ctx, sentence, at);
  const before = refsIn(ctx, sentence.fStart, at).filter((r) => ctx.entities.get(r.key)?.named !== false).at(-1);
  return before?.key ?? subjectOf(ctx, sentence, at);
}

/** Whether the person's first reference in the clause follows a with-word ("با روحانی", "مع لافروف", "with Lavrov"): they are the other side of someone not named there. */
function afterWith(ctx: MeetingContext, key: string, from: number, to: number): boolean {
  const ref = refsIn(ctx, from, to).find((r) => r.key === key);
  const { tokens } = ctx.article;
  return ref !== undefined && [ref.first - 1, ref.first - 2].some((k) => k >= 0 && lexicon.withOther.has(tokens[k].text));
}

/** Whether a person is a spokesperson, by their role or a title the article gives them ("سخنگوی وزارت خارجه", "المتحدث باسم"). */
function isSpokesperson(ctx: MeetingContext, key: string): boolean {
  const spokes = /spokes|سخنگو|الناطق|المتحدث/i;
  return spokes.test(ctx.entities.get(key)?.role ?? "") || ctx.refs.some((r) => r.key === key && spokes.test(ctx.article.folded.text.slice(r.start, r.end)));
}

/** The person a pronoun subject stands for: the speaker attributed in this sentence, else the last one before. */
function subjectOf(ctx: MeetingContext, sentence: Sentence, at: number): string | null {
  const inSentence = ctx.quotes.find((q) => q.sentence === sentence.index);
  if (inSentence) return inSentence.speaker;
  const lastSpeaker = [...ctx.quotes].reverse().find((q) => q.end <= at)?.speaker;
  if (lastSpeaker) return lastSpeaker;
  // No one has spoken yet: the pronoun stands for the subject of the closest earlier sentence.
  for (let k = sentence.index - 1; k >= 0; k--) {
    const s = ctx.article.sentences[k];
    const first = refsIn(ctx, s.fStart, s.fEnd)[0];
    if (first) return first.key;
  }
  return null;
}

/** The subject of the closest earlier sentence, skipping someone (the first person named there who is not them). */
function lastSubjectBefore(ctx: MeetingContext, at: number, skip: string): string | null {
  for (const s of [...ctx.article.sentences].reverse()) {
    if (s.fEnd > at) continue;
    const first = refsIn(ctx, s.fStart, s.fEnd).find((r) => r.key !== skip);
    if (first) return first.key;
  }
  return null;
}

/** "با ترکیه و عراق": countries after a with-word stand for the article's one person from each. */
function countryParticipants(ctx: MeetingContext, from: number, to: number, group: CueGroup, present: string[]): string[] {
  const { tokens } = ctx.article;
  const out: string[] = [];
  const inRange = ctx.countries.filter((c) => c.start >= from && c.end <= to && c.first >= group.after);
  const endingAt = new Map(ctx.countries.map((c) => [c.after, c]));
  for (const country of inRange) {
    // Walk back over a list of countries (ترکیه و عراق) to the word before it.
    let k = country.first - 1;
    for (;;) {
      const previous = endingAt.get(k + 1);
      if (k >= 0 && COORDINATORS.has(tokens[k].text)) k--;
      else if (previous && previous.first <= k) k = previous.first - 1;
      else break;
    }
    if (k < 0 || !lexicon.withWords.has(tokens[k].text)) continue;
    // "گفتگو با روسیه" said of a Russian: a country a participant already represents is not the other side.
    if (present.some((key) => ctx.entities.get(key)?.country === country.code)) continue;
    const people = [...ctx.entities.values()].filter((e) => e.country === country.code && !present.includes(e.key));
    if (people.length === 1) out.push(people[0].key);
  }
  return out;
}

/**
 * Same participants, same event (no conflicting days) → one meeting, keeping the first evidence and
 * filling gaps. A second cue word of the same clause with some of the first one's people is that
 * meeting ("در دیدار خود با A و B درباره سوریه گفتگو کرد"); a meeting told again, in the same sentence
 * or another, with more of its people ("X received Y" in the lead, "X and Z received Y" later) is one
 * meeting of them all, unless the larger one is named multilateral (a bilateral, then a trilateral).
 */
function merge(ctx: MeetingContext, found: MeetingFinding[]): MeetingFinding[] {
  const text = ctx.article.folded.text;
  const subset = (a: MeetingFinding, b: MeetingFinding) => a !== b && a.mode === b.mode && a.participants.length < b.participants.length && a.participants.every((p) => b.participants.includes(p));
  const sameClause = (a: MeetingFinding, b: MeetingFinding) => a.sentence === b.sentence && b.cue < a.cue && !/[،,;؛:]/.test(text.slice(b.cue, a.cue));
  const out: MeetingFinding[] = [];
  for (const meeting of found) {
    if (found.some((other) => subset(meeting, other) && sameClause(meeting, other))) continue;
    const set = [...meeting.participants].sort().join("|");
    const same = out.find((m) => [...m.participants].sort().join("|") === set && (sameEvent(m, meeting) || sameCall(m, meeting)));
    if (!same) {
      out.push({ ...meeting });
      continue;
    }
    fill(same, meeting);
  }
  return out.filter((meeting) => {
    const larger = out.find((other) => subset(meeting, other) && !other.multi && sameEvent(meeting, other));
    if (larger) fill(larger, meeting);
    return !larger;
  });
}

/** What one report of a meeting adds to another of the same meeting. */
function fill(same: MeetingFinding, meeting: MeetingFinding): void {
  if (same.mode !== meeting.mode) { same.mode = "phone"; same.location = null; }
  same.location ??= meeting.location;
  same.date ??= meeting.date;
  same.offset ??= meeting.offset;
  same.inPerson ||= meeting.inPerson;
}

/**
 * "در گفتگو با …" in the lead and "طی گفتگوی تلفنی" in the body: talks of the same people told
 * once with no place and once as a phone call, on the same day, are that one call. Talks whose
 * own clause says the people were together ("التقيا على هامش القمة", "met", "visit") are not.
 */
function sameCall(a: MeetingFinding, b: MeetingFinding): boolean {
  if (a.mode === b.mode) return false;
  const inPerson = a.mode === "in_person" ? a : b;
  return inPerson.location === null && !inPerson.inPerson && sameEvent(a, { ...b, mode: a.mode });
}

function sameEvent(a: MeetingFinding, b: MeetingFinding): boolean {
  if (a.mode !== b.mode) return false;
  // "پیش از این نیز آنها … گفتگو کرده بودند": a meeting told as an earlier one is not the one reported.
  if (a.earlier !== b.earlier) return false;
  // Meetings of the same people in two different cities are two meetings ("met in New York … travelled to Tehran and met").
  if (a.location && b.location && a.location !== b.location) return false;
  if (a.date && b.date) return a.date === b.date;
  const da = a.offset ?? 0;
  const db = b.offset ?? 0;
  return Math.abs(da - db) <= SAME_EVENT_DAYS;
}

/** Sentences back within which the city a person was last placed in is where they met. */
const PRESENCE_REACH = 6;

/**
 * Places for meetings the text gives none: where a sentence before placed one of its people
 * ("وصل X إلى بغداد … استقبل", "خلال تواجده في أديس أبابا", "X from 10 to 12 November visited
 * Kabul", "on Thursday in Luanda, X accredited …"), the latest within a few sentences; else the
 * dateline's capital when the meeting's clause places it in that capital's country ("held talks
 * in Kenya" under NAIROBI). A sentence that tells of a planned trip places no one.
 */
function withPresence(ctx: MeetingContext, meetings: MeetingFinding[]): MeetingFinding[] {
  const open = meetings.filter((m) => m.location === null && m.mode === "in_person" && !m.earlier);
  if (open.length === 0) return meetings;
  const { article } = ctx;
  const presence: { sentence: number; key: string; city: string }[] = [];
  // A sentence whose own meeting found no place in its clause places people only past that clause ("…، الذي وصل إلى بغداد"),
  // never by a city the meeting's clause left out (the topic of the talks).
  const unplaced = new Map<number, number>();
  for (const m of open) unplaced.set(m.sentence, Math.max(unplaced.get(m.sentence) ?? 0, m.end));
  const needed = new Set(open.flatMap((m) => range(Math.max(0, m.sentence - PRESENCE_REACH), m.sentence + 1)));
  let r = 0;
  for (const sentence of article.sentences) {
    if (!needed.has(sentence.index)) continue;
    while (r < ctx.refs.length && ctx.refs[r].start < sentence.fStart) r++;
    const cut = unplaced.get(sentence.index);
    if (cut !== undefined && !startsRelative(article, cut)) continue;
    const place = venueIn(article, cut ?? sentence.fStart, sentence.fEnd);
    if (!place || hasPlanned(article, sentence.fStart, sentence.fEnd)) continue;
    // The sentence's subject: the first person it names, else the one a pronoun or an unsaid subject stands for.
    let k = r;
    while (k < ctx.refs.length && ctx.refs[k].start < sentence.fEnd && ctx.entities.get(ctx.refs[k].key)?.named === false) k++;
    const key = k < ctx.refs.length && ctx.refs[k].end <= sentence.fEnd ? ctx.refs[k].key : subjectOf(ctx, sentence, place.start);
    if (key) presence.push({ sentence: sentence.index, key, city: place.city });
  }
  const dateline = datelineCapital(ctx);
  for (const meeting of open) {
    const where = presence.filter((p) => p.sentence <= meeting.sentence && p.sentence >= meeting.sentence - PRESENCE_REACH && meeting.participants.includes(p.key)).at(-1);
    if (where) meeting.location = where.city;
    else if (dateline && placesCountry(ctx, meeting, dateline.country)) meeting.location = dateline.city;
  }
  return meetings;
}

/** Whether a relative pronoun ("الذي", "who") is the first word at or after a folded offset. */
function startsRelative(article: ArticleText, at: number): boolean {
  const word = article.tokens[tokenIndexAt(article.tokens, at)]?.text ?? "";
  return lexicon.relative.has(word) || (article.clitics && /^[وف]/.test(word) && lexicon.relative.has(word.slice(1)));
}

/** Characters from a line's start within which a dateline's city stands ("MOSCOW (Sputnik) –", "كاراكاس، 20 فبراير"). */
const DATELINE_CITY_REACH = 3;

/** The capital a dateline opens with (at the start of a dateline line or of the first body line, set off by a dash, comma or bracket). */
function datelineCapital(ctx: MeetingContext): { city: string; country: string } | null {
  const { article } = ctx;
  const text = article.folded.text;
  const firstBody = article.lines.find((l) => l.kind === "body");
  let first = 0;
  for (const line of article.lines) {
    while (first < article.tokens.length && article.lineOfToken[first] < line.index) first++;
    if (first >= article.tokens.length) break;
    if (article.lineOfToken[first] !== line.index) continue;
    const city = findCities(article.tokens, text, article.tokens[first].start, article.tokens[Math.min(article.tokens.length - 1, first + DATELINE_CITY_REACH)].end, article.clitics)[0];
    // "بيروت-سانا" on a line of its own, "MOSCOW (Sputnik) –", or "كاراكاس، 20 فبراير …" opening the dateline or the story.
    const mark = line.kind === "dateline" || line === firstBody ? /^\s*[-–—,،(/:]/ : /^\s*[-–—(/]/;
    if (city?.country && city.first === first && mark.test(text.slice(city.end, city.end + 3))) return { city: city.city, country: city.country };
    if (line === firstBody) break;
  }
  return null;
}

/** Whether the meeting's clause names the country with a place preposition ("در لبنان", "in Kenya", "بلبنان"). */
function placesCountry(ctx: MeetingContext, meeting: MeetingFinding, code: string): boolean {
  const { tokens } = ctx.article;
  const text = ctx.article.folded.text;
  return ctx.countries.some((c) => c.code === code && c.start >= meeting.start && c.end <= meeting.end && (isPlacePreposition(tokens[c.first - 1]?.text ?? "") || isPlacePreposition(text.slice(tokens[c.first].start, c.start))));
}

/** Sentences back within which a further meeting ("also met") keeps the city of the meeting told before. */
const ALSO_REACH = 6;

/**
 * A meeting with no place written takes the place of a meeting of the same event sharing a
 * participant; a further meeting ("also met", "كما التقى", "همچنین … دیدار کرد") keeps the city
 * of the last meeting of the same person told before it, unless they are days apart.
 */
function inheritLocations(meetings: MeetingFinding[]): MeetingFinding[] {
  for (const meeting of meetings) {
    if (meeting.location || meeting.mode === "phone") continue;
    const source = meetings.find((m) => m !== meeting && m.location && sameEvent(m, meeting) && m.participants.some((p) => meeting.participants.includes(p)));
    if (source) meeting.location = source.location;
  }
  meetings.forEach((meeting, i) => {
    if (meeting.location || meeting.mode === "phone" || !meeting.also || meeting.earlier) return;
    const before = meetings.slice(0, i).reverse().find((m) => m.mode === "in_person" && m.sentence >= meeting.sentence - ALSO_REACH && m.participants.some((p) => meeting.participants.includes(p)));
    if (before?.location && !before.earlier && !(before.date && meeting.date && before.date !== meeting.date)) meeting.location = before.location;
  });
  return meetings;
}
