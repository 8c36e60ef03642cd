/**
 * Persian nominal statements of a position (data/speech.json `nominal`): "خواستار X شد",
 * "به لزوم X اشاره کرد", "X را Y خواند". The content is the clause's object or the words between
 * the open and close words, without the subject that opens the clause.
 */
import type { ArticleText, Sentence } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons.ts";
import { tokenIndexAt, type Token } from "../tokens.ts";
import type { Language } from "../types.ts";
import type { Cue } from "./cue.ts";
import { lexicon, type Lexicon } from "./cue-lexicon.ts";
import { CLAUSE_MARKS } from "./marks.ts";

/** Persian nominal statements: خواستار X شد، به لزوم X اشاره کرد، از X ابراز رضایت کرد، X را Y خواند. */
export function nominalCues(article: ArticleText, sentence: Sentence, language: Language, refs: PersonRef[]): Cue[] {
  const { tokens } = article;
  const text = article.folded.text;
  const out: Cue[] = [];
  const lex = lexicon(language);
  for (const rule of lex.nominal) {
    for (let i = sentence.first; i < sentence.after; i++) {
      const close = rule.close.matchAt(tokens, text, i, { clitics: article.clitics });
      if (!close || close.after > sentence.after) continue;
      let clauseStart = clauseStartBefore(article, sentence, close.first);
      let contentStart: number | null = null;
      let cueStart = close.start;
      if (rule.object) {
        const marker = findObjectMarker(tokens, lex, rule.object, close.first, rule.maxGap, sentence.first);
        if (marker === null || (marker === close.first - 1) !== rule.adjacent) { i = close.after - 1; continue; }
        // "اظهاراتی را … عنوان کرد": remarks made, with nothing of what they said.
        if (marker > 0 && lex.speechNouns.has(tokens[marker - 1].text)) { i = close.after - 1; continue; }
        // The object's clause: a comma may stand between the object and its verb ("X را در …، ضروری دانست").
        clauseStart = coordinatedClauseStart(article, lex, clauseStartBefore(article, sentence, marker), marker);
        // "لاوروف نیز X را Y دانست": the subject opening the clause is the speaker, not part of the quote.
        contentStart = tokens[afterSubject(tokens, lex, refs, clauseStart.token, marker)].start;
      } else {
        // Persian news often puts a comma right before the verb ("بر ضرورت X، تاکید کرد"): then the open words are in the clause before.
        const open = findOpen(tokens, rule.open, clauseStart.token, close.first) ?? (clauseStart.token > sentence.first ? findOpen(tokens, rule.open, clauseStartBefore(article, sentence, clauseStart.token - 1).token, clauseStart.token) : null);
        if (!open) { i = close.after - 1; continue; }
        cueStart = tokens[open.first].start;
        contentStart = rule.keepOpen ? tokens[open.first + rule.openDrop].start : tokens[open.after].start;
      }
      const fixedEnd = rule.extend ? null : rule.keepClose ? close.end : tokens[close.first - 1]?.end ?? close.start;
      out.push({ type: "nominal", lang: language, start: cueStart, end: close.end, first: tokenIndexAt(tokens, cueStart), after: close.after, sentence, contentStart, fixedEnd, runsOn: false, direct: false, subjectAfter: false });
      i = close.after - 1;
    }
  }
  return out;
}

/** Token index after the subject at the start of a clause (person references, pronouns, adverbs such as نیز), stopping at `limit`. */
function afterSubject(tokens: Token[], lex: Lexicon, refs: PersonRef[], from: number, limit: number): number {
  let k = from;
  for (;;) {
    const ref = refs.find((r) => r.first === k && r.after <= limit);
    if (ref) k = ref.after;
    else if (k < limit && (lex.pronouns.has(tokens[k].text) || lex.adverbials.has(tokens[k].text))) k++;
    else return k;
  }
}

/** Token index of the object marker (را) within `maxGap` words before token `before`, or null. */
function findObjectMarker(tokens: Token[], lex: Lexicon, marker: string, before: number, maxGap: number, notBefore: number): number | null {
  // The marker may be written joined to a demonstrative: "آنرا", "اینرا".
  for (let k = before - 1; k >= notBefore && k >= before - 1 - maxGap; k--) if (tokens[k].text === marker || lex.objectHosts.some((host) => tokens[k].text === host + marker)) return k;
  return null;
}

/** The start of an object's clause, moved past "و" when it follows a finite verb (a second coordinated clause). */
function coordinatedClauseStart(article: ArticleText, lex: Lexicon, start: { offset: number; token: number }, marker: number): { offset: number; token: number } {
  const { tokens } = article;
  for (let k = marker - 1; k > start.token; k--) {
    if (COORDINATORS.has(tokens[k].text) && lex.finiteVerbEnds.has(tokens[k - 1].text)) return { offset: tokens[k + 1].start, token: k + 1 };
  }
  return start;
}

/** The first run of a rule's open words between two tokens, or null. */
function findOpen(tokens: Token[], opens: string[][], from: number, to: number): { first: number; after: number } | null {
  for (let k = from; k < to; k++) {
    for (const words of opens) {
      if (k + words.length > to) continue;
      if (words.every((w, j) => tokens[k + j].text === w)) return { first: k, after: k + words.length };
    }
  }
  return null;
}

/** The start of the clause a token is in: after the last comma-like mark or conjunction before it, within the sentence. */
function clauseStartBefore(article: ArticleText, sentence: Sentence, token: number): { offset: number; token: number } {
  const { tokens } = article;
  const text = article.folded.text;
  for (let k = token; k > sentence.first; k--) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    if (CLAUSE_MARKS.test(gap)) return { offset: tokens[k].start, token: k };
  }
  return { offset: sentence.fStart, token: sentence.first };
}
