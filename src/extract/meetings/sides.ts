/**
 * Who took part in a meeting told by a cue: the people of its clause and the subject a pronoun or
 * possessive stands for, without senders, reporters and travel companions; and, for a list of
 * counterparts, one meeting each unless the text puts them together (eval/CONVENTIONS.md R-list).
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { COORDINATORS, hasWithClitic } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { PhraseMatcher } from "../phrase-matcher.ts";
import { findCities } from "../places.ts";
import type { QuoteFinding } from "../quotes/index.ts";
import { tokenIndexAt } from "../tokens.ts";
import { inRange, namedKeysIn, range, refsIn, type CueGroup, type MeetingContext } from "./context.ts";
import { lexicon } from "./lexicon.ts";

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
    // "استقبل بوتين ولافروف ظريف": people joined to the first one right after the cue are its subject too.
    let n = 1;
    while (n < counterparts.length - 1 && joinedTo(article, firstRef.get(counterparts[n - 1]), firstRef.get(counterparts[n]))) n++;
    subjects = counterparts.slice(0, n);
    counterparts = counterparts.slice(n);
  }
  if (pivot === null && counterparts.length === 0) [subjects, counterparts] = objectsBefore(article, group, subjects, firstRef) ?? [subjects, counterparts];
  if (subjects.length === 0 || counterparts.length < 2) return [participants];
  const firstCounterpart = Math.min(...counterparts.map((key) => firstRef.get(key)!.first));
  if (!inRange(lexicon.separately, article, from, to) && (together(article, group, from, to, firstCounterpart) || (counterparts.length === 2 && dualAfter(article, firstCounterpart, to)))) return [participants];
  return counterparts.map((key) => [...subjects, key, ...present]);
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
function companionsIn(ctx: MeetingContext, from: number, to: number): Set<string> {
  const { article } = ctx;
  const { tokens } = article;
  const refs = refsIn(ctx, from, to);
  const phrases = lexicon.companion.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics });
  const after = (r: PersonRef) => phrases.some((m) => r.first >= m.after && r.first - m.after <= OWNER_REACH);
  return new Set(refs.filter((r) => refs.filter((o) => o.key === r.key).every(after)).map((r) => r.key));
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
  for (let k = from; k < marker; k++) if (/[،,;؛]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) from = k;
  const objects = named.filter((key) => { const k = firstRef.get(key)?.first ?? -1; return k >= from && k < marker; });
  const subjects = named.filter((key) => !objects.includes(key));
  return objects.length > 0 && subjects.length > 0 ? [subjects, objects] : null;
}

/** Tokens after a meeting noun within which its with-word stands ("دیدار خود با", "a meeting with", "a meeting in Geneva on Monday with"). */
const JOINT_WITH_REACH = 8;

/** Whether the clause names one occasion for all its counterparts (see bySide). */
export function together(article: ArticleText, group: CueGroup, from: number, to: number, firstCounterpart: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  // "received a delegation headed by A and including B": the members of one delegation came together.
  if ([lexicon.multilateral, lexicon.ceremony, lexicon.delegationHead].some((m) => inRange(m, article, from, to))) return true;
  // "was received at the airport by A and B": one guest received by several hosts at once.
  if (lexicon.passiveReception.findIn(tokens, text, Math.max(0, group.first - 1), group.after, options).some((m) => m.after >= group.after - 1)) return true;
  if (lexicon.pluralGuests.findIn(tokens, article.folded.text, group.after, firstCounterpart, options).length > 0) return true;
  // "در دیدار خود با A و B", "a meeting with A and B"; "دیدار A و B", "لقاء A وB": the people of one meeting noun.
  const noun = lexicon.jointMeeting.findIn(tokens, text, Math.max(0, group.first - 1), group.after, options).at(-1);
  if (noun === undefined) return false;
  if (firstCounterpart >= noun.after && firstCounterpart - noun.after <= 1) return true;
  // "held a meeting in Geneva on Monday with A and B": the with-word may follow the noun's place and day, within the clause.
  const withWord = range(noun.after, Math.min(firstCounterpart, noun.after + JOINT_WITH_REACH)).find((k) => k < tokens.length && lexicon.withOther.has(tokens[k].text));
  return withWord !== undefined && !/[،,:;؛]/.test(text.slice(tokens[noun.after - 1].end, tokens[withWord].start));
}

