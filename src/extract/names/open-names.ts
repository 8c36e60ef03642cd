/**
 * Names that stand on their own as people anywhere in the text: runs opened by a given name or an
 * honorific, and, in Latin script, capitalised runs where a person stands in the clause (before a
 * speech or meeting verb, after a meeting word, joined to another person), with title-case
 * headlines and capitals-only lines left out.
 */
import { isArabicScript } from "../tokens.ts";
import type { NameContext, NameRun } from "./context.ts";
import { givenAt, isFamilyFirst } from "./given-names.ts";
import { lexicon, names } from "./lexicon.ts";
import { nameShapeScore, SHAPE_BARS, shapedAsName } from "./name-shape.ts";
import { glossedNames, quotedNames } from "./marked-names.ts";
import { isInitial, partsJoined } from "./name-parts.ts";
import { afterPhrase, isNameWord, isParticle, mayOpenHonorific, pastHonorifics } from "./name-words.ts";
import { everyWordHasArticle, ownName } from "./own-name.ts";
import { overlapsTaken, readRun, trimToGiven } from "./read-run.ts";

/**
 * Names that stand on their own as people, wherever they are written: runs opened by a given
 * name (two words at least), by an honorific ("آقای ساکسر", "Mr. Kowalski"), or, in Latin
 * script, capitalised runs of two words or more where people stand: before a speech or meeting
 * verb ("X said", "X met"), after a meeting word ("met with X", "joined by X"), or joined by
 * "and" to another such name. Runs naming a street, a prize or a historical figure (شارع …،
 * the Prophet …), bylines, and names alone on a line are left out. `taken` marks tokens already
 * read as a gazetteer name.
 */
export function findOpenNames(ctx: NameContext, taken: (tokenIndex: number) => boolean): NameRun[] {
  const { tokens } = ctx;
  const found: NameRun[] = [];
  const waiting: NameRun[] = [];
  const titleCase = titleCaseLines(ctx);
  ctx.titleCase = titleCase;
  for (let i = 0; i < tokens.length; i++) {
    if ((!isNameWord(ctx, i) && !mayOpenHonorific(ctx, tokens[i].text) && !opensJoinedWord(ctx, i)) || taken(i) || !ctx.inText(i)) continue;
    const start = pastHonorifics(ctx, i);
    const honorific = start > i;
    if (!tokens[start] || taken(start)) continue;
    // "… بن نايف": a name does not start inside another one.
    if (!honorific && i > 0 && isParticle(tokens[i - 1].text) && ctx.sameLine(i - 1, i)) continue;
    const latin = !isArabicScript(tokens[start].text);
    // Arabic script has no capitals: a run no given name or honorific opens is read when its first word is written as names are.
    const byShape = !latin && !honorific && !givenAt(ctx, start) && !isFamilyFirst(ctx, start);
    if (latin ? !ctx.isCapitalized(start) : byShape && !opensByShape(ctx, start) && !afterPhrase(ctx, start, lexicon.leaderPhrases)) continue;
    const read = readRun(ctx, start, 1);
    if (!read || overlapsTaken(read, taken)) continue;
    // A run read by shape and not taken may hold the opening of a name read better from a later word ("جای محمدحسن …").
    const skip = (after: number) => { if (!byShape) i = after - 1; };
    if (read.cut) {
      skip(read.after);
      continue;
    }
    // "… Regional Integration Shirley Botchwey": capitalised title words before a given name are not the name.
    const run = latin && !honorific ? trimToGiven(ctx, read) : read;
    if (!ownName(ctx, run, honorific ? i : start)) {
      skip(run.after);
      continue;
    }
    const accepted = latin ? latinPerson(ctx, run, honorific, titleCase) : arabicScriptPerson(ctx, run, honorific, byShape);
    if (accepted === "yes") found.push(run);
    else if (accepted === "if-joined") waiting.push(run);
    if (accepted === "yes") i = run.after - 1;
    else skip(run.after);
  }
  // "Pinera and Michelle Bachelet": a capitalised run joined by "and" or a comma to a person found is one too.
  // "Ayaz Sadiq, Lindsay Hoyle discuss …": a run written as a person found elsewhere is one here too, and so is one joined to it.
  for (let more = true; more; ) {
    more = false;
    for (const run of waiting) {
      if (found.includes(run) || !found.some((other) => joinedTo(ctx, run, other) || sameText(ctx, run, other))) continue;
      found.push(run);
      more = true;
    }
  }
  found.push(...glossedNames(ctx, taken, found));
  found.push(...quotedNames(ctx, taken, found));
  return found.sort((a, b) => a.first - b.first);
}

