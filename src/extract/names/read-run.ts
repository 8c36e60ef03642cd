/**
 * Reading a run of name words from a token, forwards or backwards: given names, particles and
 * chains of fathers' names, compound Arabic names, surnames closing a name, initials; and the run
 * it gives (whether it opens with a given name, how many words it has).
 */
import { arabicPredicateShape } from "../morphology.ts";
import { fold } from "../normalize.ts";
import { isArabicScript } from "../tokens.ts";
import type { NameContext, NameRun } from "./context.ts";
import { givenAt, isFamilyFirst } from "./given-names.ts";
import { lexicon, names, PATRONYMIC } from "./lexicon.ts";
import { HYPHEN, initialGoesOn, isAbbreviatedGiven, isInitial, leadsInitials, namePartAt, partsJoined } from "./name-parts.ts";
import { nameShapeScore, SHAPE_BARS } from "./name-shape.ts";
import { isCommonWord, isCoordinator, isHonorific, isNameWord, isParticle, isPersonVerb, oneSpaceApart } from "./name-words.ts";

/** آل (the family of), as folded text writes it (ال). */
const FAMILY = fold("آل");

/** The Mauritanian "son of", whose fathers' names often have two words, so that a chain of them runs past four words. */
const LONG_FATHER = new Set(["ولد", "ould"]);

/** Words that open a compound Arabic name with the next word (عبد الله، أبو بكر). */
export const COMPOUND_OPENERS = new Set(["عبد", "ابو"]);

/** عبد, whose next word completes a compound name even when it is a title or common word alone (عبد الأمير، عبد الملك). */
export const ABD = fold("عبد");

/** Most words a name outside the gazetteer may have, particles not counted. */
const NAME_MAX_WORDS = 4;

/**
 * Reads a run of name words from token `from` (forwards with step 1, backwards with -1): at most
 * four words on one line, hyphens joining parts of one word, particles inside. A name ends after
 * the word following آل, after a word with the Arabic article once a word is read (…بن إبراهيم
 * الجندان), after a Persian surname ending (… زاده), and, read forwards, before an Arabic predicate
 * (… حاملاً رسالة، … سيزور).
 */
