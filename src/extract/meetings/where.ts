/**
 * The city a meeting took place in: written in its clause (with a place preposition, a venue, a
 * landmark or an event's name), else where the sentences before placed its people, a further
 * meeting's predecessor, or the dateline's capital when the clause names its country.
 */
import type { ArticleText } from "../article-text.ts";
import { isPlacePreposition } from "../countries.ts";
import { findCities, findPlaces } from "../places.ts";
import { range, tokenIndexAt } from "../tokens.ts";
import { cueGroups, hasPlanned, startsRelative } from "./clauses.ts";
import type { MeetingContext, MeetingFinding } from "./context.ts";
import { lexicon } from "./lexicon.ts";
import { sameEvent } from "./merge.ts";
import { subjectOf } from "./participants.ts";

/**
 * The meeting's place between two folded offsets: the first place written with an in-preposition
 * ("در ژنو", "في جنيف", "in Geneva"), else the first a trip is headed to ("سفر به مسکو"). Never a
 * trip's invited or planned destination ("برای سفر به تهران دعوت کرد"), where someone came from
 * ("از تهران", "from Tehran"), or a place inside the topic of the talks ("درباره آتش‌بس در بیروت").
 */
export function venueIn(article: ArticleText, from: number, to: number) {
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

/** Whether the place at token `at` is where an envoy is posted ("سفير سوريا في موسكو", "سفیر جدید چین در آنکارا"), not where they met. */
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

/** Tokens after "on the sidelines of" within which the event's name may hold its city ("على هامش منتدى الدوحة"). */
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
  const unbroken = (m: { after: number }) => m.after <= at && !/[،,:;؛«»“”"()]/.test(text.slice(tokens[m.after - 1].end, tokens[at].start));
  if (lexicon.upcoming.findIn(tokens, text, first, at, { clitics: article.clitics }).some(unbroken)) return true;
  // "the upcoming visit of President X to Hanoi": the visitor's name may stand between the coming visit and its destination.
  return lexicon.preparedVisit.findIn(tokens, text, Math.max(tokenIndexAt(tokens, from), at - PREPARED_VISIT_REACH), at, { clitics: article.clitics }).some(unbroken);
}

/** Tokens before a destination within which a coming visit's phrase (lexicon preparedVisit) may open, its visitor named between. */
const PREPARED_VISIT_REACH = 10;

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

/** Sentences back within which the city a person was last placed in is where they met. */
const PRESENCE_REACH = 6;

/** Sentences after a meeting within which a person placed in a city, with no place told before, places it. */
const PRESENCE_AFTER = 2;

/**
 * Places for meetings the text gives none: where a sentence before placed one of its people
 * ("وصل X إلى بغداد … استقبل", "خلال وجوده في نيروبي", "X visited Kabul for three days",
 * "on Sunday in Lima, X opened …"), the latest within a few sentences; else the
 * dateline's capital when the meeting's clause places it in that capital's country ("held talks
 * in Kenya" under NAIROBI). A sentence that tells of a planned trip places no one.
 */
export function withPresence(ctx: MeetingContext, meetings: MeetingFinding[]): MeetingFinding[] {
  const open = meetings.filter((m) => m.location === null && m.mode === "in_person" && !m.earlier);
  if (open.length === 0) return meetings;
  const { article } = ctx;
  const presence: { sentence: number; key: string; city: string }[] = [];
  // A sentence whose own meeting found no place in its clause places people only past that clause ("…، الذي وصل إلى الرباط"),
  // never by a city the meeting's clause left out (the topic of the talks).
  const unplaced = new Map<number, number>();
  for (const m of open) unplaced.set(m.sentence, Math.max(unplaced.get(m.sentence) ?? 0, m.end));
  const needed = new Set(open.flatMap((m) => range(Math.max(0, m.sentence - PRESENCE_REACH), m.sentence + PRESENCE_AFTER + 1)));
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
    // "… met Y. The delegation had arrived in Tehran on Friday": with no place told before, one told just after.
    const where = presence.filter((p) => p.sentence <= meeting.sentence && p.sentence >= meeting.sentence - PRESENCE_REACH && meeting.participants.includes(p.key)).at(-1)
      ?? presence.find((p) => p.sentence > meeting.sentence && p.sentence <= meeting.sentence + PRESENCE_AFTER && meeting.participants.includes(p.key) && !startsAnotherTrip(ctx, p.sentence));
    if (where) meeting.location = where.city;
    else if (dateline && placesCountry(ctx, meeting, dateline.country)) meeting.location = dateline.city;
  }
  return meetings;
}

/** Characters from a line's start within which a dateline's city stands ("MOSCOW (Sputnik) –", "تونس، 3 مايو"). */
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
    // "دمشق-سانا" on a line of its own, "MOSCOW (Sputnik) –", or "تونس، 3 مايو …" opening the dateline or the story.
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
export function inheritLocations(meetings: MeetingFinding[]): MeetingFinding[] {
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

/** Whether a sentence tells a meeting of its own (a cue not referring back): the place it gives is that meeting's. */
function startsAnotherTrip(ctx: MeetingContext, index: number): boolean {
  return cueGroups(ctx.article, ctx.article.sentences[index]).some((g) => !g.anaphoric);
}
