/**
 * Who took part in a meeting told by a cue: the people of its clause, the subject a pronoun,
 * possessive or role noun stands for, the one an object pronoun stands for, countries after
 * "with" standing for their representative, the subject a clause leaves unsaid, and the holder of a
 * lead's subject title whom only the body names.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { COORDINATORS, hasWithClitic } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import type { QuoteFinding } from "../quotes/index.ts";
import { isHonorific } from "../names/index.ts";
import { lexicon as quoteLexicon } from "../quotes/cue-lexicon.ts";
import { surnameAt } from "../quotes/cue-subject.ts";
import { isArabicScript, range, tokenIndexAt } from "../tokens.ts";
import { cueGroups } from "./clauses.ts";
import { inRange, namedKeysIn, refsIn, type CueGroup, type MeetingContext, type MeetingFinding } from "./context.ts";
import { lexicon } from "./lexicon.ts";

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
  else add(subjectAfterVerb(ctx, sentence, group, met));
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
    // In reported words the clause's own named subject owns it ("X said that Y on arrival held a meeting with …"); the speaker only narrates.
    const ownReported = quote && !quote.direct ? own?.key : undefined;
    const subject = keys.length < 2 ? (ownReported ?? quote?.speaker ?? own?.key ?? subjectOf(ctx, sentence, cueStart)) : own?.key;
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

/**
 * "كما استقبل العتيبي …", "واستقبل الوزير حسين …", "واستقبل الوزير سفير …": an Arabic cue verb whose subject, right after
 * it, is no reference but a surname written alone (the person whose written name ends in it) or a bare role noun (the
 * person last named, like a pronoun). A later meeting of the same host in the article is told this way.
 */