/** "N’dry Eric Camille", "D’Souza": an elided capital opens the name word its apostrophe joins it to, no name word alone. */
function opensJoinedWord(ctx: NameContext, i: number): boolean {
  return isInitial(ctx, i) && partsJoined(ctx, i);
}

/** English words between a subject and its verb (X has met, X also said). */
const AUXILIARIES = new Set(["has", "had", "have", "was", "were", "is", "will", "would", "also", "then", "later", "earlier", "had", "did"]);

/** Short English words that a headline written in title case capitalises (Minister Meets Envoy And Discusses Ties Of The Region). */
const TITLE_CASE_WORDS = new Set(["and", "of", "the", "in", "on", "with", "to", "for", "at", "by"]);

/** Whether the token's line is written in title case: a short function word on it is capitalised. */
function titleCaseLines(ctx: NameContext): (i: number) => boolean {
  const flags = new Int8Array(ctx.tokens.length); // 0 unknown, 1 title case, 2 not
  const capitalizedInside = (k: number) => TITLE_CASE_WORDS.has(ctx.tokens[k].text) && ctx.isCapitalized(k) && k > 0 && ctx.sameLine(k - 1, k) && ctx.sentenceOf(k - 1) === ctx.sentenceOf(k);
  return (i) => {
    if (flags[i] === 0) {
      let first = i;
      while (first > 0 && ctx.sameLine(first - 1, i)) first--;
      let after = i + 1;
      while (after < ctx.tokens.length && ctx.sameLine(after, i)) after++;
      let titleCase = false;
      for (let k = first; k < after && !titleCase; k++) titleCase = capitalizedInside(k);
      // "Foreign Minister Hosts Deputy Minister": a line of four words or more, every one capitalised.
      if (!titleCase && after - first >= 4) titleCase = ctx.tokens.slice(first, after).every((t, k) => !isArabicScript(t.text) && (t.text.length === 1 || /^\d/.test(t.text) || ctx.isCapitalized(first + k)));
      flags.fill(titleCase ? 1 : 2, first, after);
    }
    return flags[i] === 1;
  };
}

function allCaps(ctx: NameContext, i: number): boolean {
  return ctx.tokens[i].text.length > 1 && ctx.isUpperCase(i);
}

/** Latin script: two capitalised words opened by a given name, an honorific, or a person's place in the clause. */
function latinPerson(ctx: NameContext, run: NameRun, honorific: boolean, titleCase: (i: number) => boolean): "yes" | "if-joined" | "no" {
  if (!ctx.isCapitalized(run.first)) return "no";
  if (honorific) return "yes";
  if (run.words < 2) return "no";
  if (run.anchored) return "yes";
  if (ctx.language !== "en") return "no";
  const before = ctx.tokens[run.first - 1];
  const after = ctx.tokens[run.after];
  const gapBefore = before ? ctx.folded.slice(before.end, ctx.tokens[run.first].start) : "";
  const gapAfter = after ? ctx.folded.slice(ctx.tokens[run.after - 1].end, after.start) : "";
  if (titleCase(run.first) || [...ctx.tokens.slice(run.first, run.after)].every((t, k) => allCaps(ctx, run.first + k))) return "no";
  // "met X", "joined by X"; "with X" only after a meeting word ("talks with X", not "a deal with Tata Steel").
  const beforeWith = before?.text === "with" ? ctx.tokens[run.first - 2] : before;
  if (before && beforeWith && gapBefore === " " && names.personBefore.has(beforeWith.text) && beforeWith.text !== "with") return "yes";
  // "X met", "X has met", "X also said".
  const verb = after && AUXILIARIES.has(after.text) ? ctx.tokens[run.after + 1] : after;
  if (after && verb && gapAfter === " " && names.personAfter.has(verb.text)) return "yes";
  return "if-joined";
}

