/**
 * Persian nominal statements of a position (data/speech.json `nominal`): "خواستار X شد",
 * "به لزوم X اشاره کرد", "X را Y خواند". The content is the clause's object or the words between
 * the open and close words, without the subject that opens the clause.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import type { PhraseMatch } from "../phrase-matcher.ts";
import type { TitleMention } from "../titles.ts";
import { tokenIndexAt, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue } from "./cue.ts";
import { lexicon, type Lexicon, type NominalRule } from "./cue-lexicon.ts";
import { CLAUSE_MARKS, isShortQuote, OPENING_OF } from "./marks.ts";

/** Persian nominal statements: خواستار X شد، به لزوم X اشاره کرد، از X ابراز رضایت کرد، X را Y خواند. */
export function nominalCues(article: ArticleText, sentence: Sentence, language: Language, refs: PersonRef[], titles: TitleMention[] = []): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  const lex = lexicon(language);
  // Where any rule's close words may start: each rule then looks only there.
  const candidates: number[] = [];
  for (let i = sentence.first; i < sentence.after; i++) if (lex.nominalWords.matchAt(tokens, text, i, { clitics: article.clitics })) candidates.push(i);
  if (candidates.length === 0) return out;
  for (const rule of lex.nominal) {
    let from = sentence.first;
    for (const i of candidates) {
      if (i < from) continue;
      // "X را سودمند توصیف و از Y تشکر کرد": a compound verb may close on its first words, its light verb left to the next.
      const full = rule.close.matchAt(tokens, text, i, { clitics: article.clitics });
      const close = full ?? elidedClose(tokens, text, rule, i, sentence.after);
      if (!close || close.after > sentence.after || (close.first > 0 && rule.notAfter.has(tokens[close.first - 1].text))) continue;
      from = close.after;
      let clauseStart = clauseStartBefore(article, lex, sentence, close.first);
      let contentStart: number | null = null;
      // Where the stated words begin, after any open words: a ritual act shows in its first words.
      let stated = 0;
      let cueStart = close.start;
      if (rule.object) {
        const marker = findObjectMarker(tokens, lex, rule.object, close.first, rule.maxGap, sentence.first);
        if (marker === null || (!rule.anyDistance && (marker === close.first - 1) !== rule.adjacent)) continue;
        // "اظهاراتی را … عنوان کرد": remarks made, with nothing of what they said.
        if (marker > 0 && lex.speechNouns.has(tokens[marker - 1].text)) continue;
        // The object's clause: a comma may stand between the object and its verb ("X را در …، ضروری دانست").
        clauseStart = coordinatedClauseStart(article, lex, clauseStartBefore(article, lex, sentence, marker), marker);
        // "لاوروف نیز X را Y دانست": the subject opening the clause is the speaker, not part of the quote.
        stated = afterTopicFraming(tokens, lex, afterSubject(tokens, lex, refs, titles, clauseStart.token, marker), marker);
        contentStart = tokens[stated].start;
        if (rule.objectHeads && !rule.objectHeads.has(tokens[stated].text)) continue;
      } else {
        // Persian news often puts a comma right before the verb ("بر ضرورت X، تاکید کرد"): then the open words are in the clause before.
        // Not when the verb's own clause opens a phrase of thanks or praise ("، ضمن تشکر از X اظهار امیدواری کرد").
        const before = clauseStart.token > sentence.first && !ownedOpenIn(tokens, lex, rule.open, clauseStart.token, close.first);
        const open = findOpen(tokens, lex, rule.open, clauseStart.token, close.first) ?? (before ? openBeforeList(article, lex, rule.open, sentence, clauseStart.token) : null);
        // "… را خواستار شد": open words right before the close state nothing between them; the object rule reads what was asked.
        if (!open || open.after >= close.first) continue;
        cueStart = tokens[open.first].start;
        contentStart = rule.keepOpen ? tokens[open.first + rule.openDrop].start : tokens[open.after].start;
        stated = open.after;
      }
      // "خواستار ابلاغ سلام … شد", "از X تشکر …": thanks, regards and condolences are rituals, not positions. An object
      // characterized is a position whatever it names ("دعوت ایران … را در راستای حسن نیت دانست").
      if (!rule.object && ritualAt(tokens, lex, stated, close.first)) continue;
      // "از رئیسی … استقبال کرد": a person welcomed is a guest received, not a position (ritual).
      if (refs.some((r) => r.first === stated) && rule.guestCloses.matchAt(tokens, text, close.first, { clitics: article.clitics })) continue;
      // An elided close ends its clause ("… توصیف و …"): the statement runs on no further.
      const fixedEnd = rule.extend && full ? null : rule.keepClose || !full ? close.end : tokens[close.first - 1]?.end ?? close.start;
      out.push({ type: "nominal", lang: language, start: cueStart, end: close.end, first: tokenIndexAt(tokens, cueStart), after: close.after, sentence, contentStart, fixedEnd, runsOn: false, direct: false, subjectAfter: false, clauseStart: clauseStart.offset });
    }
  }
  return out;
}

