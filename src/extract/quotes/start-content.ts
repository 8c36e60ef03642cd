/**
 * Where a cue's content starts: after a Persian verb's colon, comma or که; after an Arabic or
 * English verb's subject, adverbials and complementizer (or a governed verb's own preposition); in
 * a quotation or clause closed right before the attribution ("“…,” Lavrov said", "…, Kerry said").
 * The words after the cue are read in content-after-cue.ts, those before it in content-before-cue.ts.
 */
import { isCapitalizedAt, type ArticleText, type Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import { skipSpaces, tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import { arabicNominalContent, arabicSubjectEnd, clauseAfterAside, clauseAfterLongOccasion, complementizerSoon, englishBareContent, governedContent, namedSubjectEnd, OBJECT_WORDS, possessiveAt, pluperfectSubjectBefore, stanceNounAt, wordsUntilMark } from "./content-after-cue.ts";
import { clauseBefore, OCCASION_WORDS, paragraphBefore, parentheticalStart, persianQuoteBefore, quoteBefore } from "./content-before-cue.ts";
import type { Cue, CueType } from "./cue.ts";
import { lexicon, verbWordAt } from "./cue-lexicon.ts";
import { subjectChainEnd } from "./cue-subject.ts";
import { closingMarks, firstContentMark, isShortQuote, OPENING } from "./marks.ts";

/** Words an Arabic or English verb may be separated from its reported clause by (subject, adverbials). */
const ARABIC_LOOKAHEAD = 20;

/** Words the listener of an English "told" may have ("told the Financial Times that", "told the UN Security Council that"). */
const LISTENER_WORDS = 6;

/** Title and country words a listener after "to" may have before their name ("to Russian Foreign Minister X"). */
const TO_LISTENER_WORDS = 5;

/** Works out where a verb, participle or framing cue's content begins; null when it has none. */
export function startContent(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, type: CueType, lang: Language, refs: PersonRef[]): Cue | null {
  const { tokens } = article;
  const lex = lexicon(lang);
  const text = article.folded.text;
  const clitics = { clitics: article.clitics };
  const base = { type, lang, start: m.start, end: m.end, first: m.first, after: m.after, sentence, fixedEnd: null, runsOn: true, subjectAfter: false };
  // "ضمن تاکید بر ضرورت X": a framing ending in a position noun keeps that noun in its content.
  if (type === "framing" && lex.framingNouns.has(tokens[m.after - 1].text)) return { ...base, contentStart: tokens[m.after - 1].start, direct: false };
  if (type === "framing") return { ...base, contentStart: skipSpaces(text, m.end), direct: false };
  // "داعيا إلى X": a participle listed with its preposition states its content right after it.
  if (type === "participle" && lang === "ar" && m.phrase.includes(" ")) return { ...base, contentStart: skipSpaces(text, m.end), direct: false };
  if (lang === "fa") {
    // Persian: the content follows the verb, after a colon, a comma or که.
    let at = skipSpaces(text, m.end);
    if (text[at] === ":" || text[at] === "：") return { ...base, contentStart: skipSpaces(text, at + 1), direct: true };
    if (text[at] === "،" || text[at] === ",") at = skipSpaces(text, at + 1);
    const next = tokenIndexAt(tokens, at);
    const comp = next < sentence.after ? lex.complementizers.matchAt(tokens, text, next, clitics) : null;
    if (comp && comp.start === at) at = skipSpaces(text, comp.end);
    // «…»، این را X گفت (و افزود که …): a verb ending its clause after a quotation opening the sentence attributes it.
    const before = () => {
      const q = persianQuoteBefore(article, sentence, m);
      return q ? { ...base, ...q } : null;
    };
    if (at >= sentence.fEnd || /[.!?؟]/.test(text[at] ?? "")) return before();
    // "… ابراز نگرانی کرد و خواستار … شد": a coordinated clause after the verb is not what was said.
    if (!comp && COORDINATORS.has(tokens[tokenIndexAt(tokens, at)]?.text ?? "")) return before();
    return { ...base, contentStart: at, direct: OPENING.has(text[at]) && !isShortQuote(text, tokens, at) };
  }
  // "ثمّن الوزير الموقف …", "أدان X الهجوم": verbs that state a position only as a noun phrase after a named subject.
  if (lang === "ar" && lex.nominalOnlyVerbs.has(m.phrase)) {
    const at = arabicNominalContent(article, sentence, refs, m.first, m.after);
    return at === null ? null : { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false };
  }
  // "Speaking to reporters, Zarif said:" closing its paragraph: the quoted words are the next paragraph (find-quotes.ts).
  const colon = skipSpaces(text, m.end);
  if (text[colon] === ":" && skipSpaces(text, colon + 1) >= sentence.fEnd) return { ...base, contentStart: colon + 1, direct: true, subjectAfter: false };
  // Arabic and English: the subject and adverbials may stand between the verb and the content.
  const before = quoteBefore(article, sentence, m, lang, refs) ?? (lang === "en" ? clauseBefore(article, sentence, m, refs) ?? paragraphBefore(article, sentence, m, refs) : null);
  if (before) return { ...base, ...before };
  // "The new rules, Mr. Lavrov said, take effect …": an attribution set off by commas inside the clause it attributes.
  if (lang === "en" && parentheticalStart(article, sentence, m, refs) !== null) return { ...base, contentStart: tokens[m.after].start, direct: false, subjectAfter: false, runsOn: false };
  const subjectEnd = arabicSubjectEnd(article, refs, m.after);
  const rule = type === "verb" ? lex.governed.find((r) => r.verbs.has(m.phrase)) : undefined;
  if (rule) {
    // "وكان X قد أكد حرص بلاده على …": a pluperfect's subject, written before the verb, is known as well.
    const knownSubject = subjectEnd > m.after || (lang === "ar" && pluperfectSubjectBefore(article, sentence, m.first));
    const at = governedContent(article, sentence, rule, lang, subjectEnd, refs, knownSubject, !lex.verbs.matchAt(tokens, text, m.first, clitics));
    if (at !== null) return { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false };
    // A verb that is a cue only with its preposition ("جدد الأسد التأكيد على …") states a position otherwise only as a noun
    // phrase headed by a position noun ("وجدد X دعم بلاده الثابت لـ …", "جدد X رفض …"); anything else is no content.
    if (!lex.verbs.matchAt(tokens, text, m.first, clitics)) {
      const at = lang === "ar" ? arabicNominalContent(article, sentence, refs, m.first, m.after) : null;
      const head = at === null ? "" : tokens[tokenIndexAt(tokens, at)].text;
      return at !== null && stanceNounAt(head.startsWith("ال") ? head.slice(2) : head) ? { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false } : null;
    }
  }
  // "وأكد الصفدي، خلال مؤتمر صحفي مشترك عقده مع نظيره … في بغداد، أن …": a long aside between commas after the subject.
  const named = lang === "ar" ? namedSubjectEnd(article, sentence, refs, m.after) : null;
  const aside = named !== null ? clauseAfterAside(article, sentence, named) : null;
  if (aside !== null) return { ...base, contentStart: aside, direct: false, subjectAfter: true };
  const closes = closingMarks(text, sentence);
  // English content starts right after the verb, its adverbials and the listener of "told"; a later "that" or
  // quotation belongs to the content ("said he was pleased that Zarif “put possibilities on the table”").
  let nearVerb = true;
  const listener = lang === "en" && lex.listenerVerbs.has(m.phrase) ? listenerEnd(article, sentence, refs, m.after) : m.after;
  let nearUntil = listener;
  // "explained to Russian Foreign Minister Sergey Lavrov that": a listener after "to" stands between the verb and "that".
  if (lang === "en" && tokens[m.after]?.text === "to") {
    const heard = refs.find((r) => r.first > m.after && r.first <= m.after + 1 + TO_LISTENER_WORDS && r.after <= sentence.after);
    nearUntil = Math.max(nearUntil, heard ? subjectChainEnd(refs, heard.first) : m.after + 1 + LISTENER_WORDS);
  }
  // "expressed his hope that", "voiced concern that": a stance noun after the verb keeps a following "that" near it.
  const stanceHead = lang === "en" ? wordsUntilMark(article, sentence, m.after, OBJECT_WORDS).find((k) => lex.stanceNouns.has(tokens[k].text)) : undefined;
  if (stanceHead !== undefined) nearUntil = Math.max(nearUntil, stanceHead + 1);
  let i = m.after;
  for (; i < sentence.after && i < m.after + ARABIC_LOOKAHEAD; i++) {
    const gapStart = tokens[i - 1].end;
    const gap = text.slice(gapStart, tokens[i].start);
    const passed = i - 1;
    // "said in a statement that", "wrote on Twitter that": a phrase of occasion near the verb is passed over too.
    if (lang === "en" && nearVerb && passed >= m.after && lex.occasions.has(tokens[passed].text)) nearUntil = Math.max(nearUntil, passed + 1 + OCCASION_WORDS);
    if (lang === "en" && passed >= m.after && passed >= subjectEnd && passed >= nearUntil && !lex.adverbials.has(tokens[passed].text)) nearVerb = false;
    // "said his country …, saying: “…”": a colon or "that" after a later cue word is that cue's.
    if (i > m.after && (verbWordAt(article, lex.participles, i) || verbWordAt(article, lex.verbs, i))) break;
    const markAt = firstContentMark(text, tokens, gapStart, tokens[i].start, closes);
    if (markAt === null && /(?<!\.)[.!?؟](?!\.)/.test(gap)) break;
    if (markAt !== null && (nearVerb || text[markAt] === ":")) {
      const colon = text[markAt] === ":";
      return { ...base, contentStart: colon ? skipSpaces(text, markAt + 1) : markAt, direct: true, subjectAfter: true };
    }
    if (!nearVerb) continue;
    const comp = lex.complementizers.matchAt(tokens, text, i, clitics);
    if (comp) {
      const at = skipSpaces(text, comp.end);
      return { ...base, contentStart: at, direct: OPENING.has(text[at] ?? "") && !isShortQuote(text, tokens, at), subjectAfter: true };
    }
    const weak = i === m.after || i === subjectEnd ? lex.weakComplementizers.matchAt(tokens, text, i, clitics) : null;
    if (weak && !complementizerSoon(article, sentence, lang, weak.after)) {
      const at = skipSpaces(text, weak.end);
      // "مشددا على ضرورة X": a participle with a noun phrase frames a topic (R-participial); one with a clause ("معربا عن أمله في أن …")
      // or quoted words ("مشددا على «…»") states content.
      if (type === "participle" && !OPENING.has(text[at] ?? "") && !lex.complementizers.matchAt(tokens, text, weak.after - 1, clitics) && !lex.complementizers.matchAt(tokens, text, weak.after, clitics)) return null;
      return { ...base, contentStart: at, direct: false, subjectAfter: true };
    }
  }
  // "وأضاف الصفدي في مؤتمر صحفي مشترك مع وزير الخارجية الإسباني X، عقب محادثات أجراها الوزيران في عمان اليوم، أن …": past
  // the words a subject and adverbials may take, a complementizer right after a comma still opens the reported clause.
  const late = lang === "ar" && i === m.after + ARABIC_LOOKAHEAD ? clauseAfterLongOccasion(article, sentence, i) : null;
  if (late !== null) return { ...base, contentStart: late, direct: OPENING.has(text[late] ?? "") && !isShortQuote(text, tokens, late), subjectAfter: true };
  if (lang === "ar" && lex.nominalVerbs.matchAt(tokens, text, m.first, clitics)) {
    const at = arabicNominalContent(article, sentence, refs, m.first, m.after);
    if (at !== null) return { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false };
  }
  // "…discussion," Kaifu said at a press briefing: a quotation closed right before the subject is the content, even when it opened on an earlier line.
  const subjectStart = refs.find((r) => r.after === m.first)?.first ?? m.first;
  // A quotation closing the paragraph before is not this one's ("“…” ¶ Botchwey said Ghana was ready …").
  if (lang === "en" && subjectStart > 0 && article.lineOfToken[subjectStart - 1] === article.lineOfToken[subjectStart] && /["”»]\s*$/.test(text.slice(tokens[subjectStart - 1].end, tokens[subjectStart].start))) return null;
  // "praised Lavrov for …": the person after an object verb is its object, not a subject set after the verb.
  // "appreciated his counterpart's proposal": a person after the verb written with 's opens its object.
  // "said Ruto called for …": a person after the verb followed by a verb of their own opens the reported clause.
  // "told reporters the talks were useful": the reported words start after the listener.
  if (lang === "en") return englishBareContent(article, sentence, base, m.phrase, lex.objectVerbs.has(m.phrase) || possessiveAt(article, subjectEnd) || clauseVerbAt(article, sentence, subjectEnd) ? m.after : Math.max(m.after, subjectEnd, listener));
  return null;
}

/**
 * Whether an English verb of speech, or a ritual one, stands at token k right after a subject with no mark between
 * ("said Ruto called for …", "said the President thanked …"): the subject before it is that verb's.
 */
function clauseVerbAt(article: ArticleText, sentence: Sentence, k: number): boolean {
  const { tokens } = article;
  if (k <= sentence.first || k >= sentence.after || /[^\s]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  const lex = lexicon("en");
  return lex.cueWords.matchAt(tokens, article.folded.text, k) !== null || lex.blocked.matchAt(tokens, article.folded.text, k) !== null;
}

/** Words before an English listener's head ("told his Russian counterpart", "told the UN Security Council"). */
const LISTENER_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my"]);

/**
 * Token after the listener of an English "told" ("told reporters", "told the state news agency IRNA", "told his Russian
 * counterpart Sergey Lavrov", "told him"): a determiner, then words up to a complementizer, a phrase of occasion, a
 * clause marker, a second determiner ("told reporters the talks …") or a lowercase word after a capitalised one that
 * followed a lowercase noun ("told reporters Russia wanted …": the name opens the reported words). A "that" after that
 * point belongs to the reported words ("… a ceasefire that would hold").
 */
function listenerEnd(article: ArticleText, sentence: Sentence, refs: PersonRef[], from: number): number {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("en");
  let k = from;
  if (k < sentence.after && LISTENER_OPENERS.has(tokens[k].text)) k++;
  let lowerSeen = false;
  let capitalsFrom = -1;
  while (k < sentence.after && k - from < LISTENER_WORDS) {
    if (k > from && /[^\s]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return k;
    if (refs.some((r) => r.first === k)) return subjectChainEnd(refs, k);
    if (isCapitalizedAt(article, k)) {
      if (capitalsFrom < 0 && lowerSeen) capitalsFrom = k;
      k++;
      continue;
    }
    const word = tokens[k].text;
    if (lex.complementizers.matchAt(tokens, text, k) || lex.occasions.has(word) || lex.adverbials.has(word)) return k;
    if (capitalsFrom >= 0) return capitalsFrom;
    if (k > from && (LISTENER_OPENERS.has(word) || lex.clauseMarkers.has(word))) return k;
    lowerSeen = true;
    k++;
  }
  return k - from >= LISTENER_WORDS ? from + LISTENER_WORDS : k;
}
