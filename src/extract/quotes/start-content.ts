/**
 * Where a cue's content starts: after a Persian verb's colon, comma or که; after an Arabic or
 * English verb's subject, adverbials and complementizer (or a governed verb's own preposition); in
 * a quotation or clause closed right before the attribution ("“…,” Lavrov said", "…, Kerry said").
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import { isHonorific } from "../names/index.ts";
import type { PersonRef } from "../persons/index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import { skipSpaces, tokenIndexAt, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue, CueType } from "./cue.ts";
import { lexicon, TITLE_WORDS, verbWordAt, type GovernedRule } from "./cue-lexicon.ts";
import { invertedSubjectEnd, roleSubjectBefore, subjectBeforeClause, subjectChainEnd, surnameAt, TITLE_CHAIN, titlePhraseBefore } from "./cue-subject.ts";
import { CLOSING_OF, closingMarks, firstContentMark, isShortQuote, OPENING } from "./marks.ts";

/** Words an Arabic or English verb may be separated from its reported clause by (subject, adverbials). */
const ARABIC_LOOKAHEAD = 20;

/** Words the listener of an English "told" may have ("told the Financial Times that", "told the UN Security Council that"). */
const LISTENER_WORDS = 6;

/** Words the listener of a "told" closing its sentence may have ("…, he told a group of journalists."). */
const CLOSING_LISTENER_WORDS = 5;

/** Title and country words a listener after "to" may have before their name ("to Russian Foreign Minister X"). */
const TO_LISTENER_WORDS = 5;

/** Words a phrase of occasion or medium may have after its preposition ("said in a video shared on Twitter, “…”"). */
const OCCASION_WORDS = 6;

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
    if (at >= sentence.fEnd || /[.!?؟]/.test(text[at] ?? "")) return null;
    // "… ابراز نگرانی کرد و خواستار … شد": a coordinated clause after the verb is not what was said.
    if (!comp && COORDINATORS.has(tokens[tokenIndexAt(tokens, at)]?.text ?? "")) return null;
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
    const at = governedContent(article, sentence, rule, lang, subjectEnd, refs, subjectEnd > m.after, !lex.verbs.matchAt(tokens, text, m.first, clitics));
    if (at !== null) return { ...base, contentStart: at, direct: false, subjectAfter: true, runsOn: false };
    // A verb that is a cue only with its preposition ("جدد الأسد إدانة …") has no content otherwise.
    if (!lex.verbs.matchAt(tokens, text, m.first, clitics)) return null;
  }
  // "وأكد الصفدي، خلال مؤتمر صحفي مشترك عقده مع نظيره … في بغداد، أن …": a long aside between commas after the subject.
  const named = lang === "ar" ? namedSubjectEnd(article, sentence, refs, m.after) : null;
  const aside = named !== null ? clauseAfterAside(article, sentence, named) : null;
  if (aside !== null) return { ...base, contentStart: aside, direct: false, subjectAfter: true };
  const closes = closingMarks(text, sentence);
  // English content starts right after the verb, its adverbials and the listener of "told"; a later "that" or
  // quotation belongs to the content ("said he was pleased that Zarif “put possibilities on the table”").
  let nearVerb = true;
  const listener = lang === "en" && lex.listenerVerbs.has(m.phrase) ? LISTENER_WORDS : 0;
  let nearUntil = m.after + listener;
  // "explained to Russian Foreign Minister Sergey Lavrov that": a listener after "to" stands between the verb and "that".
  if (lang === "en" && tokens[m.after]?.text === "to") {
    const heard = refs.find((r) => r.first > m.after && r.first <= m.after + 1 + TO_LISTENER_WORDS && r.after <= sentence.after);
    nearUntil = Math.max(nearUntil, heard ? subjectChainEnd(refs, heard.first) : m.after + 1 + LISTENER_WORDS);
  }
  // "expressed his hope that", "voiced concern that": a stance noun after the verb keeps a following "that" near it.
  const stanceHead = lang === "en" ? wordsUntilMark(article, sentence, m.after, OBJECT_WORDS).find((k) => lex.stanceNouns.has(tokens[k].text)) : undefined;
  if (stanceHead !== undefined) nearUntil = Math.max(nearUntil, stanceHead + 1);
  for (let i = m.after; i < sentence.after && i < m.after + ARABIC_LOOKAHEAD; i++) {
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
  if (lang === "en") return englishBareContent(article, sentence, base, m.phrase, lex.objectVerbs.has(m.phrase) || possessiveAt(article, subjectEnd) ? m.after : Math.max(m.after, subjectEnd));
  return null;
}