function subjectAfterVerb(ctx: MeetingContext, sentence: Sentence, group: CueGroup, met: ReadonlySet<string>): string | null {
  const { article } = ctx;
  const { tokens } = article;
  if (!article.clitics || group.after - group.first !== 1) return null;
  const refAt = (k: number) => ctx.refs.some((r) => r.first === k);
  let k = group.after;
  while (k < sentence.after && isHonorific(tokens[k].text)) k++;
  if (k >= sentence.after || refAt(k)) return null;
  const role = quoteLexicon("ar").roleSubjects.matchAt(tokens, article.folded.text, k, { clitics: article.clitics });
  const at = role ? role.after : k;
  if (at >= sentence.after) return null;
  const surname = refAt(at) ? null : surnameAt(article, ctx.refs, at);
  if (surname) return met.has(surname) ? null : surname;
  // A bare role noun is the subject only when the one met follows at once ("واستقبل الوزير سفير البرازيل X"); with other
  // words after it ("استقبل السفير الكويتي …") it is an unnamed person's title.
  return role && refAt(at) ? pronounOf(ctx, sentence, tokens[k].start, met) : null;
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

/** Sentences after a lead within which the person its subject title stands for is named. */
const NAMED_LATER_REACH = 4;

/** Words a later sentence may open with before the person it is about ("در این دیدار،", "به گزارش خبرگزاری X،"). */
const OPENER_WORDS = 4;

/**
 * "سفیر ژاپن با وزیر خارجه X دیدار کرد. … آقای اوکادا گفت …", "معاون وزیر که به لیما سفر کرده، با Y دیدار کرد. Z در این دیدار
 * …": a Persian lead whose subject is a title no one is named by, with its one named person after the with-word, names that
 * subject in the body: the first later sentence opening with someone else names them, when it refers back to the meeting or
 * reports their words and they were not named before the lead. Null otherwise.
 */
export function titledSubjectNamedLater(ctx: MeetingContext, sentence: Sentence, group: CueGroup, other: string): string | null {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (article.clitics || sentence.index < 0 || !isArabicScript(tokens[group.first].text)) return null;
  const refs = refsIn(ctx, sentence.fStart, sentence.fEnd);
  const met = refs.find((r) => r.key === other);
  if (!met || !afterWith(ctx, other, sentence.fStart, sentence.fEnd) || refs.some((r) => r.first < met.first && r.key !== other)) return null;
  const subject = ctx.titles.find((t) => t.kind === "title" && t.first >= sentence.first && t.after < met.first && !refs.some((r) => r.first <= t.first && t.first < r.after));
  if (!subject) return null;
  const namedBefore = new Set(refsIn(ctx, 0, sentence.fEnd).map((r) => r.key));
  for (let s = sentence.index + 1; s < article.sentences.length && s - sentence.index <= NAMED_LATER_REACH; s++) {
    const next = article.sentences[s];
    const opener = refsIn(ctx, next.fStart, next.fEnd)[0];
    if (!opener || opener.first - next.first > OPENER_WORDS || opener.key === other) continue;
    const entity = ctx.entities.get(opener.key);
    if (namedBefore.has(opener.key) || !entity || !entity.named) return null;
    // "سفیر ژاپن … . پوتین گفت": someone of another country than the title's is not its holder.
    if (entity.country !== null && subject.countries.length > 0 && !subject.countries.includes(entity.country)) return null;
    if (range(next.first, opener.first).some((k) => lexicon.withWords.has(tokens[k].text))) return null;
    const tells = lexicon.speechVerbs.findIn(tokens, text, opener.after, next.after, options).length > 0 || cueGroups(article, next).some((g) => g.anaphoric);
    return tells ? opener.key : null;
  }
  return null;
}

/** Words a sentence may open with before a cue whose subject it leaves unsaid ("ثم", "كما", "وفي وقت لاحق"). */
const DROPPED_SUBJECT_REACH = 4;

/**
 * "وصل X إلى طهران اليوم. والتقى بوزير الخارجية Y": an Arabic sentence that opens with its cue, names no one before it and only
 * the one person met after a with-word (مع، بـ) leaves its subject unsaid: the one the sentence before quotes, else the first
 * person it names. Null otherwise ("والتقى الرئيس Y" may name its own subject), but see guestOfLastHost.
 */
export function droppedSubject(ctx: MeetingContext, sentence: Sentence, group: CueGroup, other: string, previous?: MeetingFinding): string | null {
  const { article } = ctx;
  const { tokens } = article;
  if (!article.clitics || group.first - sentence.first > DROPPED_SUBJECT_REACH) return null;
  if (refsIn(ctx, sentence.fStart, tokens[group.first].start).length > 0) return null;
  const ref = refsIn(ctx, tokens[group.after - 1].end, sentence.fEnd).find((r) => r.key === other);
  if (!ref) return null;
  if (!afterWithWord(article, ref)) return guestOfLastHost(ctx, sentence, group, ref, previous);
  const before = article.sentences[sentence.index - 1];
  if (!before) return null;
  const subject = ctx.quotes.find((q) => q.sentence === before.index)?.speaker ?? namedKeysIn(ctx, before.fStart, before.fEnd)[0];
  return subject !== undefined && subject !== other ? subject : null;
}

/** Sentences back within which the meeting told last still gives its host to a verb-first sentence with no subject. */
const HOST_REACH = 2;

/**
 * "استقبل A السفير الألماني B. ثم استقبل السفير الإيطالي C", "… واستقبل وزير الاقتصاد D": a verb of meeting that takes its guest
 * as its object (lexicon `receptionVerbs`), opening a sentence with no one named before it and the one person right after it,
 * tells another meeting of the host of the meeting told just before, with that person as the guest. The person after the verb
 * is its own subject instead when a second person, a delegation or a group follows in the clause ("واستقبل الرئيس B وفدا من
 * …"), or when they took part in the meeting told before (they act now). Null otherwise.
 */
function guestOfLastHost(ctx: MeetingContext, sentence: Sentence, group: CueGroup, ref: PersonRef, previous: MeetingFinding | undefined): string | null {
  const { article } = ctx;
  const { tokens } = article;
  const text = article.folded.text;
  if (!previous || previous.sentence >= sentence.index || sentence.index - previous.sentence > HOST_REACH) return null;
  const host = previous.participants[0];
  if (host === undefined || previous.participants.includes(ref.key)) return null;
  const verb = lexicon.receptionVerbs.matchAt(tokens, text, group.first, { clitics: article.clitics });
  if (!verb || verb.after !== group.after) return null;
  // Only an adverb of "also" or "later" may stand between the verb and the guest.
  if (ref.first > group.after && !(ref.first === group.after + 1 && lexicon.also.matchAt(tokens, text, group.after, { clitics: article.clitics }))) return null;
  // Past the person's name (written after their title), the sentence ends or goes on with a word of `afterGuest`, a place
  // phrase before it or a comma; any other word opens the verb's object.
  let k = ref.after;
  for (const r of ctx.refs) if (r.key === ref.key && r.first === k) k = r.after;
  for (let place = 0; k < sentence.after; ) {
    const word = tokens[k].text;
    if (lexicon.afterGuest.has(word)) return host;
    const placeWord = lexicon.placeIn.has(word) || /^ب/.test(word);
    if (!placeWord || place > 0) return null;
    // "في مكتبه"، "بقصر بعبدا": a place phrase runs to a comma or a word of `afterGuest`, a few words at most.
    const start = k;
    do k++;
    while (k < sentence.after && k - start <= GUEST_PLACE_WORDS && !/[،,:;؛]/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && !lexicon.afterGuest.has(tokens[k].text));
    if (k - start > GUEST_PLACE_WORDS || ctx.refs.some((r) => r.key !== ref.key && r.first >= start && r.first < k)) return null;
    place++;
  }
  return host;
}

/** Words of a place phrase after a guest (في قصر الشعب بدمشق). */
const GUEST_PLACE_WORDS = 4;

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
    // Every country must stand for one person: with one of them unknown the rest are a part of the meeting, not its people
    // ("The foreign ministers of A, B and C held a call", B's minister named later with no country the article tells).
    const each = [...codes].map((code) => [...ctx.entities.values()].filter((e) => e.country === code && e.named !== false));
    if (each.some((people) => people.length !== 1)) continue;
    for (const [person] of each) if (!present.includes(person.key) && !out.includes(person.key)) out.push(person.key);
  }
  return out;
}
