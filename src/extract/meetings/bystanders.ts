/**
 * People named in a meeting's clause who did not take part: senders, reporters, spokespeople,
 * the principal of an envoy, people greeted through someone, travel companions' owners; and a
 * meeting told of after a preposition, whose own people follow the cue ("از دیدار X با Y خبر داد").
 */
import type { Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { pastHonorifics } from "../names/index.ts";
import { findCities } from "../places.ts";
import { isArabicScript, range, tokenIndexAt } from "../tokens.ts";
import { markBefore, refsIn, type CueGroup, type MeetingContext } from "./context.ts";
import { companionPhrases, lexicon, withWordBetween } from "./lexicon.ts";

/** Tokens after a person within which a speech verb makes them the reporter of the meeting ("Kaifu, the spokesperson for the ministry, said"). */
const REPORTER_REACH = 10;

/** Tokens after a topic word ("درباره", "about") within which a person is talked about, not met. */
const TOPIC_REACH = 10;

/** Tokens between a person and the speech verb they are the subject of ("Ahmadi, the spokesman, stated"). */
const REPORTER_VERB_GAP = 2;

/** Tokens between the one an envoy speaks for and the envoy's own name ("مبعوث الأمين العام للأمم المتحدة إلى اليمن جمال بنعمر"). */
const ENVOY_NAME_REACH = 8;

/** Tokens after a sender or companion phrase within which their person starts ("پیام کتبی پوتین"). */
export const OWNER_REACH = 2;

/** Tokens of a title we do not list between a companion phrase and the companion's name. */
const COMPANION_TITLE_REACH = 8;

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
  const broken = (a: number, b: number) => { for (let k = a + 1; k <= b; k++) if (markBefore(article, k)) return true; return false; };
  const inCue = (k: number) => k >= group.first && k < group.after;
  const persian = !article.clitics && isArabicScript(tokens[group.first].text);
  const inTopic = (from: number, to: number) => {
    if (to < from || to - from > TOPIC_REACH || broken(from - 1, to) || withWordBetween(tokens, from, to)) return false;
    for (let k = from; k < to; k++) if (inCue(k) || lexicon.cues.matchAt(tokens, text, k, options) || lexicon.attendedAfter.matchAt(tokens, text, k, options)) return false;
    return true;
  };
  /**
   * Whether a phrase owns a person just after it, in its clause. "به همراه هیئتی با X", "درباره نامه … با X": a with-word
   * between gives the person to the meeting, not to the phrase.
   */
  const ownedBy = (m: { after: number }, r: PersonRef) => r.first >= m.after && r.first - m.after <= OWNER_REACH && !broken(m.after - 1, r.first) && !withWordBetween(tokens, m.after, r.first);
  /** The first person each phrase owns, with their name written right after them. */
  const owned = (phrases: { after: number }[], owns = ownedBy) => {
    const out = new Set<PersonRef>();
    for (const m of phrases) {
      const ref = refs.find((r) => owns(m, r));
      let chain = ref ? withTheirName(refs, ref, broken) : [];
      for (const r of chain) out.add(r);
      // "تسلیت ملک سلمان و محمد بن سلمان را ابلاغ کرد", "به همراه A و B": a Persian list joined by "و" is owned alike.
      while (persian && chain.length > 0) {
        const end = chain[chain.length - 1].after;
        const next = COORDINATORS.has(tokens[end]?.text ?? "") ? refs.find((r) => r.first === end + 1) : undefined;
        chain = next ? withTheirName(refs, next, broken) : [];
        for (const r of chain) out.add(r);
      }
    }
    return out;
  };
  // "به دعوت لاوروف", "بدعوة من": the host who invited is met.
  const atInvitation = (m: { first: number }) => lexicon.invitationBefore.has(tokens[m.first - 1]?.text ?? "") || lexicon.invitationStarts.some((start) => tokens[m.first].text.startsWith(start));
  // "تلقى دعوة من لافروف خلال اتصال هاتفي": the one who calls to invite is on the call.
  // ("called on the minister and handed over a letter from X" is a courtesy call, not a call.)
  const call = lexicon.phone.matchAt(tokens, text, group.first, options) !== null && lexicon.courtesyOn.matchAt(tokens, text, group.first, options) === null;
  // "اعتماد نامه X" (X's credentials): a letter word inside a credentials phrase sends no message.
  const credentials = lexicon.ceremony.findIn(tokens, text, Math.min(first, sentence.first), last, options);
  const inCredentials = (m: { first: number }) => credentials.some((c) => c.first <= m.first && m.first < c.after);
  // The phrase may start before the clause: "delivered a message from X to Y during a meeting", where the later cue's clause opens at "from".
  // "در تماس تلفنی با X پیام تسلیت Y را منتقل کرد", "in a phone call with X conveyed a message from Y": a sender named after
  // the call's other side is not on the call.
  const senders = lexicon.sender.findIn(tokens, text, Math.min(first, sentence.first), last, options).filter((m) => !atInvitation(m) && !inCredentials(m));
  const dropped = owned(call ? senders.filter((m) => refs.some((r) => r.first >= group.after && r.after <= m.first)) : senders);
  // "وسلمه رسالة من الرئيس X إلى الرئيس Y": with the one handed it in the verb's pronoun, whom the message is for is told of.
  if (lexicon.handedHim.matchAt(tokens, text, group.first, options) !== null) for (const r of addressees(tokens, refs, senders, dropped, last, broken)) dropped.add(r);
  // "للترتيب لزيارة الدكتور X", "to prepare for the visit of X": whose coming visit was prepared is told of.
  for (const r of owned(lexicon.preparedVisit.findIn(tokens, text, first, last, options))) dropped.add(r);
  // "نقل ترامب تحياته الحارة إلى الرئيس الكوري لي", "conveyed the greetings of X to Y": whose regards they are and whom they go to are told of.
  for (const ref of greetedRefs(ctx, refs, first, last, broken)) dropped.add(ref);
  // "زار X ضريح الرئيس الراحل Y", "laid a wreath for the late President Y": someone written as dead, just before their name or
  // inside their title, takes part in no meeting now.
  for (const m of lexicon.late.findIn(tokens, text, first, last, options)) {
    const ref = refs.find((r) => (r.first <= m.first && m.first < r.after) || (r.first >= m.after && r.first - m.after <= OWNER_REACH && !broken(m.after - 1, r.first)));
    if (ref) for (const r of refs) if (r.key === ref.key) dropped.add(r);
  }
  // "با کری درباره نامه پوتین گفتگو کرد", "talked with Kerry about Putin's letter": a person in the topic, with no with-word after
  // the topic word to bring a counterpart in, is talked about.
  // "درباره گزارش آژانس و اظهارات نتانیاهو گفتگو کرد", "about the agency's report and remarks by Netanyahu": so is one further
  // on in the topic, up to a with-word, a clause mark, a cue or people present.
  for (const m of lexicon.topic.findIn(tokens, text, first, last, options)) {
    for (const r of refs) if (ownedBy(m, r) || inTopic(m.after, r.first)) dropped.add(r);
  }
  // "التقى هادي مبعوث الأمين العام جمال بنعمر", "met the envoy of the Secretary-General": the one the envoy speaks for, right after, is not there.
  // "توت قلواك مستشار الرئيس للشؤون الأمنية والمبعوث الخاص للرئيس سلفا كير": the envoy word joined by و to the title of
  // the one named before it, in one clause, is that person's second title.
  const envoyTitleJoined = (r: PersonRef, k: number) => r.after <= k && k - r.after <= ENVOY_NAME_REACH && !broken(r.after - 1, k) && COORDINATORS.has(text.slice(tokens[k].start, tokens[k].start + 1));
  for (const m of lexicon.envoyOf.findIn(tokens, text, first, last, options)) {
    // "والمبعوث الخاص للرئيس X": when the envoy words are read as the title of the person named after the principal's title,
    // that person is the principal.
    const principal = refs.find((r) => r.first === m.after) ??
      refs.find((r) => r.kind === "name" && r.first > m.after && r.first - m.after <= 2 && refs.some((t) => t.key === r.key && t.first === m.first && t.after === m.after));
    // The envoy named after the principal ("مبعوث الأمين العام جمال بنعمر"), or the envoy word a title of someone else's
    // (Persian: "X، فرستاده ویژه ترامپ", "X معاون وزیر و نماینده پوتین").
    const envoy = principal && refs.some((r) => r.key !== principal.key && ((r.first > principal.first && r.first - principal.after <= ENVOY_NAME_REACH) || r.first === m.first || envoyTitleJoined(r, m.first)));
    if (!principal || !envoy) continue;
    // A title read over the envoy word and the principal ("مبعوث بوتين" as a title of Putin's) is the principal too, and so is
    // the name right after a principal read as a title ("المبعوث الخاص للرئيس سلفا كير": للرئيس, then سلفا كير).
    for (const r of refs) if (r.key === principal.key && r.first >= m.first && r.first <= principal.after) dropped.add(r);
  }
  // "…, ministry spokesman Anurag Srivastava said on Thursday", "…, Kaifu, the spokesperson for the ministry, said":
  // a person set off after the cue as the subject of a speech verb reports the meeting.
  // "In a phone conversation with Kerry, Zarif said …": the subject after a fronted phrase that holds the cue owns it
  // (the first person after it: no one else stands in its clause before them).
  // "Talking to Kerry on Monday, Zarif said …": so does a sentence that opens with the cue itself, unless "between" names its people.
  const opener = (group.first === sentence.first && !lexicon.between.has(tokens[group.after]?.text ?? "")) || lexicon.frontedOpeners.findIn(tokens, text, sentence.first, Math.min(sentence.after, sentence.first + 2), options).some((m) => m.first === sentence.first);
  // "After Zarif met Kerry, Lavrov said …": a phrase that names its own subject before the cue is no fronted phrase of the later one.
  const fronted = opener && !broken(sentence.first, group.first) && refsIn(ctx, sentence.fStart, tokens[group.first].start).length === 0;
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
  // "hosted Kishida's wife", "met at Zarif's residence": a person named only as the possessor of someone or something
  // other than the meeting ("Haniyeh's call with Erdogan" is theirs: possessorOf) did not take part.
  for (const r of refs) {
    const mark = tokens[r.after];
    if (!mark || mark.text !== "s" || !/^['’]$/.test(text.slice(r.end, mark.start)) || possessorOf(ctx, group) === r.key) continue;
    if (refs.some((o) => o.key === r.key && o.first <= r.after && o.after > r.after)) continue;
    // With the title told right before the name ("Minister X's wife"), one mention of them.
    for (let head: PersonRef | undefined = r; head; head = refs.find((o) => o.key === r.key && o.after === head!.first)) dropped.add(head);
    for (const o of refs) if (o.key === r.key && o.first >= r.first && o.after <= r.after) dropped.add(o);
  }
  const keep = (keys: string[]) => keys.filter((key) => !refs.some((r) => r.key === key) || refs.some((r) => r.key === key && !dropped.has(r)));
  let out = keep(participants);
  const companions = owned(companionPhrases(tokens, text, first, last, options), (m, r) => ownedBy(m, r) || reachedAcrossTitle(ctx, refs, m.after, r.first));
  if (companions.size > 0) {
    const alone = out.filter((key) => !refs.some((r) => r.key === key) || refs.some((r) => r.key === key && !companions.has(r)));
    if (alone.length < 2) out = alone;
  }
  return out;
}

/**
 * "accompanied by the head of the parliament's foreign affairs committee X": whether a person named at token k is reached
 * from a companion phrase ending at token `from` across a title we do not list, with no mark, with-word, cue or other
 * person between.
 */
export function reachedAcrossTitle(ctx: MeetingContext, refs: PersonRef[], from: number, k: number): boolean {
  const { article } = ctx;
  const { tokens } = article;
  const options = { clitics: article.clitics };
  if (k < from || k - from > COMPANION_TITLE_REACH || withWordBetween(tokens, from, k) || refs.some((o) => o.first >= from && o.first < k)) return false;
  return !range(from + 1, k + 1).some((t) => markBefore(article, t)) && !range(from, k).some((t) => lexicon.cues.matchAt(tokens, article.folded.text, t, options));
}

/**
 * A reference with the references of the same person right after it ("نظيره الفرنسي السيد افرانسوا هولاند", "الرئيس
 * الكوري الجنوبي لي جيه ميونغ"): a title and the name after it are one mention of them, told of together.
 */
function withTheirName(refs: PersonRef[], ref: PersonRef, broken: (a: number, b: number) => boolean): PersonRef[] {
  // "on behalf of King Abdullah II", "a letter from Minister S Jaishankar", "الملك حمد بن عيسى": a name read inside a
  // reference of the chain is the same mention.
  const nested = (r: PersonRef) => refs.filter((o) => o.key === ref.key && o !== r && o.first >= r.first && o.first < r.after);
  const out = [ref, ...nested(ref)];
  for (let r = ref; ; ) {
    const next = refs.find((o) => o.key === ref.key && o.first >= r.after && o.first - r.after <= OWNER_REACH && !broken(r.after - 1, o.first));
    if (!next) return out;
    out.push((r = next), ...nested(next));
  }
}

/**
 * The one a message is for, named after its sender's name and a word of greetingsTo ("رسالة من الرئيس X إلى الرئيس Y"):
 * the first person right after that word, with their name.
 */
function addressees(tokens: { text: string }[], refs: PersonRef[], senders: { after: number }[], sent: Set<PersonRef>, last: number, broken: (a: number, b: number) => boolean): PersonRef[] {
  const out: PersonRef[] = [];
  for (const m of senders) {
    const sender = refs.filter((r) => sent.has(r) && r.first >= m.after && r.first - m.after <= OWNER_REACH);
    if (sender.length === 0) continue;
    const past = Math.max(...sender.map((r) => r.after));
    const to = range(past, Math.min(last, past + 1)).find((k) => lexicon.greetingsTo.has(tokens[k].text));
    const addressee = to === undefined ? undefined : refs.find((r) => r.first > to && r.first - to <= OWNER_REACH + 1 && !broken(to, r.first));
    if (addressee) out.push(...withTheirName(refs, addressee, broken));
  }
  return out;
}

/** Tokens after a greetings noun within which the preposition of whom they go to stands ("تحياته الحارة إلى"). */
const GREETED_REACH = 4;

/** References of the people regards are conveyed from or to (see lexicon `greetings`). */
function greetedRefs(ctx: MeetingContext, refs: PersonRef[], first: number, last: number, broken: (a: number, b: number) => boolean): PersonRef[] {
  const { article } = ctx;
  const { tokens } = article;
  const out: PersonRef[] = [];
  // "تحيات حضرة صاحب الجلالة الملك X": honorifics may stand before the person.
  const names = { tokens, folded: article.folded.text, clitics: article.clitics };
  const after = (k: number) => { const at = Math.max(k, pastHonorifics(names, k)); return refs.find((r) => r.first >= k && r.first - at <= OWNER_REACH && !broken(k - 1, r.first)); };
  for (const m of lexicon.greetings.findIn(tokens, article.folded.text, first, last, { clitics: article.clitics })) {
    // "exchanged greetings with X by phone": the one greetings are exchanged with is the other side, not told of.
    if (withWordBetween(tokens, m.after, m.after + 1)) continue;
    const from = after(m.after);
    const sender = from ? withTheirName(refs, from, broken) : [];
    out.push(...sender);
    // "نقل تحيات الملك X إلى الرئيس Y": whom they go to is named after the greetings word or after the sender's name.
    const past = Math.max(m.after, ...sender.map((r) => r.after));
    const to = range(m.after, Math.min(last, past + GREETED_REACH)).find((k) => lexicon.greetingsTo.has(tokens[k].text));
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
  // "Ambassador Ahmad Zikri of Malaysia met …": an English "of" right after a person's name or title names where they are from.
  if (!isArabicScript(tokens[prep.first].text) && ctx.refs.some((r) => r.after === prep.first)) return false;
  // "کری به دیدار ظریف رفت": going to see someone is the subject's own meeting.
  // The people gone to see, titles and all, do not count towards the reach ("به دیدار X معاون وزیر خارجه روسیه رفت").
  const seen = refsIn(ctx, tokens[group.after - 1].end, article.sentences[article.sentenceOfToken[group.first]]?.fEnd ?? text.length);
  for (let k = group.after, words = 0; k < tokens.length && words < WENT_REACH; k++) {
    if (lexicon.wentTo.has(tokens[k].text)) return false;
    if (!seen.some((r) => r.first <= k && k < r.after)) words++;
  }
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

/** Whether a person is a spokesperson, by their role or a title the article gives them ("سخنگوی وزارت خارجه", "المتحدث باسم"). */
export function isSpokesperson(ctx: MeetingContext, key: string): boolean {
  const spokes = /spokes|سخنگو|الناطق|المتحدث/i;
  return spokes.test(ctx.entities.get(key)?.role ?? "") || ctx.refs.some((r) => r.key === key && spokes.test(ctx.article.folded.text.slice(r.start, r.end)));
}

/**
 * The person whose English possessive owns the cue ("Haniyeh's call with Erdogan", "Putin's first meeting with Trump"): a
 * reference followed by 's with at most POSSESSED_GAP words before the cue. Null otherwise.
 */
export function possessorOf(ctx: MeetingContext, group: CueGroup): string | null {
  const { tokens } = ctx.article;
  const text = ctx.article.folded.text;
  for (let k = group.first - 1; k >= Math.max(0, group.first - 1 - POSSESSED_GAP); k--) {
    if (/[,،;:.]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return null;
    if (tokens[k].text !== "s" || !/^['’]$/.test(text.slice(tokens[k - 1]?.end ?? 0, tokens[k].start))) continue;
    return ctx.refs.find((r) => r.after === k)?.key ?? null;
  }
  return null;
}

/** Words between a possessive 's and the meeting noun it owns ("Putin's first meeting"). */
const POSSESSED_GAP = 2;