/**
 * The content of a governed verb: after its preposition, found within a few words after the subject (adverbials such
 * as "خلال الاتصال", or an object) with no clause mark between. Null when the preposition opens a complementizer
 * (على أن، إلى أن: the general rule reads those), or a clause or an object comes first, or the content's first word says it is something else.
 */
function governedContent(article: ArticleText, sentence: Sentence, rule: GovernedRule, lang: Language, subjectEnd: number, refs: PersonRef[], knownSubject: boolean, onlyGoverned = false): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  const clitics = { clitics: article.clitics };
  for (let k = subjectEnd; k < sentence.after && k <= subjectEnd + rule.gap; k++) {
    // "دعت الوزيرة X، اليوم، إلى …": a day set off by commas right after the subject keeps the preposition the verb's.
    const dayAside = lang === "ar" && (lexicon(lang).verbAdverbs.has(tokens[k].text) || (k - 1 >= subjectEnd && lexicon(lang).verbAdverbs.has(tokens[k - 1].text)));
    if (k > subjectEnd && (rule.acrossCommas || dayAside ? /[.;:!?؟«»“”"]/ : /[.,،;:!?؟«»“”"]/).test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
    if (!rule.personObject && refs.some((r) => r.first === k)) return null;
    for (const prep of rule.preps) {
      const n = prep.words.length;
      if (k + n > sentence.after) continue;
      const whole = prep.words.slice(0, prep.attached ? -1 : n).every((w, j) => tokens[k + j].text === w);
      if (!whole) continue;
      let at: number;
      let next: number;
      if (prep.attached) {
        const last = tokens[k + n - 1];
        const head = prep.words[n - 1];
        if (!last.text.startsWith(head) || last.text.length - head.length < 2) continue;
        at = last.start + head.length;
        next = k + n - 1;
      } else {
        next = k + n;
        if (next >= sentence.after) continue;
        at = tokens[next].start;
      }
      // "نوه الوزير بأن …": a preposition written onto أن is the complementizer, read by the general rule too.
      const complementizer = lexicon(lang).complementizers.matchAt(tokens, text, next, clitics);
      if (complementizer && (!prep.attached || lexicon(lang).complementizers.matchAt(tokens, text, k + n - 1, clitics)?.after === k + n)) {
        // "جدد سلامة التأكيد على أن …": a verb that is a cue only through its preposition has no general rule to read the
        // clause, so the content starts after the complementizer.
        return onlyGoverned && complementizer.after < sentence.after ? tokens[complementizer.after].start : null;
      }
      const word = prep.attached ? tokens[next].text.slice(prep.words[n - 1].length) : tokens[next].text;
      if (rule.notAfter.has(word) || lexicon(lang).ritualContent.has(word)) return null;
      if (!rule.personObject && personAt(tokens, refs, next, isHonorific(word))) return null;
      if (rule.keepObject) return k > subjectEnd ? tokens[subjectEnd].start : null;
      return at;
    }
    // "أكد الوزير أن بلاده حريصة على …": a reported clause opened before the preposition is the content (the general rule reads it).
    if (lexicon(lang).complementizers.matchAt(tokens, text, k, clitics)) return null;
    // "أكد لافروف حرص بلاده على …": a noun right after a known subject is the verb's object, and the preposition after it is the noun's.
    if (k === subjectEnd && knownSubject && lang === "ar" && !rule.personObject && !adverbAfterSubject(tokens[k].text)) return null;
  }
  return null;
}

/** Honorifics that may stand before the person a governed verb's preposition takes ("بسمو الشيخ X"). */
const OBJECT_HONORIFICS = 3;

/**
 * "رحبت الوزيرة بسمو الشيخ X": whether a person starts at token k, or after the honorifics from it (the first already
 * known to be one when a preposition is written onto it): a guest welcomed, not a position.
 */
function personAt(tokens: Token[], refs: PersonRef[], k: number, honorific: boolean): boolean {
  let j = honorific ? k + 1 : k;
  while (j < tokens.length && j - k < OBJECT_HONORIFICS && isHonorific(tokens[j].text) && !refs.some((r) => r.first === j)) j++;
  return refs.some((r) => r.first === k || r.first === j);
}

