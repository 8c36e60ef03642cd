/**
 * Where a cue and its clause are: cue words grouped per sentence, the clause around a cue (its
 * quote, the comma or clause-break word that ends it), and the words that make a cue no held meeting
 * (planned, a purpose, an interview) or a call.
 */
import { isCapitalizedAt, isTextToken, type ArticleText, type Sentence } from "../article-text.ts";
import type { QuoteFinding } from "../quotes/index.ts";
import { COORDINATORS } from "../morphology.ts";
import { tokenIndexAt, type Token } from "../tokens.ts";
import { inRange, markBefore, refsIn, type CueGroup, type MeetingContext } from "./context.ts";
import { lexicon } from "./lexicon.ts";

/** Tokens before a cue word where a phrase covering it may start ("so-called", "is called"). */
const NOT_CUE_REACH = 2;

/** Cue words closer than this (in tokens) report the same meeting ("نشست سه جانبه", "دیدار دوجانبه"). */
const SAME_CUE_GAP = 2;

/** Cue words of a sentence, neighbouring ones grouped into one cue. */
export function cueGroups(article: ArticleText, sentence: Sentence): CueGroup[] {
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
    const courtesy = not && courtesyCall(article, sentence, not) ? not : null;
    if (not && !courtesy) {
      i = Math.max(i, not.after - 1);
      continue;
    }
    if (courtesy) {
      groups.push({ first: courtesy.first, after: courtesy.after, anaphoric: false });
      i = courtesy.after - 1;
      continue;
    }
    const last = groups.at(-1);
    if (last && m.first - last.after <= SAME_CUE_GAP && !/[،,:«»“”"]/.test(text.slice(tokens[last.after - 1].end, tokens[m.first].start))) last.after = m.after;
    else groups.push({ first: m.first, after: m.after, anaphoric: refersBack(article, m.first) });
    i = m.after - 1;
  }
  return groups;
}

/**
 * "called on the Governor at his office" (a courtesy call), not "called on Iran to …" or "called on Putin, who arrived on
 * Monday, to end …" (an appeal): no urge-word followed by a verb stands later in the sentence. A word written with a capital
 * or a determiner after it opens a noun phrase ("according to a statement", "a visit to Sri Lanka").
 */
function courtesyCall(article: ArticleText, sentence: Sentence, phrase: { first: number; after: number }): boolean {
  const { tokens } = article;
  if (!lexicon.courtesyOn.matchAt(tokens, article.folded.text, phrase.first, { clitics: article.clitics })) return false;
  for (let k = phrase.after; k + 1 < sentence.after; k++) {
    if (!lexicon.urgeTo.has(tokens[k].text)) continue;
    const next = tokens[k + 1];
    const capital = isCapitalizedAt(article, k + 1);
    if (!capital && !lexicon.notVerbAfterTo.has(next.text) && !/\d/.test(next.text)) return false;
  }
  return true;
}

/**
 * Whether a cue at token `first` refers back to a meeting told before ("این دیدار", "this meeting", "هذا اللقاء"); a possessive
 * before credentials ("presented their credentials") names whose documents they are and tells a ceremony.
 */
function refersBack(article: ArticleText, first: number): boolean {
  const word = article.tokens[first - 1]?.text ?? "";
  if (!(article.clitics ? lexicon.anaphoric.arabic : lexicon.anaphoric.other).has(word)) return false;
  // An Arabic demonstrative points back only with the noun it stands before, which has the article ("هذا اللقاء"); before a
  // verb (التقى opens with the same letters) or a bare noun it closes an adverbial phrase ("وبعد ذلك استقبل", "عقب ذلك التقى") and
  // the cue tells its own meeting.
  if (article.clitics && (!article.tokens[first].text.startsWith("ال") || ARABIC_MET_VERB.test(article.tokens[first].text))) return false;
  return !(lexicon.possessive.has(word) && lexicon.ceremony.matchAt(article.tokens, article.folded.text, first, { clitics: article.clitics }) !== null);
}

/** The Arabic past verb "met" (التقى، التقت، التقيا، التقوا، التقاه), whose first letters are those of the article. */
const ARABIC_MET_VERB = /^التق[ىیيتوا]/;

/** The part of the sentence a cue's participants can be in: its quote, or the text outside quotes around it. */
export function zoneAround(ctx: MeetingContext, sentence: Sentence, at: number, quote: QuoteFinding | undefined): { start: number; end: number } {
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
 * unless a with-word follows it ("After meeting with Kerry, Zarif was received by …"), whose
 * people are that cue's, up to the next clause mark before this cue.
 */
export function ownStart(article: ArticleText, prevAfter: number, first: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  const further = alsoOpening(article, prevAfter, first);
  if (further !== null) return further;
  if (!lexicon.withOther.has(tokens[prevAfter]?.text ?? "")) return tokens[prevAfter - 1].end;
  for (let k = prevAfter + 1; k < first; k++) {
    if (/[،,:;؛]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return tokens[k - 1].end;
    // "دیدار با A با B دیدار کرد": a second with-word, not after a coordinator, opens this cue's clause.
    if (k > prevAfter + 1 && lexicon.withOther.has(tokens[k].text) && !COORDINATORS.has(tokens[k - 1].text)) return tokens[k].start;
  }
  return tokens[prevAfter - 1].end;
}

/**
 * "اجتمع X مع A، كما عقد لقاء مع B", "X met A, and also met B": an also-word opening a clause (after a mark, a coordinator
 * or with "و" written onto it) between two cues starts the later cue's clause; the people before it are the earlier
 * cue's, and the later one, with only B named, is another meeting of the subject told before. Not "…, and B also met C",
 * whose also-word stands after the later subject. Null when no such word stands there.
 */
function alsoOpening(article: ArticleText, prevAfter: number, first: number): number | null {
  const { tokens } = article;
  const options = { clitics: article.clitics };
  const opening = [...lexicon.also.findIn(tokens, article.folded.text, prevAfter, first, options), ...lexicon.separateOpeners.findIn(tokens, article.folded.text, prevAfter, first, options)]
    .sort((a, b) => a.first - b.first)
    .filter((m) => m.after <= first && (markBefore(article, m.first) || COORDINATORS.has(tokens[m.first - 1]?.text ?? "") || m.start > tokens[m.first].start))
    .at(-1);
  return opening ? tokens[opening.first].start : null;
}

/** Most modifier words between a comma and the time word that opens a clause ("…, shortly after"). */
const MAX_BREAK_MODIFIERS = 2;

/**
 * Start of the first clause-break word after the cue ("since", "منذ"), else the end of the sentence.
 * A relative pronoun ("who", "الذي") breaks the clause once two people are named before it
 * ("X met Y, who is accompanying Z"; "استقبل X Y، الذي سلمه رسالة من Z"): its people did not take part.
 */
export function clauseBreakAfter(ctx: MeetingContext, sentence: Sentence, group: CueGroup, from: number): number {
  const { tokens } = ctx.article;
  for (let k = group.after; k < sentence.after; k++) {
    const word = tokens[k].text;
    if (lexicon.clauseBreaks.has(word) && !lexicon.timeAfterBreak.has(tokens[k + 1]?.text ?? "")) return tokens[k].start;
    // "استقبل X Y، بعد … من إنهاء Z زيارته", "X met Y, after Z left": a time clause set off by a comma.
    // "استقبل X، بعد ظهر اليوم، Y": a time of day is the meeting's own.
    // "X met Y, shortly after Z left", "…, a day before Z arrived": up to two modifiers may stand between the comma and the word.
    if (k > group.after && lexicon.clauseBreaksAfterComma.has(word) && !lexicon.dayParts.has(tokens[k + 1]?.text ?? "")) {
      let open = k;
      while (open > group.after + 1 && k - open < MAX_BREAK_MODIFIERS && lexicon.breakModifiers.has(tokens[open - 1].text)) open--;
      if (/[،,]/.test(ctx.article.folded.text.slice(tokens[open - 1].end, tokens[open].start))) return tokens[open].start;
    }
    // "…، تناول الحرب والمفاوضات مع Z", "…، ونقل إليه تحيات A": with two people named, what the meeting dealt with opens, like a relative clause.
    const opens = (list: Set<string>) => list.has(word) || (ctx.article.clitics && /^[وف]/.test(word) && list.has(word.slice(1)));
    if (!opens(lexicon.relative) && !opens(lexicon.contentVerbs)) continue;
    const named = new Set(refsIn(ctx, from, tokens[k].start).map((r) => r.key));
    if (named.size >= 2) return tokens[k].start;
  }
  return sentence.fEnd;
}

/** Where the cue's clause ends: the next comma-like mark or the end of the sentence (the verb that says if it happened is there). */
export function clauseEnd(article: ArticleText, sentence: Sentence, group: CueGroup): number {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = group.after; k < sentence.after; k++) {
    if (/[،,:;؛«»“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return tokens[k - 1].end;
  }
  return sentence.fEnd;
}

/**
 * Whether the cue is an interview with a medium ("گفتگو با خبرگزاری", "حوار مع قناة"): a medium word within three words after it,
 * in its own sentence ("… دیدار کرد. به گزارش خبرگزاری X، …" is a source line after a held meeting).
 */
export function isInterview(tokens: Token[], group: CueGroup, sentenceAfter: number): boolean {
  for (let k = group.after; k < group.after + 3 && k < sentenceAfter; k++) if (lexicon.notMeeting.has(tokens[k].text)) return true;
  return false;
}

/** Words of an event's name between a verb of taking part and the event noun ("attended the EU-Africa summit"). */
const EVENT_NAME_WORDS = 4;

/**
 * "X and Y participated in the summit", "X, who attended the Summit of the Americas, …": an event noun (`eventNouns`) after a
 * verb of taking part (`joinedEvent`), with only a few words of its name and no mark between, tells of an event of many, no
 * meeting among the people named beside it; a summit with someone, or a trilateral one, is one with them.
 */
export function isJoinedEvent(article: ArticleText, group: CueGroup): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  // "attended a summit with X": a summit with someone is a meeting with them.
  const noun = lexicon.eventNouns.matchAt(tokens, text, group.first, options);
  if (!noun || lexicon.withOther.has(tokens[noun.after]?.text ?? "")) return false;
  const joined = lexicon.joinedEvent.findIn(tokens, text, Math.max(0, group.first - EVENT_NAME_WORDS - 3), group.first, options).filter((m) => m.after <= group.first && group.first - m.after <= EVENT_NAME_WORDS).at(-1);
  if (joined === undefined || /[.,،;؛:!?«»“”"()]/.test(text.slice(tokens[joined.after - 1].end, tokens[group.first].start))) return false;
  // "X, Y and Z attended the trilateral summit": a summit of the parties named is their meeting.
  return lexicon.multilateral.findIn(tokens, text, joined.after, group.first, options).length === 0;
}

/** Words a purpose phrase may stand before its cue ("لإجراء محادثات", "برای دیدار", "to hold talks"). */
const PURPOSE_REACH = 1;

/**
 * Whether the cue is the purpose of a trip or plan ("وصل … لإجراء محادثات مع", "بهدف لقاء", "للقاء",
 * "برای دیدار با", "arrived to hold talks"): a purpose phrase right before it, or Arabic لـ written onto it.
 */
export function isPurpose(article: ArticleText, group: CueGroup): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (lexicon.purpose.findIn(tokens, text, Math.max(0, group.first - PURPOSE_REACH - 2), group.first, options).some((m) => m.after <= group.first && group.first - m.after <= PURPOSE_REACH)) return true;
  if (!article.clitics) return false;
  const cue = lexicon.cues.matchAt(tokens, text, group.first, options);
  const attached = cue ? text.slice(tokens[group.first].start, cue.start) : "";
  return attached.endsWith("ل");
}

export function hasPlanned(article: ArticleText, from: number, to: number, cue?: CueGroup): boolean {
  const { tokens } = article;
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const options = { clitics: article.clitics };
  const planned = lexicon.planned
    .findIn(tokens, article.folded.text, first, last, options)
    .filter((m) => m.end <= to && !isName(article, m.first, m.after) && !(cue && (inPersonAside(article, m.first, first, cue) || inTopicNoun(article, m.first, m.after, cue))));
  if (planned.length === 0) return false;
  // "که به درخواست طرف ترکیه انجام شد": a planned word in a phrase telling how the meeting came about plans nothing.
  const held = lexicon.notPlanned.findIn(tokens, article.folded.text, Math.max(0, first - NOT_PLANNED_WORDS), last, options);
  return planned.some((m) => !held.some((h) => h.first <= m.first && m.after <= h.after));
}

/**
 * "met X to discuss the upcoming elections", "held talks with X on the agenda of the next round", "met Y the next day",
 * "discussed the peace plan": a planned word after the cue that a determiner opens (two words back for a noun such as
 * "plan", not followed by "to") is part of a noun phrase, the topic or time of the held meeting, not its status.
 * Persian puts a preposition right before such a noun instead ("در دیدار با Y ضمن استقبال از پیشنهاد Z").
 */
function inTopicNoun(article: ArticleText, first: number, after: number, cue: CueGroup): boolean {
  if (first < cue.after || after - first !== 1) return false;
  const { tokens } = article;
  // "بحث التحضيرات للقمة المقبلة": an adjective with the article describes the noun before it, unless that noun is a time ("الأسبوع المقبل").
  if (lexicon.plannedModifiers.has(tokens[first].text)) return first - 1 >= cue.after && !lexicon.plannedTimeNouns.has(tokens[first - 1].text);
  const opener = (k: number) => k >= cue.after && lexicon.plannedNounOpeners.has(tokens[k].text);
  if (opener(first - 1)) return true;
  if (!lexicon.plannedNouns.has(tokens[first].text)) return false;
  if (first - 1 >= cue.after && lexicon.plannedNounPrepositions.has(tokens[first - 1].text)) return true;
  return opener(first - 2) && !lexicon.urgeTo.has(tokens[after]?.text ?? "");
}

/** Most words of a notPlanned phrase before the planned word it holds ("بنا به درخواست"). */
const NOT_PLANNED_WORDS = 2;

/** Tokens back from a planned word to the relative word opening its aside: an aside about a person is short. */
const ASIDE_REACH = 12;

/**
 * "با کری که به زودی بازنشسته خواهد شد، دیدار کرد", "met Kerry, who will retire next month": a planned
 * word in a relative clause about someone tells of them, not of the meeting. The clause opens with a
 * relative word at most ASIDE_REACH tokens back with no comma between, and either closes with a comma
 * before the cue or opens (with an `asideAfterCue` word, English "that" only there) after the cue and
 * the word after it ("held talks with X ahead of the summit that will open on Monday").
 */
function inPersonAside(article: ArticleText, planned: number, first: number, cue: CueGroup): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const commaBefore = (k: number) => k > 0 && /[,،]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  for (let k = planned - 1; k >= Math.max(first, planned - ASIDE_REACH); k--) {
    if (k < cue.after && k >= cue.first) return false;
    const word = tokens[k].text;
    if (k > cue.after && lexicon.asideAfterCue.has(word)) return true;
    if (lexicon.asideOpeners.has(word)) {
      if (k > cue.after) return false;
      return k < cue.first && closesBefore(article, planned, cue.first, commaBefore);
    }
    if (commaBefore(k)) return false;
  }
  return false;
}

/** Whether a comma follows a token before the cue starts. */
function closesBefore(article: ArticleText, from: number, cueFirst: number, commaBefore: (k: number) => boolean): boolean {
  for (let k = from + 1; k <= cueFirst; k++) if (commaBefore(k)) return true;
  return false;
}

/**
 * "on 2 May", "Theresa May", "Will Smith": a planned word written with a capital inside a sentence is a
 * month or a name, not the modal (Latin script only; other scripts have no capitals).
 */
function isName(article: ArticleText, first: number, after: number): boolean {
  if (after - first !== 1 || first === 0) return false;
  const { tokens } = article;
  const source = article.source[article.folded.origin[tokens[first].start]] ?? "";
  if (!/\p{Lu}/u.test(source)) return false;
  return !/[.!?\n]/.test(article.folded.text.slice(tokens[first - 1].end, tokens[first].start));
}

/** Whether a phone phrase stands between two folded offsets, not inside a phrase that reports no meeting ("called for"). */
export function isPhone(article: ArticleText, from: number, to: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  const first = tokenIndexAt(tokens, from);
  const last = tokenIndexAt(tokens, to);
  const not = [...lexicon.notCue.findIn(tokens, text, Math.max(0, first - NOT_CUE_REACH), last, options), ...lexicon.visitCalls.findIn(tokens, text, Math.max(0, first - NOT_CUE_REACH), last, options)];
  return lexicon.phone.findIn(tokens, text, first, last, options).some((m) => m.end <= to && !not.some((n) => n.first <= m.first && m.first < n.after));
}

/** Whether a relative pronoun ("الذي", "who") is the first word at or after a folded offset. */
export function startsRelative(article: ArticleText, at: number): boolean {
  const word = article.tokens[tokenIndexAt(article.tokens, at)]?.text ?? "";
  return lexicon.relative.has(word) || (article.clitics && /^[وف]/.test(word) && lexicon.relative.has(word.slice(1)));
}