export function readRun(ctx: NameContext, from: number, step: 1 | -1): NameRun | null {
  const { tokens } = ctx;
  const picked: number[] = [];
  let words = 0;
  let cut = false;
  let fathers = 0;
  let i = from;
  while (tokens[i]) {
    const prev = picked.at(-1);
    let joinedPart = false;
    if (prev !== undefined) {
      // A Latin name opened by a given name may run on past a hard line wrap ("Margaret\nAdamson").
      if (!ctx.sameLine(i, prev) && !(step === 1 && !isArabicScript(word0(ctx, i)) && givenAt(ctx, from) && picked.length === 1)) break;
      const gap = step === 1 ? ctx.folded.slice(tokens[prev].end, tokens[i].start) : ctx.folded.slice(tokens[i].end, tokens[prev].start);
      joinedPart = partsJoined(ctx, Math.min(i, prev));
      // "Virginia E. Palmer": after a middle initial comes its full stop.
      // "D.M. Jayaratna", "Paul A.S Minah": initials may be written without a space between them (initialGoesOn took the first).
      const afterInitial = step === 1 && (isInitial(ctx, prev) ? gap === ". " || (gap === "." && isInitial(ctx, i)) : picked.length === 1 && isAbbreviatedGiven(ctx, prev));
      if (gap !== " " && !joinedPart && !afterInitial) break;
    }
    const word = tokens[i].text;
    // A middle initial stands between name words (read forwards): it is part of the name, not a word of it;
    // so do leading initials before the name they open ("D.M. Jayaratna", "S. Jaishankar"), which alone are no name ("U.S.").
    if (step === 1 && (isInitial(ctx, i) || (picked.length === 0 && isAbbreviatedGiven(ctx, i))) && (picked.length > 0 || leadsInitials(ctx, i))) {
      const gapAfter = tokens[i + 1] ? ctx.folded.slice(tokens[i].end, tokens[i + 1].start) : "";
      if (initialGoesOn(ctx, i, gapAfter, picked)) {
        picked.push(i);
        i += step;
        continue;
      }
    }
    if (!joinedPart && isParticle(word)) {
      // A particle stands between name words: a name word must follow it (in reading order) and, read forwards, precede it.
      const next = tokens[i + step];
      if (!next || !ctx.sameLine(i, i + step) || !(isNameWord(ctx, i + step) || isParticle(next.text) || fatherName(ctx, i, step))) break;
      // A particle opens no name read forwards, but for one that is also a family name written first ("Do Hung Viet", "Le Hoai Trung").
      if (step === 1 && picked.length === 0 && !/^ab[uo]$|^ابو$/.test(word) && !(isFamilyFirst(ctx, i) && !isArabicScript(word))) break;
      if (LONG_FATHER.has(word)) fathers++;
      picked.push(i);
      i += step;
      continue;
    }
    // "… كمال بوعزيز حاملاً رسالة", "… نادية بوعلام تستضيف", "… كمال بوعزيز سيزور": the name's predicate is no part of it.
    if (step === 1 && (prev !== undefined ? predicateAfterName(ctx, i, picked) || headlineVerbAfterName(ctx, i) : predicateAfterName(ctx, i, picked))) break;
    // "النائبان محمد عبد العزيز وكريم السادات": a listed given name with "و" written onto it opens the list's next person.
    if (step === 1 && prev !== undefined && words > 0 && conjoinedGiven(ctx, i)) break;
    // The rest of a given name listed in two words is the name's even when it is also a title word ("محمد الأمين").
    const restOfGiven = prev !== undefined && step === 1 && prev === from && (givenAt(ctx, from)?.after ?? 0) > i;
    const afterAbd = prev !== undefined && step === 1 && tokens[prev].text === ABD && word.startsWith(lexicon.article) && ctx.sameLine(prev, i);
    if (!isNameWord(ctx, i) && !namePartAt(ctx, i) && !restOfGiven && !afterAbd && !(prev !== undefined && fatherName(ctx, prev, step))) break;
    // Each father's name after "ould" may add a word to the most a name has (محمد ولد أحمد سالم ولد محمد راره).
    if (!joinedPart && words === NAME_MAX_WORDS + fathers) {
      cut = true;
      break;
    }
    // "عبد الستار", "أبو الغيط": the word after عبد or أبو is part of one name word; so is the rest of a given name
    // listed in two words ("نور الدين", "صلاح الدين"), whose article does not close the name.
    const compound = prev !== undefined && step === 1 && (COMPOUND_OPENERS.has(tokens[prev].text) || (prev === from && (givenAt(ctx, from)?.after ?? 0) > i));
    const arabicArticle = isArabicScript(word) && word.startsWith(lexicon.article) && word.length > 3 && !compound;
    // Read backwards, a word with the article before other name words ends the run (it closes names, it does not open them),
    // unless it is the second part of a compound (عبد الستار). Not in Persian text, where folding writes آ as ا and a name
    // may open with آل (آلیو، آلن): "آلیو ساما سفیر …".
    const compoundBack = step === -1 && arabicArticle && COMPOUND_OPENERS.has(tokens[i - 1]?.text ?? "");
    if (step === -1 && ctx.clitics && words > 0 && arabicArticle && !compoundBack && !isParticle(tokens[i + 1]?.text ?? "")) break;
    if (step === -1 && words > 0 && names.surnameEnds.has(word)) break;
    picked.push(i);
    // "Ahmed Al-Harbi" is two words as "Ahmed Al Harbi" is: the part a particle is hyphened to is a word of its own.
    const afterParticle = joinedPart && prev !== undefined && isParticle(tokens[prev].text);
    if ((!joinedPart || afterParticle) && !(compound && !isParticle(tokens[prev as number].text)) && !compoundBack) words++;
    i += step;
    if (step === 1) {
      // "… آل سعود": the family name after آل is the name's last word.
      const afterFamily = prev !== undefined && tokens[prev].text === FAMILY;
      // "ولد الشيخ الغزواني", "بن الشيخ …": a father's name written with an honorific goes on to the name it honours.
      const honouredFather = prev !== undefined && PATRONYMIC.has(tokens[prev].text) && isHonorific(word);
      const closesHere = words > 1 && arabicArticle && !honouredFather && !(words < NAME_MAX_WORDS && secondArticleSurname(ctx, i));
      if (afterFamily || closesHere || names.surnameEnds.has(word)) break;
    }
  }
  // A particle cannot end a name.
  while (picked.length > 0 && isParticle(tokens[picked.at(-1) as number].text)) picked.pop();
  if (words === 0 || picked.length === 0) return null;
  const first = Math.min(...picked);
  const after = Math.max(...picked) + 1;
  return finishRun(ctx, first, after, words, cut);
}