/** Whether a word after an Arabic subject opens an adverbial (خلال، في، مجددا، بدوره) or names a listener (لنظيره), not an object. */
function adverbAfterSubject(word: string): boolean {
  const lex = lexicon("ar");
  return lex.adverbials.has(word) || lex.verbAdverbs.has(word) || word.startsWith("ل");
}

/** Words a title and its country adjectives may take between an Arabic verb and the name of its subject. */
const SUBJECT_TITLE_WORDS = TITLE_CHAIN + 2;

/** Where the name after an Arabic verb ends, when one follows within a title's length with no mark before it ("أكد نائب رئيس الوزراء … أيمن الصفدي"). */
function namedSubjectEnd(article: ArticleText, sentence: Sentence, refs: PersonRef[], after: number): number | null {
  const { tokens } = article;
  for (let k = after; k < sentence.after && k <= after + SUBJECT_TITLE_WORDS; k++) {
    if (k > after && /[.,،;:!?؟«»“”"]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start))) return null;
    if (refs.some((r) => r.first === k)) return subjectChainEnd(refs, k);
  }
  return lexicon("ar").honorificPronouns.has(tokens[after]?.text ?? "") ? after + 1 : null;
}

/** Most words of an aside set off by commas between an Arabic verb's subject and its complementizer. */
const ASIDE_WORDS = 40;

/**
 * Where the reported clause starts after an aside that opens with a comma right after the subject and closes with a
 * comma right before a complementizer; null when no such aside, or when it holds a quotation or another speech verb.
 */
function clauseAfterAside(article: ArticleText, sentence: Sentence, subjectEnd: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("ar");
  if (subjectEnd >= sentence.after || !/^[^.!?؟:«»“”"]*[,،][^.!?؟:«»“”"]*$/.test(text.slice(tokens[subjectEnd - 1].end, tokens[subjectEnd].start))) return null;
  for (let k = subjectEnd + 1; k < sentence.after && k <= subjectEnd + ASIDE_WORDS; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[.!?؟:«»“”"]/.test(gap) || verbWordAt(article, lex.verbs, k) || verbWordAt(article, lex.participles, k)) return null;
    if (!/[,،]/.test(gap)) continue;
    const comp = lex.complementizers.matchAt(tokens, text, k, { clitics: article.clitics });
    return comp ? skipSpaces(text, comp.end) : null;
  }
  return null;
}

/** Words within which a later إن/أن still opens the verb's content rather than على: "قالت X على قناة Y إن …". */
const WEAK_WINDOW = 8;

/** Whether a complementizer follows within a few words, with no clause mark before it. */
function complementizerSoon(article: ArticleText, sentence: Sentence, lang: Language, from: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = from; k < sentence.after && k < from + WEAK_WINDOW; k++) {
    if (k > from && /[.!?؟:«“"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (lexicon(lang).complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return true;
  }
  return false;
}

/**
 * A position stated as a noun phrase after "أكد"/"شدد" and a named subject: "وأكد الوزير خلال الاتصال
 * دعم بلاده للحل" → "دعم بلاده للحل". Prepositions of time or occasion (خلال X) are skipped.
 */
function arabicNominalContent(article: ArticleText, sentence: Sentence, refs: PersonRef[], verbFirst: number, verbAfter: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  let k = arabicSubjectEnd(article, refs, verbAfter);
  // "أن لافروف أكد استعداد بلاده …": the subject may also stand right before the verb.
  if (k === verbAfter && !refs.some((r) => r.after === verbFirst)) return null;
  const lex = lexicon("ar");
  // "خلال الاتصال", "خلال لقائه كيري", "خلال محادثاته مع كيري": a phrase of occasion, with the person it names.
  while (k + 1 < sentence.after && lex.adverbials.has(tokens[k].text)) {
    k = subjectChainEnd(refs, k + 2);
    // "خلال محادثاته مع كيري": the person the occasion is with.
    if (k + 1 < sentence.after && lex.prepositions.has(tokens[k].text) && refs.some((r) => r.first === k + 1)) k = subjectChainEnd(refs, k + 1);
  }
  if (sentence.after - k < 3 || /[,،:]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return null;
  if (lex.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return null;
  return tokens[k].start;
}

/** Where the subject after a verb ends: after the person named there, or after an honorific pronoun standing for one (وأكد سيادته). */
function arabicSubjectEnd(article: ArticleText, refs: PersonRef[], after: number): number {
  // "أكد السيد محمد X على": honorifics written before the name belong to the subject.
  let named = after;
  while (named < article.tokens.length && named - after < TITLE_CHAIN && lexicon("ar").subjectHonorifics.has(article.tokens[named].text)) named++;
  if (named > after && subjectChainEnd(refs, named) > named) return subjectChainEnd(refs, named);
  const end = subjectChainEnd(refs, after);
  return end === after && lexicon("ar").honorificPronouns.has(article.tokens[after]?.text ?? "") ? after + 1 : end;
}

/** English reported speech without "that": "X said on Monday he had talks…" — after the verb, its subject and time adverbials. */
function englishBareContent(article: ArticleText, sentence: Sentence, base: Omit<Cue, "contentStart" | "direct">, verb: string, from: number): Cue | null {
  const { tokens } = article;
  const text = article.folded.text;
  let i = from;
  const lex = lexicon("en");
  while (i < sentence.after && lex.adverbials.has(tokens[i].text)) i++;
  if (sentence.after - i < 3) return null;
  // "said in a Twitter post on Friday", "said after talks with Kishida": a phrase of occasion is not reported speech.
  if ((i > from && lex.occasions.has(tokens[i - 1].text)) || lex.occasions.has(tokens[i].text)) return null;
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  if (/[,،;:]/.test(gap)) return null;
  // "expressed his gratitude for", "reiterated the invitation": an object that is a ritual act states no position.
  const head = wordsUntilMark(article, sentence, i, OBJECT_WORDS);
  if (head.some((k) => lex.ritualContent.has(tokens[k].text))) return null;
  // "called on X to do Y", "described X as Y": without its word, "called on the president" is a visit, "described the situation" a topic.
  const needed = lex.needsWord.get(verb);
  if (needed && !wordsUntilMark(article, sentence, i, APPEAL_WORDS).some((k) => tokens[k].text === needed)) return null;
  // After "said", anything; after "praised", "urged", its object; after "noted", "stressed", a clause or an object headed by a stance noun
  // ("noted Moscow was ready", "stressed the importance of X"), not a topic ("noted the long history of contacts").
  const clause = lex.clauseMarkers.has(tokens[i].text) || wordsUntilMark(article, sentence, i, CLAUSE_WORDS).some((k) => k > i && lex.clauseMarkers.has(tokens[k].text));
  // "his Argentinian counterpart's proposal of …": the head noun of a possessive object stands after its 's.
  const owner = wordsUntilMark(article, sentence, i, OBJECT_WORDS + POSSESSOR_WORDS).find((k) => possessiveAt(article, k));
  const possessed = owner !== undefined ? wordsUntilMark(article, sentence, owner + 1, OBJECT_WORDS) : [];
  const stance = [...head, ...possessed].some((k) => lex.stanceNouns.has(tokens[k].text));
  if (!lex.bareClauseVerbs.has(verb) && !lex.objectVerbs.has(verb) && !clause && !stance && !(lex.mandativeVerbs.has(verb) && mandativeClause(article, sentence, i))) return null;
  // "told Lavrov about the results of his visit": a listener told about something is a briefing, a topic; "told X" states words only with a clause.
  // "tweeted about the conversation X had with Y": so is anything said about something, unless the verb states a stance on it ("raised concerns about").
  if ((tokens[i].text === "about" && !lex.objectVerbs.has(verb)) || (lex.listenerVerbs.has(verb) && !clause)) return null;
  // "…, reaffirming Poland's support for X": a participle with a noun phrase frames a topic (R-participial); "…, saying the
  // result reflects …" takes a clause without a marker, as "said" does.
  if (base.type === "participle" && !clause && !lex.bareClauseVerbs.has(verb)) return null;
  return { ...base, contentStart: tokens[i].start, direct: false, subjectAfter: true };
}

/** Most words of a name opening a clause after a verb of proposal ("Viet Nam", "the United Arab Emirates"). */
const MANDATIVE_NAME_WORDS = 4;

/**
 * Whether the words from token i open a clause with a bare verb after a verb of proposal: a capitalised name, then a
 * lowercase word that is not a preposition or a noun heading the name's phrase ("suggested Argentina create more …").
 */
function mandativeClause(article: ArticleText, sentence: Sentence, i: number): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const sourceWord = (k: number) => article.source.slice(article.folded.origin[tokens[k].start], article.folded.origin[tokens[k].end - 1] + 1);
  let k = i;
  while (k < sentence.after && k - i < MANDATIVE_NAME_WORDS && /^\p{Lu}/u.test(sourceWord(k)) && (k === i || /^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)))) k++;
  if (k === i || k >= sentence.after || !/^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  return /^\p{Ll}+$/u.test(sourceWord(k)) && !lexicon("en").mandativeStops.has(tokens[k].text);
}

/** Whether token k is the "s" of an English possessive ("counterpart's", "Iran’s"). */
function possessiveAt(article: ArticleText, k: number): boolean {
  const { tokens } = article;
  return k > 0 && tokens[k]?.text === "s" && /^['’]$/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start));
}

/** Words a possessor may take before its 's in an object ("his Argentinian counterpart's"), beyond OBJECT_WORDS. */
const POSSESSOR_WORDS = 2;

/** Words of an object within which its head noun stands ("Egypt's deep concern", "the importance"). */
const OBJECT_WORDS = 4;
/** Words within which a cue's needed word must follow ("called on all parties in the region to", "described X as"). */
const APPEAL_WORDS = 8;
/** Words within which a reported clause without "that" shows its verb ("noted the country's economy had grown"). */
const CLAUSE_WORDS = 8;

/** Token indexes from i on, at most n, up to a clause mark. */
function wordsUntilMark(article: ArticleText, sentence: Sentence, i: number, n: number): number[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: number[] = [];
  for (let k = i; k < sentence.after && k < i + n; k++) {
    if (k > i && /[.,،;:!?؟«»“”"()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    out.push(k);
  }
  return out;
}

/**
 * A quotation closed right before its attribution: "“…,” Lavrov said", "“…” said Lavrov",
 * "«…»، وی گفت". The verb must end its clause (nothing but its subject after it).
 */
function quoteBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, lang: Language, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  const after = subjectChainEnd(refs, m.after);
  const rest = tokens[after] ? text.slice(tokens[after - 1].end, tokens[after].start) : "";
  const runsOn = tokens[after] && article.sentenceOfToken[after] === sentence.index && !/[.,،;:]/.test(rest);
  // Attributions go on after the verb without content of their own: "“…,” Kerry said in remarks on Monday",
  // "«…»، قال لافروف للصحفيين".
  if (runsOn && (lang === "fa" || hasOwnContent(article, sentence, lang, after))) return null;
  const named = refs.find((r) => r.after === m.first)?.first ?? roleSubjectBefore(article, lang, m.first) ?? (lang === "en" ? titlePhraseBefore(article, m.first) : null) ?? subjectBeforeClause(article, refs, m.first) ?? (lang === "en" && surnameAt(article, refs, m.first - 1) ? m.first - 1 : m.first);
  // "“…,” the Russian foreign minister Sergey Lavrov told state TV": the title and its words before the name are the subject too.
  const subjectStart = named < m.first ? titleWordsBefore(article, sentence, named, lang) : named;
  const pronounBefore = tokens[subjectStart - 1] && lexicon(lang).pronouns.has(tokens[subjectStart - 1].text) ? subjectStart - 1 : subjectStart;
  const gapFrom = tokens[pronounBefore - 1]?.end ?? 0;
  const gap = text.slice(gapFrom, tokens[pronounBefore].start);
  const closeAt = Math.max(gap.lastIndexOf("”"), gap.lastIndexOf('"'), gap.lastIndexOf("»"));
  if (closeAt < 0 || !/^[\s.,،!?؟…]*["”»][\s,،]*$/.test(gap)) return null;
  const close = gapFrom + closeAt;
  const openChar = text[close] === "”" ? "“" : text[close] === "»" ? "«" : '"';
  const open = text.lastIndexOf(openChar, close - 1);
  const lineStart = article.sentences.find((s) => s.line === sentence.line)?.fStart ?? sentence.fStart;
  if (open < 0 || open < lineStart || isShortQuote(text, tokens, open)) return null;
  // "“…,” said Lavrov": no subject before the verb, so it comes after it.
  return { contentStart: reopenedStart(article, sentence, open, openChar), fixedEnd: close + 1, direct: true, subjectAfter: pronounBefore === m.first };
}

/** Most paragraphs a quotation reopened at each paragraph may run back over. */
const REOPENED_PARAGRAPHS = 4;

/**
 * “A ¶ “B,” he said: a quotation opening its paragraph runs back over the paragraphs before that open with the same mark
 * and leave it open (news convention; one cue, one entry). The offset where it first opened.
 */
function reopenedStart(article: ArticleText, sentence: Sentence, open: number, openChar: string): number {
  const text = article.folded.text;
  const close = CLOSING_OF[openChar];
  const lineFirst = (k: number) => {
    while (k > 0 && article.sentences[k - 1].line === article.sentences[k].line) k--;
    return k;
  };
  let first = lineFirst(sentence.index);
  let start = open;
  for (let n = 0; n < REOPENED_PARAGRAPHS && first > 0 && skipSpaces(text, article.sentences[first].fStart) === start; n++) {
    const prevFirst = lineFirst(first - 1);
    const from = skipSpaces(text, article.sentences[prevFirst].fStart);
    if (text[from] !== openChar || text.slice(from + 1, article.sentences[first - 1].fEnd).includes(close)) break;
    start = from;
    first = prevFirst;
  }
  return start;
}

/** Where the title, honorific, country and article words written right before a subject start (no comma between). */
function titleWordsBefore(article: ArticleText, sentence: Sentence, start: number, lang: Language): number {
  const { tokens } = article;
  const lex = lexicon(lang);
  const titleWord = (k: number) => TITLE_WORDS.has(tokens[k].text) || lex.subjectHonorifics.has(tokens[k].text) || lex.definiteArticles.has(tokens[k].text) || (lang === "en" && /^\p{Lu}/u.test(article.source[article.folded.origin[tokens[k].start]] ?? ""));
  let k = start;
  while (k > sentence.first && start - k < TITLE_CHAIN && titleWord(k - 1) && !/[,،.:;"”»“«]/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start))) k--;
  return k;
}

/** Whether a verb's clause has content of its own after token `from`: a complementizer, a colon or an opening quotation mark. */
function hasOwnContent(article: ArticleText, sentence: Sentence, lang: Language, from: number): boolean {
  const { tokens } = article;
  const lex = lexicon(lang);
  const text = article.folded.text;
  // "“…,” Lavrov said, adding that …": what follows a participle is the participle's own content.
  let until = sentence.after;
  for (let k = from; k < sentence.after; k++) if (lex.participles.matchAt(tokens, text, k, { clitics: article.clitics })) { until = k; break; }
  for (let k = from; k < until; k++) if (lex.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return true;
  // From the end of the word before: "، مطالباً «…»" opens its quotation right after the cue.
  const rest = text.slice(from > 0 ? tokens[from - 1].end : sentence.fStart, until < sentence.after ? tokens[until].start : sentence.fEnd);
  return /:/.test(rest) || [...rest].some((ch) => OPENING.has(ch));
}

/**
 * English reported speech before its attribution: "Moscow backs the plan, Lavrov said on Friday."
 * The verb ends its sentence (bar time adverbials) and its subject is set off by a comma.
 */
function clauseBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens } = article;
  const lex = lexicon("en");
  const text = article.folded.text;
  // "…, added Fasel.", "…, said the Russian minister.": the subject set after the verb, which opens the attribution.
  // Not a verb that needs a word after its object ("…, called on Governor X"): the person after it is visited, not a subject.
  const inverted = m.first > sentence.first && !lex.needsWord.has(m.phrase) && /,\s*["”]?\s*$/.test(text.slice(tokens[m.first - 1].end, tokens[m.first].start)) ? invertedSubjectEnd(article, refs, m.after) : null;
  // "…, he told reporters.", "…, Kaifu told the Financial Times.": a listener of a few words after the verb.
  const listener = lex.listenerVerbs.has(m.phrase) ? CLOSING_LISTENER_WORDS : 0;
  const from = inverted ?? m.after;
  for (let k = from; k < sentence.after; k++) {
    // "…, Lavrov said after talks with Kishida.", "…, Lavrov said in an interview.": a phrase of occasion may end the sentence.
    if (lex.occasions.has(tokens[k].text) && sentence.after - k <= OCCASION_WORDS + 1 && !/[,،;:«»“”"]/.test(text.slice(tokens[k].start, sentence.fEnd))) break;
    if (lex.adverbials.has(tokens[k].text)) continue;
    // "…, the host said, adding that …": a participle after a comma has content of its own.
    if (markBefore(text, tokens, k) && verbWordAt(article, lex.participles, k)) break;
    // "Zarif told Kerry that …": a clause after the listener is the verb's content, told after it.
    if (k < from + listener && lex.complementizers.matchAt(tokens, text, k)) return null;
    if (k < from + listener && !lex.verbs.matchAt(tokens, text, k) && !markBefore(text, tokens, k)) continue;
    return null;
  }
  let start = m.first;
  for (let ref = refs.find((r) => r.after === start); ref; ref = refs.find((r) => r.after === start)) start = ref.first;
  if (start === m.first) start = roleSubjectBefore(article, "en", m.first) ?? titlePhraseBefore(article, m.first) ?? subjectBeforeClause(article, refs, m.first) ?? (surnameAt(article, refs, m.first - 1) ? m.first - 1 : m.first);
  // "…, he added.": a pronoun subject right before the verb stands for the last speaker.
  if (start === m.first && m.first > 0 && lex.pronouns.has(tokens[m.first - 1].text)) start = m.first - 1;
  if (inverted !== null) start = m.first;
  else if (start === m.first) return null;
  // "…, ministry spokesman Anurag Srivastava said", "…, Rt. Hon. Lavrov said": title words and honorifics before the named subject belong to it.
  const titleWord = (w: string) => TITLE_WORDS.has(w) || lex.subjectHonorifics.has(w);
  for (let k = 0; k < TITLE_CHAIN && start - 1 > sentence.first && titleWord(tokens[start - 1].text) && !/[,،]/.test(text.slice(tokens[start - 1].end, tokens[start].start)); k++) start--;
  if (start - sentence.first < 3) return null;
  const gapFrom = tokens[start - 1].end;
  const comma = text.slice(gapFrom, tokens[start].start).search(/[,،]/);
  if (comma < 0) return null;
  // A dateline opening the sentence ("MOSCOW (UrduPoint News / Sputnik - 19th December, 2019)") is not reported speech.
  const dateline = DATELINE.exec(text.slice(sentence.fStart, gapFrom)) ?? dashDateline(article, sentence.fStart, gapFrom);
  const contentStart = skipSpaces(text, sentence.fStart + (dateline ? dateline[0].length : 0));
  if (OPENING.has(text[contentStart] ?? "")) return null;
  return { contentStart, fixedEnd: gapFrom + comma, direct: false, subjectAfter: inverted !== null };
}

/** Whether a clause mark stands right before token k. */
function markBefore(text: string, tokens: Token[], k: number): boolean {
  return k > 0 && /[.,،;:!?؟«»“”"()]/.test(text.slice(tokens[k - 1].end, tokens[k].start));
}

/**
 * Where an English attribution set between commas inside its clause starts (", Ms. X said, …", ", he added, …"), its
 * subject a person named or a pronoun; null when the cue is not set off so.
 */
function parentheticalStart(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  if (m.after >= sentence.after || !/^\s*,/.test(text.slice(tokens[m.after - 1].end, tokens[m.after].start))) return null;
  const lex = lexicon("en");
  const subject = refs.find((r) => r.after === m.first);
  // "Contacts resumed, he added, after a pause": a pronoun subject, the verb one that goes on with the last speaker's words.
  const pronoun = !subject && m.first - 1 > sentence.first && lex.pronouns.has(tokens[m.first - 1].text) ? m.first - 1 : null;
  if ((!subject || subject.first <= sentence.first) && pronoun === null) return null;
  let start = subject ? subject.first : pronoun!;
  const setOff = (k: number) => /,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  while (start - 1 > sentence.first && !setOff(start) && (TITLE_WORDS.has(tokens[start - 1].text) || lex.subjectHonorifics.has(tokens[start - 1].text))) start--;
  return setOff(start) ? start : null;
}

/** Words the clause before a parenthetical attribution must have to be reported speech of its own ("Contacts with X, he added, …"). */
const PARENTHETICAL_HEAD = 3;

/** Subject words among the clause markers: after an attribution set off by commas they open a clause of their own. */
const CLAUSE_OPENERS = new Set(["he", "she", "it", "they", "we", "i", "you", "there"]);

/**
 * Whether the English words at token k go on with a clause whose subject stands before an attribution set off by
 * commas ("Contacts with X, he added, were resumed"): an auxiliary or copula, not a new subject ("In Moscow, he
 * said, the talks …": the words before are an opening phrase, not said).
 */
export function continuesClause(article: ArticleText, k: number): boolean {
  const word = article.tokens[k]?.text ?? "";
  return lexicon("en").clauseMarkers.has(word) && !CLAUSE_OPENERS.has(word);
}

/**
 * "Contacts with the U.S., he added, were resumed": the words before an English attribution set between commas are
 * said too, a quote of their own up to the comma (the words after it are the cue's content). Null otherwise.
 */
export function parentheticalHead(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd"> | null {
  const { tokens } = article;
  const text = article.folded.text;
  const start = parentheticalStart(article, sentence, m, refs);
  if (start === null || start - sentence.first < PARENTHETICAL_HEAD || !continuesClause(article, m.after)) return null;
  const contentStart = skipSpaces(text, sentence.fStart);
  // A quotation before it ("“…,” he said, “…”") is the quotation's own; an opening phrase with a cue of its own is not said.
  if (OPENING.has(text[contentStart] ?? "") || /["“”«»]/.test(text.slice(sentence.fStart, tokens[start].start))) return null;
  const gapFrom = tokens[start - 1].end;
  return { contentStart, fixedEnd: gapFrom + text.slice(gapFrom, tokens[start].start).search(/,/) };
}

/** Paragraphs before an anaphoric attribution that its words may span ("… . … . Ms. X said this when …"). */
const ANAPHORA_PARAGRAPHS = 3;

/**
 * "Trade will double next year … ¶ Mr. X said this when he spoke to reporters …": "this" as the whole object of an
 * English verb points back to the paragraph before (and those before it that name nobody, up to the first of the
 * article's body): their words are the content.
 */
function paragraphBefore(article: ArticleText, sentence: Sentence, m: PhraseMatch<unknown>, refs: PersonRef[]): Pick<Cue, "contentStart" | "fixedEnd" | "direct" | "subjectAfter"> | null {
  const { tokens, sentences } = article;
  const lex = lexicon("en");
  if (!lex.anaphoricObjects.has(tokens[m.after]?.text ?? "")) return null;
  // "said this when …", "said this at a briefing", "said this." — not "said this week", "said this agreement …".
  const next = tokens[m.after + 1];
  const gap = next ? article.folded.text.slice(tokens[m.after].end, next.start) : "";
  if (next && m.after + 1 < sentence.after && !/[,.;]/.test(gap) && !lex.occasions.has(next.text) && !lex.subordinators.has(next.text)) return null;
  let first = sentence.index;
  let paragraphs = 0;
  while (first > 0 && sentences[first - 1].line !== sentence.line && paragraphs < ANAPHORA_PARAGRAPHS) {
    const line = sentences[first - 1].line;
    let k = first - 1;
    while (k > 0 && sentences[k - 1].line === line) k--;
    const named = refs.some((r) => r.start >= sentences[k].fStart && r.end <= sentences[first - 1].fEnd);
    if (named && paragraphs > 0) break;
    first = k;
    paragraphs++;
    if (named) break;
  }
  if (paragraphs === 0 || sentences[sentence.index - 1].line === sentence.line) return null;
  return { contentStart: sentences[first].fStart, fixedEnd: sentences[sentence.index - 1].fEnd, direct: false, subjectAfter: false };
}

/** A dateline of a place in capitals and a dash at a sentence's start ("MOSCOW —", "NEW DELHI, May 3 –"). */
const DASH_DATELINE = /^[^\s—–]+(?: [^\s—–]+){0,4} [—–] /;

/** The dash dateline opening the folded text between two offsets, when the source writes its first word in capitals. */
function dashDateline(article: ArticleText, from: number, to: number): RegExpExecArray | null {
  const m = DASH_DATELINE.exec(article.folded.text.slice(from, to));
  if (!m) return null;
  const word = article.source.slice(article.folded.origin[from], article.folded.origin[from + m[0].indexOf(" ")]);
  return word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word) ? m : null;
}

/** A wire dateline at a sentence's start: a place, then the outlet and date in parentheses, maybe a dash. */
const DATELINE = /^[^()]{0,40}\([^()]{1,80}\)\s*[-–—]?\s*/;
