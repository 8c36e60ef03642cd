/**
 * Where a cue's clause opens: the first token of a Persian clause past a lead-in ("به گزارش ایسنا،") or an
 * opening phrase, a clause reported after a colon, and the opening prepositional phrase whose people are objects.
 */
import type { ArticleText } from "../article-text.ts";
import { COORDINATORS } from "../morphology.ts";
import type { PersonRef } from "../persons/index.ts";
import { tokenIndexAt } from "../tokens.ts";
import type { Cue } from "./cue.ts";
import { lexicon } from "./cue-lexicon.ts";

/** Separators after a byline or dateline at the start of a sentence ("خبرگزاری X؛ نام نویسنده - کرملین …"). */
export const LEAD_SEPARATOR = /[؛|–—]|\s-\s/;

/** Most words a byline or a lead-in ("به گزارش …،", "پایگاه X نوشت،") may take before the subject. */
export const LEAD_WORDS = 10;

/** Whether a clause's text opens with a lead-in of data/clauses.json ("به گزارش", "به نقل"). */
export function startsWithLeadIn(clause: string): boolean {
  return lexicon("fa").leadIns.some((words) => clause.startsWith(words));
}

/** First token of a Persian cue's clause: the sentence's first, past a lead-in or an opening phrase ending in a comma, and a coordinator. */
export function clauseStartToken(article: ArticleText, cue: Cue): number {
  const { tokens } = article;
  const text = article.folded.text;
  let s = cue.sentence.first;
  // A dateline byline before the subject ("شیراز - ایرنا - استاندار …"), up to its last separator.
  for (let k = s + 1; k < cue.first && k < cue.sentence.first + LEAD_WORDS; k++) if (LEAD_SEPARATOR.test(text.slice(tokens[k - 1].end, tokens[k].start))) s = k;
  // A lead-in ("به گزارش ایسنا،") or an opening phrase of place or time ("در نشست دیروز،", "پس از دیدار،") up to its comma.
  const opens = startsWithLeadIn(text.slice(tokens[s].start, cue.start)) || lexicon("fa").phraseOpeners.has(tokens[s].text);
  for (let k = s + 1; opens && k < cue.first && k < s + LEAD_WORDS; k++) {
    if (/[،,]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) { s = k; break; }
  }
  if (s < cue.first && COORDINATORS.has(tokens[s].text)) s++;
  // "در این نشست سفیر تازه کره گفت": a phrase of occasion with no comma after it opens the clause before its subject.
  return s + occasionAt(tokens, s, cue.first);
}

/** Number of words of the longest phrase of occasion ("در این دیدار", "در ادامه") at token k that ends before `limit`, or 0. */
function occasionAt(tokens: ArticleText["tokens"], k: number, limit: number): number {
  const fits = (words: string[]) => k + words.length < limit && words.every((w, j) => tokens[k + j].text === w);
  return Math.max(0, ...lexicon("fa").occasionOpeners.filter(fits).map((words) => words.length));
}

/**
 * Where the clause of a Persian cue starts: after the last colon before it in its sentence, or after the last "که" that
 * follows a finite verb there ("خبرگزاری X گزارش داد که وزیر Y گفت که …": the words an outlet reports), with a person
 * named after it; else the sentence's start.
 */
export function reportedClauseStart(article: ArticleText, cue: Cue, refs: PersonRef[]): number {
  const colon = article.folded.text.lastIndexOf(":", cue.start);
  // "ظریف گفت که لاوروف اعلام کرد که …": words a named person reports stay theirs (R-nested).
  const reported = complementizerAfterVerb(article, cue);
  const byNobody = !refs.some((r) => r.start >= cue.sentence.fStart && r.end <= reported);
  const opened = Math.max(colon + 1, byNobody ? reported : -1);
  if (opened <= cue.sentence.fStart + 1) return cue.sentence.fStart;
  return refs.some((r) => r.start >= opened && r.end <= cue.start) ? opened : cue.sentence.fStart;
}

/** Most words of a speech verb ending right before a complementizer ("اعلام کرده است که"). */
const VERB_WORDS = 3;

/** Offset of the token after the last "که" right after a finite verb or a speech verb before a cue in its sentence, or -1. */
function complementizerAfterVerb(article: ArticleText, cue: Cue): number {
  const { tokens } = article;
  const text = article.folded.text;
  const fa = lexicon("fa");
  const options = { clitics: article.clitics };
  for (let k = cue.first - 1; k > cue.sentence.first; k--) {
    const complementizer = fa.complementizers.matchAt(tokens, text, k);
    if (!complementizer || complementizer.after >= cue.first) continue;
    const verb = fa.finiteVerbEnds.has(tokens[k - 1].text) || fa.verbs.findIn(tokens, text, Math.max(cue.sentence.first, k - VERB_WORDS), k, options).some((m) => m.after === k);
    if (verb) return tokens[complementizer.after].start;
  }
  return -1;
}

/**
 * The opening prepositional phrase of a Persian clause, from its first word to the first comma (or the verb):
 * "در پاسخ به سوالی در ارتباط با آزادی «X» …، گفت". Null when the clause opens otherwise.
 */
export function openingPhrase(article: ArticleText, regionStart: number, verb: number): { first: number; after: number } | null {
  const { tokens } = article;
  const text = article.folded.text;
  let first = tokenIndexAt(tokens, regionStart);
  if (tokens[first] && COORDINATORS.has(tokens[first].text)) first++;
  const fa = lexicon("fa");
  const opener = fa.openingPhrases.find((words) => words.every((w, j) => tokens[first + j]?.text === w));
  if (!opener) return null;
  // "در این دیدار که با حضور X، سفیر Y، برگزار شد، Z گفت": a relative clause ends at the comma after its verb.
  const relative = opener.at(-1) === "که";
  const ends = (k: number) => /[،,:]/.test(text.slice(tokens[k - 1].end, tokens[k].start)) && (!relative || fa.finiteVerbEnds.has(tokens[k - 1].text));
  let after = first + 1;
  while (after < verb && !ends(after)) after++;
  // A relative clause with no comma after its verb gives no sign of where it ends.
  if (relative && after >= verb) return null;
  return { first, after };
}