/** Words at the start of a nominal statement's content within which a ritual act shows ("خواستار ابلاغ سلام … شد"). */
const RITUAL_WORDS = 2;

/** Whether a ritual word or two-word phrase stands among the first words from token k (before `limit`). */
function ritualAt(tokens: Token[], lex: Lexicon, k: number, limit: number): boolean {
  for (let j = k; j < Math.min(limit, k + RITUAL_WORDS); j++) {
    if (lex.ritualContent.has(tokens[j].text) || (j + 1 < limit && lex.ritualContent.has(`${tokens[j].text} ${tokens[j + 1].text}`))) return true;
  }
  return false;
}

/**
 * Token index after the subject at the start of a clause (person references, a title standing for its holder: "معاون وزیر
 * امور خارجه X را Y خواند", honorifics, pronouns, adverbs such as نیز, phrases of occasion), stopping at `limit`.
 */
function afterSubject(tokens: Token[], lex: Lexicon, refs: PersonRef[], titles: TitleMention[], from: number, limit: number): number {
  let k = from;
  for (;;) {
    const ref = refs.find((r) => r.first === k && r.after <= limit) ?? titles.find((t) => t.first === k && t.after < limit && t.kind === "title" && t.entry !== null && !t.entry.plural);
    // "ظریف در این نشست …": a phrase of occasion after the subject, the longest first.
    const occasion = lex.occasionOpeners.filter((words) => k + words.length < limit && words.every((w, j) => tokens[k + j].text === w)).sort((a, b) => b.length - a.length)[0];
    if (ref) k = ref.after;
    else if (occasion) k += occasion.length;
    else if (k < limit && (lex.pronouns.has(tokens[k].text) || lex.adverbials.has(tokens[k].text) || lex.subjectHonorifics.has(tokens[k].text))) k++;
    else return k;
  }
}

/**
 * "با اشاره به سفر پارسال خود این دیدار را سازنده خواند": a topic framing opening the object's clause with no comma
 * after it is no part of the statement; the object starts at the last demonstrative before its marker. With no
 * demonstrative the boundary cannot be told, and the clause is kept whole.
 */
function afterTopicFraming(tokens: Token[], lex: Lexicon, from: number, marker: number): number {
  // Only right after the subject: a person inside the framing of a subject we could not name would be taken for the speaker.
  const framing = lex.topicFramings.find((words) => from + words.length < marker && words.every((w, j) => tokens[from + j].text === w));
  if (!framing) return from;
  for (let k = marker - 1; k > from + framing.length; k--) if (lex.demonstratives.has(tokens[k].text)) return k;
  return from;
}

/**
 * Token index of the object marker (را) within `maxGap` words before token `before`, or null. A clause ended by a finite
 * verb and "و" ("X را Y دانست و Z را … W عنوان کرد") is another verb's: the search stops there.
 */
function findObjectMarker(tokens: Token[], lex: Lexicon, marker: string, before: number, maxGap: number, notBefore: number): number | null {
  for (let k = before - 1; k >= notBefore && k >= before - 1 - maxGap; k--) {
    // The marker may be written joined to a demonstrative: "آنرا", "اینرا".
    if (tokens[k].text === marker || lex.objectHosts.some((host) => tokens[k].text === host + marker)) return k;
    if (k > notBefore && COORDINATORS.has(tokens[k].text) && endsClause(lex, tokens[k - 1].text)) return null;
  }
  return null;
}

/** The start of an object's clause, moved past "و" when it follows a finite verb (a second coordinated clause). */
function coordinatedClauseStart(article: ArticleText, lex: Lexicon, start: { offset: number; token: number }, marker: number): { offset: number; token: number } {
  const { tokens } = article;
  for (let k = marker - 1; k > start.token; k--) {
    if (COORDINATORS.has(tokens[k].text) && endsClause(lex, tokens[k - 1].text)) return { offset: tokens[k + 1].start, token: k + 1 };
  }
  return start;
}

/**
 * The first run of a rule's open words between two tokens, or null. One that a noun of thanks or praise right before it
 * governs ("ضمن تشکر از X … اظهار امیدواری کرد") opens that noun's phrase: it and any open word before it are passed over.
 * One inside a compound preposition ("پس از دیدار") is no open word.
 */
