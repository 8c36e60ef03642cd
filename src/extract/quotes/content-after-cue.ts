/**
 * A cue's content read after it: past an Arabic or English verb's subject, adverbials and
 * complementizer, a governed verb's own preposition, an aside set off by commas, a mandative or
 * bare clause in English, an Arabic nominal statement.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { isHonorific } from "../names/index.ts";
import type { PersonRef } from "../persons/index.ts";
import { range, skipSpaces, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue } from "./cue.ts";
import { lexicon, TITLE_WORDS, verbWordAt, type GovernedRule } from "./cue-lexicon.ts";
import { subjectChainEnd, TITLE_CHAIN } from "./cue-subject.ts";

/**
 * The content of a governed verb: after its preposition, found within a few words after the subject (adverbials such
 * as "خلال الاتصال", or an object) with no clause mark between. Null when the preposition opens a complementizer
 * (على أن، إلى أن: the general rule reads those), or a clause or an object comes first, or the content's first word says it is something else.
 */
export function governedContent(article: ArticleText, sentence: Sentence, rule: GovernedRule, lang: Language, subjectEnd: number, refs: PersonRef[], knownSubject: boolean, onlyGoverned = false): number | null {
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
      // "وأكد الصفدي في تغريدة على حسابه … أن …": a preposition after a phrase of occasion, with a reported clause soon
      // after it, belongs to that phrase; the general rule reads the clause. Not before a position noun ("خلال اللقاء على ضرورة أن …").
      if (k > subjectEnd && complementizerSoon(article, sentence, lang, next) && !lexicon(lang).verbAdverbs.has(tokens[k - 1].text) && tokens.slice(subjectEnd, k).some((t) => lexicon(lang).adverbials.has(t.text)) && !(lang === "ar" && stanceNounAt(word))) return null;
      if (rule.notAfter.has(word) || lexicon(lang).ritualContent.has(word)) return null;
      if (rule.stanceOnly && !(lang === "ar" && stanceNounAt(word))) return null;
      if (!rule.personObject && personAt(tokens, refs, next, isHonorific(word))) return null;
      if (rule.keepObject) return k > subjectEnd ? tokens[subjectEnd].start : null;
      return at;
    }
    // "أكد الوزير أن بلاده حريصة على …": a reported clause opened before the preposition is the content (the general rule reads it).
    if (lexicon(lang).complementizers.matchAt(tokens, text, k, clitics)) return null;
    // "أكد لافروف حرص بلاده على …": a noun right after a known subject is the verb's object, and the preposition after it is the noun's.
    // Not for a verb that takes an object before its preposition ("دعا X المجتمع الدولي إلى …": calls on someone to).
    // So is one after a phrase of time ("أكد X أمس حرص بلاده على …").
    if ((k === subjectEnd || (lang === "ar" && k === pastTimePhrases(article, subjectEnd))) && knownSubject && lang === "ar" && !rule.personObject && !rule.nounObject && !adverbAfterSubject(tokens[k].text)) return null;
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
export function namedSubjectEnd(article: ArticleText, sentence: Sentence, refs: PersonRef[], after: number): number | null {
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
 * The first word after an aside set off by commas after an Arabic verb's subject ("…، خلال اتصال هاتفي مع نظيره Y، …"),
 * whose opening gap passes `opening`; null when there is no such aside, or it holds a quotation, a sentence mark or a
 * speech verb, or runs past ASIDE_WORDS.
 */
function afterArabicAside(article: ArticleText, sentence: Sentence, subjectEnd: number, opening: RegExp): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("ar");
  if (subjectEnd >= sentence.after || !opening.test(text.slice(tokens[subjectEnd - 1].end, tokens[subjectEnd].start))) return null;
  for (let k = subjectEnd + 1; k < sentence.after && k <= subjectEnd + ASIDE_WORDS; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[.!?؟:«»“”"]/.test(gap) || verbWordAt(article, lex.verbs, k) || verbWordAt(article, lex.participles, k)) return null;
    if (/[,،]/.test(gap)) return k;
  }
  return null;
}

/** Most words past the lookahead of an Arabic verb that a long phrase of occasion may still run (see clauseAfterLongOccasion). */
const LONG_OCCASION_WORDS = 12;

/**
 * "وأضاف الصفدي في مؤتمر صحفي مشترك مع وزير الخارجية الإسباني خوسيه مانويل ألباريس، عقب محادثات أجراها الوزيران في عمان
 * اليوم الأربعاء، أن …": a phrase of occasion longer than a verb's lookahead; the reported clause opens at a complementizer
 * right after a comma, with no sentence end, colon, quotation mark or other cue word before it. Null when there is none.
 */
export function clauseAfterLongOccasion(article: ArticleText, sentence: Sentence, from: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("ar");
  for (let k = from; k < sentence.after && k < from + LONG_OCCASION_WORDS; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[.!?؟:«»“”"]/.test(gap) || verbWordAt(article, lex.verbs, k) || verbWordAt(article, lex.participles, k)) return null;
    const comp = /[,،]/.test(gap) ? lex.complementizers.matchAt(tokens, text, k, { clitics: article.clitics }) : null;
    if (comp) return skipSpaces(text, comp.end);
  }
  return null;
}

/** Token after the Arabic phrases of time (speech.json timePhrases: أمس، الأسبوع الماضي، في وقت سابق) from token k, or k. */
function pastTimePhrases(article: ArticleText, k: number): number {
  const lex = lexicon("ar");
  for (let m = lex.timePhrases.matchAt(article.tokens, article.folded.text, k, { clitics: article.clitics }); m && m.after > k; m = lex.timePhrases.matchAt(article.tokens, article.folded.text, k, { clitics: article.clitics })) k = m.after;
  return k;
}

/** Where the reported clause starts after an aside (see afterArabicAside) closed by a comma right before a complementizer. */
export function clauseAfterAside(article: ArticleText, sentence: Sentence, subjectEnd: number): number | null {
  const k = afterArabicAside(article, sentence, subjectEnd, /^[^.!?؟:«»“”"]*[,،][^.!?؟:«»“”"]*$/);
  const comp = k === null ? null : lexicon("ar").complementizers.matchAt(article.tokens, article.folded.text, k, { clitics: article.clitics });
  return comp ? skipSpaces(article.folded.text, comp.end) : null;
}

/** Words within which a later إن/أن still opens the verb's content rather than على: "قالت X على قناة Y إن …". */
const WEAK_WINDOW = 8;

/** Whether a complementizer follows within a few words, with no clause mark before it. */
export function complementizerSoon(article: ArticleText, sentence: Sentence, lang: Language, from: number): boolean {
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
 * دعم بلاده للحل" → "دعم بلاده للحل". Prepositions of time or occasion (خلال X) are skipped. A verb opening its
 * sentence with no subject written (the last speaker's) or a bare role noun as subject states one only with a
 * position noun heading it ("وأكد استعداد بلاده …", "كما أكد الوزير أهمية …"): any other noun there may be the
 * verb's own subject ("وأكد الجانبان أهمية …", "وأكد الاجتماع …").
 */
export function arabicNominalContent(article: ArticleText, sentence: Sentence, refs: PersonRef[], verbFirst: number, verbAfter: number): number | null {
  const { tokens } = article;
  const text = article.folded.text;
  const lex = lexicon("ar");
  let k = arabicSubjectEnd(article, refs, verbAfter);
  // "المؤتمر الذي أكد الرئيس X الدعوة إليه": a verb after a relative pronoun with its own subject named after it is in a
  // clause about the noun before (its object, taken up by إليه، عليه); the words after the subject state no position.
  if (k > verbAfter && verbFirst > sentence.first && lex.relatives.has(tokens[verbFirst - 1].text)) return null;
  // "أن لافروف أكد استعداد بلاده …": the subject may also stand right before the verb, in its own sentence (a name ending the
  // sentence before, "… نظيره الإيطالي أنطونيو تاياني. وأكد …", is not the verb's subject).
  const implied = k === verbAfter && !refs.some((r) => r.after === verbFirst && r.first >= sentence.first);
  if (implied) {
    if (!tokens.slice(sentence.first, verbFirst).every((t) => lex.verbAdverbs.has(t.text)) && !pluperfectSubjectBefore(article, sentence, verbFirst)) return null;
    // "وأكد الوزير (الروسي) أهمية …", "وأكد جلالة الملك ضرورة …": honorifics and a bare role noun or title, with a country
    // adjective after it, are the subject (its holder is found with the speaker).
    while (k < sentence.after && k - verbAfter < TITLE_CHAIN && lex.subjectHonorifics.has(tokens[k].text)) k++;
    const role = lex.roleSubjects.matchAt(tokens, text, k, { clitics: article.clitics }) ?? lex.countryRoleNouns.matchAt(tokens, text, k, { clitics: article.clitics });
    if (role) k = role.after;
    else while (k < sentence.after && k - verbAfter < TITLE_CHAIN && TITLE_WORDS.has(tokens[k].text)) k++;
    if (k > verbAfter && k + 1 < sentence.after && !stanceNounAt(tokens[k].text) && stanceNounAt(tokens[k + 1].text)) k++;
  }
  // "أكد X، خلال اتصال هاتفي مع نظيره Y، رفض مصر …": an aside set off by commas after a named subject, before a position noun.
  const aside = k > verbAfter ? nominalAfterAside(article, sentence, k) : null;
  if (aside !== null) return tokens[aside].start;
  // "خلال الاتصال", "خلال لقائه كيري", "خلال محادثاته مع كيري": a phrase of occasion, with the person it names.
  const commaAt = (i: number) => /[,،:]/.test(text.slice(tokens[i - 1].end, tokens[i].start));
  let setOff = false;
  k = pastTimePhrases(article, k);
  while (k + 1 < sentence.after && lex.adverbials.has(tokens[k].text)) {
    const opener = k;
    // "خلال اتصال هاتفي مع نظيره X": the occasion's noun may have a word or two after it before the preposition of the one it is with.
    const prep = range(k + 2, Math.min(sentence.after - 1, k + 2 + OCCASION_NOUN_WORDS)).find((i) => lex.prepositions.has(tokens[i].text) && refs.some((r) => r.first === i + 1) && !range(k + 1, i + 1).some(commaAt));
    k = subjectChainEnd(refs, prep ?? k + 2);
    // "خلال محادثاته مع كيري": the person the occasion is with.
    if (k + 1 < sentence.after && lex.prepositions.has(tokens[k].text) && refs.some((r) => r.first === k + 1)) k = subjectChainEnd(refs, k + 1);
    // "عقب وصوله إلى أبوجا أهمية …": an occasion naming no person may name a place after its noun; a position noun soon
    // after ends it. (One naming a person ends with that person: a word after it is the verb's own, "عن" of عبّر عن.)
    if (prep === undefined && k < sentence.after && !stanceNounAt(tokens[k].text)) {
      const stance = range(k + 1, Math.min(sentence.after, k + 1 + OCCASION_TAIL_WORDS)).find((i) => stanceNounAt(tokens[i].text) && !range(k + 1, i + 1).some(commaAt));
      if (stance !== undefined && !commaAt(k)) k = stance;
    }
    // "وأكد X، خلال اتصال هاتفي مع Y، أهمية …": a phrase of occasion set off by commas on both sides.
    setOff = commaAt(opener) && k < sentence.after && commaAt(k);
  }
  // "… مع نظيره الأردني Y الأسبوع الماضي حرص الكويت على …": a phrase of time after the occasion, before the position noun.
  if (!setOff) k = pastTimePhrases(article, k);
  if (sentence.after - k < 3 || (!setOff && commaAt(k))) return null;
  if (lex.complementizers.matchAt(tokens, text, k, { clitics: article.clitics })) return null;
  if (implied && !stanceNounAt(tokens[k].text)) return null;
  // "أبدى الوزير امتنانه لـ …", "وأكد تقديره للجهود": thanks and the like are rituals, not positions.
  if (lex.ritualContent.has(tokens[k].text)) return null;
  return tokens[k].start;
}

/** Words a phrase of occasion may run on past its noun before the position noun stated ("عقب وصوله إلى العاصمة النيجيرية أهمية"). */
const OCCASION_TAIL_WORDS = 3;

/** Words the subject of a pluperfect may take between كان and قد ("وكان وزير الخارجية الأردني قد أكد"). */
const PLUPERFECT_SUBJECT_WORDS = 8;

/**
 * "وكان السفير المصري قد أكد أهمية …": a verb after قد in a sentence opened by كان (adverbs aside) has its subject written
 * between the two, before the verb: the words after the verb are its content, as after a verb whose subject is implied.
 */
export function pluperfectSubjectBefore(article: ArticleText, sentence: Sentence, verbFirst: number): boolean {
  const { tokens } = article;
  const lex = lexicon("ar");
  if (verbFirst - 1 <= sentence.first || !lex.perfectParticles.has(tokens[verbFirst - 1].text)) return false;
  let k = sentence.first;
  while (k < verbFirst && lex.verbAdverbs.has(tokens[k].text)) k++;
  if (!lex.pastAuxiliaries.has(tokens[k]?.text ?? "") || verbFirst - 1 - (k + 1) > PLUPERFECT_SUBJECT_WORDS || verbFirst - 1 === k + 1) return false;
  return !/[.,،;:!?؟«»“”"]/.test(article.folded.text.slice(tokens[k].end, tokens[verbFirst - 1].start));
}

/** Words that may stand between the noun of a phrase of occasion and the preposition of the one it is with (اتصال هاتفي مع). */
const OCCASION_NOUN_WORDS = 2;

/**
 * The token after an aside (see afterArabicAside) opened by a comma alone right after an Arabic subject and closed right
 * before a position noun ("…، خلال اتصال هاتفي مع نظيره Y، رفض …"); null when no position noun follows it.
 */
function nominalAfterAside(article: ArticleText, sentence: Sentence, subjectEnd: number): number | null {
  const k = afterArabicAside(article, sentence, subjectEnd, /^\s*[,،]\s*$/);
  const word = k === null ? "" : article.tokens[k].text;
  return k !== null && sentence.after - k >= 3 && stanceNounAt(word) && !lexicon("ar").ritualContent.has(word) ? k : null;
}

/** Pronoun suffixes an Arabic position noun may carry (دعمه، استعدادها، رغبتهما), folded. */
const POSSESSIVE_SUFFIXES = ["هما", "هم", "ها", "ه"];

/** Whether a folded Arabic word is a position noun (speech.json stanceNouns), bare or with a pronoun suffix (رغبته: رغبة + ه). */
export function stanceNounAt(word: string): boolean {
  const nouns = lexicon("ar").stanceNouns;
  if (nouns.has(word)) return true;
  return POSSESSIVE_SUFFIXES.some((suffix) => {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) return false;
    const stem = word.slice(0, -suffix.length);
    return nouns.has(stem) || (stem.endsWith("ت") && nouns.has(stem.slice(0, -1) + "ه"));
  });
}

/** Where the subject after a verb ends: after the person named there, or after an honorific pronoun standing for one (وأكد سيادته). */
export function arabicSubjectEnd(article: ArticleText, refs: PersonRef[], after: number): number {
  // "أكد السيد محمد X على": honorifics written before the name belong to the subject, and so do those between a title and
  // the name ("أكد وزير الخارجية الكويتي الشيخ سالم … أهمية"), when a person follows them.
  const { tokens } = article;
  const honorifics = lexicon("ar").subjectHonorifics;
  let end = after;
  for (;;) {
    // "وثمّن السفير المغربي …": an honorific that opens a title found as a reference is that title's first word.
    let named = end;
    if (subjectChainEnd(refs, end) === end) while (named < tokens.length && named - end < TITLE_CHAIN && honorifics.has(tokens[named].text)) named++;
    const next = subjectChainEnd(refs, named);
    if (next === named) break;
    end = next;
  }
  return end === after && lexicon("ar").honorificPronouns.has(tokens[after]?.text ?? "") ? after + 1 : end;
}

/** English reported speech without "that": "X said on Monday he had talks…" — after the verb, its subject and time adverbials. */
export function englishBareContent(article: ArticleText, sentence: Sentence, base: Omit<Cue, "contentStart" | "direct">, verb: string, from: number): Cue | null {
  const { tokens } = article;
  const text = article.folded.text;
  let i = from;
  const lex = lexicon("en");
  while (i < sentence.after && lex.adverbials.has(tokens[i].text)) i++;
  if (sentence.after - i < 3) return null;
  // "said in a Twitter post on Friday", "said after talks with Kishida": a phrase of occasion is not reported speech.
  if ((i > from && lex.occasions.has(tokens[i - 1].text)) || lex.occasions.has(tokens[i].text)) return null;
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  // "Kasuri said, 'We have agreed …'", "said, ‘The talks …’": words in single quotation marks after the verb's comma are quoted.
  const single = /^\s*,\s*[‘']$/.test(gap) && i === from ? singleQuoteClose(text, tokens[i].start - 1, sentence.fEnd) : -1;
  if (single >= 0) return { ...base, contentStart: tokens[i].start, fixedEnd: single, runsOn: false, direct: true, subjectAfter: true };
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
  // "asked about the talks": an appeal that needs its word ("asked X to …") is no appeal about something.
  if ((tokens[i].text === "about" && (!lex.objectVerbs.has(verb) || lex.needsWord.has(verb))) || (lex.listenerVerbs.has(verb) && !clause)) return null;
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
export function possessiveAt(article: ArticleText, k: number): boolean {
  const { tokens } = article;
  return k > 0 && tokens[k]?.text === "s" && /^['’]$/.test(article.folded.text.slice(tokens[k - 1].end, tokens[k].start));
}

/** Words a possessor may take before its 's in an object ("his Argentinian counterpart's"), beyond OBJECT_WORDS. */
const POSSESSOR_WORDS = 2;

/** Words of an object within which its head noun stands ("Egypt's deep concern", "the importance"). */
export const OBJECT_WORDS = 4;
/** Words within which a cue's needed word must follow ("called on all parties in the region to", "described X as"). */
const APPEAL_WORDS = 8;
/** Words within which a reported clause without "that" shows its verb ("noted the country's economy had grown"). */
const CLAUSE_WORDS = 8;

/** Token indexes from i on, at most n, up to a clause mark. */
export function wordsUntilMark(article: ArticleText, sentence: Sentence, i: number, n: number): number[] {
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
 * The closing mark of words in single quotation marks opened at `open` (‘ or '), or -1: the first ’ or ' after a letter or
 * a mark of the sentence and before no letter, so that an apostrophe (Pakistan’s, don't) is passed over.
 */
export function singleQuoteClose(text: string, open: number, to: number): number {
  for (let k = open + 1; k < to; k++) {
    if (text[k] !== "’" && text[k] !== "'") continue;
    if (/\p{L}/u.test(text[k + 1] ?? "") || /\s/.test(text[k - 1] ?? " ")) continue;
    return k;
  }
  return -1;
}