/**
 * Whether token i, read forwards after the name's tokens `picked`, is written as the predicate of a subject in Arabic
 * text, so that the name ends before it: a participle or an imperfect verb after two words, a verb with the future
 * prefix after one (a surname is seldom written so, a predicate often is). A predicate goes on to its object or
 * complement: a word that closes its clause (before punctuation, a quotation mark or the line's end: "… ماريو مدينا»")
 * or stands before a speech verb, a title or "إن" ("قال السفير ماريو مدينا إن …") is the name's. So are a listed given
 * name (يوسف، سيرغي، ماريا), an East Asian family name, a word after a particle (بن يحيى) and a word written as only names
 * are (a transliterated syllable: … تشانغ). Read backwards, from a title after the name, the word before the name is its
 * given name as often as a verb before its subject (سيروب …), so only names read forwards end so.
 */
function predicateAfterName(ctx: NameContext, i: number, picked: readonly number[]): boolean {
  if (!ctx.clitics) return false;
  const { tokens } = ctx;
  const shape = arabicPredicateShape(tokens[i].text);
  // A dual verb ("… وبرابوو يبحثان", "وزيرا خارجية البلدين يبحثان") follows its two subjects and is never a name's word.
  const least = shape === "dual" ? 0 : shape === "future" ? 1 : 2;
  if (!shape || picked.length < least || (picked.length > 0 && isParticle(tokens[picked.at(-1) as number].text))) return false;
  const next = tokens[i + 1];
  if (!next || !ctx.sameLine(i, i + 1) || ctx.folded.slice(tokens[i].end, next.start) !== " " || lexicon.afterNameWords.ar.has(next.text)) return false;
  return !givenAt(ctx, i) && !isFamilyFirst(ctx, i) && nameShapeScore(tokens[i].text) < SHAPE_BARS.alone.mean;
}

/**
 * Whether token i, read forwards right after a name word with the article, is a second family name with the article that the
 * name goes on to ("راشد الطالبي العلمي", "محمد السيسي البوعينين", "فواز الخالد الصباح"): one space after it on its line, a name
 * word (no title, nationality, weekday or other common word: "… الطالبي الأمين العام", "… الطالبي الإثنين"), and closing the
 * clause or followed by no other name word but a further one with the article ("فواز الخالد الحمد الصباح"), so that it ends
 * the name rather than opening a list's next one.
 */
function secondArticleSurname(ctx: NameContext, i: number): boolean {
  const { tokens } = ctx;
  const word = tokens[i]?.text ?? "";
  if (!ctx.clitics || !oneSpaceApart(ctx, i - 1, i) || !word.startsWith(lexicon.article) || word.length <= 3 || !isNameWord(ctx, i)) return false;
  const next = tokens[i + 1]?.text ?? "";
  return !(oneSpaceApart(ctx, i, i + 1) && isNameWord(ctx, i + 1) && !next.startsWith(lexicon.article));
}

/** Whether token i is a listed given name with the conjunction written onto it (وكريم، وحمد), not a name that opens with و. */
export function conjoinedGiven(ctx: NameContext, i: number): boolean {
  const given = ctx.clitics ? givenAt(ctx, i) : null;
  return !!given && given.start > ctx.tokens[i].start;
}

/**
 * "Governor X Y Meets …", "President X Receives Envoys": a headline capitalises its verb, in the present tense, which after
 * a Latin name read forwards is no part of it. A past form may be a name ("Edward Said"), and so may a given name.
 */
function headlineVerbAfterName(ctx: NameContext, i: number): boolean {
  const word = ctx.tokens[i].text;
  return !isArabicScript(word) && word.endsWith("s") && isPersonVerb(word) && !givenAt(ctx, i) && !isFamilyFirst(ctx, i);
}

/**
 * Whether the word after a "bin" (or آل) at token k (in the direction of step) is a father's (or family) name even if it is
 * also a common word ("بن علي": على is "on"; "Nawaf bin Said Al-Malki": Said is "said").
 */
function fatherName(ctx: NameContext, k: number, step: 1 | -1): boolean {
  const particle = step === 1 ? ctx.tokens[k] : ctx.tokens[k + step];
  const at = step === 1 ? k + 1 : k;
  const word = ctx.tokens[at];
  // "آل الشيخ": the family a name closes with may be an honorific or common word too.
  if (!particle || !word || !(PATRONYMIC.has(particle.text) || particle.text === FAMILY)) return false;
  // In Latin script, a capitalised listed given name.
  if (!isArabicScript(word.text)) return PATRONYMIC.has(particle.text) && ctx.isCapitalized(at) && !!givenAt(ctx, at);
  return /^[\u0600-\u06FF]+$/.test(word.text) && word.text.length >= 2;
}

function word0(ctx: NameContext, i: number): string {
  return ctx.tokens[i].text;
}