/** Tokens after a person within which a speech verb makes them the reporter of the meeting ("Kaifu, the spokesperson for the ministry, said"). */
const REPORTER_REACH = 10;

/** Tokens between a person and the speech verb they are the subject of ("Ahmadi, the spokesman, stated"). */
const REPORTER_VERB_GAP = 2;

/** Tokens between the one an envoy speaks for and the envoy's own name ("مبعوث الأمين العام للأمم المتحدة إلى اليمن جمال بنعمر"). */
const ENVOY_NAME_REACH = 8;

/** Tokens after a sender or companion phrase within which their person starts ("پیام کتبی پوتین"). */
const OWNER_REACH = 2;

/**
 * Leaves out the people of the clause who did not take part: the sender of a message or
 * invitation ("پیام پوتین را تسلیم کرد", "received a letter from Putin"), someone who only reports
 * the meeting, a person the talks were about ("درباره پوتین"), the one an envoy speaks for ("مبعوث
 * الأمين العام"), and a travel companion ("به همراه لاوروف … سفر کرد", "accompanied Putin to"), who
 * counts only beside a third person. Attendees stay: they took part (see attendeeRefs).
 */
export function withoutBystanders(ctx: MeetingContext, sentence: Sentence, group: CueGroup, from: number, to: number, participants: string[]): string[] {
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
      for (const r of ref ? withTheirName(refs, ref, broken) : []) out.add(r);
    }
    return out;
  };
  // "به دعوت لاوروف", "بدعوة من": the host who invited is met.
  const atInvitation = (m: { first: number }) => lexicon.invitationBefore.has(tokens[m.first - 1]?.text ?? "") || lexicon.invitationStarts.some((start) => tokens[m.first].text.startsWith(start));
  // "تلقى دعوة من لافروف خلال اتصال هاتفي": the one who calls to invite is on the call.
  const call = lexicon.phone.matchAt(tokens, text, group.first, options) !== null;
  // "اعتماد نامه X" (X's credentials): a letter word inside a credentials phrase sends no message.
  const credentials = lexicon.ceremony.findIn(tokens, text, first, last, options);
  const inCredentials = (m: { first: number }) => credentials.some((c) => c.first < m.first && m.first < c.after);
  const dropped = call ? new Set<PersonRef>() : owned(lexicon.sender, (m) => atInvitation(m) || inCredentials(m));
  // "للترتيب لزيارة الدكتور X", "to prepare for the visit of X": whose coming visit was prepared is told of.
  for (const r of owned(lexicon.preparedVisit, () => false)) dropped.add(r);
  // "نقل ترامب تحياته الحارة إلى الرئيس الكوري لي", "conveyed the greetings of X to Y": whose regards they are and whom they go to are told of.
  for (const ref of greetedRefs(ctx, refs, first, last, broken)) dropped.add(ref);
  // "با کری درباره نامه پوتین گفتگو کرد", "talked with Kerry about Putin's letter": a person in the topic, with no with-word after
  // the topic word to bring a counterpart in, is talked about.
  for (const m of lexicon.topic.findIn(tokens, text, first, last, options)) {
    for (const r of refs) if (r.first >= m.after && r.first - m.after <= OWNER_REACH && !broken(m.after - 1, r.first) && !range(m.after, r.first).some((k) => lexicon.withWords.has(tokens[k].text))) dropped.add(r);
  }
  // "التقى هادي مبعوث الأمين العام جمال بنعمر", "met the envoy of the Secretary-General": the one the envoy speaks for, right after, is not there.
  for (const m of lexicon.envoyOf.findIn(tokens, text, first, last, options)) {
    const principal = refs.find((r) => r.first === m.after);
    // The envoy named after the principal ("مبعوث الأمين العام جمال بنعمر"), or the envoy word a title of someone else's
    // (Persian: "X، فرستاده ویژه ترامپ", "X معاون وزیر و نماینده پوتین").
    const envoy = principal && refs.some((r) => r.key !== principal.key && ((r.first > principal.first && r.first - principal.after <= ENVOY_NAME_REACH) || r.first === m.first));
    if (!principal || !envoy) continue;
    // A title read over the envoy word and the principal ("مبعوث بوتين" as a title of Putin's) is the principal too.
    for (const r of refs) if (r.key === principal.key && r.first >= m.first && r.first <= principal.first) dropped.add(r);
  }
  // "…, ministry spokesman Anurag Srivastava said on Thursday", "…, Kaifu, the spokesperson for the ministry, said":
  // a person set off after the cue as the subject of a speech verb reports the meeting.
  // "In a phone conversation with Kerry, Zarif said …": the subject after a fronted phrase that holds the cue owns it
  // (the first person after it: no one else stands in its clause before them).
  // "Talking to Kerry on Monday, Zarif said …": so does a sentence that opens with the cue itself, unless "between" names its people.
  const opener = (group.first === sentence.first && !lexicon.between.has(tokens[group.after]?.text ?? "")) || lexicon.frontedOpeners.findIn(tokens, text, sentence.first, Math.min(sentence.after, sentence.first + 2), options).some((m) => m.first === sentence.first);
  const fronted = opener && !broken(sentence.first, group.first);
  for (const r of refs) {
    if (r.first < group.after || !broken(group.after - 1, r.first)) continue;
    if (fronted && !isSpokesperson(ctx, r.key) && !refs.some((o) => o.first < r.first && o.key !== r.key && o.first > group.after && broken(o.first, r.first) === false)) continue;
    const stop = Math.min(sentence.after, r.after + REPORTER_REACH);
    for (let k = r.after; k < stop; k++) {
      if (inCue(k) || refs.some((o) => o.first === k && o.key !== r.key) || lexicon.cues.matchAt(tokens, text, k, options)) break;
      // "met the head of the bureau, Y, and they agreed that …": a verb with a subject of its own is not Y's.
      if (lexicon.pronouns.has(tokens[k].text) || lexicon.bothSides.matchAt(tokens, text, k, options)) break;
      if (lexicon.speechVerbs.matchAt(tokens, text, k, options)) { dropped.add(r); break; }
    }
  }
  // "the aide stated, Zarif has received Kerry", "ظريف قال إن لافروف التقى كيري": the subject of a speech verb before the cue,
  // with others named between that verb and the cue, only reports the meeting.
  for (const r of refs) {
    if (r.after > group.first) break;
    const verb = lexicon.speechVerbs.findIn(tokens, text, r.after, Math.min(group.first, r.after + REPORTER_VERB_GAP + 1), options)[0];
    if (!verb || verb.after > group.first) continue;
    // "Zarif told Kerry in a phone call that …": the one told, right after a verb of telling, is who they talked to.
    const toldTo = (o: PersonRef) => lexicon.tellVerbs.findIn(tokens, text, verb.first, verb.after, options).length > 0 && o.first - verb.after <= 1;
    if (refs.some((o) => o.key !== r.key && o.first >= verb.after && o.first < group.first && !toldTo(o))) dropped.add(r);
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

/**
 * A reference with the references of the same person right after it ("نظيره الفرنسي السيد افرانسوا هولاند", "الرئيس
 * الكوري الجنوبي لي جيه ميونغ"): a title and the name after it are one mention of them, told of together.
 */
function withTheirName(refs: PersonRef[], ref: PersonRef, broken: (a: number, b: number) => boolean): PersonRef[] {
  const out = [ref];
  for (let r = ref; ; ) {
    const next = refs.find((o) => o.key === ref.key && o.first >= r.after && o.first - r.after <= OWNER_REACH && !broken(r.after - 1, o.first));
    if (!next) return out;
    out.push((r = next));
  }
}

/** Tokens after a greetings noun within which the preposition of whom they go to stands ("تحياته الحارة إلى"). */
const GREETED_REACH = 4;

/** References of the people regards are conveyed from or to (see lexicon `greetings`). */
function greetedRefs(ctx: MeetingContext, refs: PersonRef[], first: number, last: number, broken: (a: number, b: number) => boolean): PersonRef[] {
  const { article } = ctx;
  const { tokens } = article;
  const out: PersonRef[] = [];
  const after = (k: number) => refs.find((r) => r.first >= k && r.first - k <= OWNER_REACH && !broken(k - 1, r.first));
  for (const m of lexicon.greetings.findIn(tokens, article.folded.text, first, last, { clitics: article.clitics })) {
    const from = after(m.after);
    if (from) out.push(...withTheirName(refs, from, broken));
    const to = range(m.after, Math.min(last, m.after + GREETED_REACH)).find((k) => lexicon.greetingsTo.has(tokens[k].text));
    const recipient = to === undefined ? undefined : after(to + 1);
    if (recipient) out.push(...withTheirName(refs, recipient, broken));
  }
  return out;
}

/** Tokens after a cue noun within which a verb of going makes it the subject's visit ("به دیدار رئیس جمهور افغانستان رفت"). */
const WENT_REACH = 6;

/** Words between a told-of preposition and its cue noun ("از موضوع دیدار"). */
const TOLD_OF_GAP = 1;

/**
 * Whether the cue is a noun told of after a preposition ("از دیدار", "به گفتگوی تلفنی", "عن لقاء"),
 * not in a time phrase ("پس از دیدار"), with a person right after it as its owner ("دیدار ظریف", "spoke
 * of the talks the new minister held with X").
 */
export function toldOf(ctx: MeetingContext, group: CueGroup): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const first = Math.max(0, group.first - 2 - TOLD_OF_GAP);
  const prep = lexicon.reportedOf.findIn(tokens, text, first, group.first, { clitics: article.clitics }).filter((m) => m.after <= group.first && group.first - m.after <= TOLD_OF_GAP).at(-1);
  if (!prep || lexicon.timeBefore.has(tokens[prep.first - 1]?.text ?? "")) return false;
  // "کری به دیدار ظریف رفت": going to see someone is the subject's own meeting.
  if (range(group.after, Math.min(tokens.length, group.after + WENT_REACH)).some((k) => lexicon.wentTo.has(tokens[k].text))) return false;
  // Nothing but words may stand between them: no comma, no person.
  if (/[،,:;؛«»“”"()]/.test(text.slice(tokens[prep.after - 1].end, tokens[group.first].start))) return false;
  if (refsIn(ctx, tokens[prep.after - 1].end, tokens[group.first].start).length > 0) return false;
  // "پس از ورود به ژنو مورد استقبال کری قرار گرفت": a city after the preposition is where the trip went, not a meeting told of.
  if (findCities(tokens, text, tokens[prep.after - 1].end, tokens[group.first].start, article.clitics).length > 0) return false;
  // The person may be a title of several words ("حول اتصال الرئيس الروسي X بنظيره"), after "the" or "new" ("the new Indian Prime Minister").
  const sentenceEnd = article.sentences[article.sentenceOfToken[group.first]]?.fEnd ?? text.length;
  for (let k = group.after; k < tokens.length; k++) {
    if (refsIn(ctx, tokens[k].start, sentenceEnd).some((r) => r.first === k)) return true;
    if (!lexicon.toldOfOwnerOpeners.has(tokens[k].text)) return false;
  }
  return false;
}

/** People in the clause: references, plural titles, countries after "with", the quote's speaker, a pronoun subject. */
export function participantsIn(ctx: MeetingContext, from: number, to: number, group: CueGroup, sentence: Sentence, quote: QuoteFinding | undefined): string[] {
  const keys: string[] = [];
  const add = (key: string | null | undefined) => { if (key && !keys.includes(key)) keys.push(key); };
  const { tokens } = ctx.article;
  let thirdPerson = false;
  // "The minister also met with X, who asked him to …": a subject before the cue is none of the people it meets.
  const met = new Set(refsIn(ctx, tokens[group.after - 1].end, to).map((r) => r.key));
  const metBy = (k: number) => (k < group.first ? met : NO_ONE);
  for (let k = tokens.findIndex((t) => t.start >= from); k >= 0 && k < tokens.length && tokens[k].end <= to; k++) {
    // "از وی دعوت کرد": a pronoun after a preposition is an object, not the subject who meets.
    const before = tokens[k - 1]?.text ?? "";
    if (!lexicon.pronouns.has(tokens[k].text) || lexicon.withWords.has(before) || lexicon.prepositions.has(before)) continue;
    // "“On the sidelines, he [Jaishankar] had bilateral meetings,” Srivastava said": in their own words a speaker is not "he".
    if (quote?.direct) {
      thirdPerson = true;
      add(lastSubjectBefore(ctx, quote.start, quote.speaker));
    } else add(pronounOf(ctx, sentence, tokens[k].start, metBy(k)));
  }
  // "the minister met with X": a bare role noun opening the clause, with no name of its own, stands for the subject like "he".
  const role = roleSubjectAt(ctx, from, group);
  if (role !== null) add(pronounOf(ctx, sentence, tokens[role].start, met));
  const items: { start: number; keys: string[] }[] = [
    ...refsIn(ctx, from, to).map((r) => ({ start: r.start, keys: [r.key] })),
    ...ctx.groups.filter((g) => g.start >= from && g.end <= to).map((g) => ({ start: g.start, keys: g.keys })),
  ].sort((a, b) => a.start - b.start);
  for (const item of items) item.keys.forEach(add);
  for (const key of countryParticipants(ctx, from, to, group, keys)) add(key);
  if (keys.length < 2) for (const key of titledCountryParticipants(ctx, from, to, keys)) add(key);
  // "Kerry received him", "با وی دیدار کرد", "واستقبله كيري": the one met, told before.
  if (objectPronounIn(ctx, from, to, group)) add(objectOf(ctx, sentence, keys));
  // "خلال لقائه", "دیدار خود با": the owner of the meeting is the clause's subject.
  if (lexicon.withSubject.findIn(tokens, ctx.article.folded.text, group.first, group.after + 1, { clitics: ctx.article.clitics }).length > 0) {
    // The owner is the sentence's own subject when it names one before the cue ("Zarif discussed Syria in a meeting with Lavrov and
    // Kerry"; "X درباره گفتگو با روسیه توضیح داد", where X is already here); else, with one person named, the subject told before.
    // One met in an earlier meeting phrase ("In addition to the meeting with Kerry, Zarif had meetings with …") owns none.
    const cueStart = tokens[group.first].start;
    const sameZone = (r: PersonRef) => (quote ? r.start >= quote.start : !ctx.quotes.some((q) => q.start <= r.start && r.start < q.end && q.end <= cueStart));
    const met = (r: PersonRef) => [r.first - 1, r.first - 2].some((k) => k >= 0 && lexicon.withOther.has(tokens[k].text));
    const own = refsIn(ctx, sentence.fStart, cueStart).find((r) => sameZone(r) && ctx.entities.get(r.key)?.named !== false && !met(r));
    const subject = keys.length < 2 ? (quote?.speaker ?? own?.key ?? subjectOf(ctx, sentence, cueStart)) : own?.key;
    if (subject && !keys.includes(subject)) keys.unshift(subject);
  }
  // Inside their own words the speaker is one side ("Putin gave us the chance to meet") unless two others are named;
  // in reported speech the speaker only narrates (but see meetingsAt).
  if (quote?.direct && !thirdPerson && keys.length < 2 && !keys.includes(quote.speaker)) keys.unshift(quote.speaker);
  return keys;
}

/**
 * The token of an English role noun standing as the meeting's subject ("the minister", "the host"): the first words of the
 * clause, before the cue, with no person named in the clause before the cue (a name right after it makes it that name's title).
 */
function roleSubjectAt(ctx: MeetingContext, from: number, group: CueGroup): number | null {
  const { article } = ctx;
  const { tokens } = article;
  const cueStart = tokens[group.first].start;
  if (refsIn(ctx, from, cueStart).length > 0) return null;
  for (let k = tokenIndexAt(tokens, from); k < group.first; k++) {
    const m = lexicon.roleSubjects.matchAt(tokens, article.folded.text, k);
    if (!m) continue;
    const before = tokens[k - 1]?.text ?? "";
    return lexicon.withWords.has(before) || lexicon.prepositions.has(before) ? null : k;
  }
  return null;
}

/** Whether the clause has a pronoun for the one met: after a with-word or the cue verb, before را, or written onto an Arabic cue verb. */
function objectPronounIn(ctx: MeetingContext, from: number, to: number, group: CueGroup): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const bare = (word: string) => (article.clitics && /^[وف]/.test(word) && !lexicon.objectPronouns.has(word) ? word.slice(1) : word);
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) {
    if (!lexicon.objectPronouns.has(bare(tokens[k].text))) continue;
    if (article.clitics) { if (k >= group.first && k <= group.after) return true; continue; }
    const before = tokens[k - 1]?.text ?? "";
    const next = tokens[k + 1];
    // "received him"; a Persian pronoun after a meeting noun is its owner ("دیدار وی با پوتین"), not the one met.
    const cueBefore = k === group.after && /[a-z]/.test(tokens[k].text);
    if (lexicon.objectMarker.has(next?.text ?? "")) return true;
    if (!lexicon.withWords.has(before) && !cueBefore) continue;
    // "met her counterpart X": an English pronoun before a noun is a possessive.
    if (/[a-z]/.test(tokens[k].text) && next && next.end <= to && !/[,.;:]/.test(text.slice(tokens[k].end, next.start)) && !lexicon.afterObjectPronoun.has(next.text)) continue;
    return true;
  }
  return false;
}