function findOpen(tokens: Token[], lex: Lexicon, opens: string[][], from: number, to: number): { first: number; after: number } | null {
  let found: { first: number; after: number } | null = null;
  for (let k = from; k < to; k++) {
    const words = openAt(tokens, opens, k, to);
    if (!words || (k > 0 && lex.openCompounds.has(tokens[k - 1].text))) continue;
    if (k > 0 && lex.openOwners.has(tokens[k - 1].text)) found = null;
    else found ??= { first: k, after: k + words.length };
  }
  return found;
}

/** Most list items set off by commas that may stand between a nominal statement's open words and its verb. */
const MAX_LIST_ITEMS = 6;

/** Most words of one such list item ("تجاری و اقتصادی", "حمل و نقل"). */
const LIST_ITEM_WORDS = 4;

/**
 * The open words of a statement in the clauses before the verb's own (from token `clauseFirst`): the clause right before
 * ("بر ضرورت X، تاکید کرد"), or further back over the items of a list ("بر توسعه همکاری در زمینه‌های سیاسی، تجاری،
 * انرژی و حمل و نقل تاکید کرد"), each a few words with no finite verb, so that the commas are the list's and not a clause's.
 */
function openBeforeList(article: ArticleText, lex: Lexicon, opens: string[][], sentence: Sentence, clauseFirst: number): { first: number; after: number } | null {
  const { tokens } = article;
  let to = clauseFirst;
  for (let items = 0; items < MAX_LIST_ITEMS && to > sentence.first; items++) {
    const from = clauseStartBefore(article, lex, sentence, to - 1).token;
    const open = findOpen(tokens, lex, opens, from, to);
    if (open) return open;
    if (!listItem(tokens, lex, from, to)) return null;
    to = from;
  }
  return null;
}

/** Whether the tokens from `from` to `to` may be one item of a list: a few words, none a finite verb. */
function listItem(tokens: Token[], lex: Lexicon, from: number, to: number): boolean {
  if (to - from > LIST_ITEM_WORDS) return false;
  for (let k = from; k < to; k++) if (endsClause(lex, tokens[k].text)) return false;
  return true;
}

/** Whether an open word governed by a noun of thanks or praise ("تشکر از") stands between two tokens. */
function ownedOpenIn(tokens: Token[], lex: Lexicon, opens: string[][], from: number, to: number): boolean {
  for (let k = Math.max(from, 1); k < to; k++) if (lex.openOwners.has(tokens[k - 1].text) && openAt(tokens, opens, k, to)) return true;
  return false;
}

/** The open words of a rule starting at token k and ending by `to`, or undefined. */
function openAt(tokens: Token[], opens: string[][], k: number, to: number): string[] | undefined {
  return opens.find((w) => k + w.length <= to && w.every((word, j) => tokens[k + j].text === word));
}

/**
 * The start of the clause a token is in, within the sentence: after the last comma-like mark before it, or after "و"
 * following a finite verb or a compound verb whose light verb is left out ("… یاد و ضمن …"). A term in quotation
 * marks or parentheses inside the clause ("حملات به “غیرنظامیان” را محکوم کرد", "حمایت «کامل» ایران", "(در مرز)") does not end it.
 */
function clauseStartBefore(article: ArticleText, lex: Lexicon, sentence: Sentence, token: number): { offset: number; token: number } {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = token; k > sentence.first; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    const closeAt = gap.search(/[»”")]/);
    if (closeAt >= 0 && !/[،,:;؛]/.test(gap)) {
      const open = text.lastIndexOf(OPENING_OF[gap[closeAt]], tokens[k - 1].end);
      if (open > sentence.fStart && isShortQuote(text, tokens, open)) {
        // Go on before the opening mark (the loop steps back from the quoted term's first word).
        k = tokenIndexAt(tokens, open);
        continue;
      }
    }
    if (CLAUSE_MARKS.test(gap)) return { offset: tokens[k].start, token: k };
    if (k - 1 > sentence.first && COORDINATORS.has(tokens[k - 1].text) && endsClause(lex, tokens[k - 2].text)) return { offset: tokens[k].start, token: k };
  }
  return { offset: sentence.fStart, token: sentence.first };
}

/** Whether a word ends a Persian clause before "و": a finite verb, or a compound verb's first word with its light verb left out. */
function endsClause(lex: Lexicon, word: string): boolean {
  return lex.finiteVerbEnds.has(word) || lex.elidedVerbParts.has(word);
}

/** A rule's elided close at token i: the first words of one of its compound verbs, with "و" right after them. */
function elidedClose(tokens: Token[], text: string, rule: NominalRule, i: number, after: number): PhraseMatch<true> | null {
  if (!rule.object) return null;
  const m = rule.elided.matchAt(tokens, text, i);
  return m && m.after < after && COORDINATORS.has(tokens[m.after].text) ? m : null;
}