function finishRun(ctx: NameContext, first: number, after: number, words: number, cut: boolean): NameRun {
  const given = givenAt(ctx, first);
  const anchored = (!!given && (!given.ambiguous || (after - first > 1 && (!!givenAt(ctx, first + 1) || isParticle(ctx.tokens[first + 1].text))))) || isFamilyFirst(ctx, first);
  // An East Asian family name that opens with و (وانغ، وو، وي) is the name's first word, not "and" written onto one.
  const start = given?.start ?? (isFamilyFirst(ctx, first) ? ctx.tokens[first].start : startPastCoordinator(ctx, first));
  return { first, after, start, end: ctx.tokens[after - 1].end, words, anchored, given: !!given || isFamilyFirst(ctx, first), cut };
}

/**
 * Where a name opening at token k starts when its first word is no listed given name (those give their own start): past "و"
 * written onto it when the rest is written as a name's first word is ("…، وكاتالينا موراليس، سفيرة …" is "كاتالينا
 * موراليس"), at least as much as the whole word. Names that open with و are listed given names (وليد، وجدي) or keep it
 * because the rest is less like a name than the word (ووبكه، وديعة). Only the coordinator: ف opens many foreign names
 * (فولكر، فيكتور), and a list joins its items with و.
 */
function startPastCoordinator(ctx: NameContext, k: number): number {
  const { text, start } = ctx.tokens[k];
  const rest = text.slice(1);
  if (!ctx.clitics || !isCoordinator(text[0]) || rest.length < 3 || !isArabicScript(rest) || isCommonWord(ctx, rest)) return start;
  const shape = nameShapeScore(rest);
  return shape >= SHAPE_BARS.besideTitle.word && shape >= nameShapeScore(text) ? start + 1 : start;
}

/**
 * A run that opens with words before its first given name starts at that name ("بحث محمد علي" → "محمد علي"). A given name
 * that is the second part of a hyphenated word keeps the word's first part ("Eva-Maria Liimets"), and one Latin word opening
 * the run right before it is the name's own first word when nothing marks it as another's (an unlisted given name: "Syed
 * Hasan Raza"); either way the given name anchors the name.
 */
export function trimToGiven(ctx: NameContext, run: NameRun): NameRun {
  if (run.anchored) return run;
  for (let k = run.first + 1; k < run.after - 1; k++) {
    const given = givenAt(ctx, k);
    if (!given || given.ambiguous) continue;
    let first = k;
    while (first > run.first && partsJoined(ctx, first - 1)) first--;
    if (first === k && wordStartBefore(ctx, k, run.first) === run.first && opensNameBefore(ctx, run.first)) first = run.first;
    if (first === k) return finishRun(ctx, k, run.after, countWords(ctx, k, run.after), run.cut);
    return { ...(first === run.first ? run : finishRun(ctx, first, run.after, countWords(ctx, first, run.after), run.cut)), anchored: true };
  }
  return run;
}

/** The first token of the name word right before token k, back past parts joined to it ("N’dry": N, dry), not before `first`. */
function wordStartBefore(ctx: NameContext, k: number, first: number): number {
  let w = k - 1;
  while (w > first && partsJoined(ctx, w - 1)) w--;
  return w;
}

/**
 * Whether the unlisted Latin word at token k, right before a given name, may be that name's first word: written as a name's
 * first word is, not a participle or an adverb opening the sentence ("Welcoming Hasan Raza, …", "Finally Hasan Raza …"),
 * and not after a joiner of a title's capitalised body, whose last word it is ("Minister of Foreign Affairs and Worship X").
 */
function opensNameBefore(ctx: NameContext, k: number): boolean {
  const { tokens } = ctx;
  if (isArabicScript(tokens[k].text) || !ctx.isCapitalized(k) || /(ing|ly)$/.test(tokens[k].text)) return false;
  // "ambassador in Geneva Ali Karimi": a city's name closes the title before the name.
  if (ctx.isCityToken?.(k)) return false;
  const before = tokens[k - 1];
  return !before || !ctx.sameLine(k - 1, k) || ctx.isCapitalized(k - 1) || !lexicon.complementJoiners.has(before.text);
}

function countWords(ctx: NameContext, first: number, after: number): number {
  let words = 0;
  for (let k = first; k < after; k++) if (!isParticle(ctx.tokens[k].text) && (k === first || !HYPHEN.test(ctx.folded.slice(ctx.tokens[k - 1].end, ctx.tokens[k].start)))) words++;
  return words;
}

/** Whether a run takes in a token already read as another name. */
export function overlapsTaken(run: NameRun, taken: (i: number) => boolean): boolean {
  for (let k = run.first; k < run.after; k++) if (taken(k)) return true;
  return false;
}