/** The person an object pronoun stands for: the first named in the closest sentence before that names someone not in the clause. */
function objectOf(ctx: MeetingContext, sentence: Sentence, keys: string[]): string | null {
  for (let s = sentence.index - 1; s >= Math.max(0, sentence.index - OBJECT_REACH); s--) {
    const before = ctx.article.sentences[s];
    const ref = refsIn(ctx, before.fStart, before.fEnd).find((r) => ctx.entities.get(r.key)?.named !== false);
    if (ref) return keys.includes(ref.key) ? null : ref.key;
  }
  return null;
}

/** Sentences back within which an object pronoun's person is named. */
const OBJECT_REACH = 2;

/**
 * The person a pronoun in a meeting's clause stands for: the speaker attributed in the sentence,
 * else the person named last before it in the same sentence ("این نخستین سفر لاوروف به تهران
 * است، اما دیدار وی با …", "X wrote that he was in Oslo and met Y"), else as subjectOf; never one
 * of `skip` (the people a subject before the cue meets).
 */
function pronounOf(ctx: MeetingContext, sentence: Sentence, at: number, skip: ReadonlySet<string>): string | null {
  if (ctx.quotes.some((q) => q.sentence === sentence.index && !skip.has(q.speaker))) return subjectOf(ctx, sentence, at, skip);
  const before = refsIn(ctx, sentence.fStart, at).filter((r) => ctx.entities.get(r.key)?.named !== false && !skip.has(r.key)).at(-1);
  return before?.key ?? subjectOf(ctx, sentence, at, skip);
}

