/**
 * Subjects that are no person: an institution (کاخ سفید، کرملین، الوزارة), an outlet or document word (خبرگزاری،
 * بیانیه) or a news outlet's name (ایرنا، إرنا) standing where the subject goes.
 */
import type { ArticleText } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { Language } from "../types.ts";
import { clauseStartToken, LEAD_SEPARATOR, LEAD_WORDS, startsWithLeadIn } from "./clause-start.ts";
import type { Cue } from "./cue.ts";
import { lexicon, OUTLETS } from "./cue-lexicon.ts";

/**
 * Whether a Persian subject is an institution (کاخ سفید، کرملین، دولت، وزارت خارجه): its first word, after a lead-in
 * ("به گزارش X،") or byline, is an institution or outlet word and comes before any person named as the subject.
 */
export function institutionSubject(article: ArticleText, regionStart: number, cue: Cue, firstRef: PersonRef | undefined): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  let s = tokenIndexAt(tokens, regionStart);
  const limit = Math.min(cue.first, s + LEAD_WORDS);
  for (let k = s + 1; k < limit; k++) {
    const gap = text.slice(tokens[k - 1].end, tokens[k].start);
    // A lead-in ending in a comma: "به گزارش X،", or an outlet's own attribution "روزنامه الاهرام نوشت،".
    const leadIn = /[،,]/.test(gap) && (startsWithLeadIn(text.slice(tokens[s].start, tokens[k].start)) || lexicon("fa").verbs.findIn(tokens, text, s, k, { clitics: article.clitics }).length > 0);
    if (LEAD_SEPARATOR.test(gap) || leadIn) s = k;
  }
  if (s < tokens.length && COORDINATORS.has(tokens[s].text)) s++;
  if (s >= cue.first || (firstRef && firstRef.first <= s)) return false;
  return lexicon("fa").institutions.has(tokens[s].text) || lexicon("fa").agencies.has(tokens[s].text);
}

/**
 * Whether an outlet or document word (خبرگزاری، بیانیه) stands as the subject before the verb. Not one asked a
 * question in an opening phrase ("در پاسخ به سوال خبرنگار یک رسانه غربی") nor one inside a framing or participle
 * and its clause ("با بیان اینکه …،": Persian بیان is not Arabic بيان "statement").
 */
export function hasAgencySubject(article: ArticleText, lang: Language, from: number, to: number, inOpening: (k: number) => boolean): boolean {
  const { tokens } = article;
  const lex = lexicon(lang);
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  for (let k = tokenIndexAt(tokens, from); k < tokens.length && tokens[k].end <= to; k++) {
    const framed = lang === "fa" ? (lex.framings.matchAt(tokens, text, k, options) ?? lex.participles.matchAt(tokens, text, k, options)) : null;
    if (framed) {
      // Skip the framing and its clause, up to the next comma before the verb.
      k = framed.after - 1;
      while (k + 1 < tokens.length && tokens[k + 1].end <= to && !/[،,]/.test(text.slice(tokens[k].end, tokens[k + 1].start))) k++;
      continue;
    }
    if (lex.agencies.has(tokens[k].text) && !inOpening(k)) return true;
  }
  return false;
}

/** Whether a news outlet's name stands as a cue's subject: opening its clause before the verb, or right after an Arabic verb. */
export function outletSubject(article: ArticleText, cue: Cue, from: number, content: { start: number; end: number }): boolean {
  const { tokens } = article;
  const text = article.folded.text;
  const options = { clitics: article.clitics };
  if (cue.lang === "ar" && cue.subjectAfter && tokens[cue.after] && tokens[cue.after].start < content.start) return OUTLETS.matchAt(tokens, text, cue.after, options) !== null;
  const first = cue.lang === "fa" ? clauseStartToken(article, cue) : tokenIndexAt(tokens, from);
  return OUTLETS.findIn(tokens, text, first, cue.first, options).some((m) => m.first === first || m.after === cue.first);
}