/**
 * Arabic script: a given name and another word, or an honorific and a word, closed by a word that is no name or punctuation;
 * or, with no given name, two words or more written in letters only names have ("ماتياش ستيفانوفيتش", "یانس ستورنبرگ"), as a
 * capitalised run is in English, when the run starts where a name may start.
 */
function arabicScriptPerson(ctx: NameContext, run: NameRun, honorific: boolean, byShape: boolean): "yes" | "no" {
  if (everyWordHasArticle(ctx, run)) return "no";
  if (honorific && run.words >= 1) return "yes";
  if (run.words >= 2 && run.anchored) return "yes";
  if (!run.cut && surnameWrittenAlone(ctx, run)) return "yes";
  if (!byShape || run.words < 2 || run.cut) return "no";
  // "وفد … برئاسة مسعد بن سمار", "هیئتی به ریاست X Y": a leader phrase stands where a person's name does.
  if (afterPhrase(ctx, run.first, lexicon.leaderPhrases)) return "yes";
  // Nor does a run go on from a name word before it ("روه جيه هون" is one name, not "جيه هون").
  const prev = run.first - 1;
  if (prev >= 0 && ctx.sameLine(prev, run.first) && ctx.folded.slice(ctx.tokens[prev].end, ctx.tokens[run.first].start) === " " && isNameWord(ctx, prev)) return "no";
  return shapedAsName(ctx, run, SHAPE_BARS.alone) ? "yes" : "no";
}

/**
 * "حسن کاظمی قمی … کاظمی قمی گفت", "وحید رستمی … رستمی افزود": a given name that is also an ordinary word (حسن goodness,
 * وحید unique) opens a name when the words after it, written as a name's are, stand again elsewhere in the text on their
 * own, as news calls a person by surname once named ("حسن نیت" is no name: its noun is no surname written alone).
 */
function surnameWrittenAlone(ctx: NameContext, run: NameRun): boolean {
  const given = givenAt(ctx, run.first);
  if (!given?.ambiguous || given.after >= run.after) return false;
  const rest = ctx.tokens.slice(given.after, run.after).map((t) => t.text);
  if (!shapedAsName(ctx, { ...run, first: given.after, start: ctx.tokens[given.after].start }, SHAPE_BARS.besideTitle)) return false;
  for (let k = 0; k + rest.length <= ctx.tokens.length; k++) {
    if (k === given.after || !ctx.inText(k) || !rest.every((word, j) => ctx.tokens[k + j].text === word && (j === 0 || ctx.sameLine(k, k + j)))) continue;
    const before = givenAt(ctx, k - 1);
    if (!(before && before.after === k)) return true;
  }
  return false;
}

/** Whether the word at token k and the next on its line are each written as a name's words are (the least a run read by shape needs). */
function opensByShape(ctx: NameContext, k: number): boolean {
  const next = ctx.tokens[k + 1];
  return !!next && ctx.sameLine(k, k + 1) && nameShapeScore(ctx.tokens[k].text) >= SHAPE_BARS.alone.word && nameShapeScore(next.text) >= SHAPE_BARS.alone.word;
}

function sameText(ctx: NameContext, run: NameRun, other: NameRun): boolean {
  return run.first !== other.first && ctx.folded.slice(run.start, run.end) === ctx.folded.slice(other.start, other.end);
}

function joinedTo(ctx: NameContext, run: NameRun, other: NameRun): boolean {
  const [a, b] = run.first < other.first ? [run, other] : [other, run];
  if (a.after > b.first || !ctx.sameLine(a.after - 1, b.first)) return false;
  return /^\s*(,|,?\s*and|&)\s*$/.test(ctx.folded.slice(ctx.tokens[a.after - 1].end, ctx.tokens[b.first].start));
}