/** No one to leave out. */
const NO_ONE: ReadonlySet<string> = new Set();

/** Whether the person's first reference in the clause follows a with-word ("با روحانی", "مع لافروف", "with Lavrov"): they are the other side of someone not named there. */
export function afterWith(ctx: MeetingContext, key: string, from: number, to: number): boolean {
  const ref = refsIn(ctx, from, to).find((r) => r.key === key);
  const { tokens } = ctx.article;
  return ref !== undefined && [ref.first - 1, ref.first - 2].some((k) => k >= 0 && lexicon.withOther.has(tokens[k].text));
}

/** Whether a person is a spokesperson, by their role or a title the article gives them ("سخنگوی وزارت خارجه", "المتحدث باسم"). */
export function isSpokesperson(ctx: MeetingContext, key: string): boolean {
  const spokes = /spokes|سخنگو|الناطق|المتحدث/i;
  return spokes.test(ctx.entities.get(key)?.role ?? "") || ctx.refs.some((r) => r.key === key && spokes.test(ctx.article.folded.text.slice(r.start, r.end)));
}

/** The person a pronoun subject stands for: the speaker attributed in this sentence, else the last one before; never one of `skip`. */
export function subjectOf(ctx: MeetingContext, sentence: Sentence, at: number, skip: ReadonlySet<string> = NO_ONE): string | null {
  const inSentence = ctx.quotes.find((q) => q.sentence === sentence.index && !skip.has(q.speaker));
  if (inSentence) return inSentence.speaker;
  const lastSpeaker = [...ctx.quotes].reverse().find((q) => q.end <= at && !skip.has(q.speaker))?.speaker;
  if (lastSpeaker) return lastSpeaker;
  // No one has spoken yet: the pronoun stands for the subject of the closest earlier sentence.
  for (let k = sentence.index - 1; k >= 0; k--) {
    const s = ctx.article.sentences[k];
    const first = refsIn(ctx, s.fStart, s.fEnd).find((r) => !skip.has(r.key));
    if (first) return first.key;
  }
  return null;
}

/**
 * "X said … . جاء ذلك خلال مؤتمر صحافي مشترك مع Y": a sentence opening with a saidThen phrase places what the sentence
 * before said at the occasion it tells; the one who said it (the speaker quoted there, else the first person it names)
 * is the subject its clause leaves unsaid. Null for other sentences.
 */
export function saidThenBy(ctx: MeetingContext, sentence: Sentence): string | null {
  const { article } = ctx;
  const before = article.sentences[sentence.index - 1];
  if (!before || !lexicon.saidThen.matchAt(article.tokens, article.folded.text, sentence.first, { clitics: article.clitics })) return null;
  const quoted = ctx.quotes.find((q) => q.sentence === before.index);
  return quoted?.speaker ?? namedKeysIn(ctx, before.fStart, before.fEnd)[0] ?? null;
}

/** Words a sentence may open with before a cue whose subject it leaves unsaid ("ثم", "كما", "وفي وقت لاحق"). */
const DROPPED_SUBJECT_REACH = 4;

/**
 * "وصل X إلى طهران اليوم. والتقى بوزير الخارجية Y": an Arabic sentence that opens with its cue, names no one before it and only
 * the one person met after a with-word (مع، بـ) leaves its subject unsaid: the one the sentence before quotes, else the first
 * person it names. Null otherwise ("والتقى الرئيس Y" may name its own subject).
 */
export function droppedSubject(ctx: MeetingContext, sentence: Sentence, group: CueGroup, other: string): string | null {
  const { article } = ctx;
  const { tokens } = article;
  if (!article.clitics || group.first - sentence.first > DROPPED_SUBJECT_REACH) return null;
  if (refsIn(ctx, sentence.fStart, tokens[group.first].start).length > 0) return null;
  const ref = refsIn(ctx, tokens[group.after - 1].end, sentence.fEnd).find((r) => r.key === other);
  if (!ref || !afterWithWord(article, ref)) return null;
  const before = article.sentences[sentence.index - 1];
  if (!before) return null;
  const subject = ctx.quotes.find((q) => q.sentence === before.index)?.speaker ?? namedKeysIn(ctx, before.fStart, before.fEnd)[0];
  return subject !== undefined && subject !== other ? subject : null;
}

/** Whether a with-word stands right before a reference, as a word ("مع", "ومع") or a clitic on its first word ("بوزير"). */
function afterWithWord(article: ArticleText, ref: PersonRef): boolean {
  const { tokens } = article;
  const word = tokens[ref.first - 1]?.text ?? "";
  if (hasWithClitic(lexicon.withOther, word)) return true;
  return /ب$/.test(article.folded.text.slice(tokens[ref.first].start, ref.start));
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
 * "Venezuela’s and Suriname’s foreign ministers held a call", "وزيرا خارجية مصر والأردن": a plural title beside a list
 * of two or more countries stands for the article's one person from each (lexicon `pluralTitles`).
 */
function titledCountryParticipants(ctx: MeetingContext, from: number, to: number, present: string[]): string[] {
  const { article } = ctx;
  const { tokens } = article;
  const startingAt = new Map(ctx.countries.map((c) => [c.first, c]));
  const endingAt = new Map(ctx.countries.map((c) => [c.after, c]));
  const skip = (k: number) => k >= 0 && k < tokens.length && lexicon.possessiveMarks.has(tokens[k].text);
  const out: string[] = [];
  for (const title of lexicon.pluralTitles.findIn(tokens, article.folded.text, tokenIndexAt(tokens, from), tokenIndexAt(tokens, to), { clitics: article.clitics })) {
    const codes = new Set<string>();
    // The countries after the title ("وزرای خارجه ایران و ترکیه", "the presidents of A and B").
    for (let k = title.after; k < tokens.length; ) {
      if (skip(k) || (codes.size > 0 && COORDINATORS.has(tokens[k].text))) { k++; continue; }
      const country = startingAt.get(k);
      if (!country) break;
      codes.add(country.code);
      k = country.after;
    }
    // The countries before it ("A’s and B’s foreign ministers", "Iranian and Turkish leaders").
    for (let k = title.first - 1; k >= 0 && codes.size < 2; ) {
      if (skip(k) || COORDINATORS.has(tokens[k].text)) { k--; continue; }
      const country = endingAt.get(k + 1);
      if (!country) break;
      codes.add(country.code);
      k = country.first - 1;
    }
    if (codes.size < 2) continue;
    for (const code of codes) {
      const people = [...ctx.entities.values()].filter((e) => e.country === code && e.named !== false && !present.includes(e.key));
      if (people.length === 1 && !out.includes(people[0].key)) out.push(people[0].key);
    }
  }
  return out;
}
